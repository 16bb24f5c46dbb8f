"""How long `exhibit import timelinejs` takes on a large timeline (20,000 events, about 19 MB).

    python bench/import_timelinejs.py [EVENTS] [--no-check]

Writes a generated TimelineJS JSON into a temporary folder (events with a headline, a date, a
paragraph of text, a group and, for every tenth, remote media), imports it, then checks the
exhibit it wrote as `exhibit check` does, and prints one JSON line: events, the file's size,
seconds to import (wall clock, and CPU time: the steadier figure on a shared machine), what
the import said (sections, timeline files), the largest file written, seconds to check and
the errors found. Timings only; it fails nothing (a refusal is reported as the outcome).
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
from exhibit.content.loader import check  # noqa: E402

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
    numbers = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    count = int(numbers[0]) if numbers else 20_000
    figures: dict[str, Any] = {"events": count}
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "large.json"
        source.write_text(json.dumps(timeline(count)), encoding="utf-8")
        figures["bytes"] = source.stat().st_size
        out = Path(folder) / "out"
        started, cpu = time.perf_counter(), time.process_time()
        try:
            result = import_timelinejs(source, out)
        except ImportRefused as exc:
            figures["seconds"] = round(time.perf_counter() - started, 2)
            figures["outcome"] = f"refused: {exc}"
            print(json.dumps(figures))
            return
        figures["seconds"] = round(time.perf_counter() - started, 2)
        figures["cpu_seconds"] = round(time.process_time() - cpu, 2)
        parts = sorted((out / "timeline").glob("*.yaml")) if (out / "timeline").is_dir() else []
        figures["outcome"] = (
            f"imported {result.events} events into {len(result.sections)} sections, "
            f"timeline in {len(parts) or 1} file(s)"
        )
        figures["largest_file_bytes"] = max(p.stat().st_size for p in out.rglob("*.yaml"))
        if "--no-check" not in sys.argv:
            started, cpu = time.perf_counter(), time.process_time()
            checked = check(out)
            figures["check_seconds"] = round(time.perf_counter() - started, 2)
            figures["check_cpu_seconds"] = round(time.process_time() - cpu, 2)
            figures["check_errors"] = len(checked.errors)
            figures["check_warnings"] = len(checked.problems) - len(checked.errors)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
