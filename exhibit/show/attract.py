"""Kiosk timing: a visitor session, idle → attract loop, and auto-advance, on an injected clock.

Nothing here waits or ticks: callers ask `next_deadline()` and call `tick(now)` then. While a
visitor interacts, auto-advance pauses; after `idle_timeout` seconds without input the session
ends and the attract loop starts; the first touch in the attract loop returns to the start.
While `held` (an attract video plays over the slides), the attract loop does not advance.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum

from exhibit.show.slideshow import Slideshow


class Mode(Enum):
    VISITOR = "visitor"
    ATTRACT = "attract"


@dataclass
class AttractLoop:
    """Decides when to advance and when to switch between visitor and attract modes.

    `durations[i]` is slide i's own display time (None: use `auto_advance`). `attract` lists
    the slide indexes the attract loop cycles through (empty: every slide).
    """

    show: Slideshow
    idle_timeout: float
    auto_advance: float
    durations: Sequence[float | None] = ()
    attract: Sequence[int] = ()
    mode: Mode = Mode.ATTRACT
    held: bool = False  # the attract slides wait: an attract video covers them
    last_input: float = 0.0
    shown_at: float = 0.0
    on_mode: list[Callable[[Mode], None]] = field(default_factory=list)

    def start(self, now: float) -> None:
        """Begin in the attract loop, at its first slide."""
        self.mode = Mode.ATTRACT
        self.show.go(self._attract_slides()[0])
        self.shown_at = now
        self.last_input = now

    def _attract_slides(self) -> list[int]:
        slides = [i for i in self.attract if 0 <= i < self.show.count]
        return slides or list(range(self.show.count))

    def duration(self, index: int) -> float:
        own = self.durations[index] if index < len(self.durations) else None
        return own if own is not None else self.auto_advance

    def touched(self, now: float) -> bool:
        """A visitor touched or pressed something. True when this began a new session."""
        self.last_input = now
        if self.mode is Mode.ATTRACT:
            self.mode = Mode.VISITOR
            self.show.first()
            self.shown_at = now
            self._notify()
            return True
        return False

    def slide_changed(self, now: float) -> None:
        """The current slide changed (by the visitor or by us): its display time restarts."""
        self.shown_at = now

    def next_deadline(self) -> float:
        """When `tick` next has something to do (infinity: never, until a touch)."""
        if self.mode is Mode.VISITOR:
            return self.last_input + self.idle_timeout
        if self.held:
            return math.inf
        return self.shown_at + self.duration(self.show.index)

    def tick(self, now: float) -> bool:
        """Advance time. True when the current slide changed."""
        if self.mode is Mode.VISITOR:
            if now - self.last_input < self.idle_timeout:
                return False
            self.mode = Mode.ATTRACT
            self._notify()
            self.show.go(self._attract_slides()[0])
            self.shown_at = now
            return True
        if self.held or now - self.shown_at < self.duration(self.show.index):
            return False
        slides = self._attract_slides()
        position = slides.index(self.show.index) if self.show.index in slides else -1
        self.show.go(slides[(position + 1) % len(slides)])
        self.shown_at = now
        return True

    def _notify(self) -> None:
        for listener in self.on_mode:
            listener(self.mode)
