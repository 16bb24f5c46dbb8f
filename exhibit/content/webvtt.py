"""WebVTT captions read into timed plain-text cues, refusing what the viewer will not follow.

Only what captions need is kept: each cue's start, end and words (voice, class and
formatting tags dropped, character references decoded). Styles are never applied, and a
STYLE block reaching for anything outside the file (`url(`, `@import`) is refused, as are
cues out of order in time, overlong files and unreadable timings: each problem names its
line in the .vtt file.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

MAX_VTT_BYTES = 1_000_000
MAX_CUES = 5_000
MAX_CUE_CHARS = 300

_TIME = r"(?:(\d{1,3}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_TIMING = re.compile(rf"^{_TIME}[ \t]+-->[ \t]+{_TIME}(?:[ \t].*)?$")
_TAG = re.compile(r"<[^>]*>")
_REMOTE = re.compile(r"url\s*\(|@import", re.IGNORECASE)


@dataclass(frozen=True)
class VttCue:
    start: float
    end: float
    text: str


class VttError(Exception):
    """A problem in a captions file, at a line of it."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _seconds(parts: tuple[str | None, ...]) -> float:
    hours, minutes, seconds, millis = (int(part or 0) for part in parts)
    return hours * 3600 + minutes * 60 + seconds + millis / 1000


def read_vtt(path: Path) -> list[VttCue]:
    """The cues of a WebVTT file, or VttError at the first problem."""
    data = path.read_bytes() if path.stat().st_size <= MAX_VTT_BYTES else None
    if data is None:
        raise VttError(1, f"captions file is larger than {MAX_VTT_BYTES // 1000} kB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise VttError(line, "captions file is not UTF-8 text") from None
    return parse_vtt(text)


def parse_vtt(text: str) -> list[VttCue]:
    """The cues of WebVTT `text` (see `read_vtt`)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = lines[0]
    if not (first == "WEBVTT" or first.startswith(("WEBVTT ", "WEBVTT\t"))):
        raise VttError(1, "a captions file starts with the line 'WEBVTT'")
    cues: list[VttCue] = []
    number = 1
    while number < len(lines):
        if not lines[number].strip():
            number += 1
            continue
        block_start = number
        block = []
        while number < len(lines) and lines[number].strip():
            block.append(lines[number])
            number += 1
        cue = _block(block, block_start + 1)
        if cue is not None:
            if cues and cue.start < cues[-1].start:
                raise VttError(block_start + 1, "cue starts before the one above it")
            cues.append(cue)
            if len(cues) > MAX_CUES:
                raise VttError(block_start + 1, f"more than {MAX_CUES} cues")
    return cues


def _block(block: list[str], line: int) -> VttCue | None:
    head = block[0]
    if head.startswith(("NOTE", "REGION")) and "-->" not in head:
        return None
    if head.startswith("STYLE") and "-->" not in head:
        for offset, row in enumerate(block):
            if _REMOTE.search(row):
                raise VttError(
                    line + offset, "a captions style may not load anything (url, @import)"
                )
        return None
    timing_at = 0 if "-->" in head else 1
    if timing_at >= len(block) or "-->" not in block[timing_at]:
        raise VttError(line, "a cue needs a timing line like '00:01.000 --> 00:04.000'")
    match = _TIMING.match(block[timing_at].strip())
    if match is None:
        raise VttError(line + timing_at, "cue timing must read like '00:01.000 --> 00:04.000'")
    start, end = _seconds(match.groups()[:4]), _seconds(match.groups()[4:])
    if end <= start:
        raise VttError(line + timing_at, "cue ends before it starts")
    rows = (html.unescape(_TAG.sub("", row)) for row in block[timing_at + 1 :])
    plain = "\n".join(" ".join(row.replace("\u200e", "").replace("\u200f", "").split())
                      for row in rows).strip()
    if len(plain) > MAX_CUE_CHARS:
        raise VttError(line + timing_at + 1, f"a cue holds at most {MAX_CUE_CHARS} characters")
    return VttCue(start, end, plain)
