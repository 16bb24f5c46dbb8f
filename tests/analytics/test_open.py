"""A kiosk's analytics store opens whatever state its file is in, or the kiosk runs without."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from exhibit.analytics import store as store_module
from exhibit.analytics.store import Analytics, open_analytics
from tests.analytics.visitors import FakeClock


def _damaged(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)


def _foreign(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE other (x)")
    connection.close()


def _newer(path: Path) -> None:
    Analytics(path, FakeClock()).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version=99")
    connection.close()


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "inside.txt").write_text("kept", encoding="utf-8")


@pytest.mark.parametrize("spoil", [_damaged, _foreign, _newer, _folder])
def test_an_unusable_store_is_kept_aside_and_a_fresh_one_started(
    tmp_path: Path, spoil: object
) -> None:
    path = tmp_path / "analytics.sqlite"
    spoil(path)  # type: ignore[operator]
    store, note = open_analytics(path, FakeClock())
    assert store is not None
    store.touched()
    store.close()
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("analytics.sqlite.broken-")]
    assert len(kept) == 1 and kept[0].name in note
    assert "recording anew" in note


def test_a_healthy_store_is_used_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "analytics.sqlite"
    Analytics(path, FakeClock()).close()
    store, note = open_analytics(path, FakeClock())
    assert store is not None and note == f"recording to {path}"
    store.close()
    assert sorted(p.name for p in tmp_path.iterdir() if "broken" in p.name) == []


def test_when_nothing_can_be_written_the_kiosk_runs_without(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(path: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store_module, "connect", disk_full)
    store, note = open_analytics(tmp_path / "analytics.sqlite", FakeClock())
    assert store is None
    assert note.startswith("off: ") and "disk is full" in note
