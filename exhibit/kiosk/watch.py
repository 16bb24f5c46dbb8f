"""Watch an exhibit folder and load it when an edit has settled; pure, driven by `poll(now)`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from exhibit.content.errors import Problem
from exhibit.content.fingerprint import Fingerprint, fingerprint
from exhibit.content.model import Exhibit
from exhibit.content.record import Record, record
from exhibit.kiosk.reload import DEBOUNCE_SECONDS, ReloadPolicy

if TYPE_CHECKING:
    from exhibit.content.loader import CheckResult

log = logging.getLogger("exhibit.reload")


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
        hidden: tuple[str, ...] = (),
    ) -> None:
        self.root = root
        self.label = label
        self.checker = checker
        self.hidden = hidden
        self.policy = ReloadPolicy(fingerprint(root, hidden), debounce)

    def poll(self, now: float) -> Reloaded | None:
        """Look once; returns a result only when a settled change was loaded."""
        seen = fingerprint(self.root, self.hidden)
        if not self.policy.observe(seen, now):
            return None
        return self.load(seen)

    def load(self, seen: Fingerprint | None = None) -> Reloaded:
        """Load and check now (also for the admin's "reload content").

        Whatever goes wrong while loading becomes the result's problem: the watcher goes on
        watching, and the show keeps its last good exhibit.
        """
        seen = seen if seen is not None else fingerprint(self.root, self.hidden)
        try:
            result = self.checker(self.root, self.label)
        except Exception as exc:  # a bug or a system fault must not stop the watching
            message = f"could not be loaded ({type(exc).__name__}: {exc})"
            log.error("%s: %s; still watching", self.label, message)
            self.policy.loaded(seen)
            return Reloaded(None, (Problem(self.label, 1, 1, message),))
        self.policy.loaded(seen)
        errors = tuple(p for p in result.problems if p.severity == "error")
        if result.exhibit is None or errors:
            return Reloaded(None, errors or tuple(result.problems))
        if result.exhibit.hidden_files != self.hidden:
            self.hidden = result.exhibit.hidden_files
            self.policy.loaded(fingerprint(self.root, self.hidden))
        return Reloaded(result.exhibit, ())
