"""Safe, bounded YAML reading into located values that remember their line and column."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import yaml

MAX_YAML_BYTES = 1_000_000
# Values that aliases may repeat (`*name` copies what `&name` holds): enough for any real
# reuse, far below what a "billion laughs" file would expand to. Values written out in the
# file are bounded by its size alone.
MAX_EXPANDED = 10_000

# libyaml's C parser when PyYAML has it (10x faster); the safe Python one otherwise.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR_TAG = "tag:yaml.org,2002:str"
_PLAIN_TAGS = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})

Scalar = str | int | float | bool | None | dt.date


@dataclass(slots=True)
class Node:
    """A YAML value with its position: `value` is a scalar, a list of Node or a dict of Node."""

    value: Scalar | list[Node] | dict[str, Node]
    line: int
    column: int
    key_line: int = 0
    key_column: int = 0
    keys: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def is_map(self) -> bool:
        return isinstance(self.value, dict)

    @property
    def is_list(self) -> bool:
        return isinstance(self.value, list)


class YamlProblem(Exception):
    """A YAML file could not be read; carries a 1-based line and column."""

    def __init__(
        self, message: str, line: int = 1, column: int = 1, oversize: bool = False
    ) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.oversize = oversize  # the file is larger than its limit


def _read_bounded(path: Path, limit: int) -> str:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise YamlProblem(f"cannot read file: {exc.strerror or exc}") from None
    if size > limit:
        raise YamlProblem(f"file is {size} bytes; the limit is {limit} bytes", oversize=True)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise YamlProblem(f"cannot read file: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise YamlProblem("file is not valid UTF-8 text", line) from None


def read_text(path: Path, limit: int) -> str:
    """Read a UTF-8 text file no larger than `limit` bytes, or raise YamlProblem."""
    return _read_bounded(path, limit)


_ALIAS, _SCALAR, _NODE = yaml.AliasEvent, yaml.ScalarEvent, yaml.NodeEvent
_MAPPING_START, _SEQUENCE_START = yaml.MappingStartEvent, yaml.SequenceStartEvent
_MAPPING_END, _SEQUENCE_END = yaml.MappingEndEvent, yaml.SequenceEndEvent
_DOCUMENT_START, _STREAM_END = yaml.DocumentStartEvent, yaml.StreamEndEvent
_MERGE_TAG = "tag:yaml.org,2002:merge"
# A value nested deeper is refused as too deep (the composer-based reader before this one
# stopped at about 330 levels, where it met Python's recursion limit; libyaml stops at 1,000).
MAX_DEPTH = 300
_TOO_DEEP = "YAML nesting is too deep (or a recursive alias)"


class _Reader:
    """Builds Node values in one pass over the parser's events (libyaml's when PyYAML has
    it), as PyYAML's composer would build nodes, without its node graph: each scalar's type is
    resolved by PyYAML's own resolver (YAML 1.1), plain text needs no constructor, and what an
    alias repeats is copied, counted against MAX_EXPANDED."""

    def __init__(self, text: str) -> None:
        self.parser = _LOADER(text)
        self.anchors: dict[str, Node | None] = {}  # None while the anchored value is read
        self.tags: dict[tuple[str, tuple[bool, bool]], str] = {}  # a plain value's type
        self.expanded = 0
        self.depth = 0
        self.constructor: yaml.SafeLoader | None = None

    def document(self) -> Node | None:
        """The stream's one document, or None; a second one is an error as for the composer."""
        get = self.parser.get_event
        get()  # the stream's start
        if isinstance(get(), _STREAM_END):  # else the document's start
            return None
        root = self.node(get())
        get()  # the document's end
        after = get()
        if not isinstance(after, _STREAM_END):
            raise _composer_error("but found another document", after)
        return root

    def finish(self) -> None:
        """After a value is refused, read on to the end as the composer would have: a syntax
        error further on (or an undefined alias, a repeated anchor, a second document) is what
        the file is reported for, as before."""
        get = self.parser.get_event
        while not isinstance(event := get(), _STREAM_END):
            if isinstance(event, _DOCUMENT_START):
                raise _composer_error("but found another document", event)
            if isinstance(event, _ALIAS):
                self.known(event)
            elif isinstance(event, _NODE):
                self.anchor(event)

    def dispose(self) -> None:
        self.parser.dispose()

    # -- the composer's own errors ---------------------------------------------------------

    def known(self, event: yaml.AliasEvent) -> Node | None:
        if event.anchor not in self.anchors:
            raise _composer_error("found undefined alias", event)
        return self.anchors[event.anchor]

    def anchor(self, event: yaml.NodeEvent) -> None:
        if event.anchor is not None:
            if event.anchor in self.anchors:
                raise _composer_error("second occurrence", event)  # of an anchor's name
            self.anchors[event.anchor] = None

    # -- values ----------------------------------------------------------------------------

    def node(self, event: yaml.Event, key: bool = False) -> Node:
        """The value that starts with `event` (a mapping's key when `key`)."""
        if isinstance(event, _ALIAS):
            anchored = self.known(event)
            if anchored is None:  # the alias is inside the value it names
                raise YamlProblem(_TOO_DEEP)
            return self.repeat(anchored)
        assert isinstance(event, _NODE)
        self.anchor(event)
        mark = event.start_mark
        assert mark is not None
        line, column = mark.line + 1, mark.column + 1
        if isinstance(event, _SCALAR):
            node = self.scalar(event, key, line, column)
        elif isinstance(event, _MAPPING_START):
            node = self.mapping(event, key, line, column)
        else:
            assert isinstance(event, _SEQUENCE_START)
            node = self.sequence(event, key, line, column)
        if event.anchor is not None:
            self.anchors[event.anchor] = node
        return node

    def scalar(self, event: yaml.ScalarEvent, key: bool, line: int, column: int) -> Node:
        tag = event.tag
        if tag is None or tag == "!":  # PyYAML's YAML 1.1 type, asked once per value
            tag = self.tags.get((event.value, event.implicit))
            if tag is None:
                tag = self.tags[(event.value, event.implicit)] = self.parser.resolve(
                    yaml.ScalarNode, event.value, event.implicit
                )
        _refuse_merge(key, tag, line, column)
        if tag == _STR_TAG:  # most values: plain text needs no constructor
            return Node(event.value, line, column)
        return Node(self.construct(event, tag, line, column), line, column)

    def open(self, event: yaml.CollectionStartEvent, key: bool, line: int, column: int) -> None:
        """A mapping or a list starts: its tag checked, one level deeper."""
        tag = event.tag
        _refuse_merge(key, tag, line, column)
        if tag is not None and tag != "!" and tag not in _PLAIN_TAGS:
            raise YamlProblem(f"unsupported YAML tag '{tag}'", line, column)
        self.nest()

    def sequence(self, event: yaml.SequenceStartEvent, key: bool, line: int, column: int) -> Node:
        self.open(event, key, line, column)
        items: list[Node] = []
        get = self.parser.get_event
        while not isinstance(item := get(), _SEQUENCE_END):
            items.append(self.node(item))
        self.depth -= 1
        return Node(items, line, column)

    def mapping(self, event: yaml.MappingStartEvent, key: bool, line: int, column: int) -> Node:
        self.open(event, key, line, column)
        result: dict[str, Node] = {}
        keys: dict[str, tuple[int, int]] = {}
        get = self.parser.get_event
        while not isinstance(item := get(), _MAPPING_END):
            name_node = self.node(item, key=True)
            if not isinstance(name_node.value, str | int | float | bool):
                raise YamlProblem("a key must be a plain word", name_node.line, name_node.column)
            name = str(name_node.value)
            if name in result:
                raise YamlProblem(f"duplicate key '{name}'", name_node.line, name_node.column)
            value = self.node(get())
            value.key_line, value.key_column = name_node.line, name_node.column
            result[name] = value
            keys[name] = (name_node.line, name_node.column)
        self.depth -= 1
        return Node(result, line, column, keys=keys)

    def construct(self, event: yaml.ScalarEvent, tag: str, line: int, column: int) -> Scalar:
        if self.constructor is None:
            self.constructor = yaml.SafeLoader("")
        end = cast(yaml.Mark, event.end_mark)
        node = yaml.ScalarNode(tag, event.value, _mark(event), end, event.style)
        return construct_scalar(self.constructor, node, line, column)

    def repeat(self, node: Node) -> Node:
        """A fresh copy of what an alias names, each value counted as the file repeating it."""
        self.count(node.line, node.column)
        value = node.value
        if isinstance(value, dict):
            self.nest()
            copied: dict[str, Node] = {}
            for name, child in value.items():
                key_line, key_column = node.keys[name]
                self.count(key_line, key_column)
                twin = self.repeat(child)
                twin.key_line, twin.key_column = key_line, key_column
                copied[name] = twin
            self.depth -= 1
            return Node(copied, node.line, node.column, keys=dict(node.keys))
        if isinstance(value, list):
            self.nest()
            items = [self.repeat(item) for item in value]
            self.depth -= 1
            return Node(items, node.line, node.column)
        return Node(value, node.line, node.column)

    def nest(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise YamlProblem(_TOO_DEEP)

    def count(self, line: int, column: int) -> None:
        self.expanded += 1
        if self.expanded > MAX_EXPANDED:
            raise YamlProblem(
                f"aliases repeat more than {MAX_EXPANDED} values; write them out instead",
                line,
                column,
            )


def construct_scalar(
    constructor: yaml.SafeLoader, node: yaml.ScalarNode, line: int, column: int
) -> Scalar:
    """A value that is not plain text: a number, true/false, null or a date."""
    scalar: object
    try:
        scalar = constructor.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError:
        raise YamlProblem(f"unsupported YAML tag '{node.tag}'", line, column) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(_one_line(str(exc)), line, column) from None
    except (ValueError, LookupError, AttributeError):
        # Not a value of its type (1993-02-30, `!!int` of nothing, `!!bool maybe`, `!!timestamp
        # x`): kept as the text written, for the field's own check to explain. The constructor
        # would take another try at the same node (an alias repeating it) for a recursive one.
        constructor.recursive_objects.pop(node, None)
        scalar = str(node.value)
    if isinstance(scalar, dt.datetime):
        scalar = scalar.date()
    if scalar is None or isinstance(scalar, str | int | float | bool | dt.date):
        return scalar
    raise YamlProblem(f"unsupported value type {type(scalar).__name__}", line, column)


def syntax_problem(exc: yaml.YAMLError) -> YamlProblem:
    """What PyYAML's parser (or composer) found wrong, as a problem at its place."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        column = mark.column + 1 if mark else 1
        message = exc.problem or exc.context or "invalid YAML"
        return YamlProblem(f"YAML syntax error: {message}", line, column)
    return YamlProblem(f"YAML syntax error: {_one_line(str(exc))}")


def _mark(event: yaml.Event) -> yaml.Mark:
    """Where an event starts (the parser gives every event its position)."""
    mark = event.start_mark
    assert mark is not None
    return cast(yaml.Mark, mark)


def _composer_error(problem: str, event: yaml.Event) -> yaml.composer.ComposerError:
    """The error PyYAML's composer raises (reported as a syntax error, at `event`)."""
    return yaml.composer.ComposerError(None, None, problem, _mark(event))


def _refuse_merge(key: bool, tag: str | None, line: int, column: int) -> None:
    if key and tag == _MERGE_TAG:
        raise YamlProblem("merge keys (<<) are not supported", line, column)


def _one_line(text: str) -> str:
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def parse_yaml(text: str) -> Node | None:
    """Parse one YAML document into Node values; None for an empty document."""
    reader = _Reader(text)
    try:
        try:
            return reader.document()
        except YamlProblem:
            reader.finish()  # an error the composer would have met first wins
            raise
        except RecursionError:
            reader.finish()
            raise YamlProblem(_TOO_DEEP) from None
    except yaml.YAMLError as exc:
        raise syntax_problem(exc) from None
    finally:
        reader.dispose()


def load_yaml(path: Path) -> Node | None:
    """Read and parse a YAML file with the size bound applied."""
    return parse_yaml(_read_bounded(path, MAX_YAML_BYTES))
