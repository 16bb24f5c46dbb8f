"""YAML written by `dump_yaml` reads back as the same data, through PyYAML and the loader."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from exhibit.content.yamlfile import Node, parse_yaml
from exhibit.content.yamlwrite import dump_yaml


def plain(node: Node | None) -> Any:
    """The loader's located values as plain data."""
    assert node is not None
    if isinstance(node.value, dict):
        return {key: plain(child) for key, child in node.value.items()}
    if isinstance(node.value, list):
        return [plain(child) for child in node.value]
    return node.value


# Text as importers meet it: anything printable or not, with YAML's trouble makers mixed in.
TRICKY = st.sampled_from(
    ["yes", "No", "null", "~", "1993-04-25", "12", "-5", ".inf", "0x1f", "a: b", "#x", " lead",
     "trail ", "- item", "? key", "&anchor", "*alias", "!tag", "'q'", '"dq"', "|", ">", "%",
     "@", "`", "\n", "\n\n", "\r\n", "\t", "\x85", "\u2028", "\ufeff", "a\\b", "Ванкувер", "",
     "  ", "x\n  y", "\n x"]
)  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=40),
    st.lists(st.one_of(TRICKY, st.text(max_size=6)), max_size=6).map("".join),
)
KEYS = st.one_of(st.from_regex(r"[a-z_]{1,10}", fullmatch=True), TRICKY, st.text(max_size=8))
SCALARS = st.one_of(
    TEXT, st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False, allow_infinity=False)
)
DATA = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(KEYS, DATA, max_size=5))
def test_written_yaml_reads_back_the_same(data: dict[str, Any]) -> None:
    text = dump_yaml(data)
    assert yaml.safe_load(text) == (data or {})
    if data:
        assert plain(parse_yaml(text)) == data


def test_text_is_plain_when_it_reads_back_as_itself() -> None:
    text = dump_yaml(
        {"title": "The great crane", "id": "crane-2", "year": 1921, "date": "1921-06-14"}
    )
    assert text == 'title: The great crane\nid: crane-2\nyear: 1921\ndate: "1921-06-14"\n'


def test_lines_are_a_literal_block_and_lists_sit_at_their_key() -> None:
    text = dump_yaml({"slides": [{"id": "a", "body": "One.\n\nTwo.\n", "events": ["e"]}]})
    assert text == "slides:\n- id: a\n  body: |\n    One.\n\n    Two.\n  events:\n  - e\n"


def test_a_value_it_cannot_write_is_refused() -> None:
    with pytest.raises(TypeError):
        dump_yaml({"when": object()})
