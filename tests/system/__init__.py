"""Tests of exhibit.system."""
