"""End to end under Xvfb: a window resized on slide k shows slide k, as a fresh launch would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.xvfb import (
    Viewer,
    differing_pixels,
    grab,
    needs_x,
    settled_grab,
    wait_for,
    x_server,
)

pytestmark = [needs_x, pytest.mark.e2e, pytest.mark.slow]

SLIDE = 6  # a picture slide in the middle of the first section
SIZES = ((1900, 1000), (800, 600), (1024, 700), (1280, 720))
# Antialiasing may differ by a shade here and there; a slide out of place differs everywhere.
FUZZ = "3%"
MOST_DIFFERING = 0.002  # of the slide area's pixels


@pytest.fixture
def big_display(tmp_path: Path) -> Iterator[dict[str, str]]:
    with x_server(tmp_path, "1920x1080") as env:
        yield env


def slide_area(width: int, height: int) -> str:
    """The part of the window the slide stage always covers, as an ImageMagick crop."""
    timeline = round(max(300, width * 0.24))  # Theme.timelineMinWidth, Theme.timelineShare
    return f"{width - timeline}x{height // 2}+0+0"


def fresh_launch(env: dict[str, str], tmp_path: Path, width: int, height: int) -> Path:
    """The slide area of a new window made `width`x`height`, then moved on to slide k."""
    fresh = Viewer(env, "--reduced-motion")
    try:
        fresh.resize(width, height)
        first = grab(env, fresh.window, tmp_path / "first.png")
        fresh.go_to(SLIDE)
        path = tmp_path / f"fresh-{width}x{height}.png"
        wait_for(
            lambda: differing_pixels(env, grab(env, fresh.window, path), first) > 0,
            "the fresh window to move on",
        )
        return settled_grab(env, fresh.window, path, slide_area(width, height))
    finally:
        assert "Traceback" not in fresh.close()


def wait_for_match(viewer: Viewer, shot: Path, reference: Path, width: int, height: int) -> None:
    area = slide_area(width, height)
    most = int(MOST_DIFFERING * width * height / 2)

    def matches() -> bool:
        grab(viewer.env, viewer.window, shot, area)
        return differing_pixels(viewer.env, shot, reference, FUZZ) <= most

    wait_for(matches, f"slide {SLIDE} at {width}x{height} to match a fresh launch", 15)


def test_resize_keeps_the_slide(big_display: dict[str, str], tmp_path: Path) -> None:
    references = {size: fresh_launch(big_display, tmp_path, *size) for size in SIZES}
    viewer = Viewer(big_display)  # with transitions
    try:
        viewer.resize(1280, 720)
        settled_grab(big_display, viewer.window, tmp_path / "start.png")
        viewer.go_to(SLIDE)
        for width, height in SIZES:
            viewer.resize(width, height)
            shot = tmp_path / f"resized-{width}x{height}.png"
            wait_for_match(viewer, shot, references[width, height], width, height)
    finally:
        output = viewer.close()
    assert "Traceback" not in output
