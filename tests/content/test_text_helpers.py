"""Small text helpers written out by hand to keep start-up lean, checked against the stdlib."""

from __future__ import annotations

import calendar
import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exhibit.content.dates import DateError, days_in_month, parse_date
from exhibit.content.escape import escape_plain


@given(st.text())
def test_escape_plain_is_html_escape_with_line_breaks(text: str) -> None:
    assert escape_plain(text) == html.escape(text).replace("\n", "<br>")


def test_escape_plain_escapes_every_special() -> None:
    assert escape_plain('a & b <i>"it\'s"</i>\nnext') == (
        "a &amp; b &lt;i&gt;&quot;it&#x27;s&quot;&lt;/i&gt;<br>next"
    )


def test_days_in_month_match_the_calendar_module() -> None:
    for year in [*range(1, 2401), 1900, 2000, 2100]:
        for month in range(1, 13):
            assert days_in_month(year, month) == calendar.monthrange(year, month)[1], (year, month)


def test_bce_leap_years_count_1_bce_as_year_0() -> None:
    assert days_in_month(-1, 2) == 29  # 1 BCE is astronomical year 0: a leap year
    assert days_in_month(-5, 2) == 29  # 5 BCE is -4
    assert days_in_month(-2, 2) == 28
    assert days_in_month(-101, 2) == 28  # -100: a century, not divisible by 400
    assert days_in_month(-401, 2) == 29  # -400


def test_parse_date_checks_days_against_the_month() -> None:
    assert parse_date("1992-02-29").day == 29
    assert parse_date("-0001-02-29").year == -1
    for bad in ("1993-02-29", "1993-04-31", "-0002-02-29"):
        with pytest.raises(DateError, match="is not in 1-"):
            parse_date(bad)
