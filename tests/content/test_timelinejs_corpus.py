"""Every real timeline in ../shared/corpus/timelinejs imports whole: no event lost, no text
cut, quotations and backgrounds kept, the exhibit checks clean (skipped without the corpus)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from exhibit.content.importers.htmltext import html_to_plain, markdown_plain
from exhibit.content.importers.timelinejs import import_timelinejs
from exhibit.content.importers.timelinejs.fields import object_of, text_of
from exhibit.content.importers.timelinejs.quotes import quotation
from exhibit.content.importers.timelinejs.read import read_timelinejs
from exhibit.content.loader import check

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "timelinejs"
FILES = (
    sorted(p for p in CORPUS.glob("*/*") if p.suffix in (".json", ".csv", ".tsv"))
    if CORPUS.is_dir()
    else []
)
SHOWN = ("title", "subtitle", "caption", "body", "text", "speaker", "role", "context", "credit")


def words(text: str) -> str:
    return " ".join(text.split())


def shown_text(slide: dict[str, Any]) -> str:
    """What a visitor reads on a slide, as plain words."""
    return words(" ".join(markdown_plain(str(slide[key])) for key in SHOWN if key in slide))


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Any]:
    results = {}
    for source in FILES:
        out = tmp_path_factory.mktemp(source.stem)
        results[source] = (import_timelinejs(source, out / "exhibit"), out / "exhibit")
    return results


def test_the_corpus_is_all_here() -> None:
    if not CORPUS.is_dir():
        pytest.skip("the TimelineJS corpus is in ../shared")
    assert len(FILES) >= 20


@pytest.mark.parametrize("source", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_every_event_imports_whole(source: Path, imported: dict[Path, Any]) -> None:
    result, out = imported[source]
    data = read_timelinejs(source)
    events = [e for e in data["events"] if isinstance(e, dict)]
    assert result.events == len(events), "no event lost"
    problems = [p.format() for p in check(out).problems if p.severity == "error"]
    assert problems == []
    slides = [s for section in result.section_files for s in section["slides"]]
    screen = " ".join(shown_text(s) for s in slides)
    backgrounds = {s.get("background") for s in slides}
    copied = {path.resolve() for path in result.copies.values()}
    title_text = text_of(object_of(object_of(data.get("title")).get("text")).get("text"))
    assert words(html_to_plain(title_text)[0]) in screen, "the title slide's text is whole"
    for number, event in enumerate(events, start=1):
        text = words(html_to_plain(text_of(object_of(event.get("text")).get("text")))[0])
        assert text in screen, f"event {number}: its text is not whole on a slide"
        quote = quotation(" ".join(text_of(object_of(event.get("media")).get("url")).split()))
        if quote is not None:
            assert words(quote.words) in screen, f"event {number}: its quotation is kept"
        background = object_of(event.get("background"))
        colour = text_of(background.get("color")).strip().lower()
        if re.fullmatch(r"#[0-9a-f]{6}", colour):
            assert colour in backgrounds, f"event {number}: its background colour is kept"
        picture = text_of(background.get("url")).strip()
        local = source.parent / picture
        if picture and not re.match(r"^[a-z]+:", picture) and local.is_file():
            assert local.resolve() in copied, f"event {number}: its background picture is kept"


def test_picture_slides_show_their_whole_text(imported: dict[Path, Any]) -> None:
    war = CORPUS / "hundred-years-war" / "timeline.json"
    if war not in imported:
        pytest.skip("the TimelineJS corpus is in ../shared")
    result, _ = imported[war]
    pictures = [s for f in result.section_files for s in f["slides"] if s["kind"] == "image"]
    assert len(pictures) == 29
    assert all("body" in s and "…" not in s["body"] for s in pictures if s.get("subtitle"))
    assert not any("Credit unknown" in str(s) for s in pictures)
