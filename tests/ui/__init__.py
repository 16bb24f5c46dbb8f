"""Tests of exhibit.ui."""
