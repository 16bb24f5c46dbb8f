"""Large timelines: written in parts within the file limit; a file that cannot fit is one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exhibit.content.importers.timelinejs import import_timelinejs, mapping, write
from exhibit.content.importers.timelinejs.read import ImportRefused
from exhibit.content.loader import check
from exhibit.content.yamlfile import load_yaml
from tests.exhibits import MakeExhibit


def _events(count: int) -> list[dict[str, object]]:
    return [
        {"start_date": {"year": 1900 + n % 100}, "text": {"headline": f"Event number {n}"}}
        for n in range(count)
    ]


def test_a_timeline_over_the_file_limit_is_written_in_parts_that_check_clean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "big.json"
    eras = [
        {
            "start_date": {"year": 1900},
            "end_date": {"year": 1950},
            "text": {"headline": "First half"},
        }
    ]
    source.write_text(json.dumps({"events": _events(200), "eras": eras}), encoding="utf-8")
    monkeypatch.setattr(write, "MAX_YAML_BYTES", 5_000)  # one timeline file would be ~12 kB
    monkeypatch.setattr(mapping, "MAX_SLIDES_PER_SECTION", 20)  # sections of ~2 kB
    out = tmp_path / "out"
    result = import_timelinejs(source, out)
    assert result.events == 200
    assert not (out / "timeline.yaml").exists()
    parts = sorted((out / "timeline").iterdir())
    assert len(parts) >= 3
    assert all(part.stat().st_size <= 5_000 for part in parts)
    exhibit_yaml = load_yaml(out / "exhibit.yaml")
    assert exhibit_yaml is not None and isinstance(exhibit_yaml.value, dict)
    listed = [item.value for item in exhibit_yaml.value["timeline"].value]  # type: ignore[union-attr]
    assert listed == [f"timeline/{part.name}" for part in parts]
    assert list(exhibit_yaml.value)[:5] == ["title", "languages", "sections", "timeline", "sources"]
    first = (out / listed[0]).read_text(encoding="utf-8")
    assert "eras:" in first and f"Part 1 of {len(parts)} of the timeline" in first
    assert all("eras:" not in (out / name).read_text(encoding="utf-8") for name in listed[1:])
    checked = check(out, "out")
    assert checked.ok and checked.problems == [], [p.format() for p in checked.problems]
    assert checked.exhibit is not None
    assert len(checked.exhibit.timeline.events) == 200
    assert [era.id for era in checked.exhibit.timeline.eras] == ["first-half"]


def test_a_timeline_in_one_file_when_it_fits(tmp_path: Path) -> None:
    source = tmp_path / "small.json"
    source.write_text(json.dumps({"events": _events(20)}), encoding="utf-8")
    import_timelinejs(source, tmp_path / "out")
    assert (tmp_path / "out" / "timeline.yaml").is_file()
    assert not (tmp_path / "out" / "timeline").exists()
    assert "timeline:" not in (tmp_path / "out" / "exhibit.yaml").read_text(encoding="utf-8")


def test_a_file_that_cannot_fit_is_one_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "big.json"
    source.write_text(json.dumps({"events": _events(200)}), encoding="utf-8")
    monkeypatch.setattr(write, "MAX_YAML_BYTES", 600)  # less than a section file needs
    out = tmp_path / "out"
    with pytest.raises(ImportRefused) as refused:
        import_timelinejs(source, out)
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith(f"{source}: error: its ") and ".yaml would be " in message
    assert "over the 600 an exhibit file may have (200 events)" in message
    assert not out.exists()


def test_an_unreadable_timeline_is_one_problem_not_one_per_slide(
    make_exhibit: MakeExhibit,
) -> None:
    root = make_exhibit(timeline_yaml="events: [" + "x" * 1_000_001)
    problems = [p.format() for p in check(root).problems]
    assert len(problems) == 1, problems
    assert "timeline.yaml" in problems[0] and "the limit is 1000000 bytes" in problems[0]
