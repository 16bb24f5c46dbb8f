"""Load an exhibit folder into the model, collecting every problem with its file and line.

The files' structure is walked here (exhibit.yaml, the timeline, each section and its
slides); every mapping's keys and values are read by the tables in `fields.py` through
`reader.FieldReader`.
"""

from __future__ import annotations

import contextlib
import difflib
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exhibit.content import fields
from exhibit.content.errors import ContentError, Problem
from exhibit.content.fields import BUDGETS
from exhibit.content.model import (
    SLIDE_KINDS,
    Credit,
    Era,
    Event,
    Exhibit,
    KioskSettings,
    Media,
    Section,
    Slide,
    Source,
    Timeline,
)
from exhibit.content.reader import LANGUAGE, NO_CAPTIONS, FieldReader, PdfRef, Ref
from exhibit.content.text import EMPTY
from exhibit.content.yamlfile import Node, YamlProblem, load_yaml

__all__ = ["BUDGETS", "CheckResult", "check", "load"]

ROOT_FILE = "exhibit.yaml"
SECTION_FILE = "section.yaml"
TIMELINE_FILE = "timeline.yaml"
_SLIDE_TEXTS = frozenset(fields.SLIDE_TEXTS)
_SPLIT_HINT = (
    f"split the timeline into parts of its events and list their files under 'timeline' in "
    f"{ROOT_FILE} (timeline: [timeline/part-1.yaml, timeline/part-2.yaml])"
)


@dataclass
class CheckResult:
    """What `check` found: the exhibit when it loaded, and every problem."""

    exhibit: Exhibit | None
    problems: list[Problem] = field(default_factory=list)
    pictures: list[Ref] = field(default_factory=list)  # each picture used, and where
    media: list[Ref] = field(default_factory=list)  # each video and sound file, and where
    pdfs: list[PdfRef] = field(default_factory=list)  # each PDF of scanned pages, and where

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        return self.exhibit is not None and not self.errors


def _complete(values: dict[str, Any]) -> bool:
    """No value that could not be read."""
    return all(v is not None for v in values.values())


class _Loader(FieldReader):
    def __init__(self, root: Path, label: str) -> None:
        super().__init__(root, label)
        self.slide_ids: dict[str, tuple[str, Node]] = {}
        self.timeline_unread = False  # the timeline file was named but could not be read

    def read(self, path: Path, oversize_hint: str = "") -> Node | None:
        """A YAML file's top mapping (the file becomes the one problems are reported in);
        `oversize_hint` is added to the message when the file is over the size limit."""
        self.file = self.display(path)
        if not path.resolve().is_relative_to(self.root.resolve()):
            self.report(
                "this file leads outside the exhibit folder (through a link); it was not read"
            )
            return None
        try:
            node = load_yaml(path)
        except YamlProblem as exc:
            hint = f"; {oversize_hint}" if exc.oversize and oversize_hint else ""
            self.report(exc.message + hint, exc.line, exc.column)
            return None
        if node is None:
            self.report("file is empty")
        elif not node.is_map:
            self.at(node, "expected a mapping of keys at the top of the file")
            return None
        return node

    # -- exhibit.yaml ----------------------------------------------------------------------

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
        required = set(fields.required_keys(fields.EXHIBIT))
        present = self.keys(
            node, required, {f.key for f in fields.EXHIBIT} - required, ROOT_FILE
        )
        self.languages, default_language = self.read_languages(present)
        values = self.values(present, fields.EXHIBIT)  # after the languages: texts use them
        sources = self.read_sources(present.get("sources"))
        credits = self.read_credits(present.get("credits"))
        kiosk = self.read_kiosk(present.get("kiosk"))
        minutes = self.read_presentation(present.get("presentation"))
        section_ids = self.read_section_list(present.get("sections"))
        timeline = self.read_timeline("timeline" in present, values.get("timeline"))
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
            title=values.get("title") or EMPTY,
            subtitle=values.get("subtitle") or EMPTY,
            languages=self.languages,
            default_language=default_language,
            sections=tuple(sections),
            timeline=timeline,
            sources=sources,
            credits=credits,
            kiosk=kiosk,
            presentation_minutes=minutes,
            hidden_files=tuple(sorted(self.hidden_files)),
        )

    def read_languages(self, present: dict[str, Node]) -> tuple[tuple[str, ...], str]:
        languages: list[str] = []
        if "languages" in present:
            for item in self.items(present["languages"], "languages"):
                code = self.string(item, "language")
                if code is None:
                    continue
                if not LANGUAGE.match(code):
                    self.at(item, f"language '{code}' is not a language code like 'en' or 'ru'")
                elif code in languages:
                    self.at(item, f"language '{code}' is listed twice")
                else:
                    languages.append(code)
        if not languages:
            languages = ["en"]
        default = languages[0]
        if "default_language" in present:
            node = present["default_language"]
            value = self.string(node, "default_language")
            if value is not None and value not in languages:
                self.at(node, f"default_language '{value}' is not in languages")
            elif value is not None:
                default = value
        return tuple(languages), default

    def read_sources(self, node: Node | None) -> tuple[Source, ...]:
        sources: list[Source] = []
        seen: dict[str, Node] = {}
        for item in self.items(node, "sources") if node is not None else []:
            present, values = self.table(item, fields.SOURCE, "a source", "source")
            source_id = values.get("id")
            if source_id is None or "title" not in present:
                continue
            if not self.unique(present["id"], source_id, seen, "source"):
                continue
            if _complete(values):
                sources.append(Source(**values))
        return tuple(sources)

    def read_credits(self, node: Node | None) -> tuple[Credit, ...]:
        credits: list[Credit] = []
        for item in self.items(node, "credits") if node is not None else []:
            present, values = self.table(item, fields.CREDIT, "a credit", "credit")
            if "role" in present and "name" in present:
                credits.append(Credit(**values))
        return tuple(credits)

    def read_kiosk(self, node: Node | None) -> KioskSettings:
        if node is None:
            return KioskSettings()
        present, values = self.table(node, fields.KIOSK, "kiosk")
        video = values.pop("attract_video", None)
        if video is not None:
            path, probe = video
            if probe.has_video:
                values["attract_video"] = path
            else:
                self.at(present["attract_video"], "attract_video: a sound file is no video")
        return KioskSettings(**{k: v for k, v in values.items() if v is not None})

    def read_presentation(self, node: Node | None) -> float | None:
        if node is None:
            return None
        _, values = self.table(node, fields.PRESENTATION, "presentation", "presentation")
        minutes: float | None = values.get("minutes")
        return minutes

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

    # -- timeline.yaml, or the timeline's parts ---------------------------------------------

    def read_timeline(self, named: bool, paths: tuple[Path, ...] | None) -> Timeline:
        """The timeline: the files named in exhibit.yaml (`paths`: None when one cannot be
        used), read as one, or the default file when none is named. Event and era ids are
        unique across all of them."""
        if not named:
            default = self.root / TIMELINE_FILE
            paths = (default,) if default.is_file() else ()
        if paths is None:
            # Its problem is reported; every slide naming one of its events would add a line.
            self.timeline_unread = True
            return Timeline()
        ids: dict[str, tuple[str, Node]] = {}
        events: list[Event] = []
        eras: list[Era] = []
        for path in paths:
            doc = self.read(path, _SPLIT_HINT)
            if doc is None:
                self.timeline_unread = True
                continue
            present = self.keys(doc, set(), {f.key for f in fields.TIMELINE}, path.name)
            events.extend(self.read_all(present, "events", ids, fields.EVENT, Event))
            eras.extend(self.read_all(present, "eras", ids, fields.ERA, Era))
        if named and paths:
            self.find_unlisted_parts(paths)
        events.sort(key=lambda e: e.date.sort_key())
        eras.sort(key=lambda e: e.start.sort_key())
        return Timeline(tuple(events), tuple(eras))

    def read_all(
        self,
        present: dict[str, Node],
        key: str,
        ids: dict[str, tuple[str, Node]],
        table: tuple[fields.Field, ...],
        make: type[Event] | type[Era],
    ) -> list[Any]:
        """The events (or eras) of one timeline file that could be read."""
        items = self.items(present[key], key) if key in present else []
        dated = (self.read_dated(item, ids, table, key[:-1], make) for item in items)
        return [value for value in dated if value is not None]

    def find_unlisted_parts(self, paths: tuple[Path, ...]) -> None:
        """Warn of a timeline file the list leaves out: timeline.yaml, or a .yaml file in a
        folder of the listed parts (its events would silently be missing)."""
        listed = {path.resolve() for path in paths}
        root = self.root.resolve()
        folders = sorted({path.parent for path in paths if path.parent.resolve() != root})
        candidates = [self.root / TIMELINE_FILE]
        for folder in folders:
            candidates.extend(sorted(folder.glob("*.yaml")))
        for candidate in candidates:
            if (
                candidate.name != SECTION_FILE
                and candidate.is_file()
                and candidate.resolve() not in listed
            ):
                self.report(
                    f"{candidate.name} is not listed in 'timeline' in {ROOT_FILE}, so its "
                    "events are not read; add it to the list, or remove the file",
                    file=self.display(candidate),
                    severity="warning",
                )

    def unique(self, node: Node, value: str, seen: dict[str, Node], what: str) -> bool:
        if value in seen:
            self.at(node, f"duplicate {what} id '{value}' (first at line {seen[value].line})")
            return False
        seen[value] = node
        return True

    def unique_across(
        self, node: Node, value: str, seen: dict[str, tuple[str, Node]], what: str
    ) -> bool:
        """Like `unique`, over several files: a first use in another file is named by it."""
        if value in seen:
            file, first = seen[value]
            where = f"line {first.line}" if file == self.file else f"{file}:{first.line}"
            self.at(node, f"duplicate {what} id '{value}' (first at {where})")
            return False
        seen[value] = (self.file, node)
        return True

    def read_dated(
        self,
        item: Node,
        ids: dict[str, tuple[str, Node]],
        table: tuple[fields.Field, ...],
        what: str,
        make: type[Event] | type[Era],
    ) -> Any:
        """An event or an era: its id unique among both, its end not before its start."""
        present, values = self.table(item, table, f"{_article(what)} {what}", what)
        if values.get("id") is not None and not self.unique_across(
            present["id"], values["id"], ids, what
        ):
            values["id"] = None
        begin_key = "date" if "date" in present else "start"
        begin, end = values.get(begin_key), values.get("end")
        if begin and end and end.sort_key() < begin.sort_key():
            self.at(present["end"], f"{what} end is before its {begin_key}")
        if not _complete(values) or any(f.required and f.key not in present for f in table):
            return None
        return make(**values)

    # -- section.yaml ----------------------------------------------------------------------

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
        present, values = self.table(node, fields.SECTION, SECTION_FILE, "section")
        if "id" in present and present["id"].value != section_id:
            self.at(
                present["id"],
                f"section id '{present['id'].value}' must match its folder '{section_id}'",
            )
        slides: list[Slide] = []
        if "slides" in present:
            items = self.items(present["slides"], "slides")
            if present["slides"].is_list and not items:
                self.at(present["slides"], "slides is empty; a section needs at least one slide")
            for item in items:
                slide = self.read_slide(item, section_id)
                if slide is not None:
                    slides.append(slide)
        return Section(
            section_id,
            values.get("title") or EMPTY,
            values.get("subtitle") or EMPTY,
            values.get("minutes"),
            tuple(slides),
        )

    def read_slide(self, item: Node, section_id: str) -> Slide | None:
        if not isinstance(item.value, dict):
            self.at(item, "a slide must be a mapping of keys")
            return None
        slide_id = self.slide_id(item.value.get("id"))
        kind = self.slide_kind(item.value.get("kind"))
        if kind is None:
            return None
        required, optional = fields.slide_keys(kind or "")
        where = f"{_article(kind)} {kind} slide" if kind else "a slide"
        present = self.keys(item, set(required), set(optional), where)
        if not kind:
            return None
        values = self.values(
            {k: v for k, v in present.items() if k not in ("id", "kind")}, fields.SLIDE
        )
        self.check_slide(item, kind, present, values)
        self.check_media(item, kind, present, values)
        if slide_id is None or not _complete(values):
            return None
        texts = tuple((name, values.pop(name)) for name in fields.SLIDE_TEXTS if name in values)
        media = _media({name: values.pop(name) for name in fields.MEDIA_FIELDS if name in values})
        return Slide(
            id=slide_id, kind=kind, section_id=section_id, texts=texts, media=media, **values
        )

    def slide_kind(self, node: Node | None) -> str | None:
        """The slide's kind; "" when it has none (its other keys are still checked)."""
        if node is None:
            return ""
        kind = node.value
        if kind not in SLIDE_KINDS:
            hint = difflib.get_close_matches(str(kind), SLIDE_KINDS, n=1)
            suggestion = f"; did you mean '{hint[0]}'?" if hint else ""
            self.at(
                node,
                f"unknown slide kind '{kind}' (one of {', '.join(SLIDE_KINDS)}){suggestion}",
            )
            return None
        return str(kind)

    def check_slide(
        self, item: Node, kind: str, present: dict[str, Node], values: dict[str, Any]
    ) -> None:
        """The rules one key's type cannot say."""
        if kind == "text" and ("body" in present) == ("body_file" in present):
            self.at(item, "a text slide needs exactly one of 'body' or 'body_file'")
        if kind == "image" and "body" in present and "body_file" in present:
            self.at(present["body_file"], "use 'body' or 'body_file', not both")
        if kind == "title" and "image" in present and "alt" not in present:
            self.at(present["image"], "an image needs alt text: add 'alt' describing the picture")
        if "image" in present and "alt" in present and not values.get("alt"):
            self.at(present["alt"], "alt text is empty; describe the picture")
        if "notes_file" in present and "notes" in present:
            self.at(present["notes_file"], "use 'notes' or 'notes_file', not both")

    def check_media(
        self, item: Node, kind: str, present: dict[str, Node], values: dict[str, Any]
    ) -> None:
        """A video slide plays a video, an audio slide and a quote sound; sound has captions
        (or `captions: none` with a reason); a trim ends after it starts."""
        key = "audio" if kind == "quote" else "file"
        probed = values.get("file")
        if probed is not None:
            _, probe = probed
            if (kind == "video") != probe.has_video:
                self.at(present[key], f"{key}: " + (
                    "a sound file belongs on an audio slide" if kind == "video"
                    else "a video file belongs on a video slide"
                ))
                values["file"] = None
            elif probe.has_audio and "captions" not in present and kind != "quote":
                self.at(
                    present[key],
                    f"{key}: the file has sound, so it needs captions (a .vtt file), or "
                    "'captions: none' and a captions_reason when no words are heard",
                )
        captions = values.get("captions")
        if captions == NO_CAPTIONS and "captions_reason" not in present:
            self.at(present["captions"], "captions: none needs a captions_reason saying why")
        if "captions_reason" in present and captions != NO_CAPTIONS:
            self.at(present["captions_reason"], "captions_reason goes with 'captions: none'")
        if kind == "audio" and "image" in present and "alt" not in present:
            self.at(present["image"], "an image needs alt text: add 'alt' describing the picture")
        start, end = values.get("start") or 0.0, values.get("end")
        if end is not None and end <= start:
            self.at(present["end"], "end must be after start")
        elif probed is not None and start and probed[1].seconds and start >= probed[1].seconds:
            self.at(present["start"], f"start is past the file's end ({probed[1].seconds:g} s)")

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

    # -- references ------------------------------------------------------------------------

    def check_references(self, timeline: Timeline, sources: tuple[Source, ...]) -> None:
        event_ids = [e.id for e in timeline.events]
        source_ids = [s.id for s in sources]
        slide_ids = list(self.slide_ids)
        for refs, known, what in (
            ([] if self.timeline_unread else self.event_refs, event_ids, "timeline event"),
            (self.source_refs, source_ids, "source"),
            (self.slide_refs, slide_ids, "slide"),
        ):
            known_ids = set(known)  # 20,000 events: a list's `in` made this quadratic
            for ref in refs:
                if ref.target not in known_ids:
                    hint = difflib.get_close_matches(ref.target, known, n=1)
                    suggestion = f"; did you mean '{hint[0]}'?" if hint else ""
                    self.report(
                        f"{ref.what}: no {what} with id '{ref.target}'{suggestion}",
                        ref.node.line,
                        ref.node.column,
                        file=ref.file,
                    )


def _media(values: dict[str, Any]) -> Media | None:
    """The slide's media fields gathered (None when it plays nothing)."""
    if "file" not in values:
        return None
    path, probe = values.pop("file")
    captions = values.pop("captions", ())
    return Media(
        file=path,
        has_video=probe.has_video,
        has_audio=probe.has_audio,
        seconds=probe.seconds,
        captions=() if captions == NO_CAPTIONS else captions,
        **values,
    )


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while an exhibit loads: what the load builds holds no
    cycles, and the collector's passes over that growing tree were a third of the time a
    large exhibit took to load (bench/RESULTS.md). Left off if something else turned it off."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def check(root: Path, label: str | None = None) -> CheckResult:
    """Load the exhibit at `root` and return it with every problem found."""
    loader = _Loader(root, label if label is not None else str(root))
    try:
        with _collector_paused():
            exhibit = loader.load()
    except RecursionError:
        loader.report("content is nested too deeply")
        exhibit = None
    return CheckResult(exhibit, loader.problems, loader.pictures, loader.media, loader.pdfs)


def load(root: Path, label: str | None = None) -> Exhibit:
    """Load the exhibit at `root`, or raise ContentError with every problem."""
    result = check(root, label)
    if result.exhibit is None or result.errors:
        raise ContentError(result.problems or [Problem(str(root), 1, 1, "cannot load")])
    return result.exhibit
