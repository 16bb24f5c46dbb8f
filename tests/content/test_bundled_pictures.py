"""The bundled pictures speak the visitor's language: every picture with words in it has a
Russian twin, and the Russian one has no English left in it."""

from __future__ import annotations

import re
from pathlib import Path

from exhibit.content.bundled import bundled_exhibit
from exhibit.content.loader import load
from exhibit.show.rows import slide_row

_TEXT = re.compile(r"<(text|title|desc)\b[^>]*>([^<]*)</\1>")


def _words(svg: Path) -> list[str]:
    return [m.group(2) for m in _TEXT.finditer(svg.read_text(encoding="utf-8")) if m.group(2)]


def test_every_picture_with_words_has_one_per_language() -> None:
    exhibit = load(bundled_exhibit())
    for slide in exhibit.slides:
        if slide.image is None or not _words(slide.image):
            continue
        assert slide.text("images").languages() == set(exhibit.languages), slide.id


def test_no_english_inside_a_russian_picture() -> None:
    exhibit = load(bundled_exhibit())
    for slide in exhibit.slides:
        if slide.image is None:
            continue
        url = slide_row(exhibit, slide, "", 1, "ru")["imageUrl"]
        svg = Path(url.removeprefix("file://"))
        latin = [w for w in _words(svg) if re.search(r"[A-Za-z]", w)]
        assert not latin, (slide.id, latin)
