"""Random and mutated YAML and Markdown: the loader raises nothing but ContentError."""

from __future__ import annotations

import contextlib
import re
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exhibit.content.errors import ContentError
from exhibit.content.loader import check, load
from exhibit.content.markup import render_markdown
from tests.exhibits import BASE

YAML_ALPHABET = st.sampled_from(
    [
        *list("abcdeiknostx:-[]{}&*!|>#'\"\n ,.0123456789"),
        "\t",
        "id",
        "kind",
        "slides",
        "title",
        "quote",
        "image",
        "events",
        "date",
        "---",
        "!!",
        "<<",
        "? ",
        "%YAML",
        "\\u0000",
        "é",
        "€",
    ]
)

FILES = ["exhibit.yaml", "timeline.yaml", "one/section.yaml"]


def write_base(root: Path) -> None:
    if root.exists():
        shutil.rmtree(root)
    for name, text in BASE.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def assert_only_content_errors(root: Path) -> None:
    result = check(root, "ex")
    for problem in result.problems:
        assert problem.line >= 1 and problem.column >= 1
        assert "\n" not in problem.message
    with contextlib.suppress(ContentError):
        load(root, "ex")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(which=st.sampled_from(FILES), text=st.lists(YAML_ALPHABET, max_size=60).map("".join))
def test_random_yaml(tmp_path: Path, which: str, text: str) -> None:
    root = tmp_path / "ex"
    write_base(root)
    (root / which).write_text(text, encoding="utf-8")
    assert_only_content_errors(root)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(which=st.sampled_from(FILES), data=st.data())
def test_mutated_yaml(tmp_path: Path, which: str, data: st.DataObject) -> None:
    root = tmp_path / "ex"
    write_base(root)
    original = BASE[which]
    start = data.draw(st.integers(0, len(original)))
    end = data.draw(st.integers(start, min(len(original), start + 12)))
    insert = data.draw(st.lists(YAML_ALPHABET, max_size=8).map("".join))
    (root / which).write_text(original[:start] + insert + original[end:], encoding="utf-8")
    assert_only_content_errors(root)


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(blob=st.binary(max_size=200))
def test_random_bytes(tmp_path: Path, blob: bytes) -> None:
    root = tmp_path / "ex"
    write_base(root)
    (root / "one" / "section.yaml").write_bytes(blob)
    assert_only_content_errors(root)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("*_`#>-[]()!<>/=\"' \nabcimgsrcp:")), max_size=120))
def test_random_markdown_renders_safely(source: str) -> None:
    rich = render_markdown(source, lambda src: None)
    lowered = rich.html.lower()
    for bad in ("<script", "<iframe", "<object", "<embed", "<a ", "href=", "onerror", "src="):
        assert bad not in lowered


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1. -\n\t*#>[]<&!=+_`'\"—")), max_size=60))
def test_fast_path_renders_like_markdown(source: str) -> None:
    """Plain paragraphs skip the Markdown library; the result must be what it would give."""
    from exhibit.content.markup import _plain_paragraphs, _render_full

    fast = _plain_paragraphs(source)
    if fast is not None:
        full = _render_full(source, lambda src: None)

        def shown(markup: str) -> str:  # the same once whitespace is collapsed, as Qt shows it
            return re.sub(r"\s*(<[^>]+>)\s*", r"\1", " ".join(markup.split()))

        assert shown(fast.html) == shown(full.html)
        assert " ".join(fast.plain.split()) == " ".join(full.plain.split())


# The one pattern the fast path's test for special text was before it went line by line.
_SPECIAL_BEFORE = re.compile(
    r"[_`#>\[\]<&\\!|~=+\t]|^\s*(?:\d+[.)]|[-+*])(?:\s|$)|^(?: {4}|\t)|^\s*-{2,}\s*$|  \n",
    re.MULTILINE,
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"aa1.)-* \n\r\x0b\x85\u2028\xa0", "aa", "    ", "--", "\n\n"]),
        max_size=20,
    ).map("".join)
)
def test_special_text_is_found_line_by_line_as_by_one_pattern(source: str) -> None:
    from exhibit.content.markup import _special

    assert _special(source) == bool(_SPECIAL_BEFORE.search(source))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1. -\n\t*\xa0é—")), max_size=60))
def test_fast_path_plain_text_is_the_parsers(source: str) -> None:
    """The fast path's visible text, made without a parser, is what plain_text finds."""
    from exhibit.content.markup import _plain_paragraphs, plain_text

    fast = _plain_paragraphs(source)
    if fast is not None:
        assert fast.plain == plain_text(fast.html)


def test_random_values_in_every_field(tmp_path: Path) -> None:
    """A short run of the field fuzzer (`python -m tests.content.field_fuzz` runs it long)."""
    import random

    from exhibit.content.bundled import bundled_exhibit
    from tests.content.field_fuzz import one_case

    rng = random.Random(1993)
    for _ in range(8):  # each loads the whole bundled exhibit
        one_case(bundled_exhibit(), tmp_path / "ex", rng)
