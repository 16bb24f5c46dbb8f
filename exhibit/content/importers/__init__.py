"""Importers: other timeline and slideshow formats turned into exhibit folders. Pure Python."""
