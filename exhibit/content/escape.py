"""Plain content text made safe for Qt's StyledText: HTML's special characters escaped."""

from __future__ import annotations

# What html.escape replaces, in the same order ("&" first); spelled out here because the
# html package costs a viewer's start-up 2 ms for this one function.
_SPECIALS = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def escape_plain(text: str) -> str:
    """Plain content text made safe to show in a rich-text context; line breaks kept."""
    for special, entity in _SPECIALS:
        text = text.replace(special, entity)
    return text.replace("\n", "<br>")
