"""`exhibit import timelinejs`: a TimelineJS JSON becomes an exhibit that checks clean."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest
import yaml

from exhibit.content.dates import HistDate
from exhibit.content.importers.timelinejs import import_timelinejs
from exhibit.content.importers.timelinejs.fields import convert_date, slugify
from exhibit.content.importers.timelinejs.mapping import convert
from exhibit.content.importers.timelinejs.read import ImportRefused, read_timelinejs
from exhibit.content.loader import BUDGETS, check
from exhibit.content.newfolder import OutputExists
from exhibit.content.yamlwrite import schema_comment

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "timelinejs"
WRITING = FIXTURES / "writing.json"


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the importer tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def writing(tmp_path: Path, no_network: None) -> tuple[Path, list[str]]:
    out = tmp_path / "writing"
    result = import_timelinejs(WRITING, out)
    return out, result.warnings


def test_imported_timeline_checks_clean(writing: tuple[Path, list[str]]) -> None:
    out, _ = writing
    result = check(out)
    assert result.ok, [p.format() for p in result.problems]
    assert result.problems == []
    assert result.exhibit is not None
    events = json.loads(WRITING.read_text(encoding="utf-8"))["events"]
    slides = result.exhibit.slides
    # the title slide, one slide per event, the credits slide
    assert len(slides) == len(events) + 2
    assert slides[0].kind == "title" and slides[-1].kind == "credits"
    assert all(len(s.events) == 1 for s in slides[1:-1])
    assert len({s.events[0] for s in slides[1:-1]}) == len(events)


def test_title_slide_becomes_exhibit_title(writing: tuple[Path, list[str]]) -> None:
    out, _ = writing
    exhibit = load_yaml(out / "exhibit.yaml")
    assert exhibit["title"] == "Marks That Last: Writing & Printing"
    assert exhibit["subtitle"] == (
        "Five thousand years of putting words where they outlive the people who said them."
    )
    first = load_yaml(out / "writing" / "section.yaml")["slides"][0]
    assert first["kind"] == "title" and first["title"] == exhibit["title"]
    assert "Example Picture Library" in first["caption"]
    assert "https://example.org/images/scribe.jpg" in first["notes"]


def test_every_file_starts_with_the_schema_comment(writing: tuple[Path, list[str]]) -> None:
    out, _ = writing
    for path, kind in [
        (out / "exhibit.yaml", "exhibit"),
        (out / "timeline.yaml", "timeline"),
        *((p, "section") for p in out.glob("*/section.yaml")),
    ]:
        assert path.read_text(encoding="utf-8").splitlines()[0] == schema_comment(kind)
    target = schema_comment("section").split("$schema=file://")[1]
    assert Path(target).is_file()


def test_groups_become_sections_in_order_of_their_first_event(
    writing: tuple[Path, list[str]],
) -> None:
    out, _ = writing
    exhibit = load_yaml(out / "exhibit.yaml")
    assert exhibit["sections"] == ["writing", "paper", "other"]
    titles = [load_yaml(out / s / "section.yaml")["title"] for s in exhibit["sections"]]
    assert titles == ["Writing", "Paper", "Other events"]
    writing_slides = load_yaml(out / "writing" / "section.yaml")["slides"]
    assert [s["id"] for s in writing_slides] == [
        "timeline-title",
        "tallies-on-clay-in-uruk",
        "an-alphabet-of-twenty-two-letters",
        "the-great-library-at-alexandria",
    ]
    assert load_yaml(out / "writing" / "section.yaml")["subtitle"] == "3200 BCE – 246 BCE"


def test_eras_dates_and_display_dates(writing: tuple[Path, list[str]]) -> None:
    out, _ = writing
    timeline = load_yaml(out / "timeline.yaml")
    assert timeline["eras"] == [
        {"id": "clay-and-reed", "title": "Clay and reed", "start": "-3400", "end": "-500"},
        {
            "id": "the-first-age-of-print",
            "title": "The first age of print",
            "start": 1440,
            "end": "1600-12",
        },
    ]
    events = {e["id"]: e for e in timeline["events"]}
    assert events["tallies-on-clay-in-uruk"]["date"] == "-3200"
    assert events["an-alphabet-of-twenty-two-letters"]["display_date"] == "around 1050 BCE"
    library = events["the-great-library-at-alexandria"]
    assert (library["date"], library["end"], library["display_date"]) == (
        "-285",
        "-246",
        "3rd century BCE",
    )
    assert events["gutenberg-bible"]["date"] == "1455-03"  # year-month precision kept
    assert events["cai-lun-reports-paper-to-the-court"]["date"] == 105  # year given as a string
    # chronological, BCE first
    assert [e["id"] for e in timeline["events"]][:2] == [
        "tallies-on-clay-in-uruk",
        "an-alphabet-of-twenty-two-letters",
    ]


def test_ids_are_valid_and_unique(writing: tuple[Path, list[str]]) -> None:
    out, _ = writing
    timeline = load_yaml(out / "timeline.yaml")
    ids = [e["id"] for e in timeline["events"]] + [e["id"] for e in timeline["eras"]]
    assert len(ids) == len(set(ids))
    assert "printing-spreads" in ids and "printing-spreads-2" in ids
    assert "gutenberg-bible" in ids  # from unique_id "Gutenberg Bible!"


def test_remote_media_is_a_text_slide_with_credit_and_a_warning(
    writing: tuple[Path, list[str]],
) -> None:
    out, warnings = writing
    slides = {s["id"]: s for s in load_yaml(out / "writing" / "section.yaml")["slides"]}
    uruk = slides["tallies-on-clay-in-uruk"]
    assert uruk["kind"] == "text"
    assert "Credit: Example Museum, CC BY 4.0" in uruk["body"]
    assert "https://example.org/images/uruk-tablet.jpg" in uruk["notes"]
    assert uruk["caption"] == "3200 BCE"
    for url in (
        "https://example.org/images/uruk-tablet.jpg",
        "https://www.youtube.com/watch?v=aaaaaaaaaaa",
        "https://example.org/images/scribe.jpg",
    ):
        assert sum(url in w and "not fetched" in w for w in warnings) == 1, url
    assert not list(out.glob("**/*.jpg"))


def test_local_media_becomes_an_image_slide(writing: tuple[Path, list[str]]) -> None:
    out, _ = writing
    slides = {s["id"]: s for s in load_yaml(out / "paper" / "section.yaml")["slides"]}
    mill = slides["a-paper-mill-at-xativa"]
    assert mill["kind"] == "image"
    assert mill["image"] == "paper/media/a-paper-mill-at-xativa.svg"
    assert mill["alt"] == "A timber mill with a large wheel beside a stream"
    assert mill["credit"] == "Drawing by the exhibit team"
    assert (out / mill["image"]).read_bytes() == (FIXTURES / "media" / "mill.svg").read_bytes()


def test_html_is_converted_and_links_warned(writing: tuple[Path, list[str]]) -> None:
    out, warnings = writing
    slides = {s["id"]: s for s in load_yaml(out / "other" / "section.yaml")["slides"]}
    body = slides["gutenberg-bible"]["body"]
    assert "*without spectacles*" in body
    assert "- about 180 copies\n- two columns of 42 lines\n- paper **and** vellum" in body
    assert any("link to https://example.org/alphabet removed" in w for w in warnings)


def test_long_text_is_trimmed_with_an_ellipsis_and_kept_in_notes(
    writing: tuple[Path, list[str]],
) -> None:
    out, warnings = writing
    slides = {s["id"]: s for s in load_yaml(out / "writing" / "section.yaml")["slides"]}
    library = slides["the-great-library-at-alexandria"]
    assert library["body"].rstrip().endswith("…")
    assert "by the time of the Arab conquest little was left to lose." in library["notes"]
    assert any("great library" in w and "trimmed to 1100" in w for w in warnings)


def test_event_without_text_or_media_is_a_title_card(writing: tuple[Path, list[str]]) -> None:
    out, _ = writing
    slides = {s["id"]: s for s in load_yaml(out / "other" / "section.yaml")["slides"]}
    card = slides["printing-spreads-2"]
    assert (card["kind"], card["title"], card["subtitle"]) == ("title", "Printing spreads", "1501")


def test_edge_cases_check_clean_with_warnings(tmp_path: Path, no_network: None) -> None:
    out = tmp_path / "edge"
    result = import_timelinejs(FIXTURES / "edge-cases.json", out)
    checked = check(out)
    assert checked.ok, [p.format() for p in checked.problems]
    warnings = "\n".join(result.warnings)
    for expected in (
        "no title headline",
        "there is no year 0",
        "removed HTML the exhibit cannot show: <script>",
        "day 30 is not in February 1993; kept the month",
        "month 13 is not 1-12",
        "event 4 (No start date at all): no usable start_date; skipped",
        "event 5: not an object; skipped",
        "end_date is before start_date",
        "headline: trimmed to 90 characters",
        "<iframe> https://example.org/embed, image https://example.org/x.png, <marquee>",
        "'../outside.png' leaves the exhibit folder",
        "media file 'missing.png' does not exist",
        "the quotation names no speaker",
        "the picture has no credit",
    ):
        assert expected in warnings, expected
    timeline = load_yaml(out / "timeline.yaml")
    events = {e["title"]: e for e in timeline["events"]}
    assert events["The year that was not"]["date"] == "-1"
    assert events["A day that does not exist"]["date"] == "1993-02"
    assert events["A month that does not exist"]["date"] == 1993
    assert len(events) == 8
    for title in events:
        assert len(title) <= BUDGETS["title"]
    assert not (tmp_path / "outside.png").exists()


def test_convert_date_precision_and_bce() -> None:
    warn: list[str] = []
    assert convert_date({"year": -44, "month": 3, "day": 15}, "d", warn) == HistDate(-44, 3, 15)
    assert convert_date({"year": "1993", "month": "04"}, "d", warn) == HistDate(1993, 4)
    assert convert_date({"year": 1993.0, "month": "", "day": ""}, "d", warn) == HistDate(1993)
    assert convert_date({"year": 2000, "day": 5}, "d", warn) == HistDate(2000)
    assert convert_date({"year": "soon"}, "d", warn) is None
    assert convert_date({"month": 3}, "d", warn) is None
    assert convert_date("1993", "d", warn) is None
    assert convert_date({"year": -50_000_000_000}, "d", warn) is None  # older than time
    assert convert_date({"year": 1993, "month": 4, "day": "x"}, "d", warn) == HistDate(1993, 4)
    assert len(warn) == 4


def test_slugify() -> None:
    assert slugify("Xàtiva's Mill!", "x") == "xativa-s-mill"
    assert slugify("###", "event-3") == "event-3"
    assert len(slugify("word " * 40, "x")) <= 48
    assert not slugify("word " * 40, "x").endswith("-")


def test_no_groups_make_one_section(tmp_path: Path) -> None:
    data = {
        "title": {"text": {"headline": "Plain"}},
        "events": [
            {"start_date": {"year": 1900 + n}, "text": {"headline": f"E{n}", "text": "x"}}
            for n in range(3)
        ],
    }
    result = convert(data, "plain.json", None)
    assert result.sections == ["events"]
    assert result.events == 3 and result.slides == 5


def test_title_only_timeline(tmp_path: Path) -> None:
    result = convert({"title": {"text": {"headline": "Only a title"}}, "events": []}, "t", None)
    out = tmp_path / "t"
    from exhibit.content.importers.timelinejs.write import write_exhibit

    write_exhibit(result, out)
    assert check(out).ok


def test_group_names_without_latin_letters_and_long_media_text(tmp_path: Path) -> None:
    long = " ".join(["caption"] * 200)
    data = {
        "events": [
            {
                "start_date": {"year": 1868},
                "text": {"headline": "Meiji", "text": " ".join(["word"] * 400)},
                "group": "日本",
                "media": {"url": "https://example.org/a.jpg", "caption": long, "credit": long},
            },
            {"start_date": {"year": 1869}, "text": {"headline": "Loose"}},
        ]
    }
    result = convert(data, "japan.json", None)
    assert result.sections == ["group-1", "other"]
    out = tmp_path / "japan"
    from exhibit.content.importers.timelinejs.write import write_exhibit

    write_exhibit(result, out)
    assert check(out).ok, [p.format() for p in check(out).problems]


def test_large_groups_are_split_into_parts(tmp_path: Path) -> None:
    events = [
        {"start_date": {"year": 1000 + n}, "text": {"headline": f"Event {n}"}, "group": "Kings"}
        for n in range(160)
    ]
    result = convert({"events": events}, "kings.json", None)
    assert result.sections == ["kings", "kings-2"]


# -- refusals --------------------------------------------------------------------------------


def test_broken_json_is_refused_with_line_and_column(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as caught:
        import_timelinejs(FIXTURES / "broken.json", tmp_path / "out")
    assert str(caught.value) == (
        f"{FIXTURES / 'broken.json'}:5:3: error: not valid JSON: Expecting value"
    )
    assert not (tmp_path / "out").exists()


def test_not_a_timeline_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as caught:
        read_timelinejs(FIXTURES / "not-a-timeline.json", "geo.json")
    assert str(caught.value) == (
        'geo.json:1:1: error: not a TimelineJS timeline: expected an object with an "events" '
        'list, found an object without an "events" list (TimelineJS 3 JSON, its 2 format, or '
        "the sheet template saved as .csv or .tsv)"
    )
    array = tmp_path / "array.json"
    array.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"found an array \(TimelineJS 3 JSON"):
        read_timelinejs(array)


def test_empty_timeline_and_bad_encoding_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text('{"events": []}', encoding="utf-8")
    with pytest.raises(ImportRefused, match="no events and no title slide"):
        read_timelinejs(empty)
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"events": [], "title": "Xàtiva"}'.encode("latin-1"))
    with pytest.raises(ImportRefused, match="not UTF-8 text"):
        read_timelinejs(latin)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"nested too deeply|not a TimelineJS"):
        read_timelinejs(deep)


def test_existing_output_is_never_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "taken"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputExists):
        import_timelinejs(WRITING, out)
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputExists):
        import_timelinejs(WRITING, blocker)


def test_empty_output_folder_is_used(tmp_path: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    import_timelinejs(WRITING, out)
    assert check(out).ok
    assert [p.name for p in tmp_path.iterdir()] == ["empty"]  # no staging folder left


def test_a_failed_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    def broken_copy(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", broken_copy)
    with pytest.raises(OSError):
        import_timelinejs(WRITING, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def _timeline(tmp_path: Path, raw_json: str) -> Path:
    path = tmp_path / "t.json"
    path.write_text(raw_json, encoding="utf-8")
    return path


def test_html_nested_too_deeply_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    deep = "<ul><li>" * 600 + "x" + "</li></ul>" * 600
    data = {"events": [{"start_date": {"year": 1990}, "text": {"headline": "A", "text": deep}}]}
    source = _timeline(tmp_path, json.dumps(data))
    with pytest.raises(ImportRefused, match=r"t\.json: error: the timeline's HTML is nested"):
        import_timelinejs(source, tmp_path / "out", "t.json")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize(
    "text,column",
    [(r"A \ud800 b", 68), (r"\udc00", 66), (r"\ud800\ud800\udc00", 66)],
)
def test_a_lone_surrogate_is_refused_at_its_place(tmp_path: Path, text: str, column: int) -> None:
    raw = '{"events": [{"start_date": {"year": 1990}, "text": {"headline": "' + text + '"}}]}'
    with pytest.raises(ImportRefused) as refused:
        read_timelinejs(_timeline(tmp_path, raw), "t.json")
    assert str(refused.value).startswith(f"t.json:1:{column}: error: half of a character")


def test_a_whole_surrogate_pair_and_an_escaped_backslash_are_text(tmp_path: Path) -> None:
    raw = (
        '{"events": [{"start_date": {"year": 1990}, '
        '"text": {"headline": "Smile \\ud83d\\ude00 and \\\\ud800"}}]}'
    )
    data = read_timelinejs(_timeline(tmp_path, raw), "t.json")
    assert data["events"][0]["text"]["headline"] == "Smile \U0001f600 and \\ud800"


def test_cyrillic_headlines_give_readable_ids() -> None:
    assert slugify("Сообщение о минировании школы № 22", "event") == (
        "soobshchenie-o-minirovanii-shkoly-no-22"
    )
    assert slugify("Щёлково, январь", "event") == "shchyolkovo-yanvar"
    assert slugify("—", "event") == "event"


def test_ungrouped_events_come_after_the_groups() -> None:
    events = [
        {"start_date": {"year": 1990}, "text": {"headline": "Loose"}},
        {"start_date": {"year": 1991}, "text": {"headline": "In A"}, "group": "A"},
        {"start_date": {"year": 1992}, "text": {"headline": "In B"}, "group": "B"},
    ]
    result = convert({"events": events}, "t.json", None)
    assert result.sections == ["a", "b", "other"]
