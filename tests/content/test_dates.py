"""Date ranges as readers write them."""

from __future__ import annotations

import pytest

from exhibit.content.dates import HistDate, format_range


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
