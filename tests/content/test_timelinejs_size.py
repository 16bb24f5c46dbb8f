"""Large timelines: a file over an exhibit file's size is one clear refusal, never a flood."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exhibit.content.importers.timelinejs import import_timelinejs, write
from exhibit.content.importers.timelinejs.read import ImportRefused
from exhibit.content.loader import check
from tests.exhibits import MakeExhibit


def test_an_oversized_timeline_is_one_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = [
        {"start_date": {"year": 1900 + n}, "text": {"headline": f"Event number {n}"}}
        for n in range(200)
    ]
    source = tmp_path / "big.json"
    source.write_text(json.dumps({"events": events}), encoding="utf-8")
    monkeypatch.setattr(write, "MAX_YAML_BYTES", 5_000)  # the timeline is ~6 kB, the rest less
    out = tmp_path / "out"
    with pytest.raises(ImportRefused) as refused:
        import_timelinejs(source, out)
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith(f"{source}: error: its ") and ".yaml would be " in message
    assert "over the 5,000 an exhibit file may have (200 events)" in message
    assert "split the timeline" in message
    assert not out.exists()


def test_an_unreadable_timeline_is_one_problem_not_one_per_slide(
    make_exhibit: MakeExhibit,
) -> None:
    root = make_exhibit(timeline_yaml="events: [" + "x" * 1_000_001)
    problems = [p.format() for p in check(root).problems]
    assert len(problems) == 1, problems
    assert "timeline.yaml" in problems[0] and "the limit is 1000000 bytes" in problems[0]
