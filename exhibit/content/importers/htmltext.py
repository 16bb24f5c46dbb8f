"""HTML from other tools turned into the Markdown our sanitiser keeps, and text fitted to budgets.

`html_to_markdown` keeps paragraphs, line breaks, emphasis, lists and quotations; links keep
their text, and everything the exhibit cannot show (images, embeds, scripts, unknown tags) is
dropped and named in `Converted.removed`, so an importer can warn about it. The result always
passes `exhibit check`'s Markdown rules: `safe_markdown` falls back to escaped plain text if
it would not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser

from exhibit.content.markup import DROPPED_WITH_CONTENT, RichText, render_markdown

ELLIPSIS = "…"
MIN_TRIMMED = 40  # fewer characters than this of a trimmed paragraph are not worth showing

_BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "center",
        "figure",
        "figcaption",
        "table",
        "tr",
        "dl",
        "dt",
        "dd",
        "address",
    }
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LISTS = frozenset({"ul", "ol"})
# Elements whose text forms blocks of its own.
_CONTAINERS = _BLOCKS | _HEADINGS | _LISTS | {"#root", "li", "blockquote", "pre"}
# Every other element is inline. These are kept, as Markdown marks, one of the few HTML tags
# the sanitiser allows, or quotation marks; or unwrapped without a word, as tags that only
# carry layout or styling here ("", ""). Any other inline element is unwrapped and named in
# `Converted.removed`; `a` too is unwrapped, its link named in `Converted.links`.
_INLINE: dict[str, tuple[str, str]] = {
    "b": ("**", "**"),
    "strong": ("**", "**"),
    "i": ("*", "*"),
    "em": ("*", "*"),
    "u": ("<u>", "</u>"),
    "ins": ("<u>", "</u>"),
    "s": ("<s>", "</s>"),
    "strike": ("<s>", "</s>"),
    "del": ("<s>", "</s>"),
    "code": ("<code>", "</code>"),
    "q": ("“", "”"),
    **dict.fromkeys(
        (
            "span",
            "font",
            "small",
            "big",
            "mark",
            "abbr",
            "time",
            "cite",
            "sup",
            "sub",
            "html",
            "body",
            "thead",
            "tbody",
            "tfoot",
            "caption",
            "label",
            "nobr",
            "td",
            "th",
        ),
        ("", ""),
    ),
}
_CELLS = frozenset({"td", "th"})  # a table's cells: a space between them
# Dropped with everything inside them, and named: what the sanitiser drops so (code, styles,
# embedded documents), and what is not prose a slide should show (media fallback text, form
# controls, drawings and formulas, a document's head).
_DROP_WITH_CONTENT = DROPPED_WITH_CONTENT | {
    "noscript",
    "video",
    "audio",
    "canvas",
    "svg",
    "math",
    "head",
    "title",
    "select",
    "textarea",
    "button",
    "form",
}
# Elements without an end tag (HTML syntax, whatever their role above).
_VOID = frozenset(
    {
        "br",
        "img",
        "hr",
        "input",
        "meta",
        "link",
        "source",
        "track",
        "area",
        "col",
        "param",
        "base",
        "wbr",
        "embed",
    }
)

_ESCAPE_ANYWHERE = re.compile(r"([\\`*_\[\]])")
_LIST_BLOCK = re.compile(r"^(- |\d+\. )")
_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")


_NEEDS_ESCAPE = re.compile(r"[&<\\`*_\[\]\n]")
_SPACES = re.compile(r"\s+")
# HTML that is only paragraphs of text (most of a large timeline's): converted without the
# parser, to the same Markdown (a test compares the two).
_PARAGRAPHS = re.compile(r"\s*(?:<p>[^<&]*</p>\s*)*")
_PARAGRAPH = re.compile(r"<p>([^<&]*)</p>")


def escape_markdown(text: str) -> str:
    """Plain text written so that Markdown shows it as it is (no markup, no raw HTML)."""
    if not _NEEDS_ESCAPE.search(text) and not _LINE_START.match(text):
        return text  # nothing Markdown would read as a mark
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = _ESCAPE_ANYWHERE.sub(r"\\\1", text)
    return "\n".join(_escape_line_start(line) for line in text.split("\n"))


def _escape_line_start(line: str) -> str:
    match = _LINE_START.match(line)
    if not match:
        return line
    lead, marker = match.groups()
    rest = line[match.end() :]
    if marker[0].isdigit():
        return f"{lead}{marker[:-1]}\\{marker[-1]}{rest}"
    if marker == "=":  # not backslash-escapable; an entity stops a setext heading
        return f"{lead}&#61;{rest}"
    return f"{lead}\\{marker}{rest}"


@dataclass
class Converted:
    """Markdown from an HTML fragment, and what could not be carried over."""

    markdown: str
    removed: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)


@dataclass
class _Frame:
    """An open element that collects what is inside it."""

    tag: str
    parts: list[str] = field(default_factory=list)  # inline text of the current block
    blocks: list[str] = field(default_factory=list)  # finished blocks inside this element
    items: list[str] = field(default_factory=list)  # finished list items (ul/ol)


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Frame] = [_Frame("#root")]
        self.skip_depth = 0
        self.pre_depth = 0
        self.result = Converted("")

    # -- helpers ----------------------------------------------------------------------------

    @property
    def top(self) -> _Frame:
        return self.stack[-1]

    def note(self, what: str) -> None:
        if what not in self.result.removed:
            self.result.removed.append(what)

    def flush(self) -> None:
        """End the inline run of the innermost block container as a paragraph."""
        frame = self._container()
        text = "".join(frame.parts)
        frame.parts.clear()
        if self.pre_depth:
            block = "\n".join("    " + line for line in text.strip("\n").split("\n"))
            if text.strip():
                frame.blocks.append(block)
            return
        lines = [" ".join(line.split()) for line in text.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            frame.blocks.append("<br>\n".join(lines))

    def _container(self) -> _Frame:
        for frame in reversed(self.stack):
            if frame.tag in _CONTAINERS:
                return frame
        return self.stack[0]

    def emit(self, text: str) -> None:
        self.top.parts.append(text)

    # -- parser callbacks -------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_depth:
            if tag not in _VOID:
                self.skip_depth += 1
            return
        attr = dict(attrs)
        if tag in _DROP_WITH_CONTENT:
            self._drop(tag, attr.get("src") or attr.get("data") or "")
        elif tag == "br":
            self.emit("\n")
        elif tag == "img":
            self._image(attr.get("src") or "")
        elif tag == "hr":
            self._open_block(tag)
            self._close_block(tag)
        elif tag in _CONTAINERS:
            self._open_block(tag)
        elif tag not in _VOID:
            self._open_inline(tag, attr.get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if self.skip_depth:
            if tag not in _VOID:
                self.skip_depth -= 1
            return
        if tag in _VOID:  # never open (hr is closed as it opens)
            return
        if not any(frame.tag == tag for frame in self.stack[1:]):
            return  # a stray end tag
        while self.top.tag != tag:
            self._close(self.top.tag)
        self._close(tag)

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.pre_depth:
            self.emit(data.replace("\r\n", "\n"))
            return
        self.emit(escape_markdown(_SPACES.sub(" ", data)))

    # -- what is dropped ---------------------------------------------------------------------

    def _drop(self, tag: str, src: str) -> None:
        """Skip the element and all inside it (until its end tag), naming it."""
        self.note(f"<{tag}>" + (f" {src}" if src else ""))
        if src:
            self.result.images.append(src)
        if tag not in _VOID:
            self.skip_depth = 1

    def _image(self, src: str) -> None:
        self.note(f"image {src}" if src else "<img>")
        if src:
            self.result.images.append(src)

    # -- structure --------------------------------------------------------------------------

    def _open_inline(self, tag: str, href: str) -> None:
        if tag == "a":
            if href and href not in self.result.links:
                self.result.links.append(href)
        elif tag not in _INLINE:
            self.note(f"<{tag}>")
        self.stack.append(_Frame(tag))

    def _open_block(self, tag: str) -> None:
        # A new block ends any inline element left open (`<b>bold<p>next`) and, as browsers
        # do, an open paragraph (`<p>one<p>two`) or list item (`<li>one<li>two`).
        while self.top.tag not in _CONTAINERS:
            self._close_inline(self.top.tag)
        if tag == "p" and self.top.tag == "p":
            self._close_block("p")
        if tag == "li":
            for frame in reversed(self.stack):
                if frame.tag in _LISTS:
                    break
                if frame.tag == "li":
                    while self.top.tag != "li":
                        self._close(self.top.tag)
                    self._close_block("li")
                    break
        self.flush()
        if tag == "pre":
            self.pre_depth += 1
        self.stack.append(_Frame(tag))

    def _close(self, tag: str) -> None:
        if tag in _CONTAINERS:
            self._close_block(tag)
        else:
            self._close_inline(tag)

    def _close_inline(self, tag: str) -> None:
        frame = self.stack.pop()
        content = "".join(frame.parts)
        if tag in _CELLS:
            content += " "
        core = content.strip()
        if not core or "\n" in core or self.pre_depth:
            self.top.parts.append(content)
            return
        lead = content[: len(content) - len(content.lstrip())]
        trail = content[len(content.rstrip()) :]
        opening, closing = _INLINE.get(tag, ("", ""))
        self.top.parts.append(f"{lead}{opening}{core}{closing}{trail}")

    def _close_block(self, tag: str) -> None:
        self.flush()
        frame = self.stack.pop()
        if tag == "pre":
            self.pre_depth -= 1
        parent = self._container()
        if tag == "li":
            self._close_item(frame, parent)
        else:
            parent.blocks.extend(_BLOCK_TEXT.get(tag, _inner_blocks)(frame))

    def _close_item(self, frame: _Frame, parent: _Frame) -> None:
        """A list item goes to its list; one outside any list becomes a list of its own."""
        text = ""
        for block in frame.blocks:  # a list inside an item stays tight under it
            joiner = "\n" if _LIST_BLOCK.match(block) else "\n\n"
            text = f"{text}{joiner}{block}" if text else block
        if not text:
            return
        owner = next((f for f in reversed(self.stack) if f.tag in _LISTS), None)
        if owner is None:
            parent.blocks.append("- " + text)
        else:
            owner.items.append(text)

    def finish(self) -> Converted:
        self.close()
        while len(self.stack) > 1:
            self._close(self.top.tag)
        self.flush()
        self.result.markdown = "\n\n".join(b for b in self.stack[0].blocks if b.strip())
        return self.result


def _list_text(frame: _Frame) -> list[str]:
    items = frame.items
    if frame.blocks:  # text directly inside a list, outside any item
        items = [*items, *frame.blocks]
    lines = []
    for number, item in enumerate(items, start=1):
        marker = f"{number}. " if frame.tag == "ol" else "- "
        first, *rest = item.split("\n")
        lines.append(marker + first)
        lines.extend(("    " + line) if line else "" for line in rest)
    return ["\n".join(lines)] if lines else []


def _quote_text(frame: _Frame) -> list[str]:
    quoted = "\n>\n".join(
        "\n".join(("> " + line) if line else ">" for line in block.split("\n"))
        for block in frame.blocks
    )
    return [quoted] if quoted else []


def _heading_text(frame: _Frame) -> list[str]:
    text = "\n".join(frame.blocks)
    if not text:
        return []
    return [f"**{text}**" if "\n" not in text else text]


def _inner_blocks(frame: _Frame) -> list[str]:
    return frame.blocks


# What a closed block element leaves in its parent (`_inner_blocks` for the others); list
# items are added to their list's items instead.
_BLOCK_TEXT: dict[str, Callable[[_Frame], list[str]]] = {
    "ul": _list_text,
    "ol": _list_text,
    "blockquote": _quote_text,
    **dict.fromkeys(_HEADINGS, _heading_text),
}


def html_to_markdown(fragment: str) -> Converted:
    """Convert an HTML fragment (or plain text) to Markdown that `exhibit check` accepts."""
    simple = _paragraphs_markdown(fragment)
    result = _parsed_markdown(fragment) if simple is None else Converted(simple)
    result.markdown = safe_markdown(result.markdown)
    return result


def _parsed_markdown(fragment: str) -> Converted:
    converter = _Converter()
    converter.feed(fragment)
    return converter.finish()


def _paragraphs_markdown(fragment: str) -> str | None:
    """Plain text, or `<p>` paragraphs of it, as the parser would convert them; None for
    any other HTML (or a character reference)."""
    if "&" in fragment:
        return None
    if "<" not in fragment:
        paragraphs = [fragment]
    elif _PARAGRAPHS.fullmatch(fragment):
        paragraphs = _PARAGRAPH.findall(fragment)
    else:
        return None
    blocks = (escape_markdown(" ".join(text.split())) for text in paragraphs)
    return "\n\n".join(block for block in blocks if block)


@lru_cache(maxsize=4096)
def _rendered(source: str) -> RichText:
    """`source` rendered without pictures; an import measures the same text several times."""
    return render_markdown(source, lambda _src: None)


def markdown_plain(source: str) -> str:
    """The visible text of Markdown, as the loader measures it against a budget."""
    return _rendered(source).plain


def safe_markdown(source: str) -> str:
    """`source` if the sanitiser keeps all of it, else its visible text, escaped."""
    rich = _rendered(source)
    if not rich.removed:
        return source
    return "\n\n".join(escape_markdown(line) for line in rich.plain.split("\n"))


def html_to_plain(fragment: str) -> tuple[str, Converted]:
    """One line of plain text from an HTML fragment, and what the conversion dropped."""
    if "<" not in fragment and "&" not in fragment:  # no markup: the words themselves
        words = " ".join(fragment.split())
        return words, Converted(escape_markdown(words))
    converted = html_to_markdown(fragment)
    return " ".join(markdown_plain(converted.markdown).split()), converted


def trim_plain(text: str, budget: int) -> tuple[str, bool]:
    """`text` cut at a word boundary to at most `budget` characters, ending in an ellipsis."""
    text = text.strip()
    if len(text) <= budget:
        return text, False
    cut = text[: budget - len(ELLIPSIS) + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space >= budget // 2 else cut[: budget - len(ELLIPSIS)]
    return cut.rstrip(" ,;:.-–—") + ELLIPSIS, True


def fit_markdown(source: str, budget: int) -> tuple[str, bool]:
    """Markdown whose visible text fits `budget`: whole blocks first, then one block trimmed
    at a word boundary (as plain text) with an ellipsis."""
    if len(markdown_plain(source)) <= budget:
        return source, False
    blocks = [block for block in source.split("\n\n") if block.strip()]
    kept: list[str] = []
    for block in blocks:
        if len(markdown_plain("\n\n".join([*kept, block]))) > budget:
            break
        kept.append(block)
    overflow = " ".join(markdown_plain(blocks[len(kept)]).split())
    used = len(markdown_plain("\n\n".join(kept))) + 1 if kept else 0
    room = budget - used
    while room > 0:
        if room >= MIN_TRIMMED or not kept:
            tail = escape_markdown(trim_plain(overflow, room)[0])
            candidate = "\n\n".join([*kept, tail])
        else:  # too little room for a useful piece of the next block: end the kept ones
            candidate = "\n\n".join(kept) + " " + ELLIPSIS
        length = len(markdown_plain(candidate))
        if length <= budget:
            return candidate, True
        room -= length - budget
    return escape_markdown(trim_plain(markdown_plain(source), budget)[0]), True
