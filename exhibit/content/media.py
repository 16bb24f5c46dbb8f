"""Cheap media sniffing: is a file really the image its name says, without decoding it."""

from __future__ import annotations

from pathlib import Path

IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif")
MAX_IMAGE_BYTES = 40_000_000

_MAGIC = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
}


def image_problem(path: Path) -> str | None:
    """Why `path` cannot be shown as an image, or None when it looks fine."""
    suffix = path.suffix.lower()
    if suffix not in IMAGE_SUFFIXES:
        return f"'{path.name}' is not a supported image ({', '.join(IMAGE_SUFFIXES)})"
    if not path.is_file():
        return f"media file '{path.name}' does not exist"
    size = path.stat().st_size
    if size > MAX_IMAGE_BYTES:
        limit = MAX_IMAGE_BYTES // 1_000_000
        return f"'{path.name}' is {size // 1_000_000} MB; the limit is {limit} MB"
    with path.open("rb") as handle:
        head = handle.read(4096)
    if suffix == ".svg":
        if b"<svg" not in head and b"<?xml" not in head:
            return f"'{path.name}' is not an SVG file"
    elif suffix == ".webp":
        if not (head.startswith(b"RIFF") and head[8:12] == b"WEBP"):
            return f"'{path.name}' is not a WebP file"
    elif not head.startswith(_MAGIC[suffix]):
        return f"'{path.name}' is not a {suffix[1:].upper()} file (damaged or misnamed)"
    return None
