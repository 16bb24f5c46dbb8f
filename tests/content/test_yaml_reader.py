"""The one-pass YAML reader gives what the composer-based one gave: values, positions, errors.

`tests/content/yaml_reference.py` is the reader as it was; random documents (block and flow
style, YAML 1.1's numbers, booleans, nulls and dates, tags, anchors and aliases, merge keys,
duplicate and complex keys, second documents, stray characters) go through both.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exhibit.content import yamlfile
from exhibit.content.yamlfile import MAX_DEPTH, Node, YamlProblem, parse_yaml
from tests.content import yaml_reference

WORDS = [
    "a",
    "b",
    "word",
    "Two words",
    "1",
    "-1",
    "+12",
    "0x1F",
    "0o17",
    "017",
    "0b101",
    "1_000",
    "1:30",
    "190:20:30",
    "1.5",
    "-.inf",
    ".NaN",
    ".Inf",
    "1e3",
    "1.0e+3",
    "6.8523015e+5",
    "yes",
    "No",
    "on",
    "OFF",
    "y",
    "n",
    "true",
    "False",
    "TRUE",
    "~",
    "null",
    "Null",
    "NULL",
    "2001-12-14",
    "2001-12-14t21:59:43.10-05:00",
    "2001-12-14 21:59:43.10",
    "2002-12-14",
    "1993-02-30",
    "2001-12-15T02:59:43.1Z",
    "'quoted'",
    '"double\\tquoted"',
    "'1'",
    '"true"',
    "''",
    '""',
    "<<",
    "=",
    "!!str 12",
    "!!int 12",
    "!!int '0x10'",
    "!!float 1",
    "!!bool yes",
    "!!null ''",
    "!!binary aGk=",
    "!!timestamp 2001-01-01",
    "!foo bar",
    "! 12",
    "!!str",
    "!!python/name:os.system",
    "!!float abc",
    "!!int x",
    "!!set",
    "!!omap",
    "!!merge",
    "!!map",
    "!!seq",
    "Entry 0 of the records",
    "Ünïcödé ‘text’",
    "- not a list",
    "a: b",
]
ANCHORS = ["a", "b", "c", "d", "e"]  # PREAMBLE names a, b and c
PREAMBLE = "_a: &a {k: 1, l: [x, 2]}\n_b: &b [1, {m: yes}]\n_c: &c word\n"
NOISE = [*":-[]{},&*!#'\"\n\t %@`|>?", "\n  ", "\n- ", ": ", "---\n", "\n...\n"]


# Values that keep a document well-formed wherever they are put (in flow or block style).
CLEAN = [w for w in WORDS if not any(c in w for c in ":-#'\"!") or w in ("-1", "-.inf")]


def scalars(words: list[str], aliases: list[str]) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from(words),
        st.sampled_from(words),
        st.sampled_from(aliases).map(lambda name: f"*{name}"),
    ).map(lambda text: ("scalar", text))


def trees(clean: bool = False) -> st.SearchStrategy[Any]:
    """A value: ('scalar', text) or (kind, items, anchor, flow style)."""
    words = CLEAN if clean else WORDS
    anchors = st.none() if clean else st.one_of(st.none(), st.none(), st.sampled_from("de"))
    leaves = scalars(words, ["a", "b", "c"] if clean else ANCHORS)
    if not clean:
        leaves = st.one_of(
            leaves,
            st.text(st.sampled_from("ab1 .:-_'\"#\\"), max_size=6).map(lambda t: ("scalar", t)),
        )
    keys = st.sampled_from(words + ([] if clean else ["? [k]", "*a"]))
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.tuples(
                st.just("map"), st.lists(st.tuples(keys, inner), max_size=4), anchors, st.booleans()
            ),
            st.tuples(st.just("seq"), st.lists(inner, max_size=4), anchors, st.booleans()),
        ),
        max_leaves=12,
    )


def flow(tree: Any) -> str:
    if tree[0] == "scalar":
        return str(tree[1])
    kind, items, anchor, _ = tree
    prefix = f"&{anchor} " if anchor else ""
    if kind == "map":
        return prefix + "{" + ", ".join(f"{k}: {flow(v)}" for k, v in items) + "}"
    return prefix + "[" + ", ".join(flow(v) for v in items) + "]"


def block(tree: Any, indent: int = 0) -> str:
    """`tree` in block style (a collection marked flow is written in flow style)."""
    pad = " " * indent
    if tree[0] == "scalar" or tree[3] or not tree[1]:
        return pad + flow(tree) + "\n"
    kind, items, anchor, _ = tree
    head = f"{pad}&{anchor}\n" if anchor else ""
    lines = []
    for item in items:
        key, value = item if kind == "map" else ("-", item)
        lead = f"{pad}{key}:" if kind == "map" else f"{pad}-"
        if value[0] == "scalar" or value[3] or not value[1]:
            lines.append(f"{lead} {flow(value)}\n")
        else:
            lines.append(lead + "\n" + block(value, indent + 2))
    return head + "".join(lines)


def documents() -> st.SearchStrategy[str]:
    def mutate(text: str, edits: list[tuple[int, str]]) -> str:
        for position, noise in edits:
            at = position % (len(text) + 1)
            text = text[:at] + noise + text[at:]
        return text

    top = st.lists(
        st.tuples(st.sampled_from([w for w in CLEAN if w[0] != "*"]), trees(clean=True)),
        min_size=1,
        max_size=5,
    )
    text = st.one_of(
        trees().map(block),
        trees().map(flow),
        top.map(lambda items: PREAMBLE + block(("map", items, None, False))),
    )
    edits = st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(NOISE)), max_size=2)
    return st.one_of(
        text,
        st.builds(mutate, text, edits),
        st.builds(lambda one, two: one + "---\n" + two, text, text),
    )


def shape(node: Node | None) -> Any:
    """Everything a Node holds, comparable (NaN as its repr) whichever class made it."""
    if node is None:
        return None
    value = node.value
    if isinstance(value, dict):
        held: Any = tuple((name, shape(child)) for name, child in value.items())
    elif isinstance(value, list):
        held = tuple(shape(item) for item in value)
    elif isinstance(value, float) and math.isnan(value):
        held = "nan"
    else:
        held = (type(value).__name__, value)
    keys = tuple(node.keys.items())
    return (held, node.line, node.column, node.key_line, node.key_column, keys)


def outcome(parse: Any, text: str) -> Any:
    try:
        return ("read", shape(parse(text)))
    except YamlProblem as problem:
        return ("refused", problem.message, problem.line, problem.column, problem.oversize)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_random_documents_read_as_before(text: str) -> None:
    assert outcome(parse_yaml, text) == outcome(yaml_reference.parse_yaml, text)


CASES = {
    "numbers, booleans, nulls, dates": (
        "a: 0x1F\nb: 1:30\nc: -.inf\nd: yes\ne: ~\nf: 2001-12-14\ng: 2001-12-14 21:59:43.1\n"
        "h: 1993-02-30\ni: '12'\nj: 1_000\nk: 1e3\n"
    ),
    "aliases copied, with the anchor's positions": (
        "base: &who {speaker: A, role: B}\nlist:\n  - *who\n  - &n 12\nmore: [*who, *n]\n"
    ),
    "keys made words": "1: a\ntrue: b\n1.5: c\n",
    "duplicate key, as the key": "a: 1\nb: 2\n'1': 3\n1: 4\n",
    "merge key": "base: &b {x: 1}\nother:\n  <<: *b\n",
    "a mapping as a key": "? [a, b]\n: c\n",
    "an alias of a date that is not one": "a: &x 1993-02-30\nb: *x\n",
    "undefined alias": "a: *nothing\n",
    "repeated anchor": "a: &x 1\nb: &x 2\n",
    "second document": "a: 1\n---\nb: 2\n",
    "recursive alias": "a: &r [1, *r]\n",
    "refused tag, then a syntax error further on": "a: !!binary aGk=\nb: [1, 2\n",
    "refused tag, then an undefined alias": "a: !!python/name:os.system\nb: *none\n",
    "unsupported tag on a mapping": "a: !!set {x, y}\n",
    "control character": "a: b\x07c\n",
    "empty": "",
    "only a comment": "# nothing\n",
    "explicit empty document": "---\n",
    # 100 copies of a list of 99 values (100 values with the list): the limit, 10,000
    "aliases repeat as many values as they may": (
        "a: &a [" + ", ".join(["x"] * 99) + "]\nb: [" + ", ".join(["*a"] * 100) + "]\n"
    ),
    "aliases repeat one value more": (
        "a: &a [" + ", ".join(["x"] * 99) + "]\nb: [" + ", ".join(["*a"] * 100) + ", *a]\n"
    ),
    "aliases of a mapping repeat its keys too": (
        "a: &a {" + ", ".join(f"k{n}: v" for n in range(50)) + "}\n"
        "b: [" + ", ".join(["*a"] * 100) + "]\n"
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_known_cases_read_as_before(case: str) -> None:
    text = CASES[case]
    assert outcome(parse_yaml, text) == outcome(yaml_reference.parse_yaml, text)


def test_an_alias_repeats_a_fresh_copy_with_its_own_key_position() -> None:
    node = parse_yaml("base: &who {speaker: A}\nagain: *who\n")
    assert node is not None and isinstance(node.value, dict)
    base, again = node.value["base"], node.value["again"]
    assert again is not base and again.value["speaker"] is not base.value["speaker"]
    assert (again.line, again.column) == (base.line, base.column) == (1, 7)
    assert (base.key_line, base.key_column) == (1, 1)
    assert (again.key_line, again.key_column) == (2, 1)


def test_nesting_deeper_than_the_limit_is_refused() -> None:
    fits = "a: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n"
    too_deep = "a: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n"
    assert parse_yaml(fits) is not None
    with pytest.raises(YamlProblem, match=r"^YAML nesting is too deep \(or a recursive alias\)$"):
        parse_yaml(too_deep)


def test_aliases_nesting_past_the_limit_are_refused() -> None:
    half = MAX_DEPTH // 2 + 1
    text = "a: &deep " + "[" * half + "]" * half + "\nb: " + "[" * half + "*deep" + "]" * half
    with pytest.raises(YamlProblem, match="too deep"):
        parse_yaml(text + "\n")


def test_plain_scalar_types_are_asked_once_per_value(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    resolve = yamlfile._LOADER.resolve

    def counting(self: Any, kind: Any, value: Any, implicit: Any) -> str:
        asked.append(value)
        return resolve(self, kind, value, implicit)

    monkeypatch.setattr(yamlfile._LOADER, "resolve", counting)
    node = parse_yaml("- {id: a, n: 1}\n- {id: b, n: 1}\n- {id: a, n: 2}\n")
    assert node is not None
    assert sorted(asked) == ["1", "2", "a", "b", "id", "n"]


def test_a_tagged_value_that_is_not_of_its_type_is_kept_as_text() -> None:
    """PyYAML's constructors fail on these with IndexError, KeyError, AttributeError."""
    node = parse_yaml("a: !!int\nb: !!bool maybe\nc: !!timestamp x\nd: !!float ''\ne: 1993-02-30\n")
    assert node is not None and isinstance(node.value, dict)
    assert {k: v.value for k, v in node.value.items()} == {
        "a": "",
        "b": "maybe",
        "c": "x",
        "d": "",
        "e": "1993-02-30",
    }
    # repeated by an alias, the same (the reader before this one refused it the second time,
    # as an unsupported tag)
    again = parse_yaml("e: &e 1993-02-30\nf: *e\n")
    assert again is not None and isinstance(again.value, dict)
    assert again.value["f"].value == "1993-02-30"
