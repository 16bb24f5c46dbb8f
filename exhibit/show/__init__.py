"""Show layer: slideshow state and timing logic, pure Python with an injected clock."""
