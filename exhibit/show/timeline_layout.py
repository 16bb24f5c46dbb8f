"""Lays eras out beside the timeline's event list: which rows each era spans, in which lane."""

from __future__ import annotations

from exhibit.content.model import Era, Event
from exhibit.content.record import Record, record


@record(frozen=True)
class EraPlacement(Record):
    """An era drawn as a band from row `first` to row `last` (inclusive) in lane `lane`."""

    era: Era
    first: int
    last: int
    lane: int


def place_eras(events: tuple[Event, ...], eras: tuple[Era, ...]) -> list[EraPlacement]:
    """Place each era that covers at least one event; overlapping eras get separate lanes."""
    placements: list[EraPlacement] = []
    lane_ends: list[int] = []
    for era in sorted(eras, key=lambda e: e.start.sort_key()):
        rows = [
            row
            for row, event in enumerate(events)
            if era.start.sort_key() <= event.date.sort_key() <= _end_key(era)
        ]
        if not rows:
            continue
        first, last = rows[0], rows[-1]
        lane = next((n for n, end in enumerate(lane_ends) if end < first), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(last)
        else:
            lane_ends[lane] = last
        placements.append(EraPlacement(era, first, last, lane))
    return placements


def _end_key(era: Era) -> tuple[int, int, int]:
    """An era's end as a sort key that includes the whole last month or year."""
    end = era.end
    return (end.year, end.month or 12, end.day or 31)
