"""A video without a poster shows its own first frame in a running show: on stage before it
plays, off stage as a neighbour, in the presenter's previews; taken again when live reload
brings an edited file, and never for a file that will not decode."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from exhibit.content.loader import load
from exhibit.ui.controller import Controller
from exhibit.ui.engine import create_presenter_window, create_window
from exhibit.ui.framegrab import PosterFrames
from exhibit.ui.presenter import Presenter
from exhibit.ui.render import wait_until_ready
from tests.exhibits import MakeExhibit
from tests.mediafiles import needs_ffmpeg
from tests.ui.test_media_modes import Engine, FakeClock, engine

pytestmark = needs_ffmpeg
__all__ = ["engine"]  # the fixture, imported to be found

SECTION = """id: one
title: One
slides:
  - id: t
    kind: title
    title: First
  - id: v
    kind: video
    file: one/silent.mp4
    alt: Moving colour bars
    credit: Tests
  - id: broken
    kind: video
    file: one/broken.mp4
    alt: A film cut short
    credit: Tests
"""


@pytest.fixture
def posterless(make_exhibit: MakeExhibit, media_files: dict[str, Path]) -> Path:
    root = make_exhibit(one__section_yaml=SECTION)
    for name in ("silent.mp4", "broken.mp4"):
        shutil.copy(media_files["silent.mp4"], root / "one" / name)
    return root


def loaded(root: Path) -> Controller:
    """The exhibit's controller; then one film is cut short on disk (check would refuse it
    at load, but a disk can fail while a kiosk runs)."""
    controller = Controller(load(root), reduced_motion=True)
    broken = root / "one" / "broken.mp4"
    broken.write_bytes(broken.read_bytes()[:600])
    return controller


def taken(frames: PosterFrames, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not frames.busy, timeout=20_000)


def shown(window: QQuickWindow, name: str) -> list[QQuickItem]:
    """The visible items called `name` in a window's visual tree (stage and previews)."""
    found, stack = [], [window.contentItem()]
    while stack:
        item = stack.pop()
        if item.objectName() == name and item.isVisible():
            found.append(item)
        stack.extend(item.childItems())
    return found


def pictures(window: QQuickWindow) -> list[str]:
    """The pictures drawn in a window, by URL."""
    return [item.property("source").toString() for item in shown(window, "slideImage")]


# The cut-short film says so once, as the show would when it is played.
BROKEN = pytest.mark.qt_log_ignore("Could not open media")


@BROKEN
def test_the_first_frame_is_taken_and_shown_before_the_video_plays(
    posterless: Path, engine: Engine, qtbot: QtBot
) -> None:
    controller = loaded(posterless)
    frames = PosterFrames(controller)
    engine.keep += [controller, frames]
    window = create_window(engine, controller, 1280, 720)
    assert window is not None and wait_until_ready(window)
    assert controller.property("framePosters") == {}
    frames.refresh()
    taken(frames, qtbot)
    posters = controller.property("framePosters")
    assert set(posters) == {"v"}  # the broken file has none, and no warning was said
    image = QImage(posters["v"].removeprefix("file://"))
    assert (image.width(), image.height()) == (160, 90)
    # The test card's first frame is colourful, not a dark box.
    assert len({image.pixel(x, 30) for x in range(0, 160, 8)}) > 5
    controller.next()  # on stage, not yet playing: the frame is drawn
    assert wait_until_ready(window)
    assert posters["v"] in pictures(window)


@BROKEN
def test_the_presenters_preview_shows_the_frame(
    posterless: Path, engine: Engine, qtbot: QtBot
) -> None:
    controller = loaded(posterless)
    presenter = Presenter(controller, clock=FakeClock(), wall=lambda: datetime(2026, 1, 1))
    frames = PosterFrames(controller)
    engine.keep += [controller, presenter, frames]
    audience = create_window(engine, controller, 1280, 720)
    window = create_presenter_window(engine, controller, presenter)
    assert audience is not None and window is not None and wait_until_ready(audience)
    frames.refresh()
    taken(frames, qtbot)
    url = controller.property("framePosters")["v"]
    qtbot.waitUntil(lambda: url in pictures(window))  # the next slide's preview
    assert shown(window, "imagePlaceholder") == []


@BROKEN
def test_an_edited_file_is_taken_again_after_live_reload(
    posterless: Path, media_files: dict[str, Path], engine: Engine, qtbot: QtBot
) -> None:
    controller = loaded(posterless)
    frames = PosterFrames(controller)
    engine.keep += [controller, frames]
    frames.refresh()
    taken(frames, qtbot)
    first = controller.property("framePosters")["v"]
    video = posterless / "one" / "silent.mp4"
    subprocess.run(
        ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
         "testsrc2=size=320x180:rate=10:duration=1", "-c:v", "libx264", "-pix_fmt", "yuv420p",
         str(video)], check=True,
    )
    shutil.copy(media_files["silent.mp4"], posterless / "one" / "broken.mp4")  # mended
    controller.set_exhibit(load(posterless))  # what live reload does with a changed folder
    taken(frames, qtbot)
    posters = controller.property("framePosters")
    assert posters["v"] != first and set(posters) == {"v", "broken"}
    assert QImage(posters["v"].removeprefix("file://")).width() == 320
