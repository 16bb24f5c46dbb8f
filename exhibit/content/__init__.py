"""Content layer: load, validate and model an exhibit folder. Pure Python, never Qt."""
