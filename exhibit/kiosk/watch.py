"""Watch an exhibit folder and load it when an edit has settled; pure, driven by `poll(now)`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from exhibit.content.errors import Problem
from exhibit.content.fingerprint import fingerprint
from exhibit.content.model import Exhibit
from exhibit.content.record import Record, record
from exhibit.kiosk.reload import DEBOUNCE_SECONDS, ReloadPolicy

if TYPE_CHECKING:
    from exhibit.content.loader import CheckResult


def check(root: Path, label: str) -> CheckResult:
    """`exhibit check`'s full load; the loader is imported on the first reload, not at start."""
    from exhibit.content.loader import check as full_check

    return full_check(root, label)


@record(frozen=True)
class Reloaded(Record):
    """The outcome of one reload: the new exhibit, or the problems that kept the old one."""

    exhibit: Exhibit | None
    problems: tuple[Problem, ...]


class ContentWatcher:
    """Loads the folder again when it changed and stayed quiet for the debounce time."""

    def __init__(
        self,
        root: Path,
        label: str,
        debounce: float = DEBOUNCE_SECONDS,
        checker: Callable[[Path, str], CheckResult] = check,
    ) -> None:
        self.root = root
        self.label = label
        self.checker = checker
        self.policy = ReloadPolicy(fingerprint(root), debounce)

    def poll(self, now: float) -> Reloaded | None:
        """Look once; returns a result only when a settled change was loaded."""
        seen = fingerprint(self.root)
        if not self.policy.observe(seen, now):
            return None
        return self.load(seen)

    def load(self, seen: tuple[tuple[str, int, int], ...] | None = None) -> Reloaded:
        """Load and check now (also for the admin's "reload content")."""
        seen = seen if seen is not None else fingerprint(self.root)
        result = self.checker(self.root, self.label)
        self.policy.loaded(seen)
        errors = tuple(p for p in result.problems if p.severity == "error")
        if result.exhibit is None or errors:
            return Reloaded(None, errors or tuple(result.problems))
        return Reloaded(result.exhibit, ())
