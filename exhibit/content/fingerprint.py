"""A cheap fingerprint of an exhibit folder: every file's path, size and modification time."""

from __future__ import annotations

import os
from pathlib import Path

Fingerprint = tuple[tuple[str, int, int], ...]

MAX_FILES = 20_000


def fingerprint(root: Path, also: tuple[str, ...] = ()) -> Fingerprint:
    """(relative path, size, mtime in ns) of every file under `root`, sorted; cheap to compare.

    Names starting with '.' are skipped (sync tools' temporary and hidden files) unless the
    exhibit uses them: `also` lists such files (relative paths), which count like any other.
    """
    entries: list[tuple[str, int, int]] = []
    # (folder, its path relative to root with a trailing separator): joining names is what
    # os.path.relpath would return, at a fraction of the cost (a running viewer polls this).
    stack: list[tuple[str, str]] = [(os.fspath(root), "")]
    while stack and len(entries) < MAX_FILES:
        folder, prefix = stack.pop()
        try:
            with os.scandir(folder) as it:
                for entry in it:
                    if entry.name.startswith("."):
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        stack.append((entry.path, prefix + entry.name + os.sep))
                    elif entry.is_file(follow_symlinks=False):
                        stat = entry.stat(follow_symlinks=False)
                        entries.append((prefix + entry.name, stat.st_size, stat.st_mtime_ns))
        except OSError:
            continue
    for relative in also:
        try:
            stat = os.stat(os.path.join(root, relative))
            entries.append((relative, stat.st_size, stat.st_mtime_ns))
        except (OSError, ValueError):
            entries.append((relative, -1, -1))
    return tuple(sorted(entries))
