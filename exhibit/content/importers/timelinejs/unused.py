"""TimelineJS settings of a slide that an exhibit has no place for, each with a line saying so."""

from __future__ import annotations

import re

from exhibit.content.importers.timelinejs.fields import object_of, text_of

_TAG = re.compile(r"<\s*/?\s*[A-Za-z][^>]*>")
_SCALES = ("human", "cosmological")
# Said by the media mapping, which uses a local recording's thumbnail as its picture.
THUMBNAIL_UNUSED = "media.thumbnail is not used (the exhibit shows the media itself)"


def unused_settings(item: dict[str, object]) -> list[str]:
    """What of a TimelineJS slide (event or title) is not imported, one phrase per setting."""
    media = object_of(item.get("media"))
    found = []
    if text_of(media.get("link")).strip():
        found.append(
            f"media.link {text_of(media.get('link')).strip()} is not kept (exhibits have no links)"
        )
    if "autolink" in item:
        found.append("autolink is not used (exhibits have no links)")
    for key in ("start_date", "end_date"):
        shape = text_of(object_of(item.get(key)).get("format")).strip()
        if shape:
            found.append(
                f"{key}.format '{shape}' is not used (dates are written the exhibit's way; "
                "set display_date to choose the words)"
            )
    headline = text_of(object_of(item.get("text")).get("headline"))
    if _TAG.search(headline):
        found.append(
            "HTML tags taken out of the headline (headlines are plain text; the words stay)"
        )
    return found


def scale_problem(data: dict[str, object]) -> str | None:
    """A line about the timeline's `scale` when it is not one TimelineJS knows, else None.
    Both scales import the same way: exhibit dates reach ±20 billion years."""
    scale = data.get("scale")
    if scale is None or scale in _SCALES:
        return None
    return f"scale {scale!r} is not one of {', '.join(_SCALES)}; the dates are read as written"
