"""Load an exhibit folder into the model, collecting every problem with its file and line."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exhibit.content.dates import DateError, HistDate, parse_date
from exhibit.content.errors import ContentError, Problem, Severity
from exhibit.content.markup import render_markdown
from exhibit.content.media import image_problem
from exhibit.content.model import (
    SLIDE_KINDS,
    Credit,
    Era,
    Event,
    Exhibit,
    KioskSettings,
    Section,
    Slide,
    Source,
    Timeline,
)
from exhibit.content.paths import PathRefused, resolve_inside
from exhibit.content.text import EMPTY, LocalText
from exhibit.content.yamlfile import Node, YamlProblem, load_yaml, read_text

MAX_MARKDOWN_BYTES = 256_000
ROOT_FILE = "exhibit.yaml"
SECTION_FILE = "section.yaml"

_ID = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")

# Character budgets per language, so text fits a slide at kiosk size.
BUDGETS = {
    "title": 90,
    "subtitle": 160,
    "caption": 240,
    "text": 360,
    "body": 1100,
    "excerpt": 800,
    "alt": 300,
    "context": 160,
    "speaker": 80,
    "role": 120,
    "classification": 60,
    "citation": 240,
    "sender": 120,
    "recipient": 120,
    "credit": 160,
}

COMMON_SLIDE_KEYS = {"id", "kind", "caption", "notes", "notes_file", "duration", "events"}
KIND_KEYS: dict[str, tuple[set[str], set[str]]] = {
    # kind: (required, optional)
    "title": ({"title"}, {"subtitle", "image", "alt"}),
    "image": ({"image", "alt", "credit"}, {"title"}),
    "quote": ({"text", "speaker", "date", "source"}, {"role", "context", "language_note"}),
    "text": ({"title"}, {"body", "body_file"}),
    "document": (
        {"title", "excerpt", "classification", "source", "date"},
        {"from", "to", "citation", "language_note"},
    ),
    "credits": (set(), {"title"}),
}
EXHIBIT_KEYS = {
    "title",
    "subtitle",
    "languages",
    "default_language",
    "sections",
    "timeline",
    "sources",
    "credits",
    "kiosk",
    "presentation",
}
SECTION_KEYS = {"id", "title", "subtitle", "minutes", "slides"}
TIMELINE_KEYS = {"events", "eras"}
EVENT_KEYS = {"id", "date", "end", "title", "text", "display_date"}
ERA_KEYS = {"id", "title", "start", "end"}
SOURCE_KEYS = {"id", "title", "author", "date", "publisher", "url"}
CREDIT_KEYS = {"role", "name"}
KIOSK_KEYS = {"idle_timeout", "auto_advance", "attract_slides"}
PRESENTATION_KEYS = {"minutes"}


@dataclass
class CheckResult:
    """What `check` found: the exhibit when it loaded, and every problem."""

    exhibit: Exhibit | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        return self.exhibit is not None and not self.errors


@dataclass
class _Ref:
    """A reference to check once everything is loaded."""

    target: str
    file: str
    node: Node
    what: str


class _Loader:
    def __init__(self, root: Path, label: str) -> None:
        self.root = root
        self.label = label
        self.problems: list[Problem] = []
        self.file = ""
        self.languages: tuple[str, ...] = ("en",)
        self.event_refs: list[_Ref] = []
        self.source_refs: list[_Ref] = []
        self.slide_refs: list[_Ref] = []
        self.slide_ids: dict[str, tuple[str, Node]] = {}

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

    def at_key(self, node: Node, message: str) -> None:
        line = node.key_line or node.line
        column = node.key_column or node.column
        self.report(message, line, column)

    # -- reading files ---------------------------------------------------------------------

    def read(self, path: Path) -> Node | None:
        self.file = self.display(path)
        if not path.resolve().is_relative_to(self.root.resolve()):
            self.report(
                "this file leads outside the exhibit folder (through a link); it was not read"
            )
            return None
        try:
            node = load_yaml(path)
        except YamlProblem as exc:
            self.report(exc.message, exc.line, exc.column)
            return None
        if node is None:
            self.report("file is empty")
        elif not node.is_map:
            self.at(node, "expected a mapping of keys at the top of the file")
            return None
        return node

    # -- shape checks ----------------------------------------------------------------------

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

    def number(self, node: Node, what: str, minimum: float = 0) -> float | None:
        value = node.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.at(node, f"{what} must be a number")
            return None
        if value <= minimum:
            self.at(node, f"{what} must be greater than {minimum:g}")
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

    def markdown_file(self, node: Node, what: str, budget: int | None) -> LocalText:
        """A Markdown field stored in its own .md file."""
        text = self.string(node, what)
        if text is None:
            return EMPTY
        path = self.path(node, what, must_exist=True)
        if path is None:
            return EMPTY
        if path.suffix.lower() != ".md":
            self.at(node, f"{what} must name a .md file")
            return EMPTY
        try:
            source = read_text(path, MAX_MARKDOWN_BYTES)
        except YamlProblem as exc:
            self.report(exc.message, exc.line, exc.column, file=self.display(path))
            return EMPTY
        md_node = Node(source, 1, 1)
        return self.markdown(md_node, what, budget, base_file=self.display(path))

    def _language_pairs(self, node: Node, what: str) -> list[tuple[str, str, Node]]:
        if isinstance(node.value, str):
            return [("", node.value, node)]
        if isinstance(node.value, dict):
            pairs: list[tuple[str, str, Node]] = []
            for lang, child in node.value.items():
                line, column = node.keys.get(lang, (child.line, child.column))
                if lang not in self.languages:
                    self.report(
                        f"{what}: language '{lang}' is not in the exhibit's languages "
                        f"({', '.join(self.languages)})",
                        line,
                        column,
                    )
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
        if must_exist and not path.is_file():
            self.at(node, f"{what}: file '{text}' does not exist")
            return None
        return path

    def image(self, node: Node, what: str) -> Path | None:
        path = self.path(node, what, must_exist=False)
        if path is None:
            return None
        problem = image_problem(path)
        if problem:
            self.at(node, f"{what}: {problem}")
            return None
        return path

    def image_url(self, src: str) -> str | None:
        """Resolver for <img> in Markdown: local existing images only, as file URLs."""
        try:
            path = resolve_inside(self.root, src)
        except PathRefused:
            return None
        if image_problem(path):
            return None
        return path.as_uri()

    def id_list(self, node: Node, what: str, refs: list[_Ref]) -> tuple[str, ...]:
        if not isinstance(node.value, list):
            self.at(node, f"{what} must be a list of ids")
            return ()
        ids: list[str] = []
        for item in node.value:
            value = self.ident(item, what)
            if value is not None:
                ids.append(value)
                refs.append(_Ref(value, self.file, item, what))
        return tuple(ids)

    def items(self, node: Node, what: str) -> list[Node]:
        if not isinstance(node.value, list):
            self.at(node, f"{what} must be a list")
            return []
        return node.value

    # -- the files -------------------------------------------------------------------------

    def load(self) -> Exhibit | None:
        root_path = self.root / ROOT_FILE
        if not root_path.is_file():
            self.report(
                f"no {ROOT_FILE} here; an exhibit folder holds {ROOT_FILE} at its top",
                file=self.display(root_path),
            )
            return None
        node = self.read(root_path)
        if node is None:
            return None
        root_file = self.file
        fields = self.keys(
            node, {"title", "sections"}, EXHIBIT_KEYS - {"title", "sections"}, ROOT_FILE
        )
        self.languages, default_language = self.read_languages(fields)
        title = (
            self.text(fields["title"], "title", BUDGETS["title"]) if "title" in fields else EMPTY
        )
        subtitle = (
            self.text(fields["subtitle"], "subtitle", BUDGETS["subtitle"])
            if "subtitle" in fields
            else EMPTY
        )
        sources = self.read_sources(fields.get("sources"))
        credits = self.read_credits(fields.get("credits"))
        kiosk = self.read_kiosk(fields.get("kiosk"))
        minutes = None
        if "presentation" in fields:
            pres = self.keys(fields["presentation"], set(), PRESENTATION_KEYS, "presentation")
            if "minutes" in pres:
                minutes = self.number(pres["minutes"], "presentation minutes")
        timeline_node = fields.get("timeline")
        section_ids = self.read_section_list(fields.get("sections"))

        timeline = self.read_timeline(timeline_node)
        sections: list[Section] = []
        for section_id, id_node in section_ids:
            self.file = root_file
            section = self.read_section(section_id, id_node)
            if section is not None:
                sections.append(section)
        self.file = root_file
        self.find_unlisted_sections({sid for sid, _ in section_ids})
        self.check_references(timeline, sources)
        if any(p.severity == "error" for p in self.problems):
            return None
        return Exhibit(
            root=self.root.resolve(),
            title=title,
            subtitle=subtitle,
            languages=self.languages,
            default_language=default_language,
            sections=tuple(sections),
            timeline=timeline,
            sources=sources,
            credits=credits,
            kiosk=kiosk,
            presentation_minutes=minutes,
        )

    def read_languages(self, fields: dict[str, Node]) -> tuple[tuple[str, ...], str]:
        languages: list[str] = []
        if "languages" in fields:
            for item in self.items(fields["languages"], "languages"):
                code = self.string(item, "language")
                if code is None:
                    continue
                if not _LANG.match(code):
                    self.at(item, f"language '{code}' is not a language code like 'en' or 'ru'")
                elif code in languages:
                    self.at(item, f"language '{code}' is listed twice")
                else:
                    languages.append(code)
        if not languages:
            languages = ["en"]
        default = languages[0]
        if "default_language" in fields:
            node = fields["default_language"]
            value = self.string(node, "default_language")
            if value is not None and value not in languages:
                self.at(node, f"default_language '{value}' is not in languages")
            elif value is not None:
                default = value
        return tuple(languages), default

    def read_sources(self, node: Node | None) -> tuple[Source, ...]:
        if node is None:
            return ()
        sources: list[Source] = []
        seen: dict[str, Node] = {}
        for item in self.items(node, "sources"):
            f = self.keys(item, {"id", "title"}, SOURCE_KEYS - {"id", "title"}, "a source")
            source_id = self.ident(f["id"], "source id") if "id" in f else None
            if source_id is None or "title" not in f:
                continue
            if source_id in seen:
                self.at(
                    f["id"],
                    f"duplicate source id '{source_id}' (first at line {seen[source_id].line})",
                )
                continue
            seen[source_id] = f["id"]
            sources.append(
                Source(
                    id=source_id,
                    title=self.text(f["title"], "source title"),
                    author=self.text(f["author"], "source author") if "author" in f else EMPTY,
                    publisher=self.text(f["publisher"], "source publisher")
                    if "publisher" in f
                    else EMPTY,
                    date=self.date(f["date"], "source date") if "date" in f else None,
                    url=(self.string(f["url"], "source url") or "") if "url" in f else "",
                )
            )
        return tuple(sources)

    def read_credits(self, node: Node | None) -> tuple[Credit, ...]:
        if node is None:
            return ()
        credits: list[Credit] = []
        for item in self.items(node, "credits"):
            f = self.keys(item, CREDIT_KEYS, set(), "a credit")
            if "role" in f and "name" in f:
                credits.append(
                    Credit(
                        self.text(f["role"], "credit role", BUDGETS["credit"]),
                        self.text(f["name"], "credit name", BUDGETS["credit"]),
                    )
                )
        return tuple(credits)

    def read_kiosk(self, node: Node | None) -> KioskSettings:
        if node is None:
            return KioskSettings()
        f = self.keys(node, set(), KIOSK_KEYS, "kiosk")
        defaults = KioskSettings()
        idle = self.number(f["idle_timeout"], "idle_timeout") if "idle_timeout" in f else None
        advance = self.number(f["auto_advance"], "auto_advance") if "auto_advance" in f else None
        attract = (
            self.id_list(f["attract_slides"], "attract_slides", self.slide_refs)
            if "attract_slides" in f
            else ()
        )
        return KioskSettings(
            idle_timeout=idle if idle is not None else defaults.idle_timeout,
            auto_advance=advance if advance is not None else defaults.auto_advance,
            attract_slides=attract,
        )

    def read_section_list(self, node: Node | None) -> list[tuple[str, Node]]:
        if node is None:
            return []
        result: list[tuple[str, Node]] = []
        seen: set[str] = set()
        for item in self.items(node, "sections"):
            section_id = self.ident(item, "section")
            if section_id is None:
                continue
            if section_id in seen:
                self.at(item, f"section '{section_id}' is listed twice")
                continue
            seen.add(section_id)
            result.append((section_id, item))
        if node.is_list and not result and not node.value:
            self.at(node, "sections is empty; list at least one section folder")
        return result

    def find_unlisted_sections(self, listed: set[str]) -> None:
        try:
            children = sorted(self.root.iterdir())
        except OSError:
            return
        for child in children:
            if child.is_dir() and child.name not in listed and (child / SECTION_FILE).is_file():
                self.report(
                    f"folder '{child.name}' has a {SECTION_FILE} but is not listed in sections",
                    file=self.display(child / SECTION_FILE),
                )

    def read_timeline(self, node: Node | None) -> Timeline:
        name = "timeline.yaml"
        if node is not None:
            name = self.string(node, "timeline") or name
            try:
                path = resolve_inside(self.root, name)
            except PathRefused as exc:
                self.at(node, f"timeline: {exc}")
                return Timeline()
            if not path.is_file():
                self.at(node, f"timeline: file '{name}' does not exist")
                return Timeline()
        else:
            path = self.root / name
            if not path.is_file():
                return Timeline()
        doc = self.read(path)
        if doc is None:
            return Timeline()
        f = self.keys(doc, set(), TIMELINE_KEYS, name)
        ids: dict[str, Node] = {}
        events: list[Event] = []
        for item in self.items(f["events"], "events") if "events" in f else []:
            event = self.read_event(item, ids)
            if event is not None:
                events.append(event)
        eras: list[Era] = []
        for item in self.items(f["eras"], "eras") if "eras" in f else []:
            era = self.read_era(item, ids)
            if era is not None:
                eras.append(era)
        events.sort(key=lambda e: e.date.sort_key())
        eras.sort(key=lambda e: e.start.sort_key())
        return Timeline(tuple(events), tuple(eras))

    def unique(self, node: Node, value: str, seen: dict[str, Node], what: str) -> bool:
        if value in seen:
            self.at(node, f"duplicate {what} id '{value}' (first at line {seen[value].line})")
            return False
        seen[value] = node
        return True

    def read_event(self, item: Node, ids: dict[str, Node]) -> Event | None:
        f = self.keys(
            item, {"id", "date", "title"}, EVENT_KEYS - {"id", "date", "title"}, "an event"
        )
        event_id = self.ident(f["id"], "event id") if "id" in f else None
        if event_id is not None and not self.unique(f["id"], event_id, ids, "event"):
            event_id = None
        date = self.date(f["date"], "event date") if "date" in f else None
        end = self.date(f["end"], "event end") if "end" in f else None
        if date and end and end.sort_key() < date.sort_key():
            self.at(f["end"], "event end is before its date")
        title = self.text(f["title"], "event title", BUDGETS["title"]) if "title" in f else EMPTY
        text = self.markdown(f["text"], "event text", BUDGETS["caption"]) if "text" in f else EMPTY
        display = self.text(f["display_date"], "display_date", 60) if "display_date" in f else EMPTY
        if event_id is None or date is None or "title" not in f:
            return None
        return Event(event_id, date, title, end, text, display)

    def read_era(self, item: Node, ids: dict[str, Node]) -> Era | None:
        f = self.keys(item, ERA_KEYS, set(), "an era")
        era_id = self.ident(f["id"], "era id") if "id" in f else None
        if era_id is not None and not self.unique(f["id"], era_id, ids, "era"):
            era_id = None
        start = self.date(f["start"], "era start") if "start" in f else None
        end = self.date(f["end"], "era end") if "end" in f else None
        if start and end and end.sort_key() < start.sort_key():
            self.at(f["end"], "era end is before its start")
        title = self.text(f["title"], "era title", BUDGETS["title"]) if "title" in f else EMPTY
        if era_id is None or start is None or end is None or "title" not in f:
            return None
        return Era(era_id, title, start, end)

    def read_section(self, section_id: str, id_node: Node) -> Section | None:
        folder = self.root / section_id
        path = folder / SECTION_FILE
        if not folder.is_dir():
            self.at(
                id_node,
                f"section '{section_id}' is listed but folder '{section_id}/' does not exist",
            )
            return None
        if not path.is_file():
            self.at(id_node, f"section folder '{section_id}/' has no {SECTION_FILE}")
            return None
        node = self.read(path)
        if node is None:
            return None
        f = self.keys(
            node, {"id", "title", "slides"}, SECTION_KEYS - {"id", "title", "slides"}, SECTION_FILE
        )
        if "id" in f and f["id"].value != section_id:
            self.at(f["id"], f"section id '{f['id'].value}' must match its folder '{section_id}'")
        title = self.text(f["title"], "section title", BUDGETS["title"]) if "title" in f else EMPTY
        subtitle = (
            self.text(f["subtitle"], "section subtitle", BUDGETS["subtitle"])
            if "subtitle" in f
            else EMPTY
        )
        minutes = self.number(f["minutes"], "minutes") if "minutes" in f else None
        slides: list[Slide] = []
        if "slides" in f:
            items = self.items(f["slides"], "slides")
            if f["slides"].is_list and not items:
                self.at(f["slides"], "slides is empty; a section needs at least one slide")
            for item in items:
                slide = self.read_slide(item, section_id)
                if slide is not None:
                    slides.append(slide)
        return Section(section_id, title, subtitle, minutes, tuple(slides))

    def read_slide(self, item: Node, section_id: str) -> Slide | None:
        if not isinstance(item.value, dict):
            self.at(item, "a slide must be a mapping of keys")
            return None
        slide_id = self.slide_id(item.value.get("id"))
        kind_node = item.value.get("kind")
        kind = kind_node.value if kind_node is not None else None
        if kind_node is not None and kind not in SLIDE_KINDS:
            hint = difflib.get_close_matches(str(kind), SLIDE_KINDS, n=1)
            suggestion = f"; did you mean '{hint[0]}'?" if hint else ""
            self.at(
                kind_node,
                f"unknown slide kind '{kind}' (one of {', '.join(SLIDE_KINDS)}){suggestion}",
            )
            return None
        required, optional = KIND_KEYS.get(str(kind), (set(), set()))
        f = self.keys(
            item,
            required | {"id", "kind"},
            optional | COMMON_SLIDE_KEYS,
            f"{_article(str(kind))} {kind} slide" if kind else "a slide",
        )
        if kind is None:
            return None
        values: dict[str, Any] = {}
        for name, reader in self.slide_fields().items():
            if name in f:
                values[name] = reader(f[name], name)
        if kind == "text" and ("body" in f) == ("body_file" in f):
            self.at(item, "a text slide needs exactly one of 'body' or 'body_file'")
        if kind == "title" and "image" in f and "alt" not in f:
            self.at(f["image"], "an image needs alt text: add 'alt' describing the picture")
        if "image" in f and "alt" in f and not values.get("alt"):
            self.at(f["alt"], "alt text is empty; describe the picture")
        if "notes_file" in f and "notes" in f:
            self.at(f["notes_file"], "use 'notes' or 'notes_file', not both")
        if slide_id is None or any(v is None for v in values.values()):
            return None
        for file_key, key in (("body_file", "body"), ("notes_file", "notes")):
            if file_key in values:
                values[key] = values.pop(file_key)
        for yaml_key, attribute in (("from", "sender"), ("to", "recipient")):
            if yaml_key in values:
                values[attribute] = values.pop(yaml_key)
        return Slide(id=slide_id, kind=str(kind), section_id=section_id, **values)

    def slide_id(self, node: Node | None) -> str | None:
        """Read a slide id and claim it, reporting a duplicate anywhere in the exhibit."""
        if node is None:
            return None
        slide_id = self.ident(node, "slide id")
        if slide_id is None:
            return None
        if slide_id in self.slide_ids:
            first_file, first = self.slide_ids[slide_id]
            self.at(node, f"duplicate slide id '{slide_id}' (first at {first_file}:{first.line})")
            return None
        self.slide_ids[slide_id] = (self.file, node)
        return slide_id

    def slide_fields(self) -> dict[str, Callable[[Node, str], Any]]:
        """How each slide key is read; a reader returns None when the value is unusable."""

        def plain(budget_key: str) -> Callable[[Node, str], LocalText]:
            return lambda node, name: self.text(node, name, BUDGETS.get(budget_key))

        def md(budget_key: str | None) -> Callable[[Node, str], LocalText]:
            return lambda node, name: self.markdown(
                node, name, BUDGETS.get(budget_key) if budget_key else None
            )

        def md_file(budget_key: str | None) -> Callable[[Node, str], LocalText]:
            return lambda node, name: self.markdown_file(
                node, name, BUDGETS.get(budget_key) if budget_key else None
            )

        return {
            "caption": plain("caption"),
            "title": plain("title"),
            "subtitle": plain("subtitle"),
            "alt": plain("alt"),
            "credit": plain("credit"),
            "speaker": plain("speaker"),
            "role": plain("role"),
            "context": plain("context"),
            "classification": plain("classification"),
            "citation": plain("citation"),
            "language_note": plain("context"),
            "from": plain("sender"),
            "to": plain("recipient"),
            "text": md("text"),
            "body": md("body"),
            "body_file": md_file("body"),
            "excerpt": md("excerpt"),
            "notes": md(None),
            "notes_file": md_file(None),
            "image": lambda node, name: self.image(node, name),
            "date": lambda node, name: self.date(node, name),
            "duration": lambda node, name: self.number(node, name),
            "events": lambda node, name: self.id_list(node, name, self.event_refs),
            "source": self.source_ref,
        }

    def source_ref(self, node: Node, name: str) -> str | None:
        value = self.ident(node, "source")
        if value is not None:
            self.source_refs.append(_Ref(value, self.file, node, "source"))
        return value

    def check_references(self, timeline: Timeline, sources: tuple[Source, ...]) -> None:
        event_ids = [e.id for e in timeline.events]
        source_ids = [s.id for s in sources]
        slide_ids = list(self.slide_ids)
        for refs, known, what in (
            (self.event_refs, event_ids, "timeline event"),
            (self.source_refs, source_ids, "source"),
            (self.slide_refs, slide_ids, "slide"),
        ):
            for ref in refs:
                if ref.target not in known:
                    hint = difflib.get_close_matches(ref.target, known, n=1)
                    suggestion = f"; did you mean '{hint[0]}'?" if hint else ""
                    self.report(
                        f"{ref.what}: no {what} with id '{ref.target}'{suggestion}",
                        ref.node.line,
                        ref.node.column,
                        file=ref.file,
                    )


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def check(root: Path, label: str | None = None) -> CheckResult:
    """Load the exhibit at `root` and return it with every problem found."""
    loader = _Loader(root, label if label is not None else str(root))
    try:
        exhibit = loader.load()
    except RecursionError:
        loader.report("content is nested too deeply")
        exhibit = None
    return CheckResult(exhibit, loader.problems)


def load(root: Path, label: str | None = None) -> Exhibit:
    """Load the exhibit at `root`, or raise ContentError with every problem."""
    result = check(root, label)
    if result.exhibit is None or result.errors:
        raise ContentError(result.problems or [Problem(str(root), 1, 1, "cannot load")])
    return result.exhibit
