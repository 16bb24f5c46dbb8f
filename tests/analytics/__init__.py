"""Tests of exhibit.analytics."""
