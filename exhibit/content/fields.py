"""Every key of the content format, declared once: how it is read, its budget and its docs line.

The loader reads by these tables, the JSON Schemas (`schema.py`) are built from them, the
viewer's slide roles (`exhibit.show.rows`) and the content-format reference
(`reference.py`, into docs/content-format.md) are derived from them. Adding an optional text
field to a slide kind is one `Field` line in `SLIDE` plus the QML view that shows it.
"""

from __future__ import annotations

from functools import cache
from typing import Literal, NamedTuple

# How a value is read (the loader has one reader per type) and what JSON it is.
FieldType = Literal[
    "plain",  # text: a string or a map of language to string, shown as plain text
    "markdown",  # text as above, Markdown rendered to safe HTML
    "markdown_file",  # a path to a .md file inside the exhibit, read as `markdown`
    "image",  # a path to a picture inside the exhibit
    "path",  # a path to a file inside the exhibit
    "files",  # one path, or a list of paths, to files inside the exhibit (none twice)
    "date",  # YYYY, YYYY-MM or YYYY-MM-DD
    "number",  # a number above 0 (seconds or minutes)
    "id",  # a word like 'vancouver-summit'
    "source",  # the id of a source in exhibit.yaml
    "events",  # a list of timeline event ids
    "slides",  # a list of slide ids
    "url",  # a web address, shown as text and never fetched
    "background",  # a picture inside the exhibit, or a colour #RRGGBB
    "structure",  # a list or map read by its own code in the loader (sections, slides, …)
    "media",  # a path to a video or sound file inside the exhibit, probed
    "poster",  # a path to one picture inside the exhibit (no language map)
    "captions",  # a WebVTT file, a map of language to WebVTT file, or `none`
    "flag",  # true or false
    "seconds",  # a number of seconds, 0 or more
    "pictures",  # pictures or PDFs inside the exhibit (a PDF's pages by range), in order
]
TEXT_TYPES = frozenset({"plain", "markdown", "markdown_file"})

# The largest timings content may ask for (a day idle, an hour on one slide, a day's talk):
# anything larger is a typo, and non-finite values would break the show's timers.
MAX_IDLE_SECONDS = 86_400.0
MAX_SLIDE_SECONDS = 3_600.0
MAX_TALK_MINUTES = 1_440.0

# Sets of slide kinds, for `Field.required` / `Field.optional`.
KINDS = ("title", "image", "quote", "text", "document", "credits", "video", "audio")
MEDIA_KINDS = ("video", "audio")
EVERY_KIND = KINDS


class Field(NamedTuple):
    """One key of a content file."""

    key: str
    type: FieldType
    doc: str
    budget: int | None = None  # most characters per language (kiosk fit); None: no limit
    required: tuple[str, ...] = ()  # slide kinds that need it (other tables: () or ("*",))
    optional: tuple[str, ...] = ()  # slide kinds that may have it
    stored_as: str = ""  # the model's name for it when that differs from the key
    maximum: float | None = None  # for numbers: the largest value allowed

    @property
    def name(self) -> str:
        """The model's name for the value (`from` is stored as `sender`)."""
        return self.stored_as or self.key

    @property
    def is_text(self) -> bool:
        return self.type in TEXT_TYPES


REQUIRED = ("*",)  # in tables other than slides: the key must be there

SLIDE: tuple[Field, ...] = (
    Field("id", "id", "unique in the whole exhibit", required=EVERY_KIND),
    Field("kind", "id", "one of " + ", ".join(KINDS), required=EVERY_KIND),
    Field("caption", "plain", "the line shown in the caption band", 240, optional=EVERY_KIND),
    Field("notes", "markdown", "presenter notes", optional=EVERY_KIND),
    Field(
        "notes_file", "markdown_file", "presenter notes in a .md file", optional=EVERY_KIND,
        stored_as="notes",
    ),
    Field(
        "duration", "number", "seconds before auto-advance", optional=EVERY_KIND,
        maximum=MAX_SLIDE_SECONDS,
    ),
    Field("events", "events", "timeline events this slide is about", optional=EVERY_KIND),
    Field(
        "background", "background", "a picture or a colour (#RRGGBB) behind the slide, dimmed",
        optional=EVERY_KIND,
    ),
    Field(
        "title", "plain", "the slide's heading", 90,
        required=("title", "text", "document"), optional=("image", "credits", *MEDIA_KINDS),
    ),
    Field("subtitle", "plain", "the line under a title", 160, optional=("title", "image")),
    Field(
        "image", "image",
        "a picture (SVG, PNG, JPEG), or a map of language to picture when it holds text; "
        "on an audio slide, the picture shown while it plays",
        required=("image",), optional=("title", "audio"),
    ),
    Field(
        "alt", "plain",
        "what the picture (or the video) shows, for screen readers (required with image)", 300,
        required=("image", "video"), optional=("title", "audio"),
    ),
    Field(
        "credit", "plain",
        "who made the picture or the recording, or its licence (a picture's: leave out only "
        "when unknown)", 160, required=MEDIA_KINDS, optional=("image",),
    ),
    Field("text", "markdown", "the quotation, verbatim", 360, required=("quote",)),
    Field("speaker", "plain", "who said it", 80, required=("quote",)),
    Field("role", "plain", "the speaker's office at the time", 120, optional=("quote",)),
    Field("date", "date", "when it was said or written", required=("quote", "document")),
    Field("source", "source", "the source document's id", required=("quote", "document")),
    Field("context", "plain", "a line setting the scene", 160, optional=("quote",)),
    Field(
        "body", "markdown", "the slide's prose (on a picture: beside it)", 1100,
        optional=("text", "image"),
    ),
    Field(
        "body_file", "markdown_file", "the slide's prose in a .md file", 1100,
        optional=("text", "image"), stored_as="body",
    ),
    Field("excerpt", "markdown", "the document's words, verbatim", 800, required=("document",)),
    Field(
        "classification", "plain", "the marking at the top, e.g. SECRET", 60,
        required=("document",),
    ),
    Field("from", "plain", "the sender", 120, optional=("document",), stored_as="sender"),
    Field("to", "plain", "the recipient", 120, optional=("document",), stored_as="recipient"),
    Field("citation", "plain", "where the document is held or published", 240,
          optional=("document",)),
    Field(
        "language_note", "plain", "in what language the words were recorded", 160,
        optional=("quote", "document"),
    ),
    Field(
        "scan", "pictures",
        "the real pages, in order, shown beside the excerpt: pictures, or a PDF's pages",
        optional=("document",),
    ),
    # Media (video and audio slides, a quote's recording): gathered into `Slide.media`.
    Field(
        "file", "media",
        "the video (MP4 with H.264 and AAC, WebM with VP9 and Opus) or sound (MP3, M4A, "
        "Ogg, WAV) inside the folder", required=MEDIA_KINDS,
    ),
    Field(
        "audio", "media", "the speaker's own voice (MP3, M4A, Ogg, WAV), played on a tap",
        optional=("quote",), stored_as="file",
    ),
    Field(
        "poster", "poster", "the picture shown before the video plays, and if it cannot",
        optional=("video",),
    ),
    Field(
        "captions", "captions",
        "WebVTT captions: a .vtt file or a map of language to file; required when the file "
        "has sound, unless `none` with a captions_reason",
        optional=(*MEDIA_KINDS, "quote"),
    ),
    Field(
        "captions_reason", "plain", "why a sound track needs no captions (with captions: none)",
        160, optional=MEDIA_KINDS,
    ),
    Field(
        "transcript", "markdown_file",
        "everything said and shown, in a .md file: opened on screen by the slide's Transcript "
        "button, printed in the handout after the slide",
        20_000, optional=(*MEDIA_KINDS, "quote"),
    ),
    Field("loop", "flag", "play again from the start at the end (false)", optional=MEDIA_KINDS),
    Field(
        "autoplay", "flag", "start when the slide is shown (false; muted in a kiosk until a "
        "touch, never with reduced motion)", optional=("video",),
    ),
    Field("start", "seconds", "play from this second (0)", optional=MEDIA_KINDS),
    Field("end", "seconds", "stop at this second (the end)", optional=MEDIA_KINDS),
    Field(
        "volume", "number", "loudness from 0 to 1 (1: as recorded)",
        optional=(*MEDIA_KINDS, "quote"), maximum=1.0,
    ),
)

SECTION: tuple[Field, ...] = (
    Field("id", "id", "must equal the folder's name", required=REQUIRED),
    Field("title", "plain", "the section's name", 90, required=REQUIRED),
    Field("subtitle", "plain", "a line under it", 160),
    Field("minutes", "number", "planned presentation minutes", maximum=MAX_TALK_MINUTES),
    Field("slides", "structure", "the section's slides, in order", required=REQUIRED),
)

EVENT: tuple[Field, ...] = (
    Field("id", "id", "unique among events and eras", required=REQUIRED),
    Field("date", "date", "when it happened (or began)", required=REQUIRED),
    Field("title", "plain", "what happened", 90, required=REQUIRED),
    Field("end", "date", "when it ended: a range"),
    Field("text", "markdown", "a sentence or two", 240),
    Field("display_date", "plain", "text shown instead of the computed date", 60),
)

ERA: tuple[Field, ...] = (
    Field("id", "id", "unique among events and eras", required=REQUIRED),
    Field("title", "plain", "the era's name", 90, required=REQUIRED),
    Field("start", "date", "when it began", required=REQUIRED),
    Field("end", "date", "when it ended", required=REQUIRED),
)

TIMELINE: tuple[Field, ...] = (
    Field("events", "structure", "dated events"),
    Field("eras", "structure", "named spans drawn behind the events"),
)

SOURCE: tuple[Field, ...] = (
    Field("id", "id", "what quotes and documents cite", required=REQUIRED),
    Field("title", "plain", "the document's title", 300, required=REQUIRED),
    Field("author", "plain", "who wrote it", 160),
    Field("publisher", "plain", "who published it", 160),
    Field("date", "date", "when it was published"),
    Field("url", "url", "its address, shown as text only, never fetched", 2000),
)

CREDIT: tuple[Field, ...] = (
    Field("role", "plain", "what was done", 160, required=REQUIRED),
    Field("name", "plain", "who did it", 160, required=REQUIRED),
)

KIOSK: tuple[Field, ...] = (
    Field(
        "idle_timeout", "number", "seconds without a touch before the attract loop (90)",
        maximum=MAX_IDLE_SECONDS,
    ),
    Field(
        "auto_advance", "number", "seconds per slide in the attract loop (12)",
        maximum=MAX_SLIDE_SECONDS,
    ),
    Field("attract_slides", "slides", "the slides the attract loop shows (default: all)"),
    Field(
        "attract_video", "media",
        "a video (MP4, WebM) the attract loop plays over the whole screen instead of its "
        "slides: muted, looping, until a touch starts a visit; the slides show if it cannot "
        "play",
    ),
    Field(
        "attract_poster", "poster",
        "the picture shown instead of the attract video with reduced motion (without one, "
        "the attract slides show)",
    ),
)

PRESENTATION: tuple[Field, ...] = (
    Field("minutes", "number", "the talk's planned length", maximum=MAX_TALK_MINUTES),
)

EXHIBIT: tuple[Field, ...] = (
    Field("title", "plain", "the exhibit's name", 90, required=REQUIRED),
    Field("subtitle", "plain", "a line under it", 160),
    Field("languages", "structure", "language codes, e.g. [en, ru] (default [en])"),
    Field("default_language", "structure", "a code of `languages` (default: the first)"),
    Field("sections", "structure", "section ids in show order; each is a folder",
          required=REQUIRED),
    Field(
        "timeline", "files",
        "the timeline file (default timeline.yaml), or a list of files holding its parts, "
        "read as one timeline",
    ),
    Field("sources", "structure", "documents cited by quotes and excerpts (see source)"),
    Field("credits", "structure", "who did what, for the credits slide (see credit)"),
    Field("kiosk", "structure", "kiosk defaults (see kiosk)"),
    Field("presentation", "structure", "presenter defaults (see presentation)"),
)


def by_key(table: tuple[Field, ...]) -> dict[str, Field]:
    return {f.key: f for f in table}


def required_keys(table: tuple[Field, ...]) -> frozenset[str]:
    return frozenset(f.key for f in table if f.required)


@cache  # asked once a slide: 20,000 slides spent seconds here
def slide_keys(kind: str) -> tuple[frozenset[str], frozenset[str]]:
    """The keys a slide of `kind` needs and the ones it may have; for a slide without a
    known kind, the keys every kind needs and may have."""
    kinds = (kind,) if kind in KINDS else KINDS
    required = frozenset(f.key for f in SLIDE if all(k in f.required for k in kinds))
    optional = frozenset(f.key for f in SLIDE if all(k in f.optional for k in kinds))
    return required, optional


MEDIA_FIELDS = ("file", "poster", "captions", "loop", "autoplay", "start", "end", "volume")
"""Slide fields kept in `Slide.media`, by the model's name for them."""

IMAGES = "images"
"""Where a slide keeps the pictures of an `image:` language map: in `Slide.texts`, as the path
of each language's picture (`Slide.image` holds the first listed language's)."""

SLIDE_TEXTS = (*dict.fromkeys(f.name for f in SLIDE if f.is_text), IMAGES)
"""The model's text fields of a slide, by name (what `Slide.texts` holds)."""

BUDGETS = {f.name: f.budget for f in SLIDE if f.budget is not None}
"""Character budgets of slide fields by name, for importers that fit text to a slide."""
