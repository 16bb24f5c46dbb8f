"""TimelineJS's spreadsheet template (Google Sheets exported as CSV or TSV) → its JSON form.

The columns are the template's own (Year, Month, Day, Time, End Year, …, Type, Group,
Background); each row becomes the event TimelineJS itself would make of it, a row of Type
`title` the title slide and a row of Type `era` an era, so the rest of the importer reads a
sheet exactly as it reads the JSON file.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from exhibit.content.importers.timelinejs.read import ImportRefused

COLUMNS = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Type", "Group", "Background",
)  # fmt: skip
_NEEDED = {"Year", "Headline"}
_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")
_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([AaPp][Mm])?$")


def is_sheet(path: Path) -> bool:
    return path.suffix.lower() in (".csv", ".tsv")


def read_sheet(text: str, path: Path, name: str) -> dict[str, Any]:
    """The TimelineJS object a sheet stands for, or ImportRefused naming what is wrong."""
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    if not rows:
        raise ImportRefused(f"{name}:1:1: error: the sheet is empty")
    header = [cell.strip() for cell in rows[0]]
    missing = sorted(_NEEDED - set(header))
    if missing:
        raise ImportRefused(
            f"{name}:1:1: error: not a TimelineJS sheet: no column "
            f"{', '.join(repr(m) for m in missing)} (the template's columns are "
            f"{', '.join(COLUMNS)})"
        )
    timeline: dict[str, Any] = {"events": []}
    eras: list[dict[str, Any]] = []
    for number, cells in enumerate(rows[1:], start=2):
        # Values as the sheet has them (TimelineJS keeps a text's spaces); dates, times,
        # types and colours are read stripped.
        row = {key: (cells[i] if i < len(cells) else "") for i, key in enumerate(header)}
        if not any(value.strip() for value in row.values()):
            continue
        slide = _slide(row, name, number)
        kind = row.get("Type", "").strip().lower()
        if kind == "title":
            timeline["title"] = slide
        elif kind == "era":
            eras.append(slide)
        else:
            timeline["events"].append(slide)
    if eras:
        timeline["eras"] = eras
    return timeline


def _slide(row: dict[str, str], name: str, number: int) -> dict[str, Any]:
    """One row as a TimelineJS slide: only the values the row has."""
    slide: dict[str, Any] = {}
    start = _date(row, "", name, number)
    end = _date(row, "End ", name, number)
    if start:
        slide["start_date"] = start
    if end:
        slide["end_date"] = end
    text = {"headline": row.get("Headline", ""), "text": row.get("Text", "")}
    if any(text.values()):
        slide["text"] = text
    media = {
        key: row.get(column, "")
        for key, column in (
            ("url", "Media"),
            ("credit", "Media Credit"),
            ("caption", "Media Caption"),
            ("thumbnail", "Media Thumbnail"),
        )
    }
    if media["url"].strip():
        slide["media"] = media
    for key, column in (("display_date", "Display Date"), ("group", "Group")):
        if row.get(column, "").strip():
            slide[key] = row[column]
    background = row.get("Background", "").strip()
    if background:
        slide["background"] = {"color" if _COLOUR.match(background) else "url": background}
    return slide


def _date(row: dict[str, str], prefix: str, name: str, number: int) -> dict[str, str]:
    date = {
        key: row.get(prefix + column, "").strip()
        for key, column in (("year", "Year"), ("month", "Month"), ("day", "Day"))
        if row.get(prefix + column, "").strip()
    }
    time = row.get(prefix + "Time", "").strip()
    if time and date:
        match = _TIME.match(time)
        if match is None:
            raise ImportRefused(
                f"{name}:{number}:1: error: {prefix}Time '{time}' is not a time like 13:45 or "
                "1:45 PM"
            )
        hour = int(match.group(1)) % 12 if match.group(4) else int(match.group(1))
        if match.group(4) and match.group(4).lower() == "pm":
            hour += 12
        date["hour"] = str(hour)
        date["minute"] = match.group(2) or "0"
        if match.group(3):
            date["second"] = match.group(3)
    return date
