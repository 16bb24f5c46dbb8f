"""End to end under Xvfb: a desktop window started with --fullscreen leaves fullscreen with Esc
or F11, and F11 makes it fullscreen again (as the window manager sees it: _NET_WM_STATE)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.xvfb import Viewer, display, needs_x, wait_for, x

__all__ = ["display"]

pytestmark = [needs_x, pytest.mark.e2e, pytest.mark.slow]


def fullscreen(env: dict[str, str], window: str) -> bool:
    return "_NET_WM_STATE_FULLSCREEN" in x(env, "xprop", "-id", window, "_NET_WM_STATE")


def test_esc_and_f11_leave_fullscreen(display: dict[str, str], tmp_path: Path) -> None:
    viewer = Viewer(display, "--fullscreen", "--reduced-motion")
    try:
        window = viewer.window
        wait_for(lambda: fullscreen(display, window), "the window to be fullscreen")
        x(display, "xdotool", "windowactivate", "--sync", window)
        x(display, "xdotool", "key", "--window", window, "Escape")
        wait_for(lambda: not fullscreen(display, window), "Esc to leave fullscreen", 15)
        x(display, "xdotool", "key", "--window", window, "F11")
        wait_for(lambda: fullscreen(display, window), "F11 to make it fullscreen", 15)
        x(display, "xdotool", "key", "--window", window, "F11")
        wait_for(lambda: not fullscreen(display, window), "F11 to leave fullscreen", 15)
    finally:
        output = viewer.close()
    assert "Traceback" not in output
