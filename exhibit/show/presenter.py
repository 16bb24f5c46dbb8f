"""Presenter logic: the talk's clock against the section plan, and typed slide numbers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class TalkClock:
    """Elapsed talk time, started (and restarted) by the presenter, paused never."""

    started: float | None = None

    def start(self, now: float) -> None:
        self.started = now

    def elapsed(self, now: float) -> float:
        return 0.0 if self.started is None else max(0.0, now - self.started)


@dataclass(frozen=True)
class PlanStatus:
    """Where the talk stands against the plan: seconds behind (+) or ahead (-)."""

    planned_seconds: float
    delta_seconds: float


def plan_status(
    minutes: Sequence[float | None], section_sizes: Sequence[int], index: int, elapsed: float
) -> PlanStatus | None:
    """Compare `elapsed` with the time the plan gives to finish slide `index`.

    Behind only once the current slide's planned end has passed: 41 s into a slide planned
    for a minute is on time, not 41 s behind.

    Each section's planned minutes are spread evenly over its slides. None when the
    exhibit has no plan (no section has minutes).
    """
    if not any(minutes):
        return None
    planned = 0.0
    first = 0
    for section_minutes, size in zip(minutes, section_sizes, strict=True):
        seconds = (section_minutes or 0.0) * 60
        if index < first + size:
            planned += seconds * (index - first + 1) / max(1, size)
            return PlanStatus(planned, elapsed - planned)
        planned += seconds
        first += size
    return PlanStatus(planned, elapsed - planned)


def clock_text(seconds: float) -> str:
    """`12:05` or `1:02:05`."""
    whole = int(abs(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass
class NumberEntry:
    """Digits typed by the presenter; Enter turns them into a slide index."""

    digits: list[str] = field(default_factory=list)

    def type(self, digit: str) -> None:
        if digit.isdigit() and len(self.digits) < 5:
            self.digits.append(digit)

    def clear(self) -> None:
        self.digits.clear()

    @property
    def text(self) -> str:
        return "".join(self.digits)

    def enter(self, count: int) -> int | None:
        """The 0-based slide index for the typed 1-based number, or None when out of range."""
        text = self.text
        self.clear()
        if not text:
            return None
        number = int(text)
        return number - 1 if 1 <= number <= count else None


def remaining_seconds(minutes: Sequence[float | None], elapsed: float) -> float | None:
    """What is left of the whole plan after `elapsed` seconds (never below 0); None with no plan."""
    if not any(minutes):
        return None
    return max(0.0, sum(m or 0.0 for m in minutes) * 60 - elapsed)
