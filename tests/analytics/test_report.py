"""Visitor reports: the numbers, several kiosks, --since, and the three text formats."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from exhibit.analytics.formats import duration_text, format_csv, format_json, format_table
from exhibit.analytics.read import (
    KioskData,
    StatsError,
    View,
    Visit,
    database_files,
    read_database,
    unique_labels,
)
from exhibit.analytics.report import (
    Database,
    DayCount,
    LanguageCount,
    MediaUse,
    SectionExit,
    SectionExits,
    SlideViews,
    TapCount,
    build_report,
)
from exhibit.analytics.store import Analytics
from tests.analytics.visitors import DAY_ONE, FakeClock, simulate

DAY = 86400.0


def write_visits(path: Path, kiosk: str | None = None) -> None:
    """Three visits over two days (one day apart from a quiet day), known to the second."""
    clock = FakeClock(DAY_ONE)
    with Analytics(path, clock, kiosk=kiosk, utc_offset=lambda _m: 0.0) as store:
        store.attract_started()
        # day 1, visit 1: one -> one -> two, walks away in two after 60 s in all
        store.slide_shown("a1", "one")
        store.touched()
        clock.advance(10)
        store.slide_shown("a2", "one")
        clock.advance(20)
        store.language_chosen("fr")
        store.slide_shown("b1", "two")
        clock.advance(30)
        store.session_ended()
        store.attract_started()
        # day 1, visit 2: a1 only, 20 s
        store.slide_shown("a1", "one")
        store.touched()
        clock.advance(20)
        store.timeline_tapped("ev")
        store.timeline_tapped("ev")
        store.session_ended()
        # day 3, visit 3: a1 -> a2, 40 s
        clock.now = DAY_ONE + 2 * DAY
        store.slide_shown("a1", "one")
        store.touched()
        clock.advance(15)
        store.slide_shown("a2", "one")
        clock.advance(25)
        store.session_ended()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "lobby" / "analytics.sqlite"
    write_visits(path)
    return path


def test_the_numbers(db: Path) -> None:
    report = build_report([read_database(db)])
    r = report.all
    assert r.sessions == 3
    assert r.sessions_per_day == (
        DayCount("2024-05-01", 2),
        DayCount("2024-05-02", 0),
        DayCount("2024-05-03", 1),
    )
    assert r.days == 2
    assert r.median_session_seconds == 40.0
    assert r.slide_views == 6
    assert r.most_viewed == (
        SlideViews("a1", "one", views=3, median_seconds=15.0),
        SlideViews("a2", "one", views=2, median_seconds=22.5),
    )
    assert r.least_viewed[0] == SlideViews("b1", "two", views=1, median_seconds=30.0)
    assert r.sections == (
        SectionExits(
            "one",
            visits=3,
            exits=(
                SectionExit("a2", visits=2, share=0.667, ended_visit=1),
                SectionExit("a1", visits=1, share=0.333, ended_visit=1),
            ),
        ),
        SectionExits("two", visits=1, exits=(SectionExit("b1", 1, share=1.0, ended_visit=1),)),
    )
    assert r.languages == (LanguageCount("fr", 1),)
    assert r.timeline_taps == (TapCount("ev", 2),)
    assert r.attract_starts == 2
    assert report.databases == (Database("lobby", str(db), sessions=3),)


def test_since_filters_by_the_kiosks_day(db: Path) -> None:
    report = build_report([read_database(db)], since=date(2024, 5, 2))
    assert report.since == "2024-05-02"
    assert report.all.sessions == 1
    assert report.all.attract_starts == 0
    later = build_report([read_database(db)], since=date(2030, 1, 1))
    assert later.note == "no visitor data yet since 2030-01-01"


def test_several_kiosks_together_and_each(tmp_path: Path) -> None:
    write_visits(tmp_path / "hall" / "analytics.sqlite", kiosk="Main hall")
    simulate(tmp_path / "sync" / "lobby.sqlite", days=3, seed=4)
    write_visits(tmp_path / "copy" / "analytics.sqlite", kiosk="Main hall")
    files = database_files([tmp_path])
    assert len(files) == 3
    kiosks = [read_database(p) for p in files]
    unique_labels(kiosks)
    assert sorted(k.label for k in kiosks) == ["Main hall", "Main hall (2)", "lobby"]
    report = build_report(kiosks)
    per_kiosk = report.kiosks
    assert per_kiosk["Main hall"].sessions == 3
    assert report.all.sessions == sum(k.sessions for k in per_kiosk.values())
    assert len(report.databases) == 3


def test_reads_while_a_kiosk_is_writing(tmp_path: Path) -> None:
    path = tmp_path / "analytics.sqlite"
    clock = FakeClock(DAY_ONE)
    with Analytics(path, clock) as store:
        store.touched()
        store.timeline_tapped("ev")
        data = read_database(path)  # the kiosk still has the file open
        assert len(data.visits) == 1 and data.visits[0].taps == ["ev"]
        assert data.visits[0].ended is None
    report = build_report([data])
    assert report.all.median_session_seconds is None  # an open visit has no length yet


def test_files_that_are_not_analytics_are_refused(tmp_path: Path) -> None:
    words = tmp_path / "words.sqlite"
    words.write_text("hello " * 200, encoding="utf-8")
    with pytest.raises(StatsError, match=r"words.sqlite: cannot read \(file is not a database"):
        read_database(words)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t(x)")
    with pytest.raises(StatsError, match="not an Exhibit analytics database"):
        read_database(other)
    newer = tmp_path / "newer.sqlite"
    write_visits(newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("PRAGMA user_version = 99")
    with pytest.raises(StatsError, match="newer Exhibit"):
        read_database(newer)


def test_no_database_at_all() -> None:
    missing = Path("/nowhere/analytics.sqlite")
    report = build_report([], missing=[missing])
    text = format_json(report)
    parsed = json.loads(text)
    assert parsed["databases"] == [] and parsed["missing"] == [str(missing)]
    assert "no analytics database yet" in parsed["note"]
    assert parsed["all"]["sessions"] == 0 and parsed["all"]["sessions_per_day"] == []
    assert "No analytics database yet" in format_table(report)
    assert format_csv(report).splitlines()[0] == "kiosk,metric,key,section,value"


def test_an_empty_database(tmp_path: Path) -> None:
    path = tmp_path / "analytics.sqlite"
    with Analytics(path, FakeClock(DAY_ONE)):
        pass
    report = build_report([read_database(path)])
    assert json.loads(format_json(report))["note"] == "no visitor data yet"
    assert "No visitor data yet." in format_table(report)


def test_csv_is_one_tidy_table(db: Path) -> None:
    report = build_report([read_database(db)])
    table = list(csv.DictReader(io.StringIO(format_csv(report))))
    assert {row["kiosk"] for row in table} == {"all", "lobby"}
    sessions = [r for r in table if r["kiosk"] == "all" and r["metric"] == "sessions_per_day"]
    assert [(r["key"], r["value"]) for r in sessions] == [
        ("2024-05-01", "2"),
        ("2024-05-02", "0"),
        ("2024-05-03", "1"),
    ]
    exits = [r for r in table if r["kiosk"] == "all" and r["metric"] == "section_exits"]
    assert ("a2", "one", "2") in {(r["key"], r["section"], r["value"]) for r in exits}


def test_table_reads_well(tmp_path: Path, db: Path) -> None:
    simulate(tmp_path / "hall.sqlite", kiosk="hall", days=5)
    report = build_report([read_database(db), read_database(tmp_path / "hall.sqlite")])
    text = format_table(report)
    for heading in (
        "Visitor analytics — 2 kiosks (lobby, hall)",
        "Sessions per day",
        "Most viewed slides",
        "Least viewed",
        "Where visitors leave each section",
        "Per kiosk",
        # what is counted, and what is not
        "slides the attract loop shows and time at the PIN pad or admin panel are not counted",
    ):
        assert heading in text
    assert "median length" in text


def test_duration_text() -> None:
    assert [duration_text(s) for s in (None, 4.4, 60, 134, 3600, 3780)] == [
        "–",
        "4 s",
        "1 min",
        "2 min 14 s",
        "1 h",
        "1 h 3 min",
    ]


def test_aggregation_without_a_database() -> None:
    """Visits as the reader gives them: stays per section, walk-aways, first-choice languages."""
    hall = KioskData(
        "hall",
        Path("hall.sqlite"),
        [
            Visit(
                0.0,
                "2024-05-01",
                90.0,
                [View("a1", "one", 10), View("b1", "two", 20), View("a2", "one", 30)],
                languages=["fr", "fr", "en"],
            ),
            Visit(100.0, "2024-05-04", None, [View("a1", "one", 5)], taps=["ev", "war", "ev"]),
        ],
        attract_days=["2024-05-01", "2024-05-04"],
    )
    report = build_report([hall], since=date(2024, 5, 1))
    r = report.all
    assert report.kiosks == {"hall": r} and report.note is None
    assert [d.sessions for d in r.sessions_per_day] == [1, 0, 0, 1]
    assert (r.days, r.first_day, r.last_day) == (2, "2024-05-01", "2024-05-04")
    assert r.median_session_seconds == 90.0  # the open visit has no length
    assert (r.slide_views, r.median_view_seconds) == (4, 15.0)
    # three slides: no more than half of them (rounded up) in each list
    assert [s.slide for s in r.most_viewed] == ["a1", "a2"]
    assert [s.slide for s in r.least_viewed] == ["a2", "b1"]
    # section one was entered three times: a1 -> b1 (two) -> a2, then a1 in the second visit
    one, two = r.sections
    assert (one.section, one.visits, two.section, two.visits) == ("one", 3, "two", 1)
    assert one.exits == (
        SectionExit("a1", 2, share=0.667, ended_visit=1),  # left for two once, walked away once
        SectionExit("a2", 1, share=0.333, ended_visit=1),
    )
    assert two.exits == (SectionExit("b1", 1, share=1.0, ended_visit=0),)
    assert r.languages == (LanguageCount("en", 1), LanguageCount("fr", 1))
    assert r.timeline_taps == (TapCount("ev", 2), TapCount("war", 1))
    assert r.attract_starts == 2
    later = build_report([hall], since=date(2024, 5, 2))
    assert (later.all.sessions, later.databases[0].sessions, later.all.attract_starts) == (1, 1, 1)


def test_recordings_and_captions_use(tmp_path: Path) -> None:
    """Plays, plays to the end and captions switched off per recording; a play after the
    visitor switched captions off counts as played without them, and a new visit starts
    with them on."""
    path = tmp_path / "media.sqlite"
    clock = FakeClock(DAY_ONE)
    with Analytics(path, clock, utc_offset=lambda _m: 0.0) as store:
        store.media_event("play", "v")  # outside a visit: not counted
        store.touched()
        store.media_event("play", "v")
        store.captions_switched("v", on=False, language="ru")
        store.media_event("play", "v")
        store.media_event("complete", "v")
        store.media_event("play", "a")
        store.captions_switched("a", on=True, language="ru")
        store.media_event("play", "a")
        store.session_ended()
        store.touched()  # a new visitor: captions on again
        store.media_event("play", "a")
        store.session_ended()
    report = build_report([read_database(path)])
    r = report.all
    assert r.media == (
        MediaUse("a", plays=3, completions=0, captions_off=0, plays_without_captions=1),
        MediaUse("v", plays=2, completions=1, captions_off=1, plays_without_captions=1),
    )
    assert r.captions_off_visits == 1
    assert r.captions_off_languages == (LanguageCount("ru", 1),)
    text = format_table(report)
    assert "Recordings" in text and "played without CC" in text
    assert "Captions switched off in 1 visit (reading ru 1)" in text
    table = list(csv.DictReader(io.StringIO(format_csv(report))))
    found = {(r["metric"], r["key"], r["value"]) for r in table if r["kiosk"] == "all"}
    assert {("media_plays", "v", "2"), ("media_captions_off", "v", "1"),
            ("media_plays_without_captions", "a", "1"), ("captions_off_visits", "", "1"),
            ("captions_off_language", "ru", "1")} <= found
    data = json.loads(format_json(report))
    assert data["all"]["media"][1]["captions_off"] == 1
