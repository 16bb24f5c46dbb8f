"""A timeline kept in several files (`timeline:` a list of parts) loads as one timeline."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from exhibit.content import cache
from exhibit.content.loader import check
from exhibit.content.schema import SCHEMA_DIR
from exhibit.kiosk.watch import ContentWatcher
from tests.exhibits import BASE, MakeExhibit

PARTS_ROOT = BASE["exhibit.yaml"] + "timeline: [timeline/early.yaml, timeline/late.yaml]\n"
EARLY = """\
events:
  - id: ev
    date: 1993-04-25
    title: Vote
"""
LATE = """\
eras:
  - id: era
    title: Nineties
    start: 1990
    end: 1999
events:
  - id: later
    date: 1991-12-25
    title: Flag lowered
"""
SLIDE_ON_LATE = BASE["one/section.yaml"].replace("events: [ev]", "events: [ev, later]")


def parts(make_exhibit: MakeExhibit, **overrides: str | None) -> Path:
    files: dict[str, str | None] = {
        "exhibit_yaml": PARTS_ROOT,
        "timeline_yaml": None,
        "timeline__early_yaml": EARLY,
        "timeline__late_yaml": LATE,
        "one__section_yaml": SLIDE_ON_LATE,
    }
    files.update(overrides)
    return make_exhibit(**files)


def lines(root: Path) -> list[str]:
    return [p.format() for p in check(root, "ex").problems]


def test_parts_load_as_one_timeline_in_date_order(make_exhibit: MakeExhibit) -> None:
    result = check(parts(make_exhibit), "ex")
    assert result.ok, [p.format() for p in result.problems]
    assert result.exhibit is not None
    timeline = result.exhibit.timeline
    assert [e.id for e in timeline.events] == ["later", "ev"]  # sorted across the parts
    assert [e.id for e in timeline.eras] == ["era"]
    assert result.problems == []


def test_one_file_named_as_a_string_still_works(make_exhibit: MakeExhibit) -> None:
    root = make_exhibit(
        exhibit_yaml=BASE["exhibit.yaml"] + "timeline: dates.yaml\n",
        timeline_yaml=None,
        dates_yaml=BASE["timeline.yaml"],
    )
    assert lines(root) == []


def test_a_missing_part_is_one_line_at_its_name(make_exhibit: MakeExhibit) -> None:
    root = parts(make_exhibit, timeline__late_yaml=None)
    # One line, though a slide names an event of each part: the others would only repeat it.
    assert lines(root) == [
        "ex/exhibit.yaml:6:33: error: timeline: file 'timeline/late.yaml' does not exist"
    ]


def test_a_duplicate_id_across_parts_names_the_first_part(make_exhibit: MakeExhibit) -> None:
    root = parts(make_exhibit, timeline__late_yaml=LATE.replace("id: later", "id: ev"))
    assert "ex/timeline/late.yaml:7:9: error: duplicate event id 'ev' (first at " \
        "ex/timeline/early.yaml:2)" in lines(root)


def test_an_era_and_an_event_share_one_namespace_across_parts(
    make_exhibit: MakeExhibit,
) -> None:
    root = parts(make_exhibit, timeline__early_yaml=EARLY.replace("id: ev", "id: era"))
    found = lines(root)
    assert "ex/timeline/late.yaml:2:9: error: duplicate era id 'era' (first at " \
        "ex/timeline/early.yaml:2)" in found


def test_a_problem_in_a_part_names_that_part(make_exhibit: MakeExhibit) -> None:
    root = parts(make_exhibit, timeline__late_yaml=LATE.replace("1991-12-25", "1991-13-25"))
    found = lines(root)
    assert found[0] == (
        "ex/timeline/late.yaml:8:11: error: event date: invalid date '1991-13-25': month 13 "
        "is not 1-12"
    ), found


def test_a_part_over_the_size_limit_says_to_split_it(make_exhibit: MakeExhibit) -> None:
    root = parts(make_exhibit, timeline__late_yaml=LATE + "# padding\n" * 110_000)
    found = lines(root)
    assert len(found) == 1, found  # not one more per slide that names one of its events
    assert found[0].startswith("ex/timeline/late.yaml:1:1: error: file is 1100")
    assert "the limit is 1000000 bytes; split the timeline into parts" in found[0]
    assert "timeline: [timeline/part-1.yaml, timeline/part-2.yaml]" in found[0]


def test_a_part_listed_twice(make_exhibit: MakeExhibit) -> None:
    root = parts(
        make_exhibit,
        exhibit_yaml=BASE["exhibit.yaml"]
        + "timeline:\n  - timeline/early.yaml\n  - timeline/late.yaml\n  - timeline/early.yaml\n",
    )
    assert lines(root) == [
        "ex/exhibit.yaml:9:5: error: timeline: 'timeline/early.yaml' is listed twice "
        "(first at line 7)"
    ]


def test_an_empty_list_of_parts(make_exhibit: MakeExhibit) -> None:
    root = parts(
        make_exhibit,
        exhibit_yaml=BASE["exhibit.yaml"] + "timeline: []\n",
        one__section_yaml=None,
        one__pic_svg=None,
    )
    assert "ex/exhibit.yaml:6:11: error: timeline is an empty list; name at least one " \
        "file, or leave it out" in lines(root)


def test_a_part_outside_the_folder_is_refused(make_exhibit: MakeExhibit) -> None:
    listed = "timeline: [timeline/early.yaml, ../x.yaml]\n"
    root = parts(make_exhibit, exhibit_yaml=BASE["exhibit.yaml"] + listed)
    found = lines(root)
    assert len(found) == 1, found
    assert found[0].startswith("ex/exhibit.yaml:6:33: error: timeline: ")
    assert "inside" in found[0] or ".." in found[0]


def test_a_part_left_out_of_the_list_is_warned(make_exhibit: MakeExhibit) -> None:
    root = parts(make_exhibit, timeline__extra_yaml=EARLY.replace("id: ev", "id: extra"))
    result = check(root, "ex")
    assert result.ok
    assert [p.format() for p in result.problems] == [
        "ex/timeline/extra.yaml:1:1: warning: extra.yaml is not listed in 'timeline' in "
        "exhibit.yaml, so its events are not read; add it to the list, or remove the file"
    ]


def test_a_timeline_yaml_beside_a_list_is_warned(make_exhibit: MakeExhibit) -> None:
    root = parts(make_exhibit, timeline_yaml=EARLY.replace("id: ev", "id: old"))
    found = lines(root)
    assert found == [
        "ex/timeline.yaml:1:1: warning: timeline.yaml is not listed in 'timeline' in "
        "exhibit.yaml, so its events are not read; add it to the list, or remove the file"
    ]


def test_the_schema_takes_one_file_or_a_list() -> None:
    schema = json.loads((SCHEMA_DIR / "exhibit.schema.json").read_text(encoding="utf-8"))
    base = {"title": "T", "sections": ["one"]}
    jsonschema.validate({**base, "timeline": "timeline.yaml"}, schema)
    jsonschema.validate({**base, "timeline": ["a.yaml", "b.yaml"]}, schema)
    for bad in ([], ["a.yaml", "a.yaml"], [1]):
        try:
            jsonschema.validate({**base, "timeline": bad}, schema)
        except jsonschema.ValidationError:
            continue
        raise AssertionError(f"the schema accepted timeline: {bad!r}")


def test_an_edit_to_a_part_is_seen_by_the_cache(
    make_exhibit: MakeExhibit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = parts(make_exhibit)
    first = cache.load_cached(root, "ex")
    assert cache.load_cached(root, "ex") == first  # from the cache
    (root / "timeline" / "late.yaml").write_text(
        LATE.replace("Flag lowered", "The flag comes down"), encoding="utf-8"
    )
    again = cache.load_cached(root, "ex")
    assert again.timeline.events[0].title.get("en") == "The flag comes down"


def test_the_live_watcher_reloads_an_edited_part(make_exhibit: MakeExhibit) -> None:
    root = parts(make_exhibit)
    watcher = ContentWatcher(root, "ex", debounce=1.0)
    assert watcher.poll(0.0) is None
    (root / "timeline" / "late.yaml").write_text(
        LATE.replace("1991-12-25", "1991-12-26"), encoding="utf-8"
    )
    watcher.poll(1.0)
    result = watcher.poll(2.5)
    assert result is not None and result.exhibit is not None
    assert str(result.exhibit.timeline.events[0].date.iso()) == "1991-12-26"
    # a broken part keeps the last good exhibit, and names the part
    (root / "timeline" / "early.yaml").write_text("events: [\n", encoding="utf-8")
    watcher.poll(3.0)
    broken = watcher.poll(4.5)
    assert broken is not None and broken.exhibit is None
    assert broken.problems[0].format().startswith("ex/timeline/early.yaml:")
