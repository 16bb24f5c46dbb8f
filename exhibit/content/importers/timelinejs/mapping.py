"""A TimelineJS timeline mapped to an exhibit's sections, slides and events, as plain data.

- the title slide → the exhibit's title and subtitle, and a `title` slide opening the show;
- each event → one slide, in date order, linked to a timeline event of its own:
  an `image` slide when its media is a picture file beside the JSON (copied into the exhibit),
  a `text` slide when it has text or media we cannot show (remote media is never fetched: the
  slide carries its caption and credit, the presenter notes say what to put there, and a
  warning names the URL), and a `title` card when it has neither;
- eras → timeline eras; groups → sections (one per group, in order of their first event;
  events without a group go to a section of their own, after the groups, as TimelineJS
  shows them);
- dates: negative years are BCE (TimelineJS has a year 0, which becomes 1 BCE), year-only and
  year-month dates keep their precision, times of day are dropped; `display_date` is kept;
- HTML in text → Markdown our sanitiser keeps (see `htmltext`); what cannot be shown is
  dropped with a warning; text over the loader's budgets is trimmed at a word boundary with an
  ellipsis and a warning, the full text going to the presenter notes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from exhibit.content.avfile import AUDIO_SUFFIXES, VIDEO_SUFFIXES, Probe, media_problem
from exhibit.content.dates import HistDate, parse_date
from exhibit.content.importers.htmltext import (
    Converted,
    escape_markdown,
    fit_markdown,
    html_to_markdown,
    html_to_plain,
    markdown_plain,
    trim_plain,
)
from exhibit.content.importers.timelinejs.fields import (
    Ids,
    convert_date,
    date_text,
    is_year_zero,
    object_of,
    slugify,
    text_of,
    yaml_date,
    year_text,
)
from exhibit.content.importers.timelinejs.quotes import Quotation, quotation, speaker_and_role
from exhibit.content.importers.timelinejs.unused import (
    THUMBNAIL_UNUSED,
    scale_problem,
    unused_settings,
)
from exhibit.content.loader import BUDGETS
from exhibit.content.media import IMAGE_SUFFIXES, image_problem
from exhibit.content.paths import PathRefused, resolve_inside

MAX_SLIDES_PER_SECTION = 150  # keeps each section.yaml well under the loader's 1 MB limit
MAX_NOTES = 6000  # characters of original text kept in presenter notes
DISPLAY_DATE_BUDGET = 60  # the loader's limit for an event's display_date
DEFAULT_SECTION = "events"
TITLE_SLIDE = "timeline-title"
CREDITS_SLIDE = "sources-and-credits"
INTRO_SLIDE = "timeline-introduction"
SOURCE_ID = "timelinejs"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:|^//")
_CREDIT_PREFIX = re.compile(r"^\s*(?:credits?|photo|image)\s*:\s*", re.IGNORECASE)
_WINDOWS_PATH = re.compile(r"^[A-Za-z]:[\\/]")
RECORDING_SUFFIXES = (*VIDEO_SUFFIXES, *AUDIO_SUFFIXES)
NO_CAPTIONS_REASON = (
    "none in the TimelineJS file: write a WebVTT file of what is said and name it under "
    "captions before showing this"
)

Data = dict[str, Any]  # one YAML mapping, as the exhibit's files hold it


@dataclass
class ImportResult:
    """The exhibit as the data of its files (`exhibit.yaml`, `timeline.yaml`, each section's
    `section.yaml`), the media to copy into it, and what the curator should know."""

    source_name: str
    exhibit: Data = field(default_factory=dict)
    timeline: Data = field(default_factory=dict)
    section_files: list[Data] = field(default_factory=list)
    copies: dict[str, Path] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    events: int = 0
    slides: int = 0

    @property
    def sections(self) -> list[str]:
        """The section ids, in the exhibit's order."""
        return [str(section["id"]) for section in self.section_files]


@dataclass
class _Media:
    url: str
    caption: str
    credit: str
    alt: str
    local: Path | None
    quote: Quotation | None = None
    problem: str = ""  # why a local file is not shown ("" for remote and embedded media)
    recording: Probe | None = None  # `local` is a video or sound file: what it holds
    thumbnail: Path | None = None  # a recording's picture beside the JSON (media.thumbnail)


@dataclass
class _Event:
    index: int
    label: str
    event_id: str
    slide_id: str
    start: HistDate
    end: HistDate | None
    headline: str
    text: Converted
    display_date: str
    group: str
    media: _Media | None
    background: _Background


@dataclass
class _Background:
    """A TimelineJS slide's background: a colour '#rrggbb' ("" for none) and a local picture."""

    colour: str = ""
    picture: _Media | None = None


@dataclass
class _Section:
    id: str
    title: str
    members: list[_Event]


class _Mapper:
    def __init__(self, data: Data, source_name: str, media_root: Path | None) -> None:
        self.data = data
        self.media_root = media_root
        self.result = ImportResult(source_name)
        self.event_ids = Ids()  # events and eras share the timeline's namespace
        self.slide_ids = Ids({TITLE_SLIDE, CREDITS_SLIDE, INTRO_SLIDE})
        self.section_ids = Ids()
        self.media_names: dict[str, Ids] = {}
        self.title_media: _Media | None = None
        self.background_credits: list[Data] = []
        self.warned: set[str] = set()

    def warn(self, message: str) -> None:
        if message not in self.warned:
            self.warned.add(message)
            self.result.warnings.append(message)

    # -- fields ------------------------------------------------------------------------------

    def plain(self, value: object, what: str, budget: int | None) -> str:
        text, converted = html_to_plain(text_of(value))
        self.report_removed(converted, what)
        if budget is not None:
            text, trimmed = trim_plain(text, budget)
            if trimmed:
                self.warn(f"{what}: trimmed to {budget} characters (the most that fit a slide)")
        return text

    def fit_plain(self, text: str, budget_key: str, what: str) -> str:
        fitted, trimmed = trim_plain(text, BUDGETS[budget_key])
        if trimmed:
            self.warn(f"{what}: {budget_key} trimmed to {BUDGETS[budget_key]} characters")
        return fitted

    def report_removed(self, converted: Converted, what: str) -> None:
        for url in converted.links:
            self.warn(f"{what}: link to {url} removed (its text is kept; exhibits have no links)")
        if converted.removed:
            self.warn(
                f"{what}: removed HTML the exhibit cannot show: " + ", ".join(converted.removed)
            )

    def date(self, value: object, what: str) -> HistDate | None:
        return convert_date(value, what, self.result.warnings)

    # -- media -------------------------------------------------------------------------------

    def media(self, value: object, what: str) -> _Media | None:
        if not isinstance(value, dict):
            return None
        url = " ".join(text_of(value.get("url")).split())
        thumbnail = text_of(value.get("thumbnail")).strip()
        if not url:
            if thumbnail:
                self.warn(f"{what}: {THUMBNAIL_UNUSED}")
            return None
        caption = self.plain(value.get("caption"), f"{what} media caption", BUDGETS["caption"])
        credit = self.plain(value.get("credit"), f"{what} media credit", BUDGETS["credit"])
        credit = _CREDIT_PREFIX.sub("", credit)  # the viewer writes "Credit:" itself
        alt = self.plain(value.get("alt") or value.get("title"), f"{what} media alt", None)
        quote = quotation(url)
        if quote is not None:
            return _Media(url, caption, credit, alt, None, quote)
        local, problem, recording = self.local_file(url)
        if local is None:
            shown = _embed_source(url) if url.startswith("<") else url
            reason = problem or "was not fetched (remote media never is)"
            self.warn(
                f"{what}: media {shown} {reason}; the slide shows its caption and credit "
                "instead, and its notes say how to add a local copy"
            )
        found = _Media(url, caption, credit, alt, local, problem=problem or "", recording=recording)
        if thumbnail:
            found.thumbnail = self.thumbnail(thumbnail, found, what)
        return found

    def thumbnail(self, url: str, media: _Media, what: str) -> Path | None:
        """A local recording's media.thumbnail, when it is a picture beside the JSON: the
        video's poster, the sound's picture. Any other thumbnail is warned of and left."""
        if media.recording is None:
            self.warn(f"{what}: {THUMBNAIL_UNUSED}")
            return None
        picture, problem = self.local_image(url)
        if picture is None:
            why = problem or "was not fetched (remote media never is)"
            self.warn(f"{what}: media.thumbnail {url} {why}; the recording is imported without it")
        return picture

    def local_file(self, url: str) -> tuple[Path | None, str | None, Probe | None]:
        """A picture, video or sound file beside the JSON that `url` names (with what a
        recording holds); else None and why (None when the media is remote or embedded)."""
        name = url.split("?")[0].split("#")[0]
        suffix = Path(unquote(name)).suffix.lower()
        if suffix not in RECORDING_SUFFIXES or _SCHEME.match(url) or self.media_root is None:
            return (*self.local_image(url), None)
        try:
            path = resolve_inside(self.media_root, self.local_name(name))
        except PathRefused as exc:
            return None, f"cannot be used: {exc}", None
        want = "audio" if suffix in AUDIO_SUFFIXES else "video"
        probe = media_problem(path, want)
        if isinstance(probe, str):
            return None, f"cannot be used: {probe}", None
        return path, None, probe

    def local_image(self, url: str) -> tuple[Path | None, str | None]:
        """The picture file beside the JSON that `url` names; else None and why (None when
        the media is remote or embedded)."""
        if _WINDOWS_PATH.match(url):
            return None, (
                "is a path on a Windows computer; put the picture beside the timeline "
                "and name it relative to it"
            )
        if _SCHEME.match(url) or url.startswith("<"):
            return None, None
        if self.media_root is None:
            return None, "is a local file, and local media was not imported"
        name = self.local_name(url.split("?")[0].split("#")[0])
        if Path(name).suffix.lower() not in IMAGE_SUFFIXES:
            return None, (
                f"is not a picture, video or sound an exhibit can show "
                f"({', '.join((*IMAGE_SUFFIXES, *RECORDING_SUFFIXES))})"
            )
        try:
            path = resolve_inside(self.media_root, name)
        except PathRefused as exc:
            return None, f"cannot be used: {exc}"
        problem = image_problem(path)
        if problem:
            return None, f"cannot be used: {problem}"
        return path, None

    def local_name(self, name: str) -> str:
        """A local media name as a browser reads it: percent-escapes decoded (`My%20Photo.png`
        is `My Photo.png`) unless only the name as written is a file."""
        decoded = unquote(name)
        if decoded == name or self.media_root is None:
            return decoded
        raw_is_file = (self.media_root / name).is_file()
        return name if raw_is_file and not (self.media_root / decoded).is_file() else decoded

    def copy_media(self, source: Path, section_id: str, slide_id: str) -> str:
        names = self.media_names.setdefault(section_id, Ids())
        stem = names.claim(slide_id, "picture")
        suffix = source.suffix.lower().replace(".jpeg", ".jpg")
        relative = f"{section_id}/media/{stem}{suffix}"
        self.result.copies[relative] = source
        return relative

    # -- events and eras ---------------------------------------------------------------------

    def objects(self, items: list[object], kind: str) -> Iterator[tuple[int, Data]]:
        """(number, item) for each item that is an object; the others skipped with a warning."""
        for index, item in enumerate(items, start=1):
            if isinstance(item, dict):
                yield index, item
            else:
                self.warn(f"{kind} {index}: not an object; skipped")

    def events(self) -> list[_Event]:
        events = [
            event
            for index, item in self.objects(self.data["events"], "event")
            if (event := self.event(index, item)) is not None
        ]
        # TimelineJS's year 0 comes after its year -1 (both are 1 BCE here).
        events.sort(key=lambda e: (e.start.sort_key(), e.display_date == "0", e.index))
        return events

    def event(self, index: int, item: Data) -> _Event | None:
        text_obj = object_of(item.get("text"))
        headline_raw = text_of(text_obj.get("headline"))
        named = html_to_plain(headline_raw)[0]
        what = f"event {index} ({trim_plain(named, 40)[0]})" if named else f"event {index}"
        start = self.date(item.get("start_date"), f"{what} start_date")
        if start is None:
            self.warn(f"{what}: no usable start_date; skipped")
            return None
        end = self.date(item.get("end_date"), f"{what} end_date")
        if end is not None and end.sort_key() < start.sort_key():
            self.warn(f"{what}: end_date is before start_date; the end was dropped")
            end = None
        for setting in unused_settings(item):
            self.warn(f"{what}: {setting}")
        headline = self.plain(headline_raw, f"{what} headline", BUDGETS["title"])
        display = self.display_date(item, what)
        if not display and is_year_zero(item.get("start_date")):
            display = "0"
        if not headline:
            headline = trim_plain(display or date_text(start, end), BUDGETS["title"])[0]
            self.warn(f"{what}: no headline; the slide is titled by its date")
        body = html_to_markdown(text_of(text_obj.get("text")))
        self.report_removed(body, f"{what} text")
        name = text_of(item.get("unique_id")) or headline
        return _Event(
            index=index,
            label=what,
            event_id=self.event_ids.claim(name, f"event-{index}"),
            slide_id=self.slide_ids.claim(name, f"event-{index}"),
            start=start,
            end=end,
            headline=headline,
            text=body,
            display_date=display,
            group=" ".join(text_of(item.get("group")).split()),
            media=self.media(item.get("media"), what),
            background=self.background(item.get("background"), what),
        )

    def background(self, value: object, what: str) -> _Background:
        """The slide's background colour and local picture; a remote or broken one warned."""
        given = object_of(value)
        colour = _colour(text_of(given.get("color")))
        if text_of(given.get("color")).strip() and not colour:
            self.warn(f"{what}: background color {given.get('color')!r} is not #RGB or #RRGGBB")
        url = " ".join(text_of(given.get("url")).split())
        if not url:
            return _Background(colour)
        local, problem = self.local_image(url)
        if local is None:
            reason = problem or "was not fetched (remote media never is)"
            self.warn(f"{what}: background picture {url} {reason}; the slide has none")
            return _Background(colour)
        caption = self.plain(given.get("caption"), f"{what} background caption", BUDGETS["caption"])
        credit = _CREDIT_PREFIX.sub(
            "", self.plain(given.get("credit"), f"{what} background credit", BUDGETS["credit"])
        )
        alt = self.plain(given.get("alt"), f"{what} background alt", None)
        return _Background(colour, _Media(url, caption, credit, alt, local))

    def display_date(self, item: Data, what: str) -> str:
        """The event's own display_date, else its dates' display_date strings, else ""."""
        raw = text_of(item.get("display_date"))
        if not raw.strip():
            parts = [
                text_of(d.get("display_date"))
                for d in (item.get("start_date"), item.get("end_date"))
                if isinstance(d, dict) and text_of(d.get("display_date")).strip()
            ]
            raw = " – ".join(parts)
        return self.plain(raw, f"{what} display_date", DISPLAY_DATE_BUDGET) if raw.strip() else ""

    def eras(self) -> list[Data]:
        raw = self.data.get("eras")
        if raw is None:
            return []
        if not isinstance(raw, list):
            self.warn("eras: not a list; skipped")
            return []
        eras = [
            era
            for index, item in self.objects(raw, "era")
            if (era := self.era(index, item)) is not None
        ]
        # TimelineJS draws eras in date order, whatever their order in the file.
        return sorted(eras, key=lambda era: parse_date(era["start"]).sort_key())

    def era(self, index: int, item: Data) -> Data | None:
        what = f"era {index}"
        text_obj = object_of(item.get("text"))
        title = self.plain(text_obj.get("headline"), f"{what} headline", BUDGETS["title"])
        start = self.date(item.get("start_date"), f"{what} start_date")
        end = self.date(item.get("end_date"), f"{what} end_date")
        if start is None or end is None:
            self.warn(f"{what}: needs both a start_date and an end_date; skipped")
            return None
        if end.sort_key() < start.sort_key():
            self.warn(f"{what}: end_date is before start_date; skipped")
            return None
        if not title:
            title = f"{year_text(start)} – {year_text(end)}"
            self.warn(f"{what}: no headline; titled by its years")
        return {
            "id": self.event_ids.claim(title, f"era-{index}"),
            "title": title,
            "start": yaml_date(start),
            "end": yaml_date(end),
        }

    def timeline_event(self, event: _Event) -> Data:
        entry: Data = {
            "id": event.event_id,
            "date": yaml_date(event.start),
            "title": event.headline,
        }
        if event.end is not None and event.end != event.start:
            entry["end"] = yaml_date(event.end)
        if event.display_date:
            entry["display_date"] = event.display_date
        return entry

    # -- slides ------------------------------------------------------------------------------

    def event_slides(self, event: _Event, section_id: str) -> list[Data]:
        """The event's slide; a recording's is followed by a text slide of the event's text
        (video and audio slides have no room for prose)."""
        slide = self.event_slide(event, section_id)
        if slide["kind"] not in ("video", "audio") or not event.text.markdown:
            return [slide]
        text: Data = {"id": self.slide_ids.claim(f"{event.slide_id}-text", "text")}
        date_line = event.display_date or date_text(event.start, event.end)
        notes: list[str] = []
        text.update(self.text_slide(event, date_line, section_id, notes, with_media=False))
        if notes:
            text["notes"] = _notes(notes)
        text["events"] = [event.event_id]
        return [slide, text]

    def event_slide(self, event: _Event, section_id: str) -> Data:
        date_line = event.display_date or date_text(event.start, event.end)
        slide: Data = {"id": event.slide_id}
        notes: list[str] = []
        picture = event.background.picture
        if event.media is None and picture is not None:
            # TimelineJS shows it behind the text; here it is the slide's picture, beside it.
            event.media, event.background.picture = picture, None
        if event.media is not None and event.media.recording is not None:
            slide.update(self.recording_slide(event, event.media, date_line, section_id, notes))
        elif event.media is not None and event.media.local is not None:
            slide.update(self.image_slide(event, event.media.local, date_line, section_id, notes))
        elif event.media is not None and event.media.quote is not None:
            slide.update(self.quote_slide(event, event.media, event.media.quote, notes))
        elif event.text.markdown or event.media is not None:
            slide.update(self.text_slide(event, date_line, section_id, notes))
        else:
            slide.update(
                kind="title",
                title=event.headline,
                subtitle=trim_plain(date_line, BUDGETS["subtitle"])[0],
            )
        self.add_background(slide, event.background, section_id, event.headline)
        if notes:
            slide["notes"] = _notes(notes)
        slide["events"] = [event.event_id]
        return slide

    def add_background(self, slide: Data, background: _Background, section: str, name: str) -> None:
        """The slide's `background`: its picture (on the credits slide), else its colour."""
        picture = background.picture
        if picture is not None and picture.local is not None:
            slide["background"] = self.copy_media(
                picture.local, section, f"{slide['id']}-background"
            )
            credit = picture.credit or "unknown (none in the TimelineJS file)"
            self.background_credits.append(
                {
                    "role": trim_plain(f"Background picture: {name}", BUDGETS["credit"])[0],
                    "name": credit,
                }
            )
        elif background.colour:
            slide["background"] = background.colour

    def image_slide(
        self, event: _Event, local: Path, date_line: str, section_id: str, notes: list[str]
    ) -> Data:
        """An event whose media is a picture beside the JSON: the picture beside its whole
        text (title, date and prose), the media caption and credit in the caption band."""
        assert event.media is not None
        media, what = event.media, event.label
        slide: Data = {
            "kind": "image",
            "title": event.headline,
            "image": self.copy_media(local, section_id, event.slide_id),
            "alt": self.fit_plain(
                media.alt or media.caption or f"Picture for “{event.headline}”", "alt", what
            ),
        }
        if media.credit:
            slide["credit"] = media.credit
        else:
            self.warn(f"{what}: the picture has no credit; add one before showing it")
            notes.append(
                "The picture's credit is not in the TimelineJS file: find out who made it "
                "and add a `credit:` line before showing it."
            )
        body = self.fit_body(event, BUDGETS["body"], notes)
        if body:
            slide["subtitle"] = trim_plain(date_line, BUDGETS["subtitle"])[0]
            slide["body"] = body + "\n"
            if media.caption:
                slide["caption"] = media.caption
        else:
            slide["caption"] = media.caption or trim_plain(date_line, BUDGETS["caption"])[0]
        return slide

    def recording_slide(
        self, event: _Event, media: _Media, date_line: str, section_id: str, notes: list[str]
    ) -> Data:
        """A video or sound file beside the JSON: a video or audio slide playing a copy of
        it. TimelineJS has no captions: one with sound gets `captions: none` with a reason
        that says to write them, and a warning."""
        assert media.local is not None and media.recording is not None
        kind = "video" if media.recording.has_video else "audio"
        what = event.label
        slide: Data = {
            "kind": kind,
            "title": event.headline,
            "file": self.copy_media(media.local, section_id, event.slide_id),
        }
        if kind == "video" or media.thumbnail is not None:  # a sound's picture needs words too
            shows = "Video" if kind == "video" else "Picture"
            slide["alt"] = self.fit_plain(
                media.alt or media.caption or f"{shows} for “{event.headline}”", "alt", what
            )
        if media.thumbnail is not None:
            picture = self.copy_media(media.thumbnail, section_id, f"{event.slide_id}-picture")
            slide["poster" if kind == "video" else "image"] = picture
        if media.credit:
            slide["credit"] = media.credit
        else:
            slide["credit"] = "Not given in the TimelineJS file"
            self.warn(f"{what}: the {kind} has no credit; add one before showing it")
            notes.append(
                f"The {kind}'s credit is not in the TimelineJS file: find out who made it and "
                "write it in `credit:` before showing it."
            )
        slide["caption"] = media.caption or trim_plain(date_line, BUDGETS["caption"])[0]
        if media.recording.has_audio:
            slide["captions"] = "none"
            slide["captions_reason"] = NO_CAPTIONS_REASON
            self.warn(
                f"{what}: the {kind} has sound and TimelineJS carries no captions; it is "
                "imported with 'captions: none': write a WebVTT file of what is said and name "
                "it under captions: before showing it"
            )
            notes.append(
                "No captions came with this recording: write a WebVTT (.vtt) file of what is "
                "said and replace `captions: none` and `captions_reason` with "
                "`captions: <the file>`."
            )
        return slide

    def quote_slide(self, event: _Event, media: _Media, quote: Quotation, notes: list[str]) -> Data:
        """Quotation media: a quote slide when the event has no text of its own and the words
        fit one, else a text slide with the quotation after the event's text."""
        cited = quote.speaker or media.credit
        if quote.tweet and quote.address:
            notes.append(escape_markdown(f"From the tweet {quote.address} (not fetched)."))
        speaker, role = speaker_and_role(cited)
        if (
            event.text.markdown
            or len(quote.words) > BUDGETS["text"]
            or len(speaker) > BUDGETS["speaker"]
            or len(role) > BUDGETS["role"]
        ):
            return self.text_slide(
                event, event.display_date or date_text(event.start, event.end), "", notes
            )
        if not speaker:
            speaker = "Unattributed"
            self.warn(f"{event.label}: the quotation names no speaker; it is shown as unattributed")
        slide: Data = {
            "kind": "quote",
            "text": escape_markdown(quote.words) + "\n",
            "speaker": speaker,
        }
        if role:
            slide["role"] = role
        context = ". ".join(p.rstrip(".") for p in (event.headline, media.caption) if p) + "."
        if len(context) > BUDGETS["context"]:
            context = event.headline
            notes.append(escape_markdown(media.caption))
        slide.update(date=yaml_date(event.start), source=SOURCE_ID, context=context)
        return slide

    def fit_body(self, event: _Event, budget: int, notes: list[str]) -> str:
        """The event's text within `budget`; when it is longer, the whole text goes to notes."""
        body, trimmed = fit_markdown(event.text.markdown, budget)
        if trimmed:
            self.warn(
                f"{event.label}: text trimmed to {budget} characters (the most that "
                "fit a slide); the full text is in the slide's notes"
            )
            notes.append(event.text.markdown)
        return body

    def text_slide(
        self,
        event: _Event,
        date_line: str,
        section_id: str,
        notes: list[str],
        with_media: bool = True,
    ) -> Data:
        """An event with text, or with media that is not shown (named below the text);
        `with_media` False: the text alone (its media has a slide of its own)."""
        media_line = ""
        if not with_media or event.media is None:
            pass
        elif event.media.quote is not None:
            media_line = _quote_block(event.media.quote, event.media)
        else:
            media_line = _media_line(event.media)
            notes.append(_placeholder_note(event.media, section_id))
        budget = BUDGETS["body"] - (len(markdown_plain(media_line)) + 1 if media_line else 0)
        body = self.fit_body(event, budget, notes)
        body = "\n\n".join(part for part in (body, media_line) if part)
        return {
            "kind": "text",
            "title": event.headline,
            "caption": trim_plain(date_line, BUDGETS["caption"])[0],
            "body": body + "\n",
        }

    def title_slide(self, title: str, subtitle: str, section_id: str) -> Data:
        slide: Data = {"id": TITLE_SLIDE, "kind": "title", "title": title}
        if subtitle:
            slide["subtitle"] = subtitle
        title_obj = self.data.get("title")
        if not isinstance(title_obj, dict):
            return slide
        media = self.title_media
        background = self.background(title_obj.get("background"), "title slide")
        if media is None and background.picture is not None:
            media, background.picture = background.picture, None
        self.add_background(slide, background, section_id, title)
        notes: list[str] = []
        if media is not None:
            self.title_media_fields(slide, media, section_id, notes)
        if notes:
            slide["notes"] = _notes(notes)
        return slide

    def introduction(self, title: str) -> Data | None:
        """The title slide's text when it is longer than a subtitle: a text slide of its own."""
        text = object_of(object_of(self.data.get("title")).get("text")).get("text")
        full = html_to_markdown(text_of(text)).markdown
        if not full:
            return None
        body, trimmed = fit_markdown(full, BUDGETS["body"])
        slide: Data = {"id": INTRO_SLIDE, "kind": "text", "title": title, "body": body + "\n"}
        if trimmed:
            self.warn(
                f"title slide text: trimmed to {BUDGETS['body']} characters; "
                "the full text is in the introduction slide's notes"
            )
            slide["notes"] = _notes([full])
        return slide

    def title_media_fields(
        self, slide: Data, media: _Media, section_id: str, notes: list[str]
    ) -> None:
        """The title slide's picture (behind its title), quotation or placeholder caption."""
        if media.recording is not None:
            self.warn(
                f"title slide: media {media.url} is a recording, which a title card cannot "
                "play; it was not copied (add a video or audio slide for it)"
            )
            notes.append(
                escape_markdown(
                    f"The TimelineJS title slide played {media.url}: to show it, copy it into "
                    f"{section_id}/media/ and add a slide of kind video or audio after this one."
                )
            )
        elif media.local is not None:
            slide["image"] = self.copy_media(media.local, section_id, TITLE_SLIDE)
            slide["alt"] = self.fit_plain(
                media.alt or media.caption or f"Picture for “{slide['title']}”",
                "alt",
                "title slide",
            )
            if media.credit:
                slide["caption"] = self.fit_plain(
                    f"Picture: {media.credit}", "caption", "title slide"
                )
        elif media.quote is not None:
            # A title card has no room for a quotation's block: the caption band shows it.
            quoted = markdown_plain(_quote_block(media.quote, media))
            slide["caption"] = self.fit_plain(" ".join(quoted.split()), "caption", "title slide")
            if len(" ".join(quoted.split())) > BUDGETS["caption"]:
                notes.append(_quote_block(media.quote, media))
        else:
            notes.append(_placeholder_note(media, section_id))
            slide["caption"] = self.fit_plain(
                markdown_plain(_media_line(media)), "caption", "title slide"
            )

    # -- the whole exhibit -------------------------------------------------------------------

    def run(self) -> ImportResult:
        title, subtitle = self.titles()
        scale = scale_problem(self.data)
        if scale:
            self.warn(scale)
        for setting in unused_settings(object_of(self.data.get("title"))):
            self.warn(f"title slide: {setting}")
        self.title_media = self.media(object_of(self.data.get("title")).get("media"), "title slide")
        events = self.events()
        eras = self.eras()
        sections = self.group_sections(events, title) or [
            _Section(self.section_ids.claim(DEFAULT_SECTION, DEFAULT_SECTION), title, [])
        ]
        for number, section in enumerate(sections):
            slides: list[Data] = []
            if number == 0:
                slides.append(self.title_slide(title, subtitle, section.id))
                if not subtitle and (intro := self.introduction(title)) is not None:
                    slides.append(intro)
            for event in section.members:
                slides.extend(self.event_slides(event, section.id))
            if number == len(sections) - 1:
                slides.append(
                    {"id": CREDITS_SLIDE, "kind": "credits", "title": "Sources and credits"}
                )
            self.result.section_files.append(_section_data(section, slides))
            self.result.slides += len(slides)
        self.result.timeline = {"eras": eras} if eras else {}
        self.result.timeline["events"] = [self.timeline_event(e) for e in events]
        self.result.exhibit = self.exhibit(title, subtitle)
        self.result.events = len(events)
        return self.result

    def titles(self) -> tuple[str, str]:
        """The exhibit's title (from the file's name when the timeline has none) and subtitle."""
        title_text = object_of(object_of(self.data.get("title")).get("text"))
        title = self.plain(title_text.get("headline"), "title slide headline", BUDGETS["title"])
        if not title:
            stem = Path(self.result.source_name).stem.replace("_", " ").replace("-", " ").strip()
            title = trim_plain(stem.title() or "Imported timeline", BUDGETS["title"])[0]
            self.warn(f"the timeline has no title headline; the exhibit is titled “{title}”")
        subtitle_full = self.plain(title_text.get("text"), "title slide text", None)
        if len(subtitle_full) <= BUDGETS["subtitle"]:
            return title, subtitle_full
        self.warn(
            f"title slide text: longer than a subtitle ({BUDGETS['subtitle']} characters); "
            "it is a text slide of its own after the title slide"
        )
        return title, ""

    def exhibit(self, title: str, subtitle: str) -> Data:
        exhibit: Data = {"title": title}
        if subtitle:
            exhibit["subtitle"] = subtitle
        exhibit["languages"] = ["en"]
        exhibit["sections"] = self.result.sections
        exhibit["sources"] = [
            {
                "id": SOURCE_ID,
                "title": f"{title} (TimelineJS timeline)",
                "publisher": f"Imported from {self.result.source_name}",
            }
        ]
        if self.background_credits:
            exhibit["credits"] = self.background_credits
        return exhibit

    def group_sections(self, events: list[_Event], title: str) -> list[_Section]:
        """A section per group (in parts when large), in order of each group's first event;
        the ungrouped events last."""
        groups: dict[str, list[_Event]] = {}
        for event in events:
            groups.setdefault(event.group, []).append(event)
        named = any(groups)
        sections: list[_Section] = []
        # TimelineJS shows the events without a group after all the groups.
        ordered = sorted(groups.items(), key=lambda item: item[0] == "")
        for number, (group, members) in enumerate(ordered, start=1):
            if group:
                group_title = self.plain(group, f"group '{group}'", BUDGETS["title"])
                base = slugify(group, f"group-{number}")
            else:
                group_title = "Other events" if named else title
                base = "other" if named else DEFAULT_SECTION
            chunks = [
                members[i : i + MAX_SLIDES_PER_SECTION]
                for i in range(0, len(members), MAX_SLIDES_PER_SECTION)
            ]
            for part, chunk in enumerate(chunks, start=1):
                section_title = group_title
                if len(chunks) > 1:
                    section_title = trim_plain(f"{group_title} ({part})", BUDGETS["title"])[0]
                section_id = self.section_ids.claim(base, DEFAULT_SECTION)
                sections.append(_Section(section_id, section_title, chunk))
        return sections


def _colour(text: str) -> str:
    """'#2b4162' or '#abc' (as '#aabbcc'), lower case; "" for anything else."""
    text = text.strip().lower()
    if re.fullmatch(r"#[0-9a-f]{3}", text):
        return "#" + "".join(ch * 2 for ch in text[1:])
    return text if re.fullmatch(r"#[0-9a-f]{6}", text) else ""


def _section_data(section: _Section, slides: list[Data]) -> Data:
    data: Data = {"id": section.id, "title": section.title}
    if section.members:
        first = year_text(section.members[0].start)
        ends = (e.end or e.start for e in section.members)
        last = year_text(max(ends, key=HistDate.sort_key))
        data["subtitle"] = first if first == last else f"{first} – {last}"
    data["slides"] = slides
    return data


def _embed_source(code: str) -> str:
    match = re.search(r"""(?:src|href)\s*=\s*["']([^"']+)""", code)
    return html.unescape(match.group(1)) if match else "(embedded HTML)"


def _media_line(media: _Media) -> str:
    parts = [
        f"Media not included here: {media.caption}" if media.caption else "Media not included here"
    ]
    if media.credit:
        parts.append(f"Credit: {media.credit}")
    return "*" + escape_markdown(". ".join(p.rstrip(".") for p in parts) + ".") + "*"


def _quote_block(quote: Quotation, media: _Media) -> str:
    """The quotation as a Markdown block quote, its speaker (and caption) under it."""
    by = " — ".join(p for p in (quote.speaker or media.credit, media.caption) if p)
    lines = [f"> {escape_markdown(quote.words)}"]
    if by:
        lines.append(f">\n> — {escape_markdown(by)}")
    return "\n".join(lines)


def _placeholder_note(media: _Media, section_id: str) -> str:
    url = media.url if not media.url.lstrip().startswith("<") else _embed_source(media.url)
    if media.problem:
        shown = f"the file {url}, which {media.problem}"
    else:
        shown = f"{url} from the web, which the importer never fetches"
    return escape_markdown(
        f"Placeholder: the TimelineJS slide showed {shown}. To show it, "
        f"save a copy you may use under {section_id}/media/ and make this an image slide "
        "(kind: image, with image, alt and credit)."
    )


def _notes(parts: list[str]) -> str:
    text = "\n\n".join(part for part in parts if part)
    if len(text) > MAX_NOTES:
        text = fit_markdown(text, MAX_NOTES)[0]
    return text + "\n"


def convert(data: Data, source_name: str, media_root: Path | None) -> ImportResult:
    """Map a TimelineJS object to the exhibit's data. `media_root` is where local media may be
    read from (the JSON file's folder); None imports no local media at all."""
    return _Mapper(data, source_name, media_root).run()
