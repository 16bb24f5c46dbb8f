"""End to end under Xvfb: a kiosk whose analytics store is damaged still shows the exhibit."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.xvfb import TITLE, display, distinct_colours, needs_x, start_kiosk, wait_for, x

pytestmark = needs_x
__all__ = ["display"]


def _log(home: Path) -> str:
    path = home / "st" / "exhibit" / "log" / "exhibit.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.mark.parametrize("state", ["damaged", "a folder"])
def test_a_kiosk_on_a_broken_analytics_store_shows_the_exhibit(
    display: dict[str, str], tmp_path: Path, state: str
) -> None:
    data = tmp_path / "data" / "exhibit"
    data.mkdir(parents=True)
    store = data / "analytics.sqlite"
    if state == "damaged":
        store.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    else:
        store.mkdir()
    config = tmp_path / "kiosk.json"
    config.write_text("{}", encoding="utf-8")
    env = dict(display, XDG_DATA_HOME=str(tmp_path / "data"))
    kiosk = start_kiosk(env, config)
    try:
        wait_for(lambda: "kept as analytics.sqlite.broken-" in _log(tmp_path), "the log line")
        wait_for(lambda: x(env, "xdotool", "search", "--name", TITLE) != "", "the kiosk window")
        wait_for(
            lambda: distinct_colours(env, tmp_path / "shot.png", grab=True) > 50, "the exhibit"
        )
        assert kiosk.poll() is None
        assert [p.name for p in data.iterdir() if "broken" in p.name]
    finally:
        output = kiosk.close()
    assert "Traceback" not in output and "Traceback" not in _log(tmp_path)
