"""Where the show is: the current slide and the moves between slides, with no Qt and no clock."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass
class Slideshow:
    """Current position in a show of `count` slides grouped into sections.

    `section_starts` holds the index of each section's first slide, ascending, starting at 0.
    Every move returns True when the current slide changed.
    """

    count: int
    section_starts: Sequence[int] = (0,)
    index: int = 0

    def __post_init__(self) -> None:
        if self.count < 1:
            raise ValueError("a show needs at least one slide")
        self.index = max(0, min(self.index, self.count - 1))

    def go(self, index: int) -> bool:
        """Go to slide `index`; out-of-range requests are ignored."""
        if not 0 <= index < self.count or index == self.index:
            return False
        self.index = index
        return True

    def next(self) -> bool:
        return self.go(self.index + 1)

    def previous(self) -> bool:
        return self.go(self.index - 1)

    def first(self) -> bool:
        return self.go(0)

    def last(self) -> bool:
        return self.go(self.count - 1)

    @property
    def section(self) -> int:
        """Index of the section holding the current slide."""
        current = 0
        for number, start in enumerate(self.section_starts):
            if start <= self.index:
                current = number
        return current

    def go_section(self, number: int) -> bool:
        """Go to the first slide of section `number`."""
        if not 0 <= number < len(self.section_starts):
            return False
        return self.go(self.section_starts[number])
