"""End to end under Xvfb and a real window manager: the kiosk survives every way out."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tests.ui.xvfb import TITLE, display, distinct_colours, needs_x, wait_for, x

pytestmark = needs_x
__all__ = ["display"]


def test_kiosk_survives_keys_and_window_manager_close(
    display: dict[str, str], tmp_path: Path
) -> None:
    config = tmp_path / "kiosk.json"
    config.write_text("{}", encoding="utf-8")
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "exhibit", "--kiosk", "--config", str(config)],
        env=display,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_for(lambda: x(display, "xdotool", "search", "--name", TITLE) != "", "the kiosk window")
        window = x(display, "xdotool", "search", "--name", TITLE).split()[0]
        wait_for(
            lambda: "1280x800" in x(display, "xdotool", "getwindowgeometry", window), "fullscreen"
        )
        x(display, "xdotool", "windowactivate", "--sync", window)
        for keys in (["alt+F4"], ["Escape"], ["ctrl+q"], ["ctrl+w"], ["F11"]):
            x(display, "xdotool", "key", *keys)  # through the X server and the window manager
            time.sleep(0.3)
        x(display, "wmctrl", "-c", TITLE)
        time.sleep(1.0)
        assert kiosk.poll() is None, kiosk.stdout.read() if kiosk.stdout else ""
        geometry = x(display, "xdotool", "getwindowgeometry", window)
        assert "Position: 0,0" in geometry and "1280x800" in geometry, geometry
        assert (
            distinct_colours(display, tmp_path / "shot.png", grab=True) > 50
        )  # not a blank screen
    finally:
        kiosk.terminate()
        output, _ = kiosk.communicate(timeout=20)
    assert "close request refused" in output
    assert "Traceback" not in output
