"""End to end under Xvfb: `exhibit` plays a video in a real window, its sound to a null sink."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.exhibits import MakeExhibit
from tests.mediafiles import needs_ffmpeg, needs_sound_server
from tests.ui.xvfb import differing_pixels, display, grab, needs_x, wait_for, window_id, x

pytestmark = [pytest.mark.e2e, needs_x, needs_ffmpeg, needs_sound_server]
__all__ = ["display"]  # the fixture, imported to be found

SECTION = """id: one
title: One
slides:
  - id: v
    kind: video
    title: Test card
    file: one/clip.mp4
    alt: Moving colour bars
    credit: Tests
    captions: one/en.vtt
    loop: true
"""


def test_a_video_plays_in_a_real_window(
    display: dict[str, str], make_exhibit: MakeExhibit, media_files: dict[str, Path],
    sound_server: None, tmp_path: Path,
) -> None:
    root = make_exhibit(exhibit_yaml="title: Media window\nsections: [one]\n",
                        one__section_yaml=SECTION, timeline_yaml="events: []\n")
    for name in ("clip.mp4", "en.vtt"):
        shutil.copy(media_files[name], root / "one" / name)
    viewer = subprocess.Popen(
        [sys.executable, "-m", "exhibit", str(root)], env=display,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        window = window_id(display, "Media window")
        x(display, "xdotool", "windowactivate", "--sync", window)
        first = grab(display, window, tmp_path / "before.png", "600x340+60+100")
        x(display, "xdotool", "key", "--window", window, "k")  # play
        shots = iter(range(1, 200))

        def moving() -> bool:
            shot = grab(display, window, tmp_path / f"shot{next(shots)}.png", "600x340+60+100")
            return differing_pixels(display, first, shot, "5%") > 1000

        wait_for(moving, "the video to move on screen")
        later = grab(display, window, tmp_path / "later.png", "600x340+60+100")

        def still_moving() -> bool:
            shot = grab(display, window, tmp_path / f"again{next(shots)}.png", "600x340+60+100")
            return differing_pixels(display, later, shot, "5%") > 1000

        wait_for(still_moving, "successive frames")
    finally:
        viewer.terminate()
        output, _ = viewer.communicate(timeout=30)
    assert "Traceback" not in output, output
    assert "WARNING" not in output, output
