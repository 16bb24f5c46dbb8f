"""Tests of exhibit.kiosk."""
