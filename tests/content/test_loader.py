"""The loader builds the model from a valid exhibit."""

from __future__ import annotations

from pathlib import Path

import pytest

from exhibit.content.dates import HistDate
from exhibit.content.errors import ContentError
from exhibit.content.loader import load
from tests.exhibits import MakeExhibit


def test_loads_minimal_exhibit(make_exhibit: MakeExhibit) -> None:
    exhibit = load(make_exhibit())
    assert exhibit.title.get("en") == "Small"
    assert [s.id for s in exhibit.slides] == ["s1", "s2", "s3"]
    quote = exhibit.slides[1]
    assert quote.kind == "quote"
    assert quote.text("text").get("en") == "<p>Hi there</p>"
    assert quote.date == HistDate(1993)
    assert quote.source == "memo"
    image = exhibit.slides[2]
    assert image.image is not None and image.image.name == "pic.svg"
    assert exhibit.timeline.events[0].date == HistDate(1993, 4, 25)
    assert exhibit.first_slide_for_event("ev") == 0
    assert exhibit.slide_index("s3") == 2


def test_load_raises_content_error_with_every_problem(make_exhibit: MakeExhibit) -> None:
    root = make_exhibit(exhibit_yaml="title: X\nsections: [one, two]\nfoo: 1\n")
    with pytest.raises(ContentError) as info:
        load(root, "ex")
    messages = [p.format() for p in info.value.problems]
    assert (
        "ex/exhibit.yaml:2:17: error: section 'two' is listed but folder 'two/' does not exist"
        in messages
    )
    assert "ex/exhibit.yaml:3:1: error: unknown key 'foo' in exhibit.yaml" in messages
    assert str(info.value) == info.value.first.format()


def test_languages_map_text(make_exhibit: MakeExhibit) -> None:
    root = make_exhibit(
        exhibit_yaml="""\
title: {en: Small, ru: Малый}
languages: [en, ru]
sections: [one]
sources:
  - id: memo
    title: {en: A memo, ru: Записка}
"""
    )
    exhibit = load(root)
    assert exhibit.languages == ("en", "ru")
    assert exhibit.title.get("ru") == "Малый"
    assert exhibit.title.get("en") == "Small"


def test_body_file_markdown(make_exhibit: MakeExhibit, tmp_path: Path) -> None:
    section = """\
id: one
title: One
slides:
  - id: t
    kind: text
    title: Story
    body_file: one/story.md
"""
    root = make_exhibit(one__section_yaml=section, one__story_md="A *fine* tale.\n")
    slide = load(root).slides[0]
    assert slide.text("body").get("en") == "<p>A <i>fine</i> tale.</p>"


BILINGUAL = "title: Small\nlanguages: [en, ru]\nsections: [one]\n"
STORY_SLIDE = "id: one\ntitle: One\nslides:\n  - id: t\n    kind: text\n    title: Story\n"


def test_body_file_per_language(make_exhibit: MakeExhibit) -> None:
    root = make_exhibit(
        exhibit_yaml=BILINGUAL,
        one__section_yaml=STORY_SLIDE + "    body_file: {en: one/story.md, ru: one/story-ru.md}\n",
        one__story_md="A *fine* tale.\n",
        **{"one__story-ru_md": "Славная *сказка*.\n"},
    )
    body = load(root).slides[0].text("body")
    assert body.get("en") == "<p>A <i>fine</i> tale.</p>"
    assert body.get("ru") == "<p>Славная <i>сказка</i>.</p>"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("{en: one/story.md, ru: one/nope.md}",
         "ex/one/section.yaml:7:39: error: body_file (ru): file 'one/nope.md' does not exist"),
        ("{en: one/story.md, de: one/story.md}",
         "ex/one/section.yaml:7:35: error: body_file: language 'de' is not in the exhibit's "
         "languages (en, ru)"),
        ("{en: one/story.txt}",
         "ex/one/section.yaml:7:21: error: body_file (en) must name a .md file"),
        ("{}", "ex/one/section.yaml:7:16: error: body_file: the map names no file"),
    ],
)
def test_body_file_per_language_refused(
    make_exhibit: MakeExhibit, value: str, expected: str
) -> None:
    from exhibit.content.loader import check

    root = make_exhibit(
        exhibit_yaml=BILINGUAL,
        one__section_yaml=STORY_SLIDE + f"    body_file: {value}\n",
        one__story_md="A tale.\n",
    )
    (root / "one" / "story.txt").write_text("A tale.\n", encoding="utf-8")
    found = [p.format() for p in check(root, "ex").problems]
    assert expected in found, found


def test_body_file_missing_a_language_is_a_warning(make_exhibit: MakeExhibit) -> None:
    from exhibit.content.loader import check

    root = make_exhibit(
        exhibit_yaml=BILINGUAL,
        one__section_yaml=STORY_SLIDE + "    body_file: {en: one/story.md}\n",
        one__story_md="A tale.\n",
    )
    result = check(root, "ex")
    assert result.ok
    assert [p.format() for p in result.problems] == [
        "ex/one/section.yaml:7:16: warning: body_file: missing 'ru' translation"
    ]


def test_bundled_exhibit_loads() -> None:
    from exhibit.content.bundled import bundled_exhibit

    exhibit = load(bundled_exhibit())
    assert [s.id for s in exhibit.sections] == [
        "opening",
        "yugoslav-wars",
        "vancouver",
        "referendum",
        "downward-spiral",
    ]
    for section in exhibit.sections:  # the opening is a short title sequence
        assert len(section.slides) >= (4 if section.id == "opening" else 6), section.id
    kinds = {slide.kind for slide in exhibit.slides}
    assert kinds == {"title", "image", "quote", "text", "document", "credits", "video"}
    assert all(slide.notes for slide in exhibit.slides)
    assert len(exhibit.timeline.events) >= 15
    years = [event.date.year for event in exhibit.timeline.events]
    assert min(years) <= 1991 and max(years) >= 2022
