"""How long `exhibit import timelinejs` takes on a large timeline (20,000 events, about 19 MB).

    python bench/import_timelinejs.py [EVENTS]

Writes a generated TimelineJS JSON into a temporary folder (events with a headline, a date, a
paragraph of text, a group and, for every tenth, remote media), imports it and prints one JSON
line: events, the file's size, seconds to import and what the import said. Timings only; it
fails nothing (a timeline over the exhibit's file limits is refused, and that is reported).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CHECKOUT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(CHECKOUT))

from exhibit.content.importers.timelinejs import import_timelinejs  # noqa: E402
from exhibit.content.importers.timelinejs.read import ImportRefused  # noqa: E402

WORDS = [
    "archive",
    "ledger",
    "harbour",
    "survey",
    "charter",
    "mill",
    "river",
    "bridge",
    "council",
    "market",
]


def timeline(count: int) -> dict[str, Any]:
    """A TimelineJS timeline of `count` events, about 950 bytes of JSON each."""
    events = []
    for n in range(count):
        text = " ".join(WORDS[(n + k) % len(WORDS)] for k in range(110))
        event: dict[str, Any] = {
            "start_date": {"year": 1000 + n % 1000, "month": 1 + n % 12, "day": 1 + n % 28},
            "text": {
                "headline": f"Entry {n} of the {WORDS[n % len(WORDS)]} records",
                "text": f"<p>{text}.</p>",
            },
            "group": f"Group {n % 7}",
        }
        if n % 10 == 0:
            event["media"] = {"url": f"https://example.org/{n}.jpg", "credit": "Someone"}
        events.append(event)
    return {"title": {"text": {"headline": "A large timeline"}}, "events": events}


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "large.json"
        source.write_text(json.dumps(timeline(count)), encoding="utf-8")
        started = time.perf_counter()
        try:
            result = import_timelinejs(source, Path(folder) / "out")
            outcome = f"imported {result.events} events into {len(result.sections)} sections"
        except ImportRefused as exc:
            outcome = f"refused: {exc}"
        seconds = time.perf_counter() - started
        print(
            json.dumps(
                {
                    "events": count,
                    "bytes": source.stat().st_size,
                    "seconds": round(seconds, 2),
                    "outcome": outcome,
                }
            )
        )


if __name__ == "__main__":
    main()
