"""The exhibit as frozen dataclasses: what the loader builds and every other layer reads."""

# Annotations here are evaluated, not strings (no `from __future__ import annotations`): the
# exhibit cache reads them to decode a cached exhibit, and evaluating strings cost 1 ms.
from dataclasses import field, replace
from functools import cached_property
from pathlib import Path

from exhibit.content.dates import HistDate
from exhibit.content.fields import KINDS
from exhibit.content.record import Record, record
from exhibit.content.text import EMPTY, LocalText

SLIDE_KINDS = KINDS


@record(frozen=True)
class Source(Record):
    """A document that quotations and excerpts cite."""

    id: str
    title: LocalText
    author: LocalText = EMPTY
    publisher: LocalText = EMPTY
    date: HistDate | None = None
    url: str = ""


@record(frozen=True)
class Credit(Record):
    """A line on the credits slide: who did what."""

    role: LocalText
    name: LocalText


@record(frozen=True)
class Event(Record):
    """A dated point or range on the timeline."""

    id: str
    date: HistDate
    title: LocalText
    end: HistDate | None = None
    text: LocalText = EMPTY
    display_date: LocalText = EMPTY


@record(frozen=True)
class Era(Record):
    """A named span drawn as a band behind the timeline's events."""

    id: str
    title: LocalText
    start: HistDate
    end: HistDate


@record(frozen=True)
class Timeline(Record):
    events: tuple[Event, ...] = ()
    eras: tuple[Era, ...] = ()

    def event(self, event_id: str) -> Event | None:
        return next((e for e in self.events if e.id == event_id), None)


@record(frozen=True)
class Cue(Record):
    """One caption: its words from `start` to `end` seconds into the media file."""

    start: float
    end: float
    text: str


@record(frozen=True)
class Captions(Record):
    """A WebVTT file's cues, in one language ("" when the slide gives one file for all)."""

    lang: str
    file: Path
    cues: tuple[Cue, ...] = ()


@record(frozen=True)
class Media(Record):
    """A video or sound file a slide plays (video and audio slides; a quote's `audio`)."""

    file: Path
    has_video: bool = False
    has_audio: bool = False
    seconds: float = 0.0  # as its container says; 0 when unknown
    poster: Path | None = None
    captions: tuple[Captions, ...] = ()
    loop: bool = False
    autoplay: bool = False
    start: float = 0.0
    end: float | None = None
    volume: float = 1.0

    def cues(self, lang: str, fallback: str) -> tuple[Cue, ...]:
        """The captions in `lang`, else in `fallback`, else the first file given."""
        by_lang = {c.lang: c.cues for c in self.captions}
        for key in (lang, fallback, ""):
            if key in by_lang:
                return by_lang[key]
        return self.captions[0].cues if self.captions else ()


@record(frozen=True)
class ScanPages(Record):
    """Pages of a document's scan: one picture (`first` 0), or a PDF's pages `first` to
    `last`, counted from 1 (`last` 0: to its end, which only Qt can count)."""

    file: Path
    first: int = 0
    last: int = 0

    @property
    def is_pdf(self) -> bool:
        return self.first > 0


@record(frozen=True)
class Slide(Record):
    """One slide. Which fields are set depends on `kind` (see `fields.SLIDE`).

    Its texts are kept by field name in `texts` (Markdown fields hold safe HTML): the views
    read them by the names the field table gives, so a new text field needs no change here.
    """

    id: str
    kind: str
    section_id: str
    texts: tuple[tuple[str, LocalText], ...] = ()
    duration: float | None = None
    events: tuple[str, ...] = ()
    image: Path | None = None
    date: HistDate | None = None
    source: str = ""
    background: str = ""  # a colour '#rrggbb' or a picture's path; "" for none
    media: Media | None = None
    scan: tuple[ScanPages, ...] = ()  # a document's real pages: pictures, PDF pages

    def text(self, name: str) -> LocalText:
        """The text field `name` (one of `fields.SLIDE_TEXTS`), empty when not set."""
        for key, value in self.texts:
            if key == name:
                return value
        return EMPTY

    def with_texts(self, **values: LocalText) -> "Slide":
        """This slide with the text fields named in `values` set to them."""
        kept = tuple((key, value) for key, value in self.texts if key not in values)
        return replace(self, texts=kept + tuple(values.items()))

    @property
    def caption(self) -> LocalText:
        return self.text("caption")

    @property
    def notes(self) -> LocalText:
        return self.text("notes")

    @property
    def title(self) -> LocalText:
        return self.text("title")

    @property
    def alt(self) -> LocalText:
        return self.text("alt")

    @property
    def credit(self) -> LocalText:
        return self.text("credit")


@record(frozen=True)
class Section(Record):
    id: str
    title: LocalText
    subtitle: LocalText = EMPTY
    minutes: float | None = None
    slides: tuple[Slide, ...] = ()


@record(frozen=True)
class KioskSettings(Record):
    idle_timeout: float = 90.0
    auto_advance: float = 12.0
    attract_slides: tuple[str, ...] = ()
    attract_video: Path | None = None  # played muted and looping instead of the slides
    attract_poster: Path | None = None  # shown instead of it with reduced motion


@record(frozen=True)
class Exhibit(Record):
    """A whole exhibit, valid by construction when it comes from the loader."""

    root: Path
    title: LocalText
    subtitle: LocalText = EMPTY
    languages: tuple[str, ...] = ("en",)
    default_language: str = "en"
    sections: tuple[Section, ...] = ()
    timeline: Timeline = field(default_factory=Timeline)
    sources: tuple[Source, ...] = ()
    credits: tuple[Credit, ...] = ()
    kiosk: KioskSettings = field(default_factory=KioskSettings)
    presentation_minutes: float | None = None
    hidden_files: tuple[str, ...] = ()  # files it uses under names starting with '.'

    @cached_property
    def slides(self) -> tuple[Slide, ...]:
        """Every slide in show order (computed once: the exhibit never changes)."""
        return tuple(slide for section in self.sections for slide in section.slides)

    @cached_property
    def _slide_positions(self) -> dict[str, int]:
        return {slide.id: index for index, slide in enumerate(self.slides)}

    @cached_property
    def _event_positions(self) -> dict[str, int]:
        first: dict[str, int] = {}
        for index, slide in enumerate(self.slides):
            for event_id in slide.events:
                first.setdefault(event_id, index)
        return first

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def slide_index(self, slide_id: str) -> int:
        """Position of a slide in show order, or -1."""
        return self._slide_positions.get(slide_id, -1)

    def first_slide_for_event(self, event_id: str) -> int:
        """Position of the first slide linked to a timeline event, or -1."""
        return self._event_positions.get(event_id, -1)
