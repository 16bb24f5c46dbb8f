"""Media checked at the door: is a file really the picture its name says, whole, of a size the
viewer can decode, and (for SVG) self-contained — without decoding its pixels."""

from __future__ import annotations

import struct
from pathlib import Path

from exhibit.content.svg import svg_problem

IMAGE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif")
MAX_IMAGE_BYTES = 40_000_000
# A decoded picture costs 4 bytes a pixel: 60 megapixels is 240 MB, enough for a 40-megapixel
# scan of a memorandum; a header declaring more is refused before anything decodes it.
MAX_PIXELS = 60_000_000
MAX_SIDE = 20_000

_MAGIC = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
}


class _Damaged(Exception):
    """The file's structure is broken (truncated or not what it claims)."""


def image_problem(path: Path) -> str | None:
    """Why `path` cannot be shown as an image, or None when it looks fine."""
    suffix = path.suffix.lower()
    if suffix not in IMAGE_SUFFIXES:
        return f"'{path.name}' is not a supported image ({', '.join(IMAGE_SUFFIXES)})"
    try:
        return _file_problem(path, suffix)
    except OSError as exc:
        return f"'{path.name}' cannot be read ({exc.strerror or exc})"
    except ValueError as exc:  # a path the system cannot represent (NUL byte, …)
        return f"'{path.name}' cannot be read ({exc})"


def file_size_problem(path: Path, most: int) -> str | int:
    """Why `path` is not a regular file of at most `most` bytes, or its size."""
    if not path.is_file():
        if path.exists():
            return f"media file '{path.name}' is not a regular file"
        return f"media file '{path.name}' does not exist"
    size = path.stat().st_size
    if size > most:
        return f"'{path.name}' is {size // 1_000_000} MB; the limit is {most // 1_000_000} MB"
    return size


def _file_problem(path: Path, suffix: str) -> str | None:
    size = file_size_problem(path, MAX_IMAGE_BYTES)
    if isinstance(size, str):
        return size
    with path.open("rb") as handle:
        head = handle.read(4096)
    misnamed = _type_problem(path.name, suffix, head)
    if misnamed or suffix == ".svg":
        return misnamed or svg_problem(path)
    try:
        width, height = _READERS[suffix](path, size)
    except (_Damaged, struct.error, IndexError):
        return f"'{path.name}' is damaged or cut short (copy it again)"
    if width <= 0 or height <= 0:
        return f"'{path.name}' declares an empty picture ({width}x{height})"
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        return (
            f"'{path.name}' is {width}x{height} pixels; at most {MAX_SIDE} a side and "
            f"{MAX_PIXELS // 1_000_000} megapixels can be shown (scale it down)"
        )
    return None


def _type_problem(name: str, suffix: str, head: bytes) -> str | None:
    """Why the file's first bytes say it is not the picture its name says, or None."""
    if suffix == ".svg":
        return None if b"<svg" in head or b"<?xml" in head else f"'{name}' is not an SVG file"
    if suffix == ".webp":
        webp = head.startswith(b"RIFF") and head[8:12] == b"WEBP"
        return None if webp else f"'{name}' is not a WebP file"
    if not head.startswith(_MAGIC[suffix]):
        return f"'{name}' is not a {suffix[1:].upper()} file (damaged or misnamed)"
    return None


def _png(path: Path, size: int) -> tuple[int, int]:
    """Dimensions from IHDR, after walking the chunks to IEND (a cut file has none)."""
    with path.open("rb") as handle:
        handle.seek(8)
        length, kind = struct.unpack(">I4s", handle.read(8))
        if kind != b"IHDR" or length != 13:
            raise _Damaged
        width, height = struct.unpack(">II", handle.read(8))
        position = 8 + 8 + length + 4
        while True:
            handle.seek(position)
            header = handle.read(8)
            if len(header) < 8:
                raise _Damaged
            length, kind = struct.unpack(">I4s", header)
            position += 8 + length + 4
            if position > size:
                raise _Damaged
            if kind == b"IEND":
                return width, height


_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg(path: Path, size: int) -> tuple[int, int]:
    """Dimensions from the first frame header; the end marker must be near the end (some
    programs append a few bytes after it; a file cut short has none)."""
    with path.open("rb") as handle:
        handle.seek(max(0, size - 4096))
        if b"\xff\xd9" not in handle.read():
            raise _Damaged
        handle.seek(2)
        while True:
            marker = handle.read(2)
            if len(marker) < 2 or marker[0] != 0xFF:
                raise _Damaged
            code = marker[1]
            if code == 0xFF:
                handle.seek(-1, 1)  # fill byte
                continue
            if 0xD0 <= code <= 0xD9 or code == 0x01:
                continue
            (length,) = struct.unpack(">H", handle.read(2))
            if code in _SOF:
                height, width = struct.unpack(">xHH", handle.read(5))
                return width, height
            handle.seek(length - 2, 1)


def _gif(path: Path, size: int) -> tuple[int, int]:
    with path.open("rb") as handle:
        head = handle.read(10)
        handle.seek(max(0, size - 1))
        if handle.read(1) != b"\x3b":
            raise _Damaged
    width, height = struct.unpack("<HH", head[6:10])
    return width, height


def _webp(path: Path, size: int) -> tuple[int, int]:
    with path.open("rb") as handle:
        head = handle.read(30)
    (riff_size,) = struct.unpack("<I", head[4:8])
    if riff_size + 8 > size:
        raise _Damaged
    chunk = head[12:16]
    if chunk == b"VP8X":
        width = 1 + int.from_bytes(head[24:27], "little")
        height = 1 + int.from_bytes(head[27:30], "little")
    elif chunk == b"VP8L":
        bits = int.from_bytes(head[21:25], "little")
        width, height = 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)
    elif chunk == b"VP8 ":
        width, height = struct.unpack("<HH", head[26:30])
        width, height = width & 0x3FFF, height & 0x3FFF
    else:
        raise _Damaged
    return width, height


_READERS = {".png": _png, ".jpg": _jpeg, ".jpeg": _jpeg, ".gif": _gif, ".webp": _webp}
