"""End to end under Xvfb: the presenter view opens two windows and a clicker moves the audience."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.xvfb import (
    TITLE,
    Running,
    differing_pixels,
    display,
    distinct_colours,
    grab,
    needs_x,
    two_windows,
    wait_for,
    x,
)

pytestmark = [needs_x, pytest.mark.e2e, pytest.mark.slow]
__all__ = ["display"]


def test_two_windows_and_page_down_moves_the_audience(
    display: dict[str, str], tmp_path: Path
) -> None:
    app = Running(display, "--presenter")
    try:
        audience, presenter = two_windows(display, TITLE)
        # Keep the audience window's slide area in view on this one small screen.
        x(display, "xdotool", "windowmove", "--sync", audience, "0", "0")
        x(display, "xdotool", "windowmove", "--sync", presenter, "640", "420")
        wait_for(
            lambda: distinct_colours(display, grab(display, audience, tmp_path / "a.png")) > 50,
            "the first slide to be drawn",
        )
        before = grab(display, audience, tmp_path / "before.png")

        def settled() -> bool:  # nothing on screen moves by itself any more
            again = grab(display, audience, tmp_path / "again.png")
            same = differing_pixels(display, before, again) == 0
            again.replace(before)
            return same

        wait_for(settled, "the windows to settle")
        x(display, "xdotool", "windowactivate", "--sync", presenter)
        x(display, "xdotool", "key", "Next")  # what a clicker sends for "next"

        def moved() -> bool:
            after = grab(display, audience, tmp_path / "after.png")
            return differing_pixels(display, before, after) > 5000

        wait_for(moved, "the audience window to show the next slide")
        assert app.poll() is None
    finally:
        output = app.close()
    assert "Traceback" not in output
