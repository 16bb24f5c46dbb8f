"""The hidden admin gesture: five taps in a corner (or five presses of a key) within 3 s."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

TAPS = 5
WINDOW_SECONDS = 3.0
CORNER_FRACTION = 0.08


@dataclass
class SecretTaps:
    """Counts qualifying taps; `tap` returns True on the tap that completes the gesture."""

    taps: int = TAPS
    window: float = WINDOW_SECONDS
    times: deque[float] = field(default_factory=deque)

    def tap(self, now: float) -> bool:
        self.times.append(now)
        while self.times and now - self.times[0] > self.window:
            self.times.popleft()
        if len(self.times) >= self.taps:
            self.times.clear()
            return True
        return False

    def reset(self) -> None:
        self.times.clear()


def in_corner(x: float, y: float, width: float, height: float) -> bool:
    """Whether a point is in the top-left corner square used for the gesture."""
    side = max(48.0, min(width, height) * CORNER_FRACTION)
    return 0 <= x <= side and 0 <= y <= side
