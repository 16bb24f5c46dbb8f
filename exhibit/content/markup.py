"""Markdown to safe rich text: render, sanitise with an allowlist, map to Qt's StyledText."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import markdown

ALLOWED_TAGS = frozenset(
    {
        "p",
        "br",
        "em",
        "strong",
        "b",
        "i",
        "u",
        "s",
        "del",
        "ul",
        "ol",
        "li",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "code",
        "pre",
        "img",
    }
)
# Qt's StyledText (the rich-text subset that can shrink to fit) knows b/i/s but not their
# semantic twins; code and blockquote have no StyledText form and keep only their content.
_TO_STYLED = {"em": "i", "strong": "b", "del": "s", "code": "", "blockquote": ""}
_IMG_WITHOUT_SRC = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")
_TAG = re.compile(r"<(/?)(" + "|".join(_TO_STYLED) + r")>")
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {"img": {"src", "alt", "width", "height"}}
# An <img> in Markdown is drawn at its width and height: bounded to what fits a 4K slide
# (each pixel costs memory before it is scaled: 7900x7900 was 250 MB).
MAX_IMAGE_SIDE = 1600
DROPPED_WITH_CONTENT = frozenset({"script", "style", "iframe", "object", "embed", "template"})


@functools.cache
def _markdown() -> markdown.Markdown:
    """One converter, reset for each text: building one per call costs more than converting.

    Markdown and nh3 are imported on first use: most text takes the plain-paragraph path, and
    a viewer starting from the cache needs neither.
    """
    import markdown

    return markdown.Markdown(output_format="html")


ImageResolver = Callable[[str], str | None]
"""Maps an <img src> from content to a safe file URL, or None to refuse it."""


@dataclass(frozen=True)
class RichText:
    """Sanitised HTML for Qt rich text, its plain text, and what the sanitiser removed."""

    html: str
    plain: str
    removed: tuple[str, ...]


class _Inventory(HTMLParser):
    """Lists the tags and attributes an HTML fragment uses, to report what will be removed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.removed: list[str] = []
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self._note(f"<{tag}>")
            return
        allowed = ALLOWED_ATTRIBUTES.get(tag, set())
        for name, value in attrs:
            if name not in allowed:
                self._note(f"{name}= on <{tag}>")
            elif tag == "img" and name == "src":
                self.images.append(value or "")
            elif tag == "img" and _bad_side(name, value or ""):
                self._note(f"{name}={value} on <img> (a whole number up to {MAX_IMAGE_SIDE})")

    def handle_comment(self, data: str) -> None:
        self._note("<!-- comment -->")

    def _note(self, what: str) -> None:
        if what not in self.removed:
            self.removed.append(what)


class _PlainText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"p", "br", "li", "h1", "h2", "h3", "h4", "blockquote"} and self.parts:
            self.parts.append("\n")


def _bad_side(name: str, value: str) -> bool:
    """An <img> width or height that is not a whole number of pixels up to MAX_IMAGE_SIDE."""
    if name not in ("width", "height"):
        return False
    return not (value.isdigit() and value.isascii() and 0 < int(value) <= MAX_IMAGE_SIDE)


def plain_text(fragment: str) -> str:
    """The visible text of an HTML fragment, whitespace collapsed per line."""
    parser = _PlainText()
    parser.feed(fragment)
    parser.close()
    lines = ("".join(parser.parts)).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


# Text with none of Markdown's or HTML's special characters: paragraphs of plain words. A
# character anywhere, or a line that starts a list, a code block or a rule, or ends in a
# line break; each line is matched from its start (one pattern with `^` in MULTILINE mode
# tries every alternative at every character: 9 times slower; a test compares the two).
_SPECIAL_CHARACTER = re.compile(r"[_`#>\[\]<&\\!|~=+\t]")
_SPECIAL_LINE = re.compile(r"\s*(?:\d+[.)]|[-+*])(?:\s|$)| {4}|\s*-{2,}\s*$")


def _special(source: str) -> bool:
    """Whether `source` holds anything but paragraphs of plain words."""
    if _SPECIAL_CHARACTER.search(source) or "  \n" in source:
        return True
    return any(_SPECIAL_LINE.match(line) for line in source.split("\n"))


_STRONG = re.compile(r"(?<![\w*])\*\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*\*(?![\w*])")
_BOLD_ITALIC = re.compile(r"</?[bi]>")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])")


def _inline(text: str) -> str | None:
    """Escape a paragraph and turn simple **strong** and *emphasis* into b and i."""
    escaped = html.escape(text, quote=False)
    if "*" in escaped:
        escaped = _EMPHASIS.sub(r"<i>\1</i>", _STRONG.sub(r"<b>\1</b>", escaped))
        if "*" in escaped:
            return None  # anything subtler is left to the Markdown library
    return escaped


def _plain_paragraphs(source: str) -> RichText | None:
    """The fast path for paragraphs of words with simple emphasis (most content)."""
    if _special(source):
        return None
    paragraphs = [" ".join(block.split()) for block in re.split(r"\n\s*\n", source.strip())]
    paragraphs = [p for p in paragraphs if p]
    rendered = [_inline(p) for p in paragraphs]
    if any(r is None for r in rendered):
        return None
    body = "\n".join(f"<p>{r}</p>" for r in rendered)
    # What `plain_text(body)` finds, without its parser: these paragraphs hold no entity
    # (no & < > in them), only the <b> and <i> made here (a test compares the two).
    plain = "\n".join(_BOLD_ITALIC.sub("", r) for r in rendered if r)
    return RichText(body, plain, ())


def render_markdown(source: str, resolve_image: ImageResolver) -> RichText:
    """Render Markdown to HTML and sanitise it; refused images are removed and reported."""
    fast = _plain_paragraphs(source)
    return fast if fast is not None else _render_full(source, resolve_image)


def _render_full(source: str, resolve_image: ImageResolver) -> RichText:
    import nh3

    try:
        raw = _markdown().reset().convert(source)
    except BaseException:
        # An error half-way (a RecursionError on deep nesting) leaves the shared converter in
        # a state where it stops rendering anything: the next text gets a new one.
        _markdown.cache_clear()
        raise
    inventory = _Inventory()
    inventory.feed(raw)
    inventory.close()
    removed = list(inventory.removed)
    removed.extend(f"image {src!r}" for src in inventory.images if resolve_image(src) is None)

    def keep_attribute(tag: str, name: str, value: str) -> str | None:
        if tag == "img" and name == "src":
            return resolve_image(value)
        if tag == "img" and _bad_side(name, value):
            return None
        return value

    clean = nh3.clean(
        raw,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=keep_attribute,
        url_schemes={"file"},
        link_rel=None,
        strip_comments=True,
    )
    styled = _TAG.sub(_styled_tag, _IMG_WITHOUT_SRC.sub("", clean)).strip()
    return RichText(styled, plain_text(styled), tuple(removed))


def _styled_tag(match: re.Match[str]) -> str:
    name = _TO_STYLED[match.group(2)]
    return f"<{match.group(1)}{name}>" if name else ""
