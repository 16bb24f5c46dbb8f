"""End to end under Xvfb: F in the presenter window makes the audience fullscreen on one slide."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.test_resize_e2e import FUZZ, MOST_DIFFERING, SLIDE, slide_area
from tests.ui.xvfb import (
    TITLE,
    Running,
    Viewer,
    differing_pixels,
    display,
    grab,
    needs_x,
    settled_grab,
    two_windows,
    wait_for,
    x,
)

pytestmark = [needs_x, pytest.mark.e2e, pytest.mark.slow]
__all__ = ["display"]

SCREEN = (1280, 800)  # the display fixture's screen


def fresh_fullscreen(env: dict[str, str], tmp_path: Path) -> Path:
    """The slide area of a new fullscreen audience window on slide k."""
    fresh = Viewer(env, "--fullscreen", "--reduced-motion")
    try:
        wait_for(
            lambda: "1280x800" in x(env, "xdotool", "getwindowgeometry", fresh.window),
            "the fresh window to be fullscreen",
        )
        first = settled_grab(env, fresh.window, tmp_path / "first.png")
        fresh.go_to(SLIDE)
        path = tmp_path / "fresh.png"
        wait_for(
            lambda: differing_pixels(env, grab(env, fresh.window, path), first) > 0,
            "the fresh window to move on",
        )
        return settled_grab(env, fresh.window, path, slide_area(*SCREEN))
    finally:
        assert "Traceback" not in fresh.close()


def test_f_in_the_presenter_makes_the_audience_fullscreen_on_its_slide(
    display: dict[str, str], tmp_path: Path
) -> None:
    reference = fresh_fullscreen(display, tmp_path)
    app = Running(display, "--presenter")
    try:
        audience, presenter = two_windows(display, TITLE)
        # A window smaller than the screen, as on the laptop before the projector is plugged in.
        x(display, "xdotool", "windowsize", "--sync", audience, "900", "560")
        wait_for(
            lambda: "900x560" in x(display, "xdotool", "getwindowgeometry", audience),
            "the audience window to be 900x560",
        )
        settled_grab(display, audience, tmp_path / "start.png")
        x(display, "xdotool", "windowactivate", "--sync", presenter)
        x(display, "xdotool", "key", "--window", presenter, *["Next"] * (SLIDE - 1), "f")
        wait_for(
            lambda: "1280x800" in x(display, "xdotool", "getwindowgeometry", audience),
            "the audience window to be fullscreen",
        )
        x(display, "xdotool", "windowactivate", "--sync", audience)  # on top, as on a projector
        shot = tmp_path / "audience.png"
        most = int(MOST_DIFFERING * SCREEN[0] * SCREEN[1] / 2)

        def matches() -> bool:
            grab(display, audience, shot, slide_area(*SCREEN))
            return differing_pixels(display, shot, reference, FUZZ) <= most

        wait_for(matches, f"the fullscreen audience to show slide {SLIDE} as a fresh window", 15)
        assert app.poll() is None
    finally:
        output = app.close()
    assert "Traceback" not in output
