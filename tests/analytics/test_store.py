"""The kiosk analytics store: what a visit records, where it lives, and surviving kill -9."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from exhibit.analytics.store import (
    MAX_DWELL_S,
    Analytics,
    AnalyticsError,
    day_of,
    default_database_path,
)
from tests.analytics.visitors import FakeClock

REPO = Path(__file__).resolve().parents[2]
T0 = 1_714_550_400.0  # 2024-05-01 08:00 UTC


def rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Any:
    with Analytics(tmp_path / "a.sqlite", clock, utc_offset=lambda _m: 0.0) as analytics:
        yield analytics


# -- where ----------------------------------------------------------------------------------


def test_default_location(monkeypatch: pytest.MonkeyPatch) -> None:
    """The platform data folder (tests/system/test_dirs.py has every platform's)."""
    monkeypatch.setenv("HOME", "/home/k")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert default_database_path() == Path("/home/k/.local/share/exhibit/analytics.sqlite")
    monkeypatch.setenv("XDG_DATA_HOME", "/data")
    assert default_database_path() == Path("/data/exhibit/analytics.sqlite")


def test_store_creates_its_folder_in_wal_mode(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "deep" / "er" / "analytics.sqlite"
    with Analytics(path, clock) as store:
        assert store._db is not None
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert path.is_file()


def test_only_anonymous_columns_are_stored(store: Analytics) -> None:
    assert store._db is not None
    columns = {
        table: [row[1] for row in store._db.execute(f"PRAGMA table_info({table})")]
        for table in ("sessions", "events", "meta")
    }
    assert columns == {
        "sessions": ["id", "started", "day", "ended", "end_reason"],
        "events": ["id", "at", "day", "session", "kind", "slide", "section", "value", "seconds"],
        "meta": ["key", "value"],
    }


# -- what a visit records -------------------------------------------------------------------


def test_a_visit_from_first_touch_to_idle(store: Analytics, clock: FakeClock) -> None:
    store.slide_shown("s1", "one")  # the attract loop left s1 on screen
    clock.advance(30)
    assert not store.in_session
    store.touched()
    assert store.in_session
    clock.advance(10)
    store.slide_shown("s2", "one")
    clock.advance(5)
    store.language_chosen("fr")
    store.timeline_tapped("ev")
    store.slide_shown("s3", "two")
    clock.advance(100)
    store.session_ended(idle_for=90)
    store.attract_started()
    store.slide_shown("s1", "one")  # attract loop: not counted
    clock.advance(12)
    store.close()
    path = store.path
    assert rows(path, "SELECT started, day, ended, end_reason FROM sessions") == [
        (T0 + 30, "2024-05-01", T0 + 55, "idle")
    ]
    assert rows(path, "SELECT session, kind, slide, section, value, seconds FROM events") == [
        (1, "section", None, "one", None, None),
        (1, "slide", "s1", "one", None, 10.0),  # counted from the first touch
        (1, "language", None, None, "fr", None),
        (1, "timeline", None, None, "ev", None),
        (1, "slide", "s2", "one", None, 5.0),
        (1, "section", None, "two", None, None),
        (1, "slide", "s3", "two", None, 10.0),  # 100 s on screen less the 90 s idle wait
        (None, "attract", None, None, None, None),
    ]


def test_visitor_choices_start_a_visit(store: Analytics) -> None:
    store.timeline_tapped("ev")
    assert store.in_session
    store.session_ended()
    store.language_chosen("ru")
    assert store.in_session
    assert rows(store.path, "SELECT count(*) FROM sessions") == [(2,)]


def test_slides_and_sections_outside_a_visit_are_not_counted(store: Analytics) -> None:
    store.slide_viewed("s1", "one", 12)
    store.section_entered("one")
    store.slide_shown("s2", "one")
    store.slide_shown("s3", "one")
    assert rows(store.path, "SELECT count(*) FROM events") == [(0,)]


def test_explicit_dwell_and_sections(store: Analytics) -> None:
    store.touched()
    store.section_entered("one")
    store.slide_viewed("s1", "one", 7.25)
    store.slide_viewed("s2", "one", -3)  # a clock step backwards
    store.slide_viewed("s3", "one", 10 * MAX_DWELL_S)
    store.slide_viewed("s4", "one", float("nan"))
    seconds = rows(store.path, "SELECT seconds FROM events WHERE kind = 'slide' ORDER BY id")
    assert seconds == [(7.25,), (0.0,), (MAX_DWELL_S,), (0.0,)]


def test_attract_loop_ends_an_open_visit(store: Analytics, clock: FakeClock) -> None:
    store.touched()
    clock.advance(20)
    store.attract_started()
    assert not store.in_session
    assert rows(store.path, "SELECT ended - started, end_reason FROM sessions") == [
        (20.0, "attract")
    ]


def test_the_admin_gesture_is_no_visit(store: Analytics, clock: FakeClock) -> None:
    """A visit the gesture's own taps began is removed; one under way ends at the gesture."""
    store.touched()
    store.slide_shown("s1", "one")
    clock.advance(2)
    store.admin_opened(since=clock.now - 3)
    assert not store.in_session
    assert rows(store.path, "SELECT count(*) FROM sessions") == [(0,)]
    assert rows(store.path, "SELECT count(*) FROM events WHERE session IS NOT NULL") == [(0,)]
    store.touched()
    clock.advance(30)
    store.admin_opened(since=clock.now - 3)
    assert rows(store.path, "SELECT ended - started, end_reason FROM sessions") == [(27.0, "admin")]


def test_the_admin_gesture_on_a_failing_store(
    store: Analytics, caplog: pytest.LogCaptureFixture
) -> None:
    store.touched()
    assert store._db is not None
    store._db.close()
    store.admin_opened(since=0.0)
    assert not store.in_session and store.dropped >= 1


def test_a_new_visit_closes_the_previous_one(store: Analytics) -> None:
    store.session_started()
    store.session_started()
    assert rows(store.path, "SELECT end_reason FROM sessions ORDER BY id") == [
        ("closed",),
        (None,),
    ]


def test_days_are_the_kiosks_local_days(tmp_path: Path, clock: FakeClock) -> None:
    clock.now = T0 + 15 * 3600  # 23:00 UTC on 1 May
    with Analytics(tmp_path / "a.sqlite", clock, utc_offset=lambda _m: 10 * 3600) as store:
        store.touched()
    assert rows(tmp_path / "a.sqlite", "SELECT day FROM sessions") == [("2024-05-02",)]
    assert day_of(T0, -9 * 3600) == "2024-04-30"


def test_long_values_are_cut(store: Analytics) -> None:
    store.timeline_tapped("x" * 10_000)
    assert rows(store.path, "SELECT length(value) FROM events") == [(200,)]


def test_kiosk_name_is_kept(tmp_path: Path, clock: FakeClock) -> None:
    with Analytics(tmp_path / "a.sqlite", clock, kiosk="Lobby"):
        pass
    assert rows(tmp_path / "a.sqlite", "SELECT value FROM meta WHERE key='kiosk'") == [("Lobby",)]


# -- failure --------------------------------------------------------------------------------


def test_a_visit_left_open_by_a_crash_is_closed_at_its_last_event(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "a.sqlite"
    crashed = Analytics(path, clock)
    crashed.touched()
    clock.advance(42)
    crashed.timeline_tapped("ev")
    clock.advance(600)
    assert crashed._db is not None
    crashed._db.close()  # no session_ended: the process died
    crashed._db = None
    with Analytics(path, clock):
        pass
    assert rows(path, "SELECT ended - started, end_reason FROM sessions") == [(42.0, "interrupted")]


def test_failed_writes_are_dropped_never_raised(
    store: Analytics, caplog: pytest.LogCaptureFixture
) -> None:
    assert store._db is not None
    store._db.close()  # every write now fails
    store.touched()
    store.timeline_tapped("ev")
    store.slide_shown("s", "x")
    store.session_ended()
    store.attract_started()
    assert store.dropped >= 2
    assert "could not record" in caplog.text


def test_other_files_are_refused(tmp_path: Path, clock: FakeClock) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE people(name TEXT)")
    with pytest.raises(AnalyticsError, match="not an Exhibit analytics database"):
        Analytics(other, clock)
    text = tmp_path / "notes.txt"
    text.write_text("not a database at all, just some words " * 20, encoding="utf-8")
    with pytest.raises(AnalyticsError, match="cannot open"):
        Analytics(text, clock)
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(AnalyticsError, match="cannot open"):
        Analytics(blocker / "sub" / "a.sqlite", clock)


# -- kill -9 --------------------------------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from exhibit.analytics.store import Analytics

    store = Analytics(Path(sys.argv[1]), time.time)
    n = int(sys.argv[2])
    while True:
        n += 1
        if n % 40 == 0:
            store.session_ended()
        store.touched()
        store.slide_shown(f"slide-{n % 7}", f"section-{n % 3}")
        store.timeline_tapped(str(n))
        print(n, time.time(), flush=True)  # acknowledged: committed before this line
    """
)


def _write_until_killed(path: Path, start: int, writes: int) -> tuple[int, float]:
    """Run a writer and kill -9 it mid-stream; the last acknowledged event and its time."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    assert process.stdout is not None
    acknowledged: list[str] = []
    try:
        for line in process.stdout:
            acknowledged.append(line)
            if int(line.split()[0]) >= start + writes:
                break
    finally:
        process.kill()  # SIGKILL on POSIX: no cleanup, no atexit, mid-write
        # Read on through the same file object: lines it has already buffered count too
        # (communicate() would read the raw pipe and miss them).
        acknowledged += process.stdout.read().splitlines()
        process.wait(timeout=60)
    errors = process.stderr.read() if process.stderr else ""
    process.stdout.close()
    if process.stderr:
        process.stderr.close()
    complete = [line.split() for line in acknowledged if len(line.split()) == 2]
    assert complete, f"the writer wrote nothing: {errors}"
    number, at = complete[-1]
    return int(number), float(at)


def test_kill_9_mid_write_keeps_every_acknowledged_event(tmp_path: Path) -> None:
    path = tmp_path / "analytics.sqlite"
    start = 0
    for _round in range(3):  # each round reopens the file the last one was killed over
        last, last_at = _write_until_killed(path, start, writes=400)
        assert last >= start + 400
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            taps = {
                int(v) for (v,) in db.execute("SELECT value FROM events WHERE kind = 'timeline'")
            }
            latest = db.execute("SELECT max(at) FROM events").fetchone()[0]
        lost = set(range(start + 1, last + 1)) - taps
        assert not lost, f"acknowledged events lost: {sorted(lost)[:10]}"
        assert max(taps) <= last + 1, "more than the event being written at the kill"
        assert latest >= last_at - 1.0, "the last second before the kill is missing"
        start = max(taps)
    with Analytics(path, time.time):  # reopening closes the visit the kill left open
        pass
    assert rows(path, "SELECT count(*) FROM sessions WHERE ended IS NULL") == [(0,)]
    # one per round, unless a kill fell between ending a visit and starting the next
    interrupted = rows(path, "SELECT count(*) FROM sessions WHERE end_reason = 'interrupted'")
    assert 1 <= interrupted[0][0] <= 3
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]


def test_captions_switched_in_a_visit_only(store: Analytics, tmp_path: Path) -> None:
    store.captions_switched("v", on=False, language="en")  # the attract loop: no visit
    store.touched()
    store.captions_switched("v", on=False, language="en")
    store.captions_switched("v", on=True, language="ru")
    got = rows(tmp_path / "a.sqlite",
               "SELECT kind, slide, value FROM events WHERE kind = 'media_captions'")
    assert got == [("media_captions", "v", "off:en"), ("media_captions", "v", "on:ru")]
