"""Quotation media in a TimelineJS event (`<blockquote>` HTML, embedded tweets) as words, a speaker
and an address: TimelineJS shows such media as text, so the exhibit can show it too."""

from __future__ import annotations

import re
from dataclasses import dataclass

from exhibit.content.importers.htmltext import html_to_plain

_BLOCKQUOTE = re.compile(r"^\s*<blockquote\b", re.IGNORECASE)
_TWEET = re.compile(r"""<blockquote[^>]*class\s*=\s*["'][^"']*twitter-tweet""", re.IGNORECASE)
_CITE = re.compile(r"<cite\b[^>]*>(.*?)</cite\s*>", re.IGNORECASE | re.DOTALL)
_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p\s*>", re.IGNORECASE | re.DOTALL)
_STATUS = re.compile(
    r"""href\s*=\s*["'](https?://(?:www\.)?(?:twitter|x)\.com/[^"'?#]+/status/\d+)""",
    re.IGNORECASE,
)
_DASH = re.compile(r"(?:&mdash;|&#8212;|—)(.*?)(?:<a\b|</blockquote)", re.IGNORECASE | re.DOTALL)
_SCRIPT = re.compile(r"<script\b.*?(?:</script\s*>|$)", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Quotation:
    """What a quotation medium says: its words, who said them (may be ""), and for a tweet its
    address (else "")."""

    words: str
    speaker: str
    address: str = ""
    tweet: bool = False


def quotation(url: str) -> Quotation | None:
    """The quotation a media `url` holds when it is `<blockquote>` HTML, else None."""
    if not _BLOCKQUOTE.match(url):
        return None
    html = _SCRIPT.sub("", url)
    if _TWEET.match(html):
        return _tweet(html)
    speaker = ""
    cite = _CITE.search(html)
    if cite:
        speaker = _plain(cite.group(1)).strip(" —–-")
        html = html[: cite.start()] + html[cite.end() :]
    return Quotation(_plain(html), speaker)


def _tweet(html: str) -> Quotation:
    paragraph = _PARAGRAPH.search(html)
    words = _plain(paragraph.group(1) if paragraph else html)
    after = html[paragraph.end() :] if paragraph else html
    dash = _DASH.search(after)
    speaker = _plain(dash.group(1)) if dash else ""
    status = _STATUS.search(html)
    return Quotation(words, speaker, status.group(1) if status else "", tweet=True)


def _plain(fragment: str) -> str:
    return " ".join(html_to_plain(fragment)[0].split())


def speaker_and_role(cited: str) -> tuple[str, str]:
    """'Edith Clarke, first professor of …' as the speaker 'Edith Clarke' and the role after the
    first comma; a cite without a comma is all speaker."""
    name, comma, rest = cited.partition(",")
    if comma and name.strip() and rest.strip():
        return name.strip(), rest.strip()
    return cited.strip(), ""
