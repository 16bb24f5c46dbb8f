"""The view-model QML talks to: current slide, moves, language, and the list models."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    Property,
    QAbstractItemModel,
    QLocale,
    QObject,
    QSize,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QImageReader
from PySide6.QtQml import QmlElement, QmlUncreatable

from exhibit.content.model import Exhibit
from exhibit.show.slideshow import Slideshow
from exhibit.show.strings import language_name, strings_for
from exhibit.ui.models import EraModel, EventModel, SectionModel, SlideModel
from exhibit.ui.pdfpages import URL_PREFIX, PdfShelf

log = logging.getLogger("exhibit.ui")
TEXT_SCALES = (1.0, 1.25, 1.5)
# The QML module the views live in: QmlElement registers Controller there, so the views (and
# qmllint, through exhibit.qmltypes: see .ci/qmllint) know its properties and slots.
QML_IMPORT_NAME = "Exhibit"
QML_IMPORT_MAJOR_VERSION = 1


def speak_language(lang: str) -> None:
    """Make `lang` the default locale: screen readers read the interface in its voice."""
    QLocale.setDefault(QLocale(lang))


@QmlElement
@QmlUncreatable("the viewer makes the Controller and hands it to the views")
class Controller(QObject):  # type: ignore[operator]  # QmlUncreatable's stub lacks __call__
    """Exposes one exhibit's show to QML; all moves go through the pure Slideshow."""

    currentIndexChanged = Signal()
    languageChanged = Signal()
    exhibitChanged = Signal()
    reducedMotionChanged = Signal()
    blankedChanged = Signal()
    textScaleChanged = Signal()
    eventTapped = Signal(str)
    soundChanged = Signal()
    mediaPositionChanged = Signal()
    pictureZoomedChanged = Signal()
    captionsChanged = Signal()
    framePostersChanged = Signal()
    # To the media slide on stage: "toggle", "seek" (by `amount` seconds) or "stop".
    mediaCommand = Signal(str, float)
    # From it, for the analytics: ("play" | "complete" | "captions-on" | "captions-off", slide id).
    mediaPlayed = Signal(str, str)
    visitEnded = Signal()  # a kiosk visit ended: the views close their menus
    # A new exhibit is about to replace the slides: the recording on stage says how it plays.
    exhibitSwapping = Signal()
    transcriptOpenChanged = Signal()

    def __init__(
        self,
        exhibit: Exhibit,
        lang: str | None = None,
        reduced_motion: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._exhibit = exhibit
        self._lang = lang or exhibit.default_language
        speak_language(self._lang)
        self._reduced_motion = reduced_motion
        self._blanked = False
        self._text_scale = 1.0
        self._sound_allowed = True
        self._volume_cap = 1.0
        self._media_position = ""
        self._media_live = True
        self._picture_zoomed = False
        self._captions_on = True
        self._transcript_open = False
        self._frame_posters: dict[str, str] = {}
        self._resume: tuple[str, str, float] | None = None  # (slide id, stamp, ms) on a swap
        self.pdf_shelf = PdfShelf()  # the scans' PDF pages (engine.py serves them to the views)
        self._slides = SlideModel(self, self.pdf_shelf.urls)
        self._sections = SectionModel(self)
        self._events = EventModel(self)
        self._eras = EraModel(self)
        self._show = self._new_show(exhibit)
        self._fill_models()
        self.currentIndexChanged.connect(self._forget_media_position)
        self.currentIndexChanged.connect(self.closeTranscript)

    @staticmethod
    def _new_show(exhibit: Exhibit, index: int = 0) -> Slideshow:
        starts, total = [], 0
        for section in exhibit.sections:
            starts.append(total)
            total += len(section.slides)
        return Slideshow(total, starts, index)

    def _fill_models(self) -> None:
        for model in (self._slides, self._sections, self._events, self._eras):
            model.load(self._exhibit, self._lang)

    @property
    def exhibit(self) -> Exhibit:
        return self._exhibit

    @property
    def show(self) -> Slideshow:
        """The position object every move goes through (the kiosk's loop shares it)."""
        return self._show

    def moved(self) -> None:
        """Tell the views that `show` was moved from outside (by the attract loop)."""
        self.currentIndexChanged.emit()

    def set_exhibit(self, exhibit: Exhibit) -> None:
        """Swap in a newly loaded exhibit, staying on the same slide id where it still exists."""
        current = self._exhibit.slides[self._show.index].id
        self._resume = None
        self.exhibitSwapping.emit()  # the recording playing, if one is, says so (holdMedia)
        self._exhibit = exhibit
        index = max(exhibit.slide_index(current), 0)
        self._show = self._new_show(exhibit, index)
        if self._lang not in exhibit.languages:
            self._lang = exhibit.default_language
        self._fill_models()
        self.exhibitChanged.emit()
        self.currentIndexChanged.emit()

    # -- properties ------------------------------------------------------------------------

    def _get_index(self) -> int:
        return self._show.index

    def _get_count(self) -> int:
        return self._show.count

    def _get_section(self) -> int:
        return self._show.section

    def _get_current_events(self) -> list[str]:
        return list(self._exhibit.slides[self._show.index].events)

    def _get_current_event_row(self) -> int:
        """The timeline row of the current slide's first event in date order, or -1."""
        wanted = set(self._exhibit.slides[self._show.index].events)
        events = self._exhibit.timeline.events
        return next((n for n, event in enumerate(events) if event.id in wanted), -1)

    def _get_current_event_rows(self) -> list[int]:
        """The timeline rows of all the current slide's events, in date order."""
        wanted = set(self._exhibit.slides[self._show.index].events)
        return [n for n, event in enumerate(self._exhibit.timeline.events) if event.id in wanted]

    def _get_current(self) -> dict[str, object]:
        return self._slides.row(self._show.index)

    def _get_next(self) -> dict[str, object]:
        return self._slides.row(self._show.index + 1)

    def _get_blanked(self) -> bool:
        return self._blanked

    def _set_blanked(self, value: bool) -> None:
        if value != self._blanked:
            self._blanked = value
            self.blankedChanged.emit()

    @Slot()
    def toggleBlank(self) -> None:
        """Blank the audience screen to black, or show it again (B or . on a clicker)."""
        self._set_blanked(not self._blanked)

    def _get_jump_events(self) -> list[dict[str, object]]:
        """Timeline events that have a slide to jump to, for the presenter's go-to menu."""
        rows = (self._events.row(n) for n in range(self._events.rowCount()))
        return [row for row in rows if int(row["slideIndex"]) >= 0]

    def _get_text_scale(self) -> float:
        return self._text_scale

    def _set_text_scale(self, value: float) -> None:
        value = min(TEXT_SCALES, key=lambda allowed: abs(allowed - value))
        if value != self._text_scale:
            self._text_scale = value
            self.textScaleChanged.emit()

    def set_text_scale(self, value: float) -> None:
        """Text size as a factor: 1, 1.25 or 1.5 (others snap to the nearest)."""
        self._set_text_scale(value)

    @Slot(int)
    def stepTextScale(self, step: int) -> None:
        """Larger (+1) or smaller (-1) text, among 100, 125 and 150 %."""
        position = TEXT_SCALES.index(self._text_scale) + step
        self._set_text_scale(TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, position))])

    def _get_lang(self) -> str:
        return self._lang

    def _set_lang(self, lang: str) -> None:
        if lang == self._lang or lang not in self._exhibit.languages:
            return
        self._resume = None
        self.exhibitSwapping.emit()  # the views are made again: a recording plays on (holdMedia)
        self._lang = lang
        speak_language(lang)
        self._fill_models()
        self.languageChanged.emit()
        self.exhibitChanged.emit()
        self.currentIndexChanged.emit()

    def _get_languages(self) -> list[dict[str, str]]:
        return [{"code": code, "name": language_name(code)} for code in self._exhibit.languages]

    def _get_strings(self) -> dict[str, str]:
        return strings_for(self._lang)

    def words_language(self) -> str:
        """The current language code."""
        return self._lang

    def words(self) -> dict[str, str]:
        """The interface strings in the current language."""
        return strings_for(self._lang)

    def reset_language(self) -> None:
        """Back to the exhibit's default language (the kiosk does this for each new visitor)."""
        self._set_lang(self._exhibit.default_language)

    def end_visit(self) -> None:
        """A kiosk visit ended: the default language again, and no menu left open for the next."""
        self.reset_language()
        self._set_captions(True)  # the next visitor sees captions, whatever the last chose
        self.closeTranscript()
        self.visitEnded.emit()

    def _get_title(self) -> str:
        return self._exhibit.title.get(self._lang, self._exhibit.default_language)

    def _get_reduced(self) -> bool:
        return self._reduced_motion

    def _set_reduced(self, value: bool) -> None:
        if value != self._reduced_motion:
            self._reduced_motion = value
            self.reducedMotionChanged.emit()

    currentIndex = Property(int, _get_index, notify=currentIndexChanged)
    count = Property(int, _get_count, notify=exhibitChanged)
    sectionIndex = Property(int, _get_section, notify=currentIndexChanged)
    # dict and list are QVariantMap and QVariantList to QML: rows of a model, and the strings.
    currentSlide = Property(dict, _get_current, notify=currentIndexChanged)
    nextSlide = Property(dict, _get_next, notify=currentIndexChanged)
    jumpEvents = Property(list, _get_jump_events, notify=exhibitChanged)
    textScale = Property(float, _get_text_scale, _set_text_scale, notify=textScaleChanged)
    blanked = Property(bool, _get_blanked, _set_blanked, notify=blankedChanged)
    currentEvents = Property(list, _get_current_events, notify=currentIndexChanged)
    currentEventRow = Property(int, _get_current_event_row, notify=currentIndexChanged)
    currentEventRows = Property(list, _get_current_event_rows, notify=currentIndexChanged)
    language = Property(str, _get_lang, _set_lang, notify=languageChanged)
    languages = Property(list, _get_languages, notify=exhibitChanged)
    t = Property(dict, _get_strings, notify=languageChanged)
    exhibitTitle = Property(str, _get_title, notify=languageChanged)
    reducedMotion = Property(bool, _get_reduced, _set_reduced, notify=reducedMotionChanged)

    def _get_slides(self) -> QAbstractItemModel:
        return self._slides

    def _get_sections(self) -> QAbstractItemModel:
        return self._sections

    def _get_event_model(self) -> QAbstractItemModel:
        return self._events

    def _get_eras(self) -> QAbstractItemModel:
        return self._eras

    slides = Property(QAbstractItemModel, _get_slides, constant=True)
    sections = Property(QAbstractItemModel, _get_sections, constant=True)
    events = Property(QAbstractItemModel, _get_event_model, constant=True)
    eras = Property(QAbstractItemModel, _get_eras, constant=True)

    # -- moves -----------------------------------------------------------------------------

    def _moved(self, changed: bool) -> bool:
        if changed:
            self.currentIndexChanged.emit()
        return changed

    @Slot(result=bool)
    def next(self) -> bool:
        return self._moved(self._show.next())

    @Slot(result=bool)
    def previous(self) -> bool:
        return self._moved(self._show.previous())

    @Slot(result=bool)
    def first(self) -> bool:
        return self._moved(self._show.first())

    @Slot(result=bool)
    def last(self) -> bool:
        return self._moved(self._show.last())

    @Slot(int, result=bool)
    def goTo(self, index: int) -> bool:
        return self._moved(self._show.go(index))

    @Slot(int, result=bool)
    def goToSection(self, number: int) -> bool:
        return self._moved(self._show.go_section(number))

    @Slot(str, result=bool)
    def jumpToEvent(self, event_id: str) -> bool:
        index = self._exhibit.first_slide_for_event(event_id)
        if index >= 0:
            self.eventTapped.emit(event_id)
        return index >= 0 and self._moved(self._show.go(index))

    @Slot(int, result="QVariantMap")
    def slideRow(self, index: int) -> dict[str, object]:
        """One slide's row as a map: a copy, which the slide views can hold on to (a list
        delegate outlives its model's row object, and would read it as null)."""
        return self._slides.row(index)

    def _get_picture_zoomed(self) -> bool:
        return self._picture_zoomed

    def _set_picture_zoomed(self, value: bool) -> None:
        if value != self._picture_zoomed:
            self._picture_zoomed = value
            self.pictureZoomedChanged.emit()

    # The picture on screen is zoomed in: a tap or a drag belongs to it, not to the stage.
    pictureZoomed = Property(
        bool, _get_picture_zoomed, _set_picture_zoomed, notify=pictureZoomedChanged
    )

    @Slot(str, result=QSize)
    def pictureSize(self, url: str) -> QSize:
        """A picture's own size in pixels from its header, or a PDF page's at its own
        resolution (empty for a drawing or unreadable)."""
        if url.startswith(URL_PREFIX):
            return self.pdf_shelf.own_size(url)
        path = QUrl(url).toLocalFile()
        if path.lower().endswith(".svg"):
            return QSize()
        return QImageReader(path).size()

    @Slot(str, str)
    def reportMediaProblem(self, url: str, alt: str) -> None:
        """Called by QML when an image or a recording cannot be shown; the show goes on."""
        log.warning("media could not be shown, placeholder used: %s (%s)", url, alt)

    # -- video and sound -------------------------------------------------------------------

    def _get_sound_allowed(self) -> bool:
        return self._sound_allowed

    def set_sound(self, allowed: bool, volume_cap: float | None = None) -> None:
        """Whether recordings may be heard (a kiosk: only after a visitor's touch), and the
        loudest they may be (0 to 1)."""
        cap = self._volume_cap if volume_cap is None else max(0.0, min(1.0, volume_cap))
        if (allowed, cap) != (self._sound_allowed, self._volume_cap):
            self._sound_allowed, self._volume_cap = allowed, cap
            self.soundChanged.emit()

    def _get_volume_cap(self) -> float:
        return self._volume_cap

    def _get_autoplay_allowed(self) -> bool:
        return not self._reduced_motion

    def _get_media_position(self) -> str:
        return self._media_position

    def _get_media_live(self) -> bool:
        return self._media_live

    def set_media_still(self, frames: dict[str, str]) -> None:
        """Show recordings as still pictures only (`render`, `handout`): the poster, or for a
        video without one its frame in `frames` (slide id → picture URL)."""
        self._media_live = False
        self.set_frame_posters(frames)
        self.soundChanged.emit()

    def set_frame_posters(self, frames: dict[str, str]) -> None:
        """The still frames taken for video slides without a poster (slide id → picture URL)."""
        if frames != self._frame_posters:
            self._frame_posters = dict(frames)
            self.framePostersChanged.emit()

    def _get_frame_posters(self) -> dict[str, str]:
        return self._frame_posters

    mediaLive = Property(bool, _get_media_live, notify=soundChanged)
    soundAllowed = Property(bool, _get_sound_allowed, notify=soundChanged)
    volumeCap = Property(float, _get_volume_cap, notify=soundChanged)
    autoplayAllowed = Property(bool, _get_autoplay_allowed, notify=reducedMotionChanged)
    mediaPosition = Property(str, _get_media_position, notify=mediaPositionChanged)
    framePosters = Property(dict, _get_frame_posters, notify=framePostersChanged)

    @Slot()
    def mediaToggle(self) -> None:
        """Play or pause the recording on the current slide (Space or K in the presenter)."""
        self.mediaCommand.emit("toggle", 0.0)

    @Slot(float)
    def mediaSeek(self, seconds: float) -> None:
        """Move the current recording by `seconds` (J and L: back and on 10 s)."""
        self.mediaCommand.emit("seek", seconds)

    def stop_media(self) -> None:
        """Stop whatever plays (the kiosk's idle timeout)."""
        self.mediaCommand.emit("stop", 0.0)

    @Slot(str, str)
    def mediaEvent(self, what: str, slide_id: str) -> None:
        """A recording started ("play"), reached its end ("complete") or had its captions
        switched ("captions-on", "captions-off")."""
        self.mediaPlayed.emit(what, slide_id)

    def _get_captions_on(self) -> bool:
        return self._captions_on

    def _set_captions(self, on: bool) -> None:
        if on != self._captions_on:
            self._captions_on = on
            self.captionsChanged.emit()

    # Captions over recordings: on unless the viewer switched them off (the CC button, C).
    captionsOn = Property(bool, _get_captions_on, notify=captionsChanged)

    @Slot()
    def toggleCaptions(self) -> None:
        """Captions off, or on again (the CC button or C), when the slide on screen has them:
        told to the analytics with the slide's id."""
        slide = self._exhibit.slides[self._show.index]
        if slide.media is None or not slide.media.captions:
            return
        self._set_captions(not self._captions_on)
        self.mediaPlayed.emit("captions-" + ("on" if self._captions_on else "off"), slide.id)

    @Slot(str, str, float)
    def holdMedia(self, slide_id: str, stamp: str, position_ms: float) -> None:
        """The recording on stage was playing when new content or another language came in
        (exhibitSwapping)."""
        self._resume = (slide_id, stamp, position_ms)

    @Slot(str, str, result=float)
    def resumeMedia(self, slide_id: str, stamp: str) -> float:
        """Where the slide's new player goes on after a swap: the same place in the same file,
        the start of a new one; -1 when nothing was playing there. Asked once."""
        held, self._resume = self._resume, None
        if held is None or held[0] != slide_id:
            return -1.0
        return held[2] if held[1] == stamp else 0.0

    @Slot(float, float, str)
    def reportMediaPosition(self, seconds: float, total: float, cue: str) -> None:
        """Where the current recording is, and its caption now: for the presenter's window."""
        shown = f"{_clock(seconds)} / {_clock(total)}" + (f" · {cue}" if cue else "")
        if shown != self._media_position:
            self._media_position = shown
            self.mediaPositionChanged.emit()

    # -- the transcript panel --------------------------------------------------------------

    def _get_transcript_open(self) -> bool:
        return self._transcript_open

    def _set_transcript_open(self, value: bool) -> None:
        value = value and bool(self._slides.row(self._show.index).get("transcript"))
        if value != self._transcript_open:
            self._transcript_open = value
            self.transcriptOpenChanged.emit()

    # The current recording's transcript is shown (one state for the window, a kiosk's
    # Escape and the presenter's T key); it closes when the slide changes or a visit ends.
    transcriptOpen = Property(
        bool, _get_transcript_open, _set_transcript_open, notify=transcriptOpenChanged
    )

    @Slot()
    def toggleTranscript(self) -> None:
        """Open the current slide's transcript, or close it (T, or its button)."""
        self._set_transcript_open(not self._transcript_open)

    @Slot()
    def closeTranscript(self) -> None:
        self._set_transcript_open(False)

    def _forget_media_position(self) -> None:
        if self._media_position:
            self._media_position = ""
            self.mediaPositionChanged.emit()


def _clock(seconds: float) -> str:
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
