"""What a screen reader is given of a slide: plain words of rich text, the announcement."""

from __future__ import annotations

from exhibit.content.bundled import bundled_exhibit
from exhibit.content.loader import load
from exhibit.show.rows import slide_row
from exhibit.show.spoken import plain_of_html
from exhibit.show.strings import STRINGS


def test_plain_of_html_keeps_words_and_paragraphs() -> None:
    html = "<p>One <b>bold</b> &amp; <i>two</i></p><p>Three<br>four</p>"
    assert plain_of_html(html) == "One bold & two\nThree\nfour"


def test_every_language_names_every_kind() -> None:
    keys = {k for k in STRINGS["en"] if k.startswith("kind")}
    assert keys and all(keys <= set(table) for table in STRINGS.values())


def test_announcements_name_kind_and_essentials() -> None:
    bundled = load(bundled_exhibit())
    rows = [slide_row(bundled, s, "", 0, "en") for s in bundled.slides]
    quote = next(r for r in rows if r["kind"] == "quote" and r["speaker"] == "Boris Yeltsin")
    assert quote["announcement"].startswith("Quotation, Boris Yeltsin, ")
    assert all(r["announcement"] for r in rows)
    ru = slide_row(bundled, bundled.slides[0], "", 0, "ru")
    assert "Заголовок раздела" in ru["announcement"]
    text = next(r for r in rows if r["kind"] == "text")
    assert "<" not in text["readText"]["body"] and text["readText"]["body"]


def test_narration_has_every_word_the_slide_shows_in_reading_order() -> None:
    bundled = load(bundled_exhibit())
    rows = [slide_row(bundled, s, "", 0, "en") for s in bundled.slides]
    image = next(r for r in rows if r["kind"] == "image")
    lines = image["narration"].split("\n")
    assert lines[0] == image["alt"] and lines[-1] == " ".join(image["caption"].split())
    quote = next(r for r in rows if r["kind"] == "quote" and r["context"])
    said = quote["narration"]
    assert said.index(quote["readText"]["text"][:30]) < said.index(quote["context"][:30])
    assert quote["sourceLine"][:30] in said
    credits = next(r for r in rows if r["kind"] == "credits")
    assert credits["announcement"] == credits["title"]  # "Sources and credits" said once
    assert all(r["narration"] for r in rows)


def test_every_slide_kind_is_named_in_every_language() -> None:
    """A screen reader hears what kind of slide it is, a recording's too ("Video", "Видео")."""
    from exhibit.content.fields import KINDS
    from exhibit.show.spoken import KIND_KEYS
    from exhibit.show.strings import STRINGS

    assert set(KIND_KEYS) == set(KINDS)
    for lang, words in STRINGS.items():
        for key in KIND_KEYS.values():
            assert words[key], (lang, key)
