"""TimelineJS field values as exhibit values: text, whole numbers, dates and unique ids."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from exhibit.content.dates import MAX_YEAR, HistDate, days_in_month

ID_LENGTH = 48
_NOT_ID = re.compile(r"[^a-z0-9]+")


# Cyrillic letters as Latin ones (the common, BGN-like romanisation): a Russian or Ukrainian
# headline gives an id that still says something, not `event-1`.
_CYRILLIC = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye", strict=True)),
        "ё": "yo", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ь": "", "ю": "yu", "я": "ya", "є": "ye", "і": "i", "ї": "yi", "ґ": "g",
    }
)  # fmt: skip


def slugify(text: str, fallback: str) -> str:
    """An id made of a-z, 0-9 and '-', at most ID_LENGTH long; `fallback` when nothing is left."""
    latin = text.lower().translate(_CYRILLIC)
    if not latin.isascii():
        latin = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_ID.sub("-", latin.lower()).strip("-")
    if len(slug) > ID_LENGTH:
        cut = slug[:ID_LENGTH]
        slug = cut[: cut.rfind("-")] if "-" in cut[ID_LENGTH // 2 :] else cut
        slug = slug.strip("-")
    return slug or fallback


class Ids:
    """Hands out unique ids in one namespace."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.taken = set(taken)

    def claim(self, text: str, fallback: str) -> str:
        base = slugify(text, fallback)
        candidate, number = base, 2
        while candidate in self.taken:
            suffix = f"-{number}"
            candidate = base[: ID_LENGTH - len(suffix)].rstrip("-") + suffix
            number += 1
        self.taken.add(candidate)
        return candidate


def text_of(value: object) -> str:
    """A TimelineJS string field (sometimes a number) as text; anything else is empty."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def object_of(value: object) -> dict[str, Any]:
    """A TimelineJS object field; anything else is an empty one."""
    return value if isinstance(value, dict) else {}


def is_year_zero(value: object) -> bool:
    """Whether a TimelineJS date object is in year 0 (which TimelineJS shows as '0', between
    1 BCE and 1 CE; exhibit dates have no such year)."""
    return isinstance(value, dict) and _integer(value.get("year")) == 0


def _integer(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*[-+]?\d+\s*", value):
        return int(value)
    return None


def convert_date(value: object, what: str, warn: list[str]) -> HistDate | None:
    """A TimelineJS date object as a HistDate, keeping its precision; None when unusable."""
    if not isinstance(value, dict):
        return None
    year = _year(value.get("year"), what, warn)
    if year is None:
        return None
    month_raw, day_raw = value.get("month"), value.get("day")
    month = 0 if month_raw in (None, "") else _integer(month_raw)
    if month is None or not 0 <= month <= 12:
        warn.append(f"{what}: month {month_raw!r} is not 1-12; kept the year only")
        return HistDate(year)
    return _with_day(year, month, day_raw, what, warn)


def _year(raw: object, what: str, warn: list[str]) -> int | None:
    """The year as exhibit dates count it (no year 0), or None with a warning why not."""
    year = _integer(raw)
    if year is None:
        if raw not in (None, ""):
            warn.append(f"{what}: year {raw!r} is not a whole number")
        return None
    if year == 0:
        warn.append(
            f"{what}: there is no year 0 in exhibit dates; dated 1 BCE (-1), shown as "
            "'0' as TimelineJS shows it, after the events of year -1"
        )
        return -1
    if abs(year) > MAX_YEAR:
        warn.append(f"{what}: year {year} is beyond ±{MAX_YEAR:,}, older than the universe")
        return None
    return year


def _with_day(year: int, month: int, day_raw: object, what: str, warn: list[str]) -> HistDate:
    """The date of `year` and `month` (0: none) with the day if it is a usable one."""
    day = 0 if day_raw in (None, "") else _integer(day_raw)
    if day and not month:
        warn.append(f"{what}: a day without a month; kept the year only")
        return HistDate(year)
    if day is None:
        warn.append(f"{what}: day {day_raw!r} is not a whole number; kept the month")
    elif day:
        if 1 <= day <= days_in_month(year, month):
            return HistDate(year, month, day)
        warn.append(
            f"{what}: day {day_raw!r} is not in {HistDate(year, month).english()}; kept the month"
        )
    return HistDate(year, month)


def yaml_date(date: HistDate) -> str | int:
    """A date as the exhibit's YAML writes it: a bare year when it is one (CE), else ISO."""
    return date.year if date.precision == "year" and date.year > 0 else date.iso()


def year_text(date: HistDate) -> str:
    return HistDate(date.year).english()


def date_text(start: HistDate, end: HistDate | None) -> str:
    return (
        start.english() if end is None or end == start else f"{start.english()} – {end.english()}"
    )
