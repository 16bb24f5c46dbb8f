"""A picture holding words, given once per language: each language is shown its own."""

from __future__ import annotations

from pathlib import Path

from exhibit.content.loader import check, load
from exhibit.show.rows import slide_row
from tests.exhibits import SVG, MakeExhibit

TWO_LANGUAGES = """\
title: {en: Small, ru: Малый}
languages: [en, ru]
sections: [one]
sources:
  - id: memo
    title: {en: A memo, ru: Записка}
"""

SECTION = """\
id: one
title: {en: One, ru: Один}
slides:
  - id: s1
    kind: image
    image: %s
    alt: {en: A picture, ru: Картинка}
    credit: {en: Me, ru: Я}
"""


def _exhibit(make_exhibit: MakeExhibit, image: str, **files: str | None) -> Path:
    return make_exhibit(
        exhibit_yaml=TWO_LANGUAGES,
        one__section_yaml=SECTION % image,
        **{"one/pic-ru.svg": SVG},
        **files,
    )


def test_each_language_sees_its_own_picture(make_exhibit: MakeExhibit) -> None:
    root = _exhibit(make_exhibit, "{en: one/pic.svg, ru: one/pic-ru.svg}")
    result = check(root)
    assert result.ok and not result.problems, [p.format() for p in result.problems]
    exhibit = load(root)
    slide = exhibit.slides[0]
    assert slide.image is not None and slide.image.name == "pic.svg"
    en = slide_row(exhibit, slide, "One", 1, "en")["imageUrl"]
    ru = slide_row(exhibit, slide, "One", 1, "ru")["imageUrl"]
    assert en.endswith("/one/pic.svg") and ru.endswith("/one/pic-ru.svg")
    assert len(result.pictures) == 2  # both are decoded by `exhibit check`


def test_a_language_without_its_picture_is_a_warning(make_exhibit: MakeExhibit) -> None:
    root = _exhibit(make_exhibit, "{en: one/pic.svg}")
    result = check(root, "ex")
    assert result.ok
    assert [p.format() for p in result.problems] == [
        "ex/one/section.yaml:6:12: warning: image: no 'ru' picture; "
        "add one with its text in 'ru'"
    ]
    exhibit = load(root)
    row = slide_row(exhibit, exhibit.slides[0], "One", 1, "ru")
    assert row["imageUrl"].endswith("/one/pic.svg")  # the default language's, not nothing


def test_a_missing_picture_in_the_map_is_an_error(make_exhibit: MakeExhibit) -> None:
    root = _exhibit(make_exhibit, "{en: one/pic.svg, ru: one/nope.svg}")
    result = check(root, "ex")
    assert not result.ok
    assert any("image (ru): media file 'nope.svg' does not exist" in p.format()
               for p in result.errors)


def test_a_language_outside_the_exhibit_is_an_error(make_exhibit: MakeExhibit) -> None:
    root = _exhibit(make_exhibit, "{en: one/pic.svg, ru: one/pic-ru.svg, de: one/pic.svg}")
    result = check(root, "ex")
    assert any("language 'de' is not in the exhibit's languages" in p.format()
               for p in result.errors)


def test_one_path_still_serves_every_language(make_exhibit: MakeExhibit) -> None:
    root = _exhibit(make_exhibit, "one/pic.svg")
    result = check(root)
    assert result.ok and not result.problems
    exhibit = load(root)
    row = slide_row(exhibit, exhibit.slides[0], "One", 1, "ru")
    assert row["imageUrl"].endswith("/one/pic.svg")

