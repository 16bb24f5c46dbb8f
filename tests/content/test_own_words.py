"""The bundled exhibit tells its story in its own words: no run of 8 words outside a quotation
is shared with the source texts in ../shared/sources (case and punctuation aside)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from exhibit.content.bundled import bundled_exhibit

SOURCES = Path(__file__).resolve().parents[3] / "shared" / "sources"
RUN = 8
# A quotation inside prose: between double quotes of either kind, or guillemets.
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»')
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def words(text: str) -> list[str]:
    """The words of `text`, lower case, punctuation and markup dropped."""
    return _WORD.findall(text.replace("’", "'").lower())


def runs(text: str, length: int = RUN) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i : i + length]) for i in range(len(found) - length + 1)}


def outside_quotations(text: str) -> str:
    """`text` with every quoted passage cut out (each cut breaks the run of words)."""
    return _QUOTED.sub(" | ", text)


def shared_runs(text: str, source_runs: set[tuple[str, ...]]) -> list[str]:
    """The 8-word runs of `text`, outside its quotations, that the sources also have."""
    parts = outside_quotations(text).split(" | ")
    return sorted({" ".join(r) for part in parts for r in runs(part) if r in source_runs})


def _strings(node: Any, quoted: bool = False) -> Iterator[tuple[str, bool]]:
    """Every string in a YAML tree, and whether it is a quotation as a whole: a quote slide's
    `text`, a document's `excerpt` and a source's `title` (the cited document's own name)."""
    if isinstance(node, str):
        yield node, quoted
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item, quoted)
    elif isinstance(node, dict):
        verbatim = {"excerpt"}
        if node.get("kind") == "quote":
            verbatim.add("text")
        if "id" in node and "title" in node and ("publisher" in node or "author" in node):
            verbatim.add("title")  # a source in exhibit.yaml
        for key, value in node.items():
            yield from _strings(value, quoted or key in verbatim)


def exhibit_texts(root: Path) -> Iterator[tuple[str, str]]:
    """(file, text) for every text of the exhibit at `root` that is not itself a quotation."""
    for path in sorted(root.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for text, quoted in _strings(data):
            if not quoted:
                yield path.relative_to(root).as_posix(), text
    for path in sorted(root.rglob("*.md")):
        yield path.relative_to(root).as_posix(), path.read_text(encoding="utf-8")


def source_runs() -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for path in SOURCES.glob("*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            found |= runs(line)
    return found


needs_sources = pytest.mark.skipif(
    not SOURCES.is_dir(), reason="the source texts are in ../shared/sources"
)


@needs_sources
def test_the_bundled_exhibit_shares_no_8_word_run_with_its_sources() -> None:
    known = source_runs()
    copied = [
        f"{file}: {run}"
        for file, text in exhibit_texts(bundled_exhibit())
        for run in shared_runs(text, known)
    ]
    assert not copied, "\n".join(copied)


@needs_sources
@pytest.mark.parametrize(
    "passage",
    [
        # Two passages the bundled exhibit had (timeline, Vancouver summit; section 4 notes),
        # each with a run of the article's own words.
        "In their first face-to-face meeting since Clinton's election, the two presidents "
        "hold a working dinner and a long session with their advisers.",
        "Elkind, now a scholar at Columbia University's Center on Global Energy Policy, "
        "argues that the effort was worth making.",
    ],
)
def test_a_passage_copied_from_the_sources_is_caught(passage: str) -> None:
    assert shared_runs(passage, source_runs())


@needs_sources
def test_a_quotation_inside_prose_is_not_counted() -> None:
    quoted = (
        'Christopher called it "the ongoing transformation of Russia and its implications '
        'for the national security of the United States".'
    )
    assert not shared_runs(quoted, source_runs())
    assert shared_runs(quoted.replace('"', ""), source_runs())


PROSE = frozenset({"caption", "notes", "body", "context", "citation"})


def _prose(node: Any, key: str = "") -> Iterator[str]:
    """The English of every prose field (captions, notes, bodies, contexts, citations)."""
    if isinstance(node, dict):
        for child_key, value in node.items():
            if key in PROSE and child_key == "en":
                yield from _prose(value, key)
            else:
                yield from _prose(value, str(child_key))
    elif isinstance(node, list):
        for item in node:
            yield from _prose(item, key)
    elif isinstance(node, str) and key in PROSE:
        yield node


def _plain(text: str) -> str:
    return " ".join(words(text))


@needs_sources
def test_quotations_inside_prose_are_verbatim() -> None:
    """A passage in double quotes inside a caption or note is a quotation too: word for word."""
    corpus = _plain(" ".join(p.read_text(encoding="utf-8") for p in SOURCES.glob("*.txt")))
    wrong = []
    for path in sorted(bundled_exhibit().rglob("*.yaml")):
        for text in _prose(yaml.safe_load(path.read_text(encoding="utf-8"))):
            for quoted in re.findall(r'"([^"]+)"|“([^”]+)”', text):
                passage = _plain("".join(quoted))
                if passage and f" {passage} " not in f" {corpus} ":
                    wrong.append(f"{path.name}: {''.join(quoted)}")
    assert not wrong, "\n".join(wrong)


def test_words_ignore_case_and_punctuation() -> None:
    assert words("U.S.-Russian — “Ties” aren't, *poisoned*!") == [
        "u", "s", "russian", "ties", "aren't", "poisoned",
    ]
