"""Tests of exhibit.show."""
