"""Tests of exhibit.bench."""
