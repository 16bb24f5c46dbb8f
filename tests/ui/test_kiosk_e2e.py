"""End to end under Xvfb and a real window manager: the kiosk survives every way out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.ui.xvfb import (
    TITLE,
    display,
    distinct_colours,
    needs_x,
    start_kiosk,
    wait_for,
    window_id,
    x,
)

pytestmark = [needs_x, pytest.mark.e2e, pytest.mark.slow]
__all__ = ["display"]

REFUSED = "close request refused"


def test_kiosk_survives_keys_and_window_manager_close(
    display: dict[str, str], tmp_path: Path
) -> None:
    config = tmp_path / "kiosk.json"
    config.write_text("{}", encoding="utf-8")
    log = Path(display["XDG_STATE_HOME"]) / "exhibit" / "log" / "exhibit.log"

    def logged(text: str, times: int = 1) -> Callable[[], bool]:
        """Whether the kiosk's log file has `text` on `times` lines by now."""
        return lambda: log.exists() and log.read_text(encoding="utf-8").count(text) >= times

    kiosk = start_kiosk(display, config)
    try:
        window = window_id(display, TITLE)
        wait_for(
            lambda: "1280x800" in x(display, "xdotool", "getwindowgeometry", window), "fullscreen"
        )
        x(display, "xdotool", "windowactivate", "--sync", window)
        # Through the X server and the window manager: openbox makes Alt+F4 a close request,
        # which the kiosk refuses and logs.
        x(display, "xdotool", "key", "alt+F4")
        wait_for(logged(REFUSED), "the kiosk to refuse Alt+F4")
        # The keys the kiosk swallows itself log nothing, so five presses of Escape follow
        # them: the admin gesture, which opens the PIN pad and logs it. Keys are handled in
        # the order they come, so once that line is there every key before it was handled.
        keys = ["ctrl+q", "ctrl+w", "F11", "Escape"] + ["Escape"] * 4
        x(display, "xdotool", "key", *keys)
        wait_for(logged("admin gesture: PIN pad opened"), "the kiosk to handle the keys")
        x(display, "wmctrl", "-c", TITLE)  # the window manager's own close
        wait_for(logged(REFUSED, times=2), "the kiosk to refuse the window manager's close")
        assert kiosk.poll() is None, kiosk.written()
        geometry = x(display, "xdotool", "getwindowgeometry", window)
        assert "Position: 0,0" in geometry and "1280x800" in geometry, geometry
        assert (
            distinct_colours(display, tmp_path / "shot.png", grab=True) > 50
        )  # not a blank screen
    finally:
        output = kiosk.close()
    assert REFUSED in output
    assert "Traceback" not in output
