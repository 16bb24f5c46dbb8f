"""Historical dates with year, month or day precision, including years BCE."""

from __future__ import annotations

import re

from exhibit.content.record import Record, record

_DATE_RE = re.compile(r"^(-?)(\d{1,11})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
MAX_YEAR = 20_000_000_000  # past the age of the universe (13.8 billion years), either way
DEEP_TIME = 1_000_000  # years BCE from which a year is written as "… million years ago"

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


MONTHS_RU_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
MONTHS_RU = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)


class DateError(ValueError):
    """A date string that is not a valid historical date."""


@record(frozen=True)
class HistDate(Record):
    """A date; negative years are BCE (-44 is 44 BCE), there is no year 0."""

    year: int
    month: int = 0
    day: int = 0

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month, self.day)

    # Ordered as (year, month, day), as dataclass(order=True) would do, written out here.
    def __lt__(self, other: HistDate) -> bool:
        return self.sort_key() < other.sort_key()

    def __le__(self, other: HistDate) -> bool:
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: HistDate) -> bool:
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: HistDate) -> bool:
        return self.sort_key() >= other.sort_key()

    def iso(self) -> str:
        """The content-file spelling of this date."""
        text = f"{self.year:04d}" if self.year > 0 else f"-{-self.year}"
        if self.month:
            text += f"-{self.month:02d}"
        if self.day:
            text += f"-{self.day:02d}"
        return text

    def english(self) -> str:
        """A reader's spelling: '25 April 1993', 'March 1993', '44 BCE', and in deep time
        '315,000 years ago', '13.8 billion years ago'."""
        if self.year <= -DEEP_TIME:
            return _years_ago(-self.year, "en")
        year = str(self.year) if self.year > 0 else f"{_grouped(-self.year, ',')} BCE"
        if self.day:
            return f"{self.day} {MONTHS_EN[self.month - 1]} {year}"
        if self.month:
            return f"{MONTHS_EN[self.month - 1]} {year}"
        return year

    def russian(self) -> str:
        """'25 апреля 1993 г.', 'март 1993 г.', '44 г. до н. э.', '13,8 млрд лет назад'."""
        if self.year <= -DEEP_TIME:
            return _years_ago(-self.year, "ru")
        year = f"{self.year} г." if self.year > 0 else f"{_grouped(-self.year, NBSP)} г. до н. э."
        if self.day:
            return f"{self.day} {MONTHS_RU_GENITIVE[self.month - 1]} {year}"
        if self.month:
            return f"{MONTHS_RU[self.month - 1]} {year}"
        return year

    def format(self, lang: str) -> str:
        """The date as readers of `lang` write it (English for languages not known here)."""
        return self.russian() if lang.split("-")[0] == "ru" else self.english()

    def fraction(self) -> float:
        """Position as a fractional year, for drawing the timeline."""
        start = float(self.year)
        if not self.month:
            return start
        day = (self.day - 1) if self.day else 0
        return start + (self.month - 1) / 12 + day / (12 * days_in_month(self.year, self.month))


NBSP = "\u00a0"


def _grouped(years: int, separator: str) -> str:
    """Years BCE from 10,000 with their thousands marked: '315,000', «315 000»."""
    return f"{years:,}".replace(",", separator) if years >= 10_000 else str(years)


_SCALES = (
    (1_000_000_000, "billion", "млрд"),
    (1_000_000, "million", "млн"),
)


def _years_ago(years: int, lang: str) -> str:
    """'13.8 billion years ago', '539 million years ago', '315,000 years ago' (and in Russian
    '13,8 млрд лет назад'): three significant figures at most, as such dates are known."""
    for size, english, russian in _SCALES:
        if years >= size:
            value = years / size
            shown = f"{value:.1f}".rstrip("0").rstrip(".") if value < 100 else f"{value:.0f}"
            if lang == "ru":
                return f"{shown.replace('.', ',')} {russian} лет назад"
            return f"{shown} {english} years ago"
    return f"{years:,} years ago"  # not reached: deep time starts at a million


def format_range(start: HistDate, end: HistDate | None, lang: str) -> str:
    """A span as readers write it: '3–4 April 1993', '30 March – 4 April 1993', 'March–May 1993'."""
    if end is None or end == start:
        return start.format(lang)
    russian = lang.split("-")[0] == "ru"
    deep = _deep_range(start.format(lang), end.format(lang))
    if deep:
        return deep
    if start.year != end.year or start.precision != end.precision or start.precision == "year":
        return f"{start.format(lang)} – {end.format(lang)}"
    year = HistDate(start.year).format(lang)
    if start.precision == "month":
        names = MONTHS_RU if russian else MONTHS_EN
        return f"{names[start.month - 1]}–{names[end.month - 1]} {year}"
    names = MONTHS_RU_GENITIVE if russian else MONTHS_EN
    if start.month == end.month:
        return f"{start.day}–{end.day} {names[end.month - 1]} {year}"
    return f"{start.day} {names[start.month - 1]} – {end.day} {names[end.month - 1]} {year}"


def _deep_range(start: str, end: str) -> str:
    """'539–252 million years ago' for two deep-time dates of one unit; else ""."""
    first, _, unit = start.partition(" ")
    last, _, end_unit = end.partition(" ")
    if unit == end_unit and unit.endswith(("years ago", "лет назад")):
        return f"{first}–{last} {unit}"
    return ""


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """Days in `month` of `year` (proleptic Gregorian; 1 BCE is a leap year, as year 0)."""
    if month != 2:
        return _DAYS[month - 1]
    astro = year if year > 0 else year + 1  # astronomical numbering: 1 BCE is 0
    leap = astro % 4 == 0 and (astro % 100 != 0 or astro % 400 == 0)
    return 29 if leap else 28


def _year(year: int, text: str) -> int:
    if year == 0:
        raise DateError("there is no year 0; 1 BCE is -1 and 1 CE is 1")
    if abs(year) > MAX_YEAR:
        raise DateError(f"invalid date {text!r}: years go to ±{MAX_YEAR:,}")
    return year


def parse_date(value: object) -> HistDate:
    """Read a date from YAML: an int year, a date, or a '-YYYY-MM-DD' style string."""
    import datetime as dt  # here, not at start-up: a viewer started from the cache parses none

    if isinstance(value, bool):
        raise DateError(f"invalid date {value!r}")
    if isinstance(value, dt.date):
        return HistDate(value.year, value.month, value.day)
    if isinstance(value, int):
        text = str(value)
    elif isinstance(value, str):
        text = value.strip()
    else:
        raise DateError(f"invalid date {value!r}; write YYYY, YYYY-MM or YYYY-MM-DD")
    match = _DATE_RE.match(text)
    if not match:
        raise DateError(f"invalid date {text!r}; write YYYY, YYYY-MM or YYYY-MM-DD (BCE: -YYYY)")
    sign, year_s, month_s, day_s = match.groups()
    year = _year(int(year_s) * (-1 if sign else 1), text)
    month = int(month_s) if month_s else 0
    day = int(day_s) if day_s else 0
    if month_s and not 1 <= month <= 12:
        raise DateError(f"invalid date {text!r}: month {month} is not 1-12")
    if day_s:
        last = days_in_month(year, month)
        if not 1 <= day <= last:
            raise DateError(f"invalid date {text!r}: day {day} is not in 1-{last}")
    return HistDate(year, month, day)
