"""Date ranges as readers write them."""

from __future__ import annotations

import pytest

from exhibit.content.dates import DateError, HistDate, format_range, parse_date


@pytest.mark.parametrize(
    ("start", "end", "lang", "expected"),
    [
        (HistDate(1993, 4, 3), HistDate(1993, 4, 4), "en", "3–4 April 1993"),
        (HistDate(1993, 4, 3), HistDate(1993, 4, 4), "ru", "3–4 апреля 1993 г."),
        (HistDate(1993, 3, 30), HistDate(1993, 4, 4), "en", "30 March – 4 April 1993"),
        (HistDate(1993, 3), HistDate(1993, 5), "en", "March–May 1993"),
        (HistDate(1993, 3), HistDate(1993, 5), "ru", "март–май 1993 г."),
        (HistDate(1993), HistDate(1999), "en", "1993 – 1999"),
        (HistDate(1993, 12, 31), HistDate(1994, 1, 2), "en", "31 December 1993 – 2 January 1994"),
        (HistDate(1993, 4, 3), HistDate(1993, 4, 3), "en", "3 April 1993"),
        (HistDate(1993, 4, 3), None, "ru", "3 апреля 1993 г."),
    ],
)
def test_format_range(start: HistDate, end: HistDate | None, lang: str, expected: str) -> None:
    assert format_range(start, end, lang) == expected


@pytest.mark.parametrize(
    ("year", "english", "russian"),
    [
        (-13_800_000_000, "13.8 billion years ago", "13,8 млрд лет назад"),
        (-4_600_000_000, "4.6 billion years ago", "4,6 млрд лет назад"),
        (-538_800_000, "539 million years ago", "539 млн лет назад"),
        (-1_000_000, "1 million years ago", "1 млн лет назад"),
        (-315_000, "315,000 BCE", "315\u00a0000 г. до н. э."),
        (-3500, "3500 BCE", "3500 г. до н. э."),
    ],
)
def test_deep_time_is_written_in_years_ago(year: int, english: str, russian: str) -> None:
    assert HistDate(year).english() == english
    assert HistDate(year).russian() == russian


def test_deep_time_dates_parse_and_order() -> None:
    assert parse_date(-13_800_000_000) == HistDate(-13_800_000_000)
    assert parse_date("-13800000000") < parse_date("-4600000000") < parse_date(-1)
    with pytest.raises(DateError, match="years go to"):
        parse_date("-99000000000")
    start, end = HistDate(-538_800_000), HistDate(-251_902_000)
    assert format_range(start, end, "en") == "539–252 million years ago"
    assert format_range(HistDate(-13_800_000_000), end, "en") == (
        "13.8 billion years ago – 252 million years ago"
    )
