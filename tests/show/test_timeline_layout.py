"""Era bands: rows covered and lanes for overlapping eras."""

from __future__ import annotations

from exhibit.content.dates import HistDate
from exhibit.content.model import Era, Event
from exhibit.content.text import LocalText
from exhibit.show.timeline_layout import place_eras


def event(year: int, month: int = 0) -> Event:
    return Event(f"e{year}{month}", HistDate(year, month), LocalText.plain("x"))


def era(name: str, start: int, end: int) -> Era:
    return Era(name, LocalText.plain(name), HistDate(start), HistDate(end))


def test_overlapping_eras_take_separate_lanes() -> None:
    events = (event(1991), event(1993, 4), event(1999, 12), event(2000), event(2014))
    placed = place_eras(
        events,
        (era("a", 1991, 1999), era("b", 1993, 2000), era("c", 2000, 2022), era("none", 1800, 1801)),
    )
    summary = [(p.era.id, p.first, p.last, p.lane) for p in placed]
    assert summary == [("a", 0, 2, 0), ("b", 1, 3, 1), ("c", 3, 4, 0)]
