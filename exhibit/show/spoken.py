"""What a screen reader says of a slide: its rich text as plain words, and its announcement."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

# Tags after which a reader pauses: a new line in the plain text.
_BREAKS = frozenset({"br", "p", "h1", "h2", "h3", "h4", "li", "blockquote", "div"})
# The kind's name in an announcement: the string key for each slide kind.
KIND_KEYS = {
    "title": "kindTitle",
    "image": "kindImage",
    "quote": "kindQuote",
    "text": "kindText",
    "document": "kindDocument",
    "credits": "kindCredits",
    "video": "kindVideo",
    "audio": "kindAudio",
}


class _Plain(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_of_html(fragment: str) -> str:
    """Sanitised content HTML as the plain words it shows, one line per paragraph."""
    parser = _Plain()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def announcement(row: dict[str, Any], words: dict[str, str]) -> str:
    """The slide's title, then its kind and what matters most of it ("Quotation, Boris
    Yeltsin, 3 April 1993"); the view adds "slide n of m"."""
    kind = str(row["kind"])
    essentials = [words[KIND_KEYS[kind]]] if kind in KIND_KEYS else []
    if kind == "quote":
        essentials += [row["speaker"], row["dateText"]]
    elif kind == "document":
        essentials += [row["dateText"], row["classification"]]
    elif kind == "title":
        essentials.append(words["sectionNumber"].replace("%1", str(row["sectionNumber"] + 1)))
    title = row["title"] or ("" if kind == "quote" else row["alt"])
    if essentials and essentials[0] == title:  # "Sources and credits", said once
        essentials = essentials[1:]
    head = ", ".join(str(e) for e in essentials if e)
    return ". ".join(part for part in (title, head) if part)


# What a slide says beyond its announcement, in reading order: the picture's alt text, the
# slide's own texts, who and where from, then the caption beneath it.
_NARRATED = ("subtitle", "text", "role", "body", "excerpt", "creditsHtml", "context")
_AFTER = ("sourceLine", "credit", "caption")


def narration(row: dict[str, Any]) -> str:
    """Every word the slide shows, one part a line, as a screen reader or the kiosk's
    speech reads it after the announcement."""
    read = row["readText"]
    parts = [row["alt"]] if row["kind"] == "image" else []
    parts += [read.get(role) or row.get(role) or "" for role in _NARRATED]
    parts += [row[role] for role in _AFTER]
    return "\n".join(" ".join(str(p).split()) for p in parts if p)


def spoken_slide(row: dict[str, Any], words: dict[str, str], index: int, count: int) -> str:
    """All a listener hears of a slide: its announcement with "slide n of m", then its words."""
    brief = (
        words["announceSlide"]
        .replace("%1", row["announcement"])
        .replace("%2", str(index + 1))
        .replace("%3", str(count))
    )
    return ".\n".join(part for part in (brief, row["narration"]) if part)
