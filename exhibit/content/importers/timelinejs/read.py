"""Reading a TimelineJS JSON file: the timeline object, or a one-line refusal naming the file."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

MAX_JSON_BYTES = 20_000_000
_JSON_KINDS = {
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true/false",
    type(None): "null",
}


class ImportRefused(Exception):
    """The input cannot be imported; the message is one line naming the file (and position)."""


def read_timelinejs(path: Path, label: str | None = None) -> dict[str, Any]:
    """The TimelineJS object in `path`, or ImportRefused with one line saying what is wrong."""
    from exhibit.content.importers.timelinejs.legacy import modernise
    from exhibit.content.importers.timelinejs.sheet import is_sheet, read_sheet

    name = label or str(path)
    text = _read_text(path, name)
    if is_sheet(path):
        data: object = read_sheet(text, path, name)
    else:
        data = _parse(text, name)
        if isinstance(data, dict) and "events" not in data:
            data = modernise(data) or data
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        found = _JSON_KINDS.get(type(data), "a value")
        if isinstance(data, dict):
            found = 'an object without an "events" list'
        raise ImportRefused(
            f"{name}:1:1: error: not a TimelineJS timeline: expected an object with an "
            f'"events" list, found {found} (TimelineJS 3 JSON, its 2 format, or the sheet '
            "template saved as .csv or .tsv)"
        )
    if not data["events"] and not isinstance(data.get("title"), dict):
        raise ImportRefused(f"{name}:1:1: error: the timeline has no events and no title slide")
    return data


def _read_text(path: Path, name: str) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise ImportRefused(
                f"{name}: error: file is {size} bytes; the limit is {MAX_JSON_BYTES} bytes"
            )
        return path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ImportRefused(f"{name}: error: cannot read file ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise ImportRefused(
            f"{name}: error: not UTF-8 text (byte {exc.start}); save the file as UTF-8"
        ) from None


# A \uD800-\uDFFF escape is half of a character: valid JSON, but no text (it cannot be written
# as UTF-8). A high half must be followed at once by a low half, a low half only follow one.
_SURROGATE = re.compile(r"\\+u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _lone_surrogate(text: str) -> int | None:
    """Where in `text` (raw JSON) a lone surrogate escape starts, or None."""
    waiting: int | None = None  # a high half's start, while its low half is awaited
    expected = -1  # where that low half must start
    for match in _SURROGATE.finditer(text):
        if (len(match.group()) - 5) % 2 == 0:
            continue  # an escaped backslash followed by plain "u…": no escape
        start = match.end() - 6
        high = int(match.group()[-4:], 16) < 0xDC00
        if waiting is not None:
            if start == expected and not high:
                waiting = None
                continue
            return waiting
        if not high:
            return start
        waiting, expected = start, match.end()
    return waiting


def _parse(text: str, name: str) -> object:
    lone = _lone_surrogate(text)
    if lone is not None:
        line = text.count("\n", 0, lone) + 1
        column = lone - (text.rfind("\n", 0, lone) + 1) + 1
        raise ImportRefused(
            f"{name}:{line}:{column}: error: half of a character (a lone surrogate escape); "
            "fix the file's text there"
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportRefused(
            f"{name}:{exc.lineno}:{exc.colno}: error: not valid JSON: {exc.msg}"
        ) from None
    except RecursionError:
        raise ImportRefused(f"{name}: error: JSON is nested too deeply") from None
