"""Writing a whole new exhibit folder at once: refuse to overwrite, never leave half of one."""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Mapping
from pathlib import Path


class OutputExists(Exception):
    """The target exists and is not an empty folder: nothing is ever overwritten."""


def check_new_folder(out: Path) -> None:
    """Raise OutputExists unless `out` is missing or an empty folder."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        what = "a folder that is not empty" if out.is_dir() else "a file"
        raise OutputExists(f"{out} already exists and is {what}; give a new folder")


def write_new_folder(
    out: Path,
    files: Mapping[str, str],
    copies: Mapping[str, Path] | None = None,
    data: Mapping[str, bytes] | None = None,
) -> None:
    """Create `out` holding `files` (relative path → UTF-8 text), `copies` (relative path →
    file to copy) and `data` (relative path → bytes). The folder is built beside `out` and
    renamed into place."""
    check_new_folder(out)
    parent = out.parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = parent / f".{out.name}.new-{os.getpid()}-{secrets.token_hex(4)}"
    staging.mkdir()
    try:
        for relative, text in files.items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        for relative, blob in (data or {}).items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(blob)
        for relative, source in (copies or {}).items():
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, path)
        if out.is_dir():
            out.rmdir()  # empty, checked above
        os.replace(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
