"""The interface catalogue: every language has every string, with the same placeholders."""

from __future__ import annotations

import re

from exhibit.content.dates import HistDate
from exhibit.show.strings import STRINGS, language_name, strings_for


def test_every_language_has_every_key_and_placeholder() -> None:
    english = STRINGS["en"]
    for lang, table in STRINGS.items():
        assert set(table) == set(english), lang
        for key, text in table.items():
            assert text.strip(), (lang, key)
            assert set(re.findall(r"%\d", text)) == set(re.findall(r"%\d", english[key])), key


def test_fallback_and_names() -> None:
    assert strings_for("xx")["sections"] == "Sections"
    assert strings_for("ru")["sections"] == "Разделы"
    assert language_name("ru") == "Русский" and language_name("xx") == "xx"


def test_dates_per_language() -> None:
    assert HistDate(1993, 4, 25).format("ru") == "25 апреля 1993 г."
    assert HistDate(1993, 3).format("ru") == "март 1993 г."
    assert HistDate(-44, 3, 15).format("ru") == "15 марта 44 г. до н. э."
    assert HistDate(1993, 4, 25).format("en") == "25 April 1993"
    assert HistDate(-44).format("en") == "44 BCE"
