"""List models that adapt the content model for QML: slides, sections, events and eras."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)

from exhibit.content.dates import format_range
from exhibit.content.model import Exhibit
from exhibit.show.rows import SLIDE_ROLES, ScanUrls, slide_row
from exhibit.show.timeline_layout import place_eras

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
# Qt.ItemDataRole's DisplayRole and UserRole, which are fixed in Qt's ABI. Spelled as
# numbers because touching PySide6's `Qt` namespace builds all its enums (12 ms at start).
DISPLAY_ROLE = 0
USER_ROLE = 0x0100


class _RowsModel(QAbstractListModel):
    """A read-only list model over rows of plain dicts, rebuilt when the language changes.

    Rows are made on first use, so a long show only pays for the slides that are shown.
    """

    ROLES: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._make: Callable[[int], dict[str, Any]] = lambda number: {}
        self._made: dict[int, dict[str, Any]] = {}
        self._role_ids = {USER_ROLE + n + 1: name for n, name in enumerate(self.ROLES)}

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.set_lazy(len(rows), rows.__getitem__)

    def set_lazy(self, count: int, make: Callable[[int], dict[str, Any]]) -> None:
        self.beginResetModel()
        self._count, self._make, self._made = count, make, {}
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        name = self._role_ids.get(role)
        return self.row(index.row()).get(name) if name else None

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name.encode()) for role, name in self._role_ids.items()}

    def row(self, number: int) -> dict[str, Any]:
        if not 0 <= number < self._count:
            return {}
        if number not in self._made:
            self._made[number] = self._make(number)
        return self._made[number]


class SlideModel(_RowsModel):
    """Every slide in show order, its text already in the chosen language (roles: rows.py)."""

    ROLES = SLIDE_ROLES

    def __init__(self, parent: QObject | None = None, scan_urls: ScanUrls | None = None) -> None:
        super().__init__(parent)
        self._scan_urls = scan_urls

    def load(self, exhibit: Exhibit, lang: str) -> None:
        fallback = exhibit.default_language
        places = [
            (number, section.title.get(lang, fallback))
            for number, section in enumerate(exhibit.sections)
            for _ in section.slides
        ]
        slides = exhibit.slides

        def make(index: int) -> dict[str, Any]:
            number, title = places[index]
            return slide_row(exhibit, slides[index], title, number, lang, self._scan_urls)

        self.set_lazy(len(slides), make)


class SectionModel(_RowsModel):
    """The sections, with the slide each starts at, for the section menu."""

    ROLES = ("sectionId", "title", "subtitle", "firstSlide", "slideCount", "minutes")

    def load(self, exhibit: Exhibit, lang: str) -> None:
        rows, start = [], 0
        fb = exhibit.default_language
        for section in exhibit.sections:
            rows.append(
                {
                    "sectionId": section.id,
                    "title": section.title.get(lang, fb),
                    "subtitle": section.subtitle.get(lang, fb),
                    "firstSlide": start,
                    "slideCount": len(section.slides),
                    "minutes": section.minutes or 0.0,
                }
            )
            start += len(section.slides)
        self.set_rows(rows)


class EventModel(_RowsModel):
    """Timeline events in date order, with the slide a tap jumps to (-1 for none).

    Each row also carries the pieces of era bands drawn beside it (`eraSegments`: the era's
    number in EraModel, its lane, whether the band starts or ends at this row), so a row can
    be drawn on its own: the timeline makes only the rows it shows.
    """

    ROLES = ("eventId", "title", "text", "dateText", "slideIndex", "year", "eraSegments")

    def load(self, exhibit: Exhibit, lang: str) -> None:
        fb = exhibit.default_language
        placed = place_eras(exhibit.timeline.events, exhibit.timeline.eras)
        rows = []
        for number, event in enumerate(exhibit.timeline.events):
            shown = event.display_date.get(lang, fb)
            if not shown:
                shown = format_range(event.date, event.end, lang)
            segments = [
                {
                    "era": era,
                    "lane": p.lane,
                    "first": number == p.first,
                    "last": number == p.last,
                    "title": p.era.title.get(lang, fb),
                }
                for era, p in enumerate(placed)
                if p.first <= number <= p.last
            ]
            rows.append(
                {
                    "eventId": event.id,
                    "title": event.title.get(lang, fb),
                    "text": event.text.get(lang, fb),
                    "dateText": shown,
                    "slideIndex": exhibit.first_slide_for_event(event.id),
                    "year": event.date.year,
                    "eraSegments": segments,
                }
            )
        self.set_rows(rows)


class EraModel(_RowsModel):
    """Era bands beside the event list: which event rows each spans, and its lane."""

    ROLES = ("eraId", "title", "firstRow", "lastRow", "lane")

    def load(self, exhibit: Exhibit, lang: str) -> None:
        fb = exhibit.default_language
        placed = place_eras(exhibit.timeline.events, exhibit.timeline.eras)
        self.set_rows(
            [
                {
                    "eraId": p.era.id,
                    "title": p.era.title.get(lang, fb),
                    "firstRow": p.first,
                    "lastRow": p.last,
                    "lane": p.lane,
                }
                for p in placed
            ]
        )
