"""What the views show of each slide: one row of QML role values per slide, in one language.

The roles come from the field table (`exhibit.content.fields.SLIDE`): a text field's role is
its name in camelCase, a picture's adds `Url`, a date's and a source's add `Text`. A few
roles are worked out here so that views hold no logic: the slide's place, the memo header
rows and the source line of document slides, the credits slide's text, the rich texts as
plain words (`readText`) and what is announced when the slide is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from exhibit.content.dates import HistDate
from exhibit.content.escape import escape_plain
from exhibit.content.fields import IMAGES, MEDIA_FIELDS, SLIDE, Field
from exhibit.content.model import Exhibit, Media, ScanPages, Slide
from exhibit.show.spoken import announcement, narration, plain_of_html
from exhibit.show.strings import strings_for

# Roles every slide row has besides its fields' roles.
PLACE_ROLES = ("slideId", "kind", "sectionId", "sectionTitle", "sectionNumber")
DERIVED_ROLES = (
    "memoRows", "sourceLine", "creditsHtml", "readText", "announcement", "narration",
    "hasAudio", "hasVideo", "mediaSeconds", "mediaStamp",
)
_SUFFIX = {
    "image": "Url", "date": "Text", "source": "Text", "media": "Url", "poster": "Url",
    "seconds": "Seconds", "pictures": "Urls",
}
# A document slide's header block: the label's string and the role it shows.
_MEMO_ROWS = (("memoFrom", "sender"), ("memoTo", "recipient"), ("memoDate", "dateText"))


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def role_of(f: Field) -> str:
    """The QML role a slide field is shown through ("" for id and kind)."""
    if f.key in ("id", "kind"):
        return ""
    return _camel(f.name) + _SUFFIX.get(f.type, "")


_FIELD_ROLES: dict[str, Field] = {}
for _field in SLIDE:
    if role_of(_field):
        _FIELD_ROLES.setdefault(role_of(_field), _field)

SLIDE_ROLES: tuple[str, ...] = PLACE_ROLES + tuple(_FIELD_ROLES) + DERIVED_ROLES
"""Every role of a slide row, in the order the list model numbers them."""


def date_text(date: HistDate | None, lang: str) -> str:
    """A date as readers of `lang` write it."""
    return "" if date is None else date.format(lang)


ScanUrls = Callable[[ScanPages], list[str]]
"""A document scan's page pictures as URLs the views load, one a page shown."""


def picture_pages(scan: ScanPages) -> list[str]:
    """A scan's pages without Qt: a picture's file URL; a PDF's pages (which only the viewer's
    Qt PDF can draw and count, exhibit.ui.pdfpages) as '' each, drawn as placeholders."""
    if not scan.is_pdf:
        return [scan.file.as_uri()]
    return [""] * ((scan.last - scan.first + 1) if scan.last else 1)


def _media_value(media: Media | None, name: str, lang: str, fallback: str) -> Any:
    """A media field's role value (its default when the slide plays nothing)."""
    if name == "captions":
        cues = media.cues(lang, fallback) if media else ()
        return [{"start": c.start, "end": c.end, "text": c.text} for c in cues]
    if name in ("file", "poster"):
        path = getattr(media, name) if media else None
        return path.as_uri() if path else ""
    if media is None:
        return {"loop": False, "autoplay": False, "start": 0.0, "end": 0.0, "volume": 1.0}[name]
    value = getattr(media, name)
    return 0.0 if value is None else value


def _value(exhibit: Exhibit, slide: Slide, f: Field, lang: str) -> Any:
    fb = exhibit.default_language
    if f.name in MEDIA_FIELDS:
        return _media_value(slide.media, f.name, lang, fb)
    if f.is_text:
        return slide.text(f.name).get(lang, fb)
    if f.type == "image":  # the picture in `lang` when the slide has one per language
        chosen = slide.text(IMAGES).get(lang, fb)
        picture = Path(chosen) if chosen else slide.image
        return picture.as_uri() if picture else ""
    if f.type == "date":
        return date_text(slide.date, lang)
    if f.type == "source":
        source = exhibit.source(slide.source) if slide.source else None
        return source.title.get(lang, fb) if source else ""
    if f.type == "events":
        return list(slide.events)
    if f.type == "number":
        return slide.duration or 0.0
    if f.type == "background":  # a colour as written, a picture as a file URL
        background = slide.background
        return Path(background).as_uri() if background and background[0] != "#" else background
    if f.type == "pictures":
        return [url for scan in slide.scan for url in picture_pages(scan)]
    raise ValueError(f"slide field {f.key} of type {f.type} has no role value")


def slide_row(
    exhibit: Exhibit,
    slide: Slide,
    section_title: str,
    number: int,
    lang: str,
    scan_urls: ScanUrls | None = None,
) -> dict[str, Any]:
    """Every role's value for one slide in `lang` (the exhibit's default language filling gaps);
    `scan_urls` gives a document scan's pages (`picture_pages` when not given)."""
    row: dict[str, Any] = {
        "slideId": slide.id,
        "kind": slide.kind,
        "sectionId": slide.section_id,
        "sectionTitle": section_title,
        "sectionNumber": number,
    }
    for role, f in _FIELD_ROLES.items():
        row[role] = _value(exhibit, slide, f, lang)
    if scan_urls is not None and slide.scan:
        row["scanUrls"] = [url for scan in slide.scan for url in scan_urls(scan)]
    words = strings_for(lang)
    row["memoRows"] = [
        {"label": words[label], "value": row[role]}
        for label, role in _MEMO_ROWS
        if row[role]
    ]
    cited = row["citation"] or row["sourceText"]
    row["sourceLine"] = " ".join(part for part in (cited, row["languageNote"]) if part)
    row["creditsHtml"] = credits_html(exhibit, lang) if slide.kind == "credits" else ""
    # The rich texts as a screen reader reads them, by the role that shows them.
    rich = ("text", "body", "excerpt", "creditsHtml", "notes", "transcript")
    row["readText"] = {role: plain_of_html(row[role]) for role in rich}
    row["announcement"] = announcement(row, words)
    row["narration"] = narration(row)
    media = slide.media
    row["hasAudio"] = bool(media and media.has_audio)
    row["hasVideo"] = bool(media and media.has_video)
    row["mediaSeconds"] = media.seconds if media else 0.0
    row["mediaStamp"] = _stamp(media.file) if media else ""
    return row


def _stamp(path: Path) -> str:
    """The recording's size and modification time when its row was made: a live reload
    tells by it whether the file under a slide's unchanged name is a new one."""
    try:
        stat = path.stat()
    except OSError:
        return ""
    return f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ino}"


def credits_html(exhibit: Exhibit, lang: str) -> str:
    """The credits slide's text: sources, credits and every image credit, as safe HTML."""
    fb = exhibit.default_language
    words = strings_for(lang)
    parts = [f"<h3>{words['sourcesHeading']}</h3>"]
    for source in exhibit.sources:
        extras = [source.author.get(lang, fb), source.publisher.get(lang, fb)]
        if source.date:
            extras.append(date_text(source.date, lang))
        if source.url:  # shown as text, never a link: the viewer fetches nothing
            extras.append(source.url)
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
