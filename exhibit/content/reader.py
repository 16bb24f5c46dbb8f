"""Read the values of content files' keys by their declared type, reporting every problem.

`FieldReader` knows one reader per `fields.FieldType` and where each problem is (file, line,
column); `loader.py` walks the files and uses it for every mapping it meets.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exhibit.content.avfile import AUDIO_SUFFIXES, Probe, media_problem
from exhibit.content.dates import DateError, HistDate, parse_date
from exhibit.content.errors import Problem, Severity
from exhibit.content.fields import IMAGES, Field
from exhibit.content.markup import render_markdown
from exhibit.content.media import image_problem
from exhibit.content.model import Captions, Cue, ScanPages
from exhibit.content.paths import PathRefused, resolve_inside
from exhibit.content.pdffile import MAX_SCAN_PAGES, PDF_SUFFIX, page_range, pdf_problem
from exhibit.content.text import EMPTY, LocalText
from exhibit.content.webvtt import VttError, read_vtt
from exhibit.content.yamlfile import Node, YamlProblem, read_text

COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
"""A slide background's colour, as content writes it."""
NO_CAPTIONS = "none"  # `captions: none`: a sound track without words (with a reason)

MAX_MARKDOWN_BYTES = 256_000
# Kept in step with the JSON Schema (schema.py reads them from here).
ID_PATTERN = r"^[a-z0-9][a-z0-9_\-]*$"
LANGUAGE_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"
_ID = re.compile(ID_PATTERN)
LANGUAGE = re.compile(LANGUAGE_PATTERN)


@dataclass
class Ref:
    """A reference to check once everything is loaded."""

    target: str
    file: str
    node: Node
    what: str


PdfRef = tuple[Ref, int, int]
"""A PDF used as a scan, where, and the pages it shows (first, last; last 0: to the end)."""


class FieldReader:
    """Reads values and collects problems for one exhibit folder."""

    def __init__(self, root: Path, label: str) -> None:
        self.root = root
        self.label = label
        self.problems: list[Problem] = []
        self.file = ""
        self.languages: tuple[str, ...] = ("en",)
        self.event_refs: list[Ref] = []
        self.source_refs: list[Ref] = []
        self.slide_refs: list[Ref] = []
        self.hidden_files: set[str] = set()
        self.pictures: list[Ref] = []  # every picture used, where (for `check`'s trial decode)
        self.media: list[Ref] = []  # every video and sound file used, likewise
        self.pdfs: list[PdfRef] = []  # every PDF of scanned pages, with the pages shown
        self._markdown_node: Node | None = None
        self.readers: dict[str, Callable[[Node, Field, str], Any]] = {
            "plain": lambda node, f, what: self.text(node, what, f.budget),
            "markdown": lambda node, f, what: self.markdown(node, what, f.budget),
            "markdown_file": lambda node, f, what: self.markdown_file(node, what, f.budget),
            "image": lambda node, f, what: self.image(node, what),
            "path": lambda node, f, what: self.path(node, what, must_exist=True),
            "files": lambda node, f, what: self.path_list(node, what),
            "date": lambda node, f, what: self.date(node, what),
            "number": lambda node, f, what: self.number(node, what, f.maximum),
            "id": lambda node, f, what: self.ident(node, what),
            "source": lambda node, f, what: self.reference(node, "source", self.source_refs),
            "events": lambda node, f, what: self.id_list(node, what, self.event_refs),
            "slides": lambda node, f, what: self.id_list(node, what, self.slide_refs),
            "url": lambda node, f, what: self.url(node, what, f.budget),
            "background": lambda node, f, what: self.background(node, what),
            "media": lambda node, f, what: self.media_file(node, what),
            "poster": lambda node, f, what: self.image(node, what),
            "captions": lambda node, f, what: self.captions(node, what),
            "flag": lambda node, f, what: self.flag(node, what),
            "seconds": lambda node, f, what: self.seconds(node, what),
            "pictures": lambda node, f, what: self.picture_list(node, what),
        }

    # -- reporting -------------------------------------------------------------------------

    def display(self, path: Path) -> str:
        """A path as curators see it: the exhibit label, then the path inside the folder."""
        rel: Path | None = None
        for inside, root in (
            (path.absolute(), self.root.absolute()),
            (path.resolve(), self.root.resolve()),
        ):
            if inside.is_relative_to(root):
                rel = inside.relative_to(root)
                break
        if rel is None:
            return str(path)
        return f"{self.label.rstrip('/')}/{rel.as_posix()}" if self.label else rel.as_posix()

    def report(
        self,
        message: str,
        line: int = 1,
        column: int = 1,
        severity: Severity = "error",
        file: str | None = None,
    ) -> None:
        self.problems.append(Problem(file or self.file, line, column, message, severity))

    def at(self, node: Node, message: str, severity: Severity = "error") -> None:
        self.report(message, node.line, node.column, severity)

    # -- mappings --------------------------------------------------------------------------

    def keys(
        self, node: Node, required: set[str], optional: set[str], where: str
    ) -> dict[str, Node]:
        """Check a mapping's keys: unknown (with a suggestion) and missing ones."""
        if not isinstance(node.value, dict):
            self.at(node, f"{where} must be a mapping of keys")
            return {}
        allowed = required | optional
        for name, child in node.value.items():
            if name not in allowed:
                hint = difflib.get_close_matches(name, sorted(allowed), n=1, cutoff=0.6)
                suggestion = f"; did you mean '{hint[0]}'?" if hint else ""
                line, column = node.keys.get(name, (child.line, child.column))
                self.report(f"unknown key '{name}' in {where}{suggestion}", line, column)
        for name in sorted(required - node.value.keys()):
            self.at(node, f"{where} is missing required key '{name}'")
        return {k: v for k, v in node.value.items() if k in allowed}

    def values(
        self, present: dict[str, Node], table: tuple[Field, ...], prefix: str = ""
    ) -> dict[str, Any]:
        """Every present key's value read by its type, by the model's name for it; a value
        that cannot be used is None. Structure keys are left to the caller. A picture given
        as a language map adds its pictures by language as `fields.IMAGES`."""
        out: dict[str, Any] = {}
        for f in table:
            if f.key in present and f.type != "structure":
                what = f"{prefix} {f.key}" if prefix else f.key
                if f.type == "image" and isinstance(present[f.key].value, dict):
                    out[f.name], out[IMAGES] = self.image_map(present[f.key], what)
                else:
                    out[f.name] = self.readers[f.type](present[f.key], f, what)
        return out

    def table(
        self, node: Node, table: tuple[Field, ...], where: str, prefix: str = ""
    ) -> tuple[dict[str, Node], dict[str, Any]]:
        """A mapping checked against `table`: its key nodes, and its values (see `values`)."""
        required = {f.key for f in table if f.required}
        present = self.keys(node, required, {f.key for f in table} - required, where)
        return present, self.values(present, table, prefix)

    # -- values ----------------------------------------------------------------------------

    def ident(self, node: Node, what: str) -> str | None:
        if isinstance(node.value, bool) or not isinstance(node.value, str | int):
            self.at(node, f"{what} must be a word like 'vancouver-summit'")
            return None
        value = str(node.value)
        if not _ID.match(value):
            self.at(node, f"{what} '{value}' may use only a-z, 0-9, '-' and '_'")
            return None
        return value

    def string(self, node: Node, what: str) -> str | None:
        if not isinstance(node.value, str):
            self.at(node, f"{what} must be text")
            return None
        return node.value

    def url(self, node: Node, what: str, budget: int | None) -> str | None:
        value = self.string(node, what)
        if value is not None and budget is not None and len(value) > budget:
            self.at(node, f"{what} is {len(value)} characters; at most {budget} are allowed")
            return None
        return value

    def number(self, node: Node, what: str, maximum: float | None = None) -> float | None:
        """A finite number above 0 and at most `maximum`."""
        value = node.value
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            self.at(node, f"{what} must be a number")
            return None
        if value <= 0:
            self.at(node, f"{what} must be greater than 0")
            return None
        if value > (maximum if maximum is not None else 1e9):
            self.at(node, f"{what} must be at most {maximum if maximum is not None else 1e9:g}")
            return None
        return float(value)

    def date(self, node: Node, what: str) -> HistDate | None:
        try:
            return parse_date(node.value)
        except DateError as exc:
            self.at(node, f"{what}: {exc}")
            return None

    def text(self, node: Node, what: str, budget: int | None = None) -> LocalText:
        """A plain text field: one string or a map of language to string."""
        pairs = self._language_pairs(node, what)
        for lang, text, child in pairs:
            if budget is not None and len(text) > budget:
                self.at(child, self._too_long(what, len(text), budget, lang))
        return LocalText(tuple((lang, text) for lang, text, _ in pairs))

    def markdown(self, node: Node, what: str, budget: int | None, base_file: str = "") -> LocalText:
        """A Markdown field, rendered and sanitised; removed HTML is an error."""
        pairs = self._language_pairs(node, what)
        out: list[tuple[str, str]] = []
        for lang, source, child in pairs:
            self._markdown_node = child
            rich = render_markdown(source, self.image_url)
            if rich.removed:
                self.report(
                    f"{what}: HTML the exhibit cannot show was removed: {', '.join(rich.removed)}",
                    child.line,
                    child.column,
                    file=base_file or None,
                )
            if budget is not None and len(rich.plain) > budget:
                self.report(
                    self._too_long(what, len(rich.plain), budget, lang),
                    child.line,
                    child.column,
                    file=base_file or None,
                )
            out.append((lang, rich.html))
        return LocalText(tuple(out))

    def markdown_file(self, node: Node, what: str, budget: int | None) -> LocalText | None:
        """A Markdown field stored in its own .md file, or one .md file per language
        (`{en: story.md, ru: story-ru.md}`; a language without one is a warning)."""
        if not isinstance(node.value, dict):
            return self.one_markdown_file(node, what, budget)
        pairs: list[tuple[str, str]] = []
        broken = False
        for lang, child in node.value.items():
            if not self.known_language(node, lang, child, what):
                continue
            text = self.one_markdown_file(child, f"{what} ({lang})", budget)
            broken = broken or text is None
            pairs.extend((lang, html) for _, html in (text or EMPTY).values)
        for lang in self.languages:
            if lang not in node.value:
                self.at(node, f"{what}: missing '{lang}' translation", "warning")
        if not pairs and not broken:
            self.at(node, f"{what}: the map names no file")
        return None if broken or not pairs else LocalText(tuple(pairs))

    def one_markdown_file(self, node: Node, what: str, budget: int | None) -> LocalText | None:
        """A Markdown field stored in one .md file."""
        text = self.string(node, what)
        if text is None:
            return None
        path = self.path(node, what, must_exist=True)
        if path is None:
            return None
        if path.suffix.lower() != ".md":
            self.at(node, f"{what} must name a .md file")
            return None
        try:
            source = read_text(path, MAX_MARKDOWN_BYTES)
        except YamlProblem as exc:
            self.report(exc.message, exc.line, exc.column, file=self.display(path))
            return EMPTY
        md_node = Node(source, 1, 1)
        return self.markdown(md_node, what, budget, base_file=self.display(path))

    def known_language(self, node: Node, lang: str, child: Node, what: str) -> bool:
        """Whether a language map's key is one of the exhibit's languages (else reported)."""
        if lang in self.languages:
            return True
        line, column = node.keys.get(lang, (child.line, child.column))
        self.report(
            f"{what}: language '{lang}' is not in the exhibit's languages "
            f"({', '.join(self.languages)})",
            line,
            column,
        )
        return False

    def _language_pairs(self, node: Node, what: str) -> list[tuple[str, str, Node]]:
        if isinstance(node.value, str):
            return [("", node.value, node)]
        if isinstance(node.value, dict):
            pairs: list[tuple[str, str, Node]] = []
            for lang, child in node.value.items():
                if not self.known_language(node, lang, child, what):
                    continue
                if not isinstance(child.value, str):
                    self.at(child, f"{what} ({lang}) must be text")
                    continue
                pairs.append((lang, child.value, child))
            for lang in self.languages:
                if lang not in node.value:
                    self.at(node, f"{what}: missing '{lang}' translation", "warning")
            return pairs
        self.at(node, f"{what} must be text, or a map of language to text")
        return []

    @staticmethod
    def _too_long(what: str, length: int, budget: int, lang: str) -> str:
        lang_note = f" ({lang})" if lang else ""
        return (
            f"{what}{lang_note} is {length} characters; at most {budget} fit "
            f"on a slide at kiosk size"
        )

    def path(self, node: Node, what: str, must_exist: bool) -> Path | None:
        text = self.string(node, what)
        if text is None:
            return None
        try:
            path = resolve_inside(self.root, text)
        except PathRefused as exc:
            self.at(node, f"{what}: {exc}")
            return None
        try:
            missing = must_exist and not path.is_file()
        except OSError as exc:  # a name too long for the system, a folder it may not read
            self.at(node, f"{what}: file '{text}' cannot be used ({exc.strerror or exc})")
            return None
        if missing:
            self.at(node, f"{what}: file '{text}' does not exist")
            return None
        self.note_hidden(path)
        return path

    def path_list(self, node: Node, what: str) -> tuple[Path, ...] | None:
        """One existing file, or a list of them with none named twice; None when any of
        them cannot be used (each problem reported)."""
        if not isinstance(node.value, list):
            path = self.path(node, what, must_exist=True)
            return None if path is None else (path,)
        if not node.value:
            self.at(node, f"{what} is an empty list; name at least one file, or leave it out")
            return None
        paths: dict[Path, Node] = {}
        usable = True
        for item in node.value:
            path = self.path(item, what, must_exist=True)
            if path is None:
                usable = False
            elif path in paths:
                self.at(item, f"{what}: '{item.value}' is listed twice (first at line "
                        f"{paths[path].line})")
                usable = False
            else:
                paths[path] = item
        return tuple(paths) if usable else None

    def note_hidden(self, path: Path) -> None:
        """Remember a used file the folder's fingerprint would skip (a '.' name on its way)."""
        relative = path.relative_to(self.root.resolve())
        if any(part.startswith(".") for part in relative.parts):
            self.hidden_files.add(relative.as_posix())

    def image(self, node: Node, what: str) -> Path | None:
        path = self.path(node, what, must_exist=False)
        if path is None:
            return None
        problem = image_problem(path)
        if problem:
            self.at(node, f"{what}: {problem}")
            return None
        self.note_hidden(path)
        self.pictures.append(Ref(str(path), self.file, node, what))
        return path

    def background(self, node: Node, what: str) -> str | None:
        """A slide's background: a colour '#RRGGBB' as written, or a picture's path."""
        value = node.value
        if isinstance(value, str) and value.startswith("#"):
            if COLOUR.fullmatch(value):
                return value.lower()
            self.at(node, f"{what}: colour {value!r} is not #RRGGBB (e.g. #2b4162)")
            return None
        path = self.image(node, what)
        return None if path is None else str(path)

    def image_map(self, node: Node, what: str) -> tuple[Path | None, LocalText | None]:
        """A picture per language (`{en: a.svg, ru: a-ru.svg}`), for artwork holding text:
        the first listed language's picture, and every language's path. A language of the
        exhibit without a picture is a warning (its visitors see another language's)."""
        pictures: list[tuple[str, str]] = []
        broken = False
        given = node.value if isinstance(node.value, dict) else {}
        for lang, child in given.items():
            if not self.known_language(node, lang, child, what):
                continue
            path = self.image(child, f"{what} ({lang})")
            if path is None:
                broken = True
            else:
                pictures.append((lang, str(path)))
        for lang in self.languages:
            if lang not in given:
                self.at(node, f"{what}: no '{lang}' picture; add one with its text in '{lang}'",
                        "warning")
        if broken:
            return None, None
        if not pictures:
            self.at(node, f"{what}: the map names no picture")
            return None, None
        by_lang = dict(pictures)
        first = next(lang for lang in self.languages if lang in by_lang)
        return Path(by_lang[first]), LocalText(tuple(pictures))

    def image_url(self, src: str) -> str | None:
        """Resolver for <img> in Markdown: local existing images only, as file URLs."""
        try:
            path = resolve_inside(self.root, src)
        except PathRefused:
            return None
        if image_problem(path):
            return None
        self.note_hidden(path)
        if self._markdown_node is not None:
            self.pictures.append(Ref(str(path), self.file, self._markdown_node, "image"))
        return path.as_uri()

    def media_file(self, node: Node, what: str) -> tuple[Path, Probe] | None:
        """A video or sound file inside the folder, probed: its path and what it holds."""
        path = self.path(node, what, must_exist=False)
        if path is None:
            return None
        want = "audio" if path.suffix.lower() in AUDIO_SUFFIXES else "video"
        probe = media_problem(path, want)
        if isinstance(probe, str):
            self.at(node, f"{what}: {probe}")
            return None
        self.note_hidden(path)
        self.media.append(Ref(str(path), self.file, node, what))
        return path, probe

    def captions(self, node: Node, what: str) -> tuple[Captions, ...] | str | None:
        """WebVTT files: one for every language, or one per language; or `none`."""
        if node.value == NO_CAPTIONS:
            return NO_CAPTIONS
        if isinstance(node.value, dict):
            tracks: list[Captions] = []
            for lang, child in node.value.items():
                if not self.known_language(node, lang, child, what):
                    continue
                track = self.vtt(child, f"{what} ({lang})", lang)
                if track is None:
                    return None
                tracks.append(track)
            return tuple(tracks) if tracks else None
        track = self.vtt(node, what, "")
        return None if track is None else (track,)

    def vtt(self, node: Node, what: str, lang: str) -> Captions | None:
        path = self.path(node, what, must_exist=True)
        if path is None:
            return None
        if path.suffix.lower() != ".vtt":
            self.at(node, f"{what} must name a WebVTT (.vtt) file, or be 'none'")
            return None
        try:
            cues = read_vtt(path)
        except VttError as exc:
            self.report(exc.message, exc.line, 1, file=self.display(path))
            return None
        except OSError as exc:
            self.at(node, f"{what}: '{path.name}' cannot be read ({exc.strerror or exc})")
            return None
        if not cues:
            self.report("captions file holds no cues", 1, 1, file=self.display(path))
            return None
        self.note_hidden(path)
        return Captions(lang, path, tuple(Cue(c.start, c.end, c.text) for c in cues))

    def picture_list(self, node: Node, what: str) -> tuple[ScanPages, ...] | None:
        """A document's real pages: a picture or a PDF, or a list of them, in order, each
        checked (a PDF as `{file: x.pdf, pages: 2-4}` shows only those pages)."""
        items = [node] if isinstance(node.value, str | dict) else node.value
        if not isinstance(items, list) or not items:
            self.at(node, f"{what} must be a list of pictures or PDFs, one a page")
            return None
        scans = [self.scan_item(item, f"{what} page {n}") for n, item in enumerate(items, 1)]
        if None in scans:
            return None
        shown = [s for s in scans if s is not None]
        counted = sum((s.last - s.first + 1) if s.last else 1 for s in shown)
        if counted > MAX_SCAN_PAGES:
            self.at(node, f"{what} shows {counted} pages; at most {MAX_SCAN_PAGES} fit one slide")
            return None
        return tuple(shown)

    def scan_item(self, node: Node, what: str) -> ScanPages | None:
        """One picture, a whole PDF, or `{file: x.pdf, pages: 2-4}`."""
        if isinstance(node.value, dict):
            present = self.keys(node, {"file"}, {"pages"}, what)
            if "file" not in present:
                return None
            pages = present.get("pages")
            return self.pdf(present["file"], what, pages)
        text = node.value if isinstance(node.value, str) else ""
        if text.lower().endswith(PDF_SUFFIX):
            return self.pdf(node, what, None)
        path = self.image(node, what)
        return None if path is None else ScanPages(path)

    def pdf(self, node: Node, what: str, pages: Node | None) -> ScanPages | None:
        """A PDF inside the folder, checked whole and not encrypted, and its pages to show."""
        span = (1, 0) if pages is None else page_range(pages.value)
        if isinstance(span, str):
            self.at(pages or node, f"{what}: {span}")
            return None
        path = self.path(node, what, must_exist=False)
        if path is None:
            return None
        if path.suffix.lower() != PDF_SUFFIX:
            self.at(node, f"{what}: pages can be chosen only from a PDF")
            return None
        problem = pdf_problem(path)
        if problem:
            self.at(node, f"{what}: {problem}")
            return None
        self.pdfs.append((Ref(str(path), self.file, pages or node, what), *span))
        return ScanPages(path, *span)

    def flag(self, node: Node, what: str) -> bool | None:
        if not isinstance(node.value, bool):
            self.at(node, f"{what} must be true or false")
            return None
        return node.value

    def seconds(self, node: Node, what: str) -> float | None:
        """A number of seconds, 0 or more (at most an hour)."""
        if node.value == 0 and not isinstance(node.value, bool):
            return 0.0
        return self.number(node, what, 3_600.0)

    def id_list(self, node: Node, what: str, refs: list[Ref]) -> tuple[str, ...] | None:
        if not isinstance(node.value, list):
            self.at(node, f"{what} must be a list of ids")
            return None
        ids: list[str] = []
        for item in node.value:
            value = self.ident(item, what)
            if value is not None:
                ids.append(value)
                refs.append(Ref(value, self.file, item, what))
        return tuple(ids)

    def reference(self, node: Node, what: str, refs: list[Ref]) -> str | None:
        value = self.ident(node, what)
        if value is not None:
            refs.append(Ref(value, self.file, node, what))
        return value

    def items(self, node: Node, what: str) -> list[Node]:
        if not isinstance(node.value, list):
            self.at(node, f"{what} must be a list")
            return []
        return node.value
