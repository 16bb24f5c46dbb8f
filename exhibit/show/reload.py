"""When to reload content: fingerprint the folder and wait until changes have settled."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

Fingerprint = tuple[tuple[str, int, int], ...]

DEBOUNCE_SECONDS = 2.0
MAX_FILES = 20_000


def fingerprint(root: Path) -> Fingerprint:
    """(relative path, size, mtime in ns) of every file under `root`, sorted; cheap to compare."""
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
                        continue  # sync tools' temporary and hidden files
                    if entry.is_dir(follow_symlinks=False):
                        stack.append((entry.path, prefix + entry.name + os.sep))
                    elif entry.is_file(follow_symlinks=False):
                        stat = entry.stat(follow_symlinks=False)
                        entries.append((prefix + entry.name, stat.st_size, stat.st_mtime_ns))
        except OSError:
            continue
    return tuple(sorted(entries))


@dataclass
class ReloadPolicy:
    """Says when a changed folder has been quiet for `debounce` seconds and should be loaded.

    Feed it a fingerprint on each look; an update arriving file by file keeps changing the
    fingerprint, so nothing is loaded until the last file has landed and stayed put.
    """

    current: Fingerprint
    debounce: float = DEBOUNCE_SECONDS
    pending: Fingerprint | None = None
    changed_at: float = 0.0

    def observe(self, seen: Fingerprint, now: float) -> bool:
        """True when `seen` differs from what is loaded and has not changed for `debounce` s."""
        if seen == self.current:
            self.pending = None
            return False
        if seen != self.pending:
            self.pending = seen
            self.changed_at = now
            return False
        return now - self.changed_at >= self.debounce

    def loaded(self, seen: Fingerprint) -> None:
        """The fingerprint that was just loaded (valid or not) is the new baseline."""
        self.current = seen
        self.pending = None
