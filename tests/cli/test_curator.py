"""`exhibit new`, `exhibit import timelinejs` and `exhibit stats` from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from exhibit.cli import main
from tests.analytics.visitors import simulate

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "timelinejs"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "exhibit", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {})),
    )


# -- new ------------------------------------------------------------------------------------


def test_new_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "x"
    assert main(["new", str(folder)]) == 0
    assert "new exhibit created" in capsys.readouterr().err
    assert main(["check", str(folder)]) == 0
    assert "ok (1 sections, 7 slides, 3 events)" in capsys.readouterr().err  # audio included


def test_new_refuses_a_folder_in_use(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "mine.txt").write_text("keep", encoding="utf-8")
    assert main(["new", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"exhibit: error: {tmp_path / 'x'} already exists and is a folder that is not empty; "
        "give a new folder\n"
    )


def test_new_with_a_title(tmp_path: Path) -> None:
    assert main(["new", str(tmp_path / "x"), "--title", "Harbour Lights"]) == 0
    assert 'title: "Harbour Lights"' in (tmp_path / "x" / "exhibit.yaml").read_text("utf-8")


# -- import ---------------------------------------------------------------------------------


def test_import_check_and_render_one_slide_per_event(tmp_path: Path) -> None:
    out = tmp_path / "writing"
    source = FIXTURES / "writing.json"
    result = run("import", "timelinejs", str(source), "--out", str(out))
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[-1] == f"{out}: imported 8 events into 3 sections, 10 slides; 6 warnings"
    warnings = [line for line in lines if line.startswith(f"{source}: warning: ")]
    assert len(warnings) == 6
    assert any("https://example.org/images/uruk-tablet.jpg" in w for w in warnings)
    assert "Traceback" not in result.stderr

    checked = run("check", str(out))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout == ""

    png = tmp_path / "png"
    rendered = run("render", str(out), "--out", str(png), "--size", "1280x720")
    assert rendered.returncode == 0, rendered.stderr
    files = sorted(p.name for p in png.glob("*.png"))
    events = json.loads(source.read_text(encoding="utf-8"))["events"]
    assert len(files) == len(events) + 2  # + the title slide and the credits slide
    event_files = [f for f in files if not f.endswith(("timeline-title.png", "credits.png"))]
    assert len(event_files) == len(events)


def test_import_broken_json_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = FIXTURES / "broken.json"
    assert main(["import", "timelinejs", str(source), "--out", str(tmp_path / "o")]) == 1
    assert capsys.readouterr().err == f"{source}:5:3: error: not valid JSON: Expecting value\n"
    assert not (tmp_path / "o").exists()


def test_import_not_a_timeline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = FIXTURES / "not-a-timeline.json"
    assert main(["import", "timelinejs", str(source), "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a TimelineJS timeline" in err


def test_import_refuses_an_existing_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "o"
    out.mkdir()
    (out / "x").write_text("x", encoding="utf-8")
    source = FIXTURES / "writing.json"
    assert main(["import", "timelinejs", str(source), "--out", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"exhibit: error: --out {out} already exists and is a folder that is not empty; "
        "give a new folder\n"
    )


def test_import_missing_file_and_bad_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "timelinejs", str(tmp_path / "no.json"), "--out", "o"]) == 2
    assert "no.json: no such file" in capsys.readouterr().err
    result = run("import", "powerpoint", "x.pptx", "--out", str(tmp_path / "o"))
    assert result.returncode == 2 and "invalid choice: 'powerpoint'" in result.stderr


# -- stats ----------------------------------------------------------------------------------


def test_stats_json_with_no_database_yet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert main(["stats", "--format", "json"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    expected = tmp_path / "data" / "exhibit" / "analytics.sqlite"
    assert report["missing"] == [str(expected)] and report["databases"] == []
    assert report["note"].startswith("no analytics database yet")
    assert main(["stats"]) == 0
    assert "No analytics database yet" in capsys.readouterr().out


def test_stats_json_with_an_empty_database(tmp_path: Path) -> None:
    from exhibit.analytics.store import Analytics

    path = tmp_path / "analytics.sqlite"
    with Analytics(path):
        pass
    result = run("stats", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["note"] == "no visitor data yet"


def test_stats_several_kiosks_all_formats_and_chart(tmp_path: Path) -> None:
    simulate(tmp_path / "sync" / "lobby" / "analytics.sqlite", days=10, seed=1)
    simulate(tmp_path / "sync" / "hall" / "analytics.sqlite", days=10, seed=2, busy=0.5)
    sync = str(tmp_path / "sync")

    table = run("stats", sync)
    assert table.returncode == 0, table.stderr
    assert "Visitor analytics — 2 kiosks (hall, lobby)" in table.stdout

    as_json = run("stats", sync, "--format", "json", "--since", "2024-05-05")
    report = json.loads(as_json.stdout)
    assert set(report["kiosks"]) == {"hall", "lobby"}
    assert report["all"]["sessions_per_day"][0]["day"] == "2024-05-05"

    as_csv = run("stats", sync, "--format", "csv")
    assert as_csv.stdout.splitlines()[0] == "kiosk,metric,key,section,value"

    chart = tmp_path / "visitors.png"
    drawn = run("stats", sync, "--chart", str(chart))
    assert drawn.returncode == 0, drawn.stderr
    assert chart.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_stats_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run("stats", "--since", "last week")
    assert result.returncode == 2 and "must look like 2024-05-01" in result.stderr
    assert main(["stats", str(tmp_path), "--chart", str(tmp_path / "c.jpg")]) == 2
    assert "ending in .png" in capsys.readouterr().err
    not_db = tmp_path / "notes.sqlite"
    not_db.write_text("just words " * 100, encoding="utf-8")
    assert main(["stats", str(not_db)]) == 1
    assert capsys.readouterr().err.startswith(f"exhibit: error: {not_db}: cannot read")


def _spoiled_database(path: Path) -> None:
    import sqlite3
    import time

    from exhibit.analytics.store import Analytics

    store = Analytics(path, time.time)
    store.touched()
    store.slide_shown("s1", "one")
    store.slide_shown("s\x1b]0;evil\x07", "one")
    store.slide_shown("s2", "one")
    store.close()
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO sessions(started, day, ended) VALUES ('abc', '2026-13-45', 'soon')"
    )
    connection.execute(
        "INSERT INTO events(at, day, session, kind, slide, section, seconds) "
        "VALUES ('x', 'zz', 1, 'slide', 's3', 'one', 'lots')"
    )
    connection.commit()
    connection.close()


@pytest.mark.parametrize("form", ["table", "csv", "json"])
def test_stats_leaves_out_damaged_rows_and_escapes_what_it_prints(
    tmp_path: Path, form: str
) -> None:
    database = tmp_path / "lobby.sqlite"
    _spoiled_database(database)
    result = run("stats", str(database), "--format", form)
    assert result.returncode == 0, result.stderr
    assert (
        result.stderr == f"exhibit: warning: {database}: 2 damaged row(s) left out of the report\n"
    )
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "s\\x1b]0;evil\\x07" in result.stdout or "s\\u001b]0;evil\\u0007" in result.stdout


def test_stats_on_a_folder_named_like_a_database(tmp_path: Path) -> None:
    (tmp_path / "analytics.sqlite").mkdir()
    result = run("stats", str(tmp_path / "analytics.sqlite"))
    assert result.returncode == 1
    assert result.stderr == (
        f"exhibit: error: {tmp_path}/analytics.sqlite: a folder, not an analytics database "
        "(a store is a file)\n"
    )
