"""The YAML reader as it was before `yamlfile._Reader`: PyYAML's composer builds a node graph
(libyaml's when PyYAML has it), then each node is turned into a located `Node`. Kept here,
unchanged but for two pieces it shares with the new reader (a scalar's construction and a
syntax error's message, moved there as they were), as the reference `test_yaml_reader.py`
holds the one-pass reader to: the same values, positions and messages."""

from __future__ import annotations

import yaml

from exhibit.content.yamlfile import (
    MAX_EXPANDED,
    Node,
    Scalar,
    YamlProblem,
    construct_scalar,
    syntax_problem,
)

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR_TAG = "tag:yaml.org,2002:str"
_PLAIN_TAGS = frozenset({"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"})


class Converter:
    """Turns a composed node graph into Node values, bounding alias expansion."""

    def __init__(self) -> None:
        self.seen: set[int] = set()
        self.repeating = 0  # > 0 while converting a node an alias repeats
        self.expanded = 0
        self.constructor = yaml.SafeLoader("")

    def convert(self, node: yaml.Node) -> Node:
        repeat = id(node) in self.seen
        self.seen.add(id(node))
        self.repeating += repeat
        try:
            return self._convert(node)
        finally:
            self.repeating -= repeat

    def _convert(self, node: yaml.Node) -> Node:
        if self.repeating:
            self.expanded += 1
            if self.expanded > MAX_EXPANDED:
                raise YamlProblem(
                    f"aliases repeat more than {MAX_EXPANDED} values; write them out instead",
                    node.start_mark.line + 1,
                    node.start_mark.column + 1,
                )
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.tag not in _PLAIN_TAGS:
            raise YamlProblem(f"unsupported YAML tag '{node.tag}'", line, column)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, line, column)
        if isinstance(node, yaml.SequenceNode):
            return Node([self.convert(item) for item in node.value], line, column)
        assert isinstance(node, yaml.ScalarNode)
        if node.tag == _STR_TAG:  # most values: plain text needs no constructor
            return Node(node.value, line, column)
        return Node(self._scalar(node, line, column), line, column)

    def _mapping(self, node: yaml.MappingNode, line: int, column: int) -> Node:
        result: dict[str, Node] = {}
        keys: dict[str, tuple[int, int]] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlProblem(
                    "merge keys (<<) are not supported",
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                )
            key = self.convert(key_node)
            if not isinstance(key.value, str | int | float | bool):
                raise YamlProblem("a key must be a plain word", key.line, key.column)
            name = str(key.value)
            if name in result:
                raise YamlProblem(f"duplicate key '{name}'", key.line, key.column)
            value = self.convert(value_node)
            value.key_line, value.key_column = key.line, key.column
            result[name] = value
            keys[name] = (key.line, key.column)
        return Node(result, line, column, keys=keys)

    def _scalar(self, node: yaml.ScalarNode, line: int, column: int) -> Scalar:
        return construct_scalar(self.constructor, node, line, column)


def parse_yaml(text: str) -> Node | None:
    """Parse one YAML document into Node values; None for an empty document."""
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise syntax_problem(exc) from None
    except RecursionError:
        raise YamlProblem("YAML nesting is too deep") from None
    if root is None:
        return None
    try:
        return Converter().convert(root)
    except RecursionError:
        raise YamlProblem("YAML nesting is too deep (or a recursive alias)") from None
