"""Content paths: relative, inside the exhibit folder, never a URL; refused otherwise."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


class PathRefused(ValueError):
    """A content path that is not a plain relative path inside the exhibit folder."""


def resolve_inside(root: Path, text: str) -> Path:
    """Resolve a content path against `root`, refusing anything that could leave it."""
    if not text or not text.strip():
        raise PathRefused("empty path")
    if _SCHEME.match(text) or text.startswith("//"):
        raise PathRefused(f"'{text}' is a URL; only files inside the exhibit folder may be used")
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in text):
        raise PathRefused(f"{text!r} has a control character; a path is plain text")
    if "\\" in text:
        raise PathRefused(f"'{text}' uses '\\'; write paths with '/'")
    pure = PurePosixPath(text)
    if pure.is_absolute():
        raise PathRefused(f"'{text}' is an absolute path; write it relative to the exhibit folder")
    if ".." in pure.parts:
        raise PathRefused(f"'{text}' leaves the exhibit folder ('..' is not allowed)")
    try:
        base = root.resolve()
        target = (base / Path(*pure.parts)).resolve()
    except (OSError, ValueError) as exc:  # a loop of links, a name too long, …
        reason = getattr(exc, "strerror", None) or exc
        raise PathRefused(f"'{text}' cannot be used ({reason})") from None
    if not target.is_relative_to(base):
        raise PathRefused(f"'{text}' resolves outside the exhibit folder (through a link)")
    return target
