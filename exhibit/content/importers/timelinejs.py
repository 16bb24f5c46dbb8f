"""TimelineJS (Knight Lab) JSON → an exhibit folder that passes `exhibit check`. Never fetches.

Mapping:

- the title slide → the exhibit's title and subtitle, and a `title` slide opening the show;
- each event → one slide, in date order, linked to a timeline event of its own:
  an `image` slide when its media is a picture file beside the JSON (copied into the exhibit),
  a `text` slide when it has text or media we cannot show (remote media is never fetched: the
  slide carries its caption and credit, the presenter notes say what to put there, and a
  warning names the URL), and a `title` card when it has neither;
- eras → timeline eras; groups → sections (one per group, in order of their first event;
  events without a group go to a section of their own);
- dates: negative years are BCE (TimelineJS has a year 0, which becomes 1 BCE), year-only and
  year-month dates keep their precision, times of day are dropped; `display_date` is kept;
- HTML in text → Markdown our sanitiser keeps (see `htmltext`); what cannot be shown is
  dropped with a warning; text over the loader's budgets is trimmed at a word boundary with an
  ellipsis and a warning, the full text going to the presenter notes.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exhibit.content.dates import DateError, HistDate, parse_date
from exhibit.content.importers.htmltext import (
    Converted,
    escape_markdown,
    fit_markdown,
    html_to_markdown,
    html_to_plain,
    markdown_plain,
    trim_plain,
)
from exhibit.content.loader import BUDGETS
from exhibit.content.media import IMAGE_SUFFIXES, image_problem
from exhibit.content.newfolder import check_new_folder, write_new_folder
from exhibit.content.paths import PathRefused, resolve_inside
from exhibit.content.yamlwrite import content_file

MAX_JSON_BYTES = 20_000_000
MAX_SLIDES_PER_SECTION = 150  # keeps each section.yaml well under the loader's 1 MB limit
MAX_NOTES = 6000  # characters of original text kept in presenter notes
DISPLAY_DATE_BUDGET = 60  # the loader's limit for an event's display_date
ID_LENGTH = 48
DEFAULT_SECTION = "events"
TITLE_SLIDE = "timeline-title"
CREDITS_SLIDE = "sources-and-credits"
SOURCE_ID = "timelinejs"
_JSON_KINDS = {
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true/false",
    type(None): "null",
}
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:|^//")


class ImportRefused(Exception):
    """The input cannot be imported; the message is one line naming the file (and position)."""


@dataclass
class ImportResult:
    """An exhibit ready to write: text files, media to copy, and what the curator should know."""

    files: dict[str, str] = field(default_factory=dict)
    copies: dict[str, Path] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    events: int = 0
    slides: int = 0


# -- reading ---------------------------------------------------------------------------------


def read_timelinejs(path: Path, label: str | None = None) -> dict[str, Any]:
    """The TimelineJS object in `path`, or ImportRefused with one line saying what is wrong."""
    name = label or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise ImportRefused(
                f"{name}: error: file is {size} bytes; the limit is {MAX_JSON_BYTES} bytes"
            )
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ImportRefused(f"{name}: error: cannot read file ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise ImportRefused(
            f"{name}: error: not UTF-8 text (byte {exc.start}); save the file as UTF-8"
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRefused(
            f"{name}:{exc.lineno}:{exc.colno}: error: not valid JSON: {exc.msg}"
        ) from None
    except RecursionError:
        raise ImportRefused(f"{name}: error: JSON is nested too deeply") from None
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        found = _JSON_KINDS.get(type(data), "a value")
        if isinstance(data, dict):
            found = 'an object without an "events" list'
        raise ImportRefused(
            f"{name}:1:1: error: not a TimelineJS timeline: expected an object with an "
            f'"events" list, found {found}'
        )
    if not data["events"] and not isinstance(data.get("title"), dict):
        raise ImportRefused(f"{name}:1:1: error: the timeline has no events and no title slide")
    return data


# -- small conversions -----------------------------------------------------------------------


def slugify(text: str, fallback: str) -> str:
    """An id made of a-z, 0-9 and '-', at most ID_LENGTH long; `fallback` when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > ID_LENGTH:
        cut = slug[:ID_LENGTH]
        slug = cut[: cut.rfind("-")] if "-" in cut[ID_LENGTH // 2 :] else cut
        slug = slug.strip("-")
    return slug or fallback


class _Ids:
    """Hands out unique ids in one namespace."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.taken = set(taken)

    def claim(self, text: str, fallback: str) -> str:
        base = slugify(text, fallback)
        candidate, number = base, 2
        while candidate in self.taken:
            suffix = f"-{number}"
            candidate = base[: ID_LENGTH - len(suffix)].rstrip("-") + suffix
            number += 1
        self.taken.add(candidate)
        return candidate


def _text(value: object) -> str:
    """A TimelineJS string field (sometimes a number) as text; anything else is empty."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _obj(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _integer(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*[-+]?\d+\s*", value):
        return int(value)
    return None


def convert_date(value: object, what: str, warn: list[str]) -> HistDate | None:
    """A TimelineJS date object as a HistDate, keeping its precision; None when unusable."""
    if not isinstance(value, dict):
        return None
    year = _integer(value.get("year"))
    if year is None:
        if value.get("year") not in (None, ""):
            warn.append(f"{what}: year {value.get('year')!r} is not a whole number")
        return None
    if year == 0:
        warn.append(f"{what}: there is no year 0 in exhibit dates; used 1 BCE (-1)")
        year = -1
    if abs(year) > 999_999:
        warn.append(f"{what}: year {year} is beyond what an exhibit timeline can show")
        return None
    month_raw, day_raw = value.get("month"), value.get("day")
    month = 0 if month_raw in (None, "") else _integer(month_raw)
    day = 0 if day_raw in (None, "") else _integer(day_raw)
    if month is None or not 0 <= month <= 12:
        warn.append(f"{what}: month {month_raw!r} is not 1-12; kept the year only")
        return HistDate(year)
    if day and not month:
        warn.append(f"{what}: a day without a month; kept the year only")
        return HistDate(year)
    if day is None:
        warn.append(f"{what}: day {day_raw!r} is not a whole number; kept the month")
    elif day:
        try:
            return parse_date(HistDate(year, month, day).iso())
        except DateError:
            warn.append(
                f"{what}: day {day_raw!r} is not in {HistDate(year, month).english()}; "
                "kept the month"
            )
    return HistDate(year, month)


def _yaml_date(date: HistDate) -> str | int:
    return date.year if date.precision == "year" and date.year > 0 else date.iso()


def _year_text(date: HistDate) -> str:
    return str(date.year) if date.year > 0 else f"{-date.year} BCE"


def _date_text(start: HistDate, end: HistDate | None) -> str:
    if end is None or end == start:
        return start.english()
    return f"{start.english()} – {end.english()}"


# -- the conversion --------------------------------------------------------------------------


@dataclass
class _Media:
    url: str
    caption: str
    credit: str
    alt: str
    local: Path | None


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


class _Importer:
    def __init__(self, data: dict[str, Any], source_name: str, media_root: Path | None) -> None:
        self.data = data
        self.source_name = source_name
        self.media_root = media_root
        self.result = ImportResult()
        self.event_ids = _Ids()  # events and eras share the timeline's namespace
        self.slide_ids = _Ids({TITLE_SLIDE, CREDITS_SLIDE})
        self.section_ids = _Ids()
        self.media_names: dict[str, _Ids] = {}
        self.title_media: _Media | None = None

    def warn(self, message: str) -> None:
        if message not in self.result.warnings:
            self.result.warnings.append(message)

    # -- fields ------------------------------------------------------------------------------

    def plain(self, value: object, what: str, budget: int | None) -> str:
        text, converted = html_to_plain(_text(value))
        self.report_removed(converted, what)
        if budget is not None:
            text, trimmed = trim_plain(text, budget)
            if trimmed:
                self.warn(f"{what}: trimmed to {budget} characters (the most that fit a slide)")
        return text

    def report_removed(self, converted: Converted, what: str) -> None:
        for url in converted.links:
            self.warn(f"{what}: link to {url} removed (its text is kept; exhibits have no links)")
        if converted.removed:
            self.warn(
                f"{what}: removed HTML the exhibit cannot show: " + ", ".join(converted.removed)
            )

    def media(self, value: object, what: str) -> _Media | None:
        if not isinstance(value, dict):
            return None
        url = " ".join(_text(value.get("url")).split())
        if not url:
            return None
        caption = self.plain(value.get("caption"), f"{what} media caption", BUDGETS["caption"])
        credit = self.plain(value.get("credit"), f"{what} media credit", BUDGETS["credit"])
        alt = self.plain(value.get("alt") or value.get("title"), f"{what} media alt", None)
        local, problem = self.local_image(url)
        if local is None:
            shown = _embed_source(url) if url.startswith("<") else url
            reason = problem or "was not fetched (remote media never is)"
            self.warn(
                f"{what}: media {shown} {reason}; the slide shows its caption and credit "
                "instead, and its notes say how to add a local copy"
            )
        return _Media(url, caption, credit, alt, local)

    def local_image(self, url: str) -> tuple[Path | None, str | None]:
        """The picture file beside the JSON that `url` names; else None and why (None when
        the media is remote or embedded)."""
        if _SCHEME.match(url) or url.startswith("<"):
            return None, None
        if self.media_root is None:
            return None, "is a local file, and local media was not imported"
        name = url.split("?")[0].split("#")[0]
        if Path(name).suffix.lower() not in IMAGE_SUFFIXES:
            return None, f"is not a picture an exhibit can show ({', '.join(IMAGE_SUFFIXES)})"
        try:
            path = resolve_inside(self.media_root, name)
        except PathRefused as exc:
            return None, f"cannot be used: {exc}"
        problem = image_problem(path)
        if problem:
            return None, f"cannot be used: {problem}"
        return path, None

    # -- events and eras ---------------------------------------------------------------------

    def events(self) -> list[_Event]:
        events: list[_Event] = []
        for index, item in enumerate(self.data["events"], start=1):
            what = f"event {index}"
            if not isinstance(item, dict):
                self.warn(f"{what}: not an object; skipped")
                continue
            text_obj = _obj(item.get("text"))
            headline_raw = _text(text_obj.get("headline"))
            named = html_to_plain(headline_raw)[0]
            if named:
                what = f"event {index} ({trim_plain(named, 40)[0]})"
            start = convert_date(item.get("start_date"), f"{what} start_date", self.result.warnings)
            if start is None:
                self.warn(f"{what}: no usable start_date; skipped")
                continue
            end = convert_date(item.get("end_date"), f"{what} end_date", self.result.warnings)
            if end is not None and end.sort_key() < start.sort_key():
                self.warn(f"{what}: end_date is before start_date; the end was dropped")
                end = None
            headline = self.plain(headline_raw, f"{what} headline", BUDGETS["title"])
            display = self.display_date(item, start, end, what)
            if not headline:
                headline = trim_plain(display or _date_text(start, end), BUDGETS["title"])[0]
                self.warn(f"{what}: no headline; the slide is titled by its date")
            body = html_to_markdown(_text(text_obj.get("text")))
            self.report_removed(body, f"{what} text")
            unique = _text(item.get("unique_id"))
            name = unique or headline
            events.append(
                _Event(
                    index=index,
                    label=what,
                    event_id=self.event_ids.claim(name, f"event-{index}"),
                    slide_id=self.slide_ids.claim(name, f"event-{index}"),
                    start=start,
                    end=end,
                    headline=headline,
                    text=body,
                    display_date=display,
                    group=" ".join(_text(item.get("group")).split()),
                    media=self.media(item.get("media"), what),
                )
            )
        events.sort(key=lambda e: (e.start.sort_key(), e.index))
        return events

    def display_date(
        self, item: dict[str, Any], start: HistDate, end: HistDate | None, what: str
    ) -> str:
        """The event's own display_date, else its dates' display_date strings, else ""."""
        raw = _text(item.get("display_date"))
        if not raw.strip():
            parts = [
                _text(d.get("display_date"))
                for d in (item.get("start_date"), item.get("end_date"))
                if isinstance(d, dict) and _text(d.get("display_date")).strip()
            ]
            raw = " – ".join(parts)
        return self.plain(raw, f"{what} display_date", DISPLAY_DATE_BUDGET) if raw.strip() else ""

    def eras(self) -> list[dict[str, Any]]:
        eras: list[dict[str, Any]] = []
        raw = self.data.get("eras")
        if raw is None:
            return eras
        if not isinstance(raw, list):
            self.warn("eras: not a list; skipped")
            return eras
        for index, item in enumerate(raw, start=1):
            what = f"era {index}"
            if not isinstance(item, dict):
                self.warn(f"{what}: not an object; skipped")
                continue
            text_obj = _obj(item.get("text"))
            title = self.plain(text_obj.get("headline"), f"{what} headline", BUDGETS["title"])
            start = convert_date(item.get("start_date"), f"{what} start_date", self.result.warnings)
            end = convert_date(item.get("end_date"), f"{what} end_date", self.result.warnings)
            if start is None or end is None:
                self.warn(f"{what}: needs both a start_date and an end_date; skipped")
                continue
            if end.sort_key() < start.sort_key():
                self.warn(f"{what}: end_date is before start_date; skipped")
                continue
            if not title:
                title = f"{_year_text(start)} – {_year_text(end)}"
                self.warn(f"{what}: no headline; titled by its years")
            eras.append(
                {
                    "id": self.event_ids.claim(title, f"era-{index}"),
                    "title": title,
                    "start": _yaml_date(start),
                    "end": _yaml_date(end),
                }
            )
        return eras

    # -- slides ------------------------------------------------------------------------------

    def event_slide(self, event: _Event, section_id: str) -> dict[str, Any]:
        what = event.label
        date_line = event.display_date or _date_text(event.start, event.end)
        slide: dict[str, Any] = {"id": event.slide_id}
        media = event.media
        notes: list[str] = []
        if media is not None and media.local is not None:
            image = self.copy_media(media.local, section_id, event.slide_id)
            caption_source = " ".join(_visible(event.text.markdown).split()) or media.caption
            caption, trimmed = trim_plain(caption_source or date_line, BUDGETS["caption"])
            if trimmed:
                self.warn(
                    f"{what}: text trimmed to fit the caption band; the full text is in "
                    "the slide's notes"
                )
                notes.append(event.text.markdown)
            alt = media.alt or media.caption or f"Picture for “{event.headline}”"
            credit = media.credit
            if not credit:
                credit = "Credit unknown (none in the TimelineJS file)"
                self.warn(f"{what}: the picture has no credit; add one before showing it")
            slide.update(
                kind="image",
                title=event.headline,
                image=image,
                alt=self.fit_plain(alt, "alt", what),
                credit=self.fit_plain(credit, "credit", what),
                caption=caption,
            )
        elif event.text.markdown or media is not None:
            media_line = ""
            if media is not None:
                media_line = _media_line(media)
                notes.append(_placeholder_note(media, section_id))
            budget = BUDGETS["body"] - (len(_visible(media_line)) + 1 if media_line else 0)
            body, trimmed = fit_markdown(event.text.markdown, budget)
            if trimmed:
                self.warn(
                    f"{what}: text trimmed to {BUDGETS['body']} characters (the most that "
                    "fit a slide); the full text is in the slide's notes"
                )
                notes.append(event.text.markdown)
            body = "\n\n".join(part for part in (body, media_line) if part)
            slide.update(
                kind="text",
                title=event.headline,
                caption=trim_plain(date_line, BUDGETS["caption"])[0],
                body=body + "\n",
            )
        else:
            slide.update(
                kind="title",
                title=event.headline,
                subtitle=trim_plain(date_line, BUDGETS["subtitle"])[0],
            )
        if notes:
            slide["notes"] = _notes(notes)
        slide["events"] = [event.event_id]
        return slide

    def fit_plain(self, text: str, budget_key: str, what: str) -> str:
        fitted, trimmed = trim_plain(text, BUDGETS[budget_key])
        if trimmed:
            self.warn(f"{what}: {budget_key} trimmed to {BUDGETS[budget_key]} characters")
        return fitted

    def copy_media(self, source: Path, section_id: str, slide_id: str) -> str:
        names = self.media_names.setdefault(section_id, _Ids())
        stem = names.claim(slide_id, "picture")
        suffix = source.suffix.lower().replace(".jpeg", ".jpg")
        relative = f"{section_id}/media/{stem}{suffix}"
        self.result.copies[relative] = source
        return relative

    def title_slide(self, title: str, subtitle: str, section_id: str) -> dict[str, Any]:
        slide: dict[str, Any] = {"id": TITLE_SLIDE, "kind": "title", "title": title}
        if subtitle:
            slide["subtitle"] = subtitle
        title_obj = self.data.get("title")
        if isinstance(title_obj, dict):
            media = self.title_media
            notes: list[str] = []
            if media is not None and media.local is not None:
                slide["image"] = self.copy_media(media.local, section_id, TITLE_SLIDE)
                slide["alt"] = self.fit_plain(
                    media.alt or media.caption or f"Picture for “{title}”", "alt", "title slide"
                )
                if media.credit:
                    slide["caption"] = self.fit_plain(
                        f"Picture: {media.credit}", "caption", "title slide"
                    )
            elif media is not None:
                notes.append(_placeholder_note(media, section_id))
                slide["caption"] = self.fit_plain(
                    _visible(_media_line(media)), "caption", "title slide"
                )
            text_obj = _obj(title_obj.get("text"))
            full = html_to_markdown(_text(text_obj.get("text"))).markdown
            if full and len(_visible(full)) > BUDGETS["subtitle"]:
                notes.append(full)
            if notes:
                slide["notes"] = _notes(notes)
        return slide

    # -- the whole exhibit -------------------------------------------------------------------

    def run(self) -> ImportResult:
        title_text = _obj(_obj(self.data.get("title")).get("text"))
        title = self.plain(title_text.get("headline"), "title slide headline", BUDGETS["title"])
        if not title:
            stem = Path(self.source_name).stem.replace("_", " ").replace("-", " ").strip()
            title = trim_plain(stem.title() or "Imported timeline", BUDGETS["title"])[0]
            self.warn(f"the timeline has no title headline; the exhibit is titled “{title}”")
        subtitle_full = self.plain(title_text.get("text"), "title slide text", None)
        subtitle, trimmed = trim_plain(subtitle_full, BUDGETS["subtitle"])
        if trimmed:
            self.warn(
                f"title slide text: trimmed to {BUDGETS['subtitle']} characters for the "
                "subtitle; the full text is in the title slide's notes"
            )

        self.title_media = self.media(_obj(self.data.get("title")).get("media"), "title slide")
        events = self.events()
        eras = self.eras()
        sections = self.group_sections(events, title)
        if not sections:
            sections = [(self.section_ids.claim(DEFAULT_SECTION, DEFAULT_SECTION), title, [])]

        section_ids: list[str] = []
        for number, (section_id, section_title, members) in enumerate(sections):
            slides: list[dict[str, Any]] = []
            if number == 0:
                slides.append(self.title_slide(title, subtitle, section_id))
            slides.extend(self.event_slide(event, section_id) for event in members)
            if number == len(sections) - 1:
                slides.append(
                    {"id": CREDITS_SLIDE, "kind": "credits", "title": "Sources and credits"}
                )
            section: dict[str, Any] = {"id": section_id, "title": section_title}
            if members:
                first = _year_text(members[0].start)
                last = _year_text(max((e.end or e.start for e in members), key=HistDate.sort_key))
                section["subtitle"] = first if first == last else f"{first} – {last}"
            section["slides"] = slides
            self.result.files[f"{section_id}/section.yaml"] = content_file(
                "section", section, (f"Imported from {self.source_name} (TimelineJS).",)
            )
            section_ids.append(section_id)
            self.result.slides += len(slides)

        timeline: dict[str, Any] = {}
        if eras:
            timeline["eras"] = eras
        timeline["events"] = [self.timeline_event(e) for e in events]
        self.result.files["timeline.yaml"] = content_file(
            "timeline", timeline, (f"Imported from {self.source_name} (TimelineJS).",)
        )
        exhibit: dict[str, Any] = {"title": title}
        if subtitle:
            exhibit["subtitle"] = subtitle
        exhibit["languages"] = ["en"]
        exhibit["sections"] = section_ids
        exhibit["sources"] = [
            {
                "id": SOURCE_ID,
                "title": f"{title} (TimelineJS timeline)",
                "publisher": f"Imported from {self.source_name}",
            }
        ]
        self.result.files["exhibit.yaml"] = content_file(
            "exhibit",
            exhibit,
            (
                f"Imported from {self.source_name} (TimelineJS) by `exhibit import timelinejs`.",
                "Check the warnings it printed, then run `exhibit check` on this folder.",
            ),
        )
        self.result.sections = section_ids
        self.result.events = len(events)
        return self.result

    def timeline_event(self, event: _Event) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "id": event.event_id,
            "date": _yaml_date(event.start),
            "title": event.headline,
        }
        if event.end is not None and event.end != event.start:
            entry["end"] = _yaml_date(event.end)
        if event.display_date:
            entry["display_date"] = event.display_date
        return entry

    def group_sections(
        self, events: list[_Event], title: str
    ) -> list[tuple[str, str, list[_Event]]]:
        """(section id, title, events) per group, in order of each group's first event."""
        groups: dict[str, list[_Event]] = {}
        for event in events:
            groups.setdefault(event.group, []).append(event)
        named = any(groups)
        sections: list[tuple[str, str, list[_Event]]] = []
        for number, (group, members) in enumerate(groups.items(), start=1):
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
                sections.append(
                    (self.section_ids.claim(base, DEFAULT_SECTION), section_title, chunk)
                )
        return sections


def _visible(markdown_text: str) -> str:
    return markdown_plain(markdown_text)


def _embed_source(code: str) -> str:
    match = re.search(r"""(?:src|href)\s*=\s*["']([^"']+)""", code)
    return match.group(1) if match else "(embedded HTML)"


def _media_line(media: _Media) -> str:
    parts = [
        f"Media not included here: {media.caption}" if media.caption else "Media not included here"
    ]
    if media.credit:
        parts.append(f"Credit: {media.credit}")
    return "*" + escape_markdown(". ".join(p.rstrip(".") for p in parts) + ".") + "*"


def _placeholder_note(media: _Media, section_id: str) -> str:
    url = media.url if not media.url.lstrip().startswith("<") else _embed_source(media.url)
    return escape_markdown(
        f"Placeholder: the TimelineJS slide showed {url}, which was not fetched. To show it, "
        f"save a copy you may use under {section_id}/media/ and make this an image slide "
        "(kind: image, with image, alt and credit)."
    )


def _notes(parts: list[str]) -> str:
    text = "\n\n".join(part for part in parts if part)
    if len(text) > MAX_NOTES:
        text = fit_markdown(text, MAX_NOTES)[0]
    return text + "\n"


def convert(data: dict[str, Any], source_name: str, media_root: Path | None) -> ImportResult:
    """Turn a TimelineJS object into exhibit files. `media_root` is where local media may be
    read from (the JSON file's folder); None imports no local media at all."""
    return _Importer(data, source_name, media_root).run()


# -- writing ---------------------------------------------------------------------------------


def write_exhibit(result: ImportResult, out: Path) -> None:
    """Write the converted exhibit into `out`, which must be missing or an empty folder."""
    write_new_folder(out, result.files, result.copies)


def import_timelinejs(source: Path, out: Path, label: str | None = None) -> ImportResult:
    """Read `source`, convert it and write the exhibit folder `out` (refusing an existing,
    non-empty one with OutputExists before reading anything)."""
    check_new_folder(out)
    data = read_timelinejs(source, label)
    result = convert(data, source.name, source.resolve().parent)
    write_exhibit(result, out)
    return result
