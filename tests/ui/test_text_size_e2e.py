"""End to end under Xvfb: `+` twice (150 %) makes a text slide's body lines at least 1.3 times
as tall on screen as at 100 %, measured from the pixels of the window (the ink of each line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.ui.xvfb import (
    Viewer,
    differing_pixels,
    display,
    grab,
    needs_x,
    settled_grab,
    wait_for,
    x,
)

__all__ = ["display"]

pytestmark = [needs_x, pytest.mark.e2e, pytest.mark.slow]

SLIDE = 2  # "What Washington hoped for": a heading, its accent rule and three paragraphs
WIDTH, HEIGHT = 1280, 720
# The paper of the slide, left of the timeline and of the slide's scroll bar.
AREA = f"{WIDTH - 307 - 24}x{HEIGHT}+0+0"


def body_line_height(path: Path) -> int:
    """The tallest line of the body's text, in pixels of ink: from the top of its capitals and
    ascenders to the bottom of its descenders. Rows are read down to the caption band (where
    most of a row is dark); the runs of inked rows below the heading's accent rule (a run 4 px
    tall or less) are the body's lines, save one cut off by the band."""
    image = QImage(str(path))
    assert not image.isNull()
    runs: list[int] = []
    run = 0
    for y in range(image.height()):
        dark = sum(image.pixelColor(x_, y).lightness() < 110 for x_ in range(0, image.width(), 2))
        if dark > image.width() / 4:  # the caption band
            break
        if dark:
            run += 1
        elif run:
            runs.append(run)
            run = 0
    rule = next((i for i, height in enumerate(runs) if height <= 4), None)
    if rule is None:  # not the text slide yet (a window still dark, or still on slide 1)
        return 0
    body = runs[rule + 1 :]
    assert len(body) >= 3, runs
    return max(body)


def shown_line_height(env: dict[str, str], window: str, path: Path) -> int:
    """body_line_height of the window once it shows the text slide, settled."""
    heights: list[int] = []

    def shown() -> bool:
        heights[:] = [body_line_height(settled_grab(env, window, path, AREA))]
        return heights[0] > 0

    wait_for(shown, "the text slide on screen")
    return heights[0]


def test_plus_makes_the_slide_text_larger(display: dict[str, str], tmp_path: Path) -> None:
    viewer = Viewer(display, "--reduced-motion")
    try:
        viewer.resize(WIDTH, HEIGHT)
        viewer.go_to(SLIDE)
        normal = shown_line_height(display, viewer.window, tmp_path / "100.png")
        x(display, "xdotool", "key", "--window", viewer.window, "plus", "plus")
        large_shot = settled_grab(display, viewer.window, tmp_path / "150.png", AREA)
        large = body_line_height(large_shot)
        # The slide now runs past the caption band: the mouse wheel scrolls it, on the same slide.
        band = f"{WIDTH - 307}x100+0+{HEIGHT - 100}"
        band_before = grab(display, viewer.window, tmp_path / "band.png", band)
        x(display, "xdotool", "mousemove", "--window", viewer.window, "400", "300")
        x(display, "xdotool", "click", "--repeat", "3", "5")
        scrolled = tmp_path / "scrolled.png"

        def moved() -> bool:
            return (
                differing_pixels(display, grab(display, viewer.window, scrolled, AREA), large_shot)
                > 0
            )

        wait_for(moved, "the slide to scroll")
        band_after = settled_grab(display, viewer.window, tmp_path / "band-after.png", band)
        assert differing_pixels(display, band_before, band_after) == 0
    finally:
        output = viewer.close()
    assert "Traceback" not in output
    assert large >= 1.3 * normal, f"{normal} px at 100 %, {large} px at 150 %"
