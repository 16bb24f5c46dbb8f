"""Tests of exhibit.cli."""
