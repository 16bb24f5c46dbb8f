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

from exhibit.content.dates import HistDate
from exhibit.content.escape import escape_plain
from exhibit.content.model import Exhibit, Slide
from exhibit.show.strings import strings_for
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


def date_text(date: HistDate | None, lang: str) -> str:
    """A date as readers of `lang` write it."""
    if date is None:
        return ""
    return date.format(lang)


class SlideModel(_RowsModel):
    """Every slide in show order, its text already in the chosen language."""

    ROLES = (
        "slideId",
        "kind",
        "sectionId",
        "sectionTitle",
        "sectionNumber",
        "caption",
        "notes",
        "title",
        "subtitle",
        "imageUrl",
        "alt",
        "credit",
        "text",
        "speaker",
        "role",
        "dateText",
        "sourceText",
        "context",
        "body",
        "excerpt",
        "classification",
        "sender",
        "recipient",
        "citation",
        "languageNote",
        "events",
        "creditsHtml",
    )

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
            return self._row(exhibit, slides[index], title, number, lang)

        self.set_lazy(len(slides), make)

    @staticmethod
    def _row(
        exhibit: Exhibit, slide: Slide, section_title: str, number: int, lang: str
    ) -> dict[str, Any]:
        fb = exhibit.default_language
        source = exhibit.source(slide.source) if slide.source else None
        return {
            "slideId": slide.id,
            "kind": slide.kind,
            "sectionId": slide.section_id,
            "sectionTitle": section_title,
            "sectionNumber": number,
            "caption": slide.caption.get(lang, fb),
            "notes": slide.notes.get(lang, fb),
            "title": slide.title.get(lang, fb),
            "subtitle": slide.subtitle.get(lang, fb),
            "imageUrl": slide.image.as_uri() if slide.image else "",
            "alt": slide.alt.get(lang, fb),
            "credit": slide.credit.get(lang, fb),
            "text": slide.text.get(lang, fb),
            "speaker": slide.speaker.get(lang, fb),
            "role": slide.role.get(lang, fb),
            "dateText": date_text(slide.date, lang),
            "sourceText": source.title.get(lang, fb) if source else "",
            "context": slide.context.get(lang, fb),
            "body": slide.body.get(lang, fb),
            "excerpt": slide.excerpt.get(lang, fb),
            "classification": slide.classification.get(lang, fb),
            "sender": slide.sender.get(lang, fb),
            "recipient": slide.recipient.get(lang, fb),
            "citation": slide.citation.get(lang, fb),
            "languageNote": slide.language_note.get(lang, fb),
            "events": list(slide.events),
            "creditsHtml": credits_html(exhibit, lang) if slide.kind == "credits" else "",
        }


def credits_html(exhibit: Exhibit, lang: str) -> str:
    """The credits slide's text: sources, credits and every image credit, as safe HTML."""
    fb = exhibit.default_language
    words = strings_for(lang)
    parts = [f"<h3>{words['sourcesHeading']}</h3>"]
    for source in exhibit.sources:
        extras = [source.author.get(lang, fb), source.publisher.get(lang, fb)]
        if source.date:
            extras.append(date_text(source.date, lang))
        line = escape_plain(source.title.get(lang, fb))
        details = escape_plain(", ".join(e for e in extras if e))
        parts.append(f"<p>{line}" + (f" <i>({details})</i>" if details else "") + "</p>")
    parts.append(f"<br><h3>{words['creditsHeading']}</h3>")
    for credit in exhibit.credits:
        parts.append(
            f"<p><b>{escape_plain(credit.role.get(lang, fb))}:</b> "
            f"{escape_plain(credit.name.get(lang, fb))}</p>"
        )
    images = sorted({slide.credit.get(lang, fb) for slide in exhibit.slides if slide.credit})
    if images:
        parts.append(f"<p><b>{words['imagesLabel']}:</b> {escape_plain('; '.join(images))}</p>")
    return "".join(parts)


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
                shown = date_text(event.date, lang)
                if event.end and event.end != event.date:
                    shown += " – " + date_text(event.end, lang)
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
