"""TimelineJS's sheet template (CSV/TSV) and older JSON shapes import as TimelineJS reads them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exhibit.content.importers.timelinejs import import_timelinejs
from exhibit.content.importers.timelinejs.read import ImportRefused, read_timelinejs
from exhibit.content.loader import check

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "timelinejs"
EXAMPLES = CORPUS / "knightlab-examples"
HEADER = (
    "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
    "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"
)


def _files(folder: Path) -> dict[str, list[str]]:
    """Each file's lines, but the lines naming the file it was imported from."""
    return {
        str(path.relative_to(folder)): [
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if "Imported from" not in line
        ]
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="the TimelineJS corpus is in ../shared")
@pytest.mark.parametrize(
    "sheet,twin",
    [
        ("template-my-own-timeline.csv", "template-my-own-timeline.from-csv.json"),
        ("contrib-women_in_computing.csv", "contrib-women_in_computing.json"),
    ],
)
def test_a_sheet_imports_to_the_same_exhibit_as_its_json_twin(
    tmp_path: Path, sheet: str, twin: str
) -> None:
    import_timelinejs(EXAMPLES / sheet, tmp_path / "sheet")
    import_timelinejs(EXAMPLES / twin, tmp_path / "json")
    assert _files(tmp_path / "sheet") == _files(tmp_path / "json")
    assert check(tmp_path / "sheet").ok


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_become_title_events_and_eras(tmp_path: Path) -> None:
    sheet = write(
        tmp_path,
        "t.csv",
        HEADER
        + '\n,,,,,,,,,The Title,"<p>Intro, with a comma</p>",,,,,title,,#223344\n'
        + "1993,4,3,1:30 PM,1993,4,4,,3–4 April,Summit,Talks,,,,,,Diplomacy,\n"
        + "1991,,,,1999,,,,,Yeltsin years,,,,,,era,,\n"
        + ",,,,,,,,,,,,,,,,,\n",
    )
    data = read_timelinejs(sheet)
    assert data["title"]["text"] == {"headline": "The Title", "text": "<p>Intro, with a comma</p>"}
    assert data["title"]["background"] == {"color": "#223344"}
    (event,) = data["events"]
    assert event["start_date"] == {
        "year": "1993",
        "month": "4",
        "day": "3",
        "hour": "13",
        "minute": "30",
    }
    assert event["end_date"] == {"year": "1993", "month": "4", "day": "4"}
    assert event["display_date"] == "3–4 April" and event["group"] == "Diplomacy"
    assert data["eras"] == [
        {
            "start_date": {"year": "1991"},
            "end_date": {"year": "1999"},
            "text": {"headline": "Yeltsin years", "text": ""},
        }
    ]


def test_a_tsv_sheet_reads_the_same(tmp_path: Path) -> None:
    rows = [
        HEADER.split(","),
        ["1993", "4", "25", "", "", "", "", "", "", "Vote", "Text", *[""] * 7],
    ]
    sheet = write(tmp_path, "t.tsv", "\n".join("\t".join(row) for row in rows) + "\n")
    assert read_timelinejs(sheet)["events"][0]["text"]["headline"] == "Vote"


@pytest.mark.parametrize(
    "text,message",
    [
        ("Name,Date\nx,1993\n", "not a TimelineJS sheet: no column 'Headline', 'Year'"),
        ("", "the sheet is empty"),
        (
            HEADER + "\n1993,,,quarter past,,,,,,A,,,,,,,,\n",
            "t.csv:2:1: error: Time 'quarter past'",
        ),
    ],
)
def test_a_sheet_that_is_not_the_template_is_refused(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(ImportRefused, match=message):
        read_timelinejs(write(tmp_path, "t.csv", text), "t.csv")


def test_timelinejs_2_and_wrapped_slides_are_read(tmp_path: Path) -> None:
    version_2 = {
        "timeline": {
            "headline": "Houston",
            "text": "A life",
            "date": [
                {"startDate": "1963,8,9", "endDate": "1963,8,9", "headline": "Born", "tag": "Life"},
                {"startDate": "2012", "headline": "Died", "asset": {"media": "x.jpg"}},
            ],
            "era": [{"startDate": "1985", "endDate": "1999", "headline": "Fame"}],
        }
    }
    data = read_timelinejs(write(tmp_path, "a.json", json.dumps(version_2)))
    assert [e["text"]["headline"] for e in data["events"]] == ["Born", "Died"]
    assert data["events"][0]["start_date"] == {"year": "1963", "month": "8", "day": "9"}
    assert data["events"][0]["group"] == "Life"
    assert data["title"]["text"]["headline"] == "Houston"
    assert data["eras"][0]["end_date"] == {"year": "1999"}
    wrapped = {
        "timeline": {"slides": [{"start_date": {"year": "1888"}, "text": {"headline": "A"}}]}
    }
    assert read_timelinejs(write(tmp_path, "b.json", json.dumps(wrapped)))["events"][0]["text"] == {
        "headline": "A"
    }


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="the TimelineJS corpus is in ../shared")
@pytest.mark.parametrize(
    "name,events", [("houston-timeline2.json", 18), ("welcome-welcome.json", 17)]
)
def test_the_older_examples_import_whole(tmp_path: Path, name: str, events: int) -> None:
    result = import_timelinejs(EXAMPLES / name, tmp_path / "out")
    assert result.events == events
    assert check(tmp_path / "out").ok
