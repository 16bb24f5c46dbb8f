"""Tests of exhibit.content."""
