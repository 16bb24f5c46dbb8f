"""Exhibit: a desktop digital exhibit viewer for curated slideshows with a side timeline."""

__version__ = "0.1.0"
