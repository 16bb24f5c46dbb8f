"""When to reload content: compare folder fingerprints and wait until changes have settled."""

from __future__ import annotations

from dataclasses import dataclass

from exhibit.content.fingerprint import Fingerprint

DEBOUNCE_SECONDS = 2.0


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
