"""The kiosk's attract video (`kiosk: attract_video:`): one player, muted and looping over the
whole window while the attract loop runs; a touch starts a visit; reduced motion shows its
poster; a file that will not play hands the screen back to the attract slides."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from exhibit.content.loader import check, load
from exhibit.kiosk.pin import PinGuard
from exhibit.show.attract import Mode
from exhibit.ui.controller import Controller
from exhibit.ui.engine import create_window
from exhibit.ui.kiosk import Kiosk
from exhibit.ui.render import wait_until_ready
from tests.exhibits import MakeExhibit
from tests.mediafiles import needs_ffmpeg
from tests.ui.conftest import find_item
from tests.ui.test_media_modes import Engine, FakeClock, engine

pytestmark = needs_ffmpeg
__all__ = ["engine"]  # the fixture, imported to be found
SECTION = """id: one
title: One
slides:
  - id: t
    kind: title
    title: First
  - id: u
    kind: title
    title: Second
"""
KIOSK = "title: Attract\nsections: [one]\nkiosk:\n  attract_video: one/loop.mp4\n"
Playing = QMediaPlayer.PlaybackState.PlayingState


@pytest.fixture
def attract_root(make_exhibit: MakeExhibit, media_files: dict[str, Path]) -> Path:
    root = make_exhibit(exhibit_yaml=KIOSK + "  attract_poster: one/poster.svg\n",
                        one__section_yaml=SECTION)
    shutil.copy(media_files["silent.mp4"], root / "one" / "loop.mp4")
    (root / "one" / "poster.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90">'
        '<rect width="160" height="90" fill="#3060a0"/></svg>', encoding="utf-8")
    return root


def open_kiosk(
    engine: Engine, root: Path, clock: FakeClock, reduced_motion: bool = False
) -> tuple[Kiosk, QQuickWindow]:
    controller = Controller(load(root), reduced_motion=reduced_motion)
    kiosk = Kiosk(controller, PinGuard(None), locked_down=False, idle_timeout=90,
                  auto_advance=12, content_label="ex", clock=clock)
    engine.keep += [controller, kiosk]
    window = create_window(engine, controller, 1280, 720, kiosk=kiosk)
    assert window is not None and wait_until_ready(window)
    return kiosk, window


def item(window: QQuickWindow, name: str) -> QQuickItem:
    found = find_item(window.contentItem(), name)
    assert found is not None, name
    return found


def media_players(window: QQuickWindow) -> list[QMediaPlayer]:
    stack = [window.contentItem()]
    found: list[QMediaPlayer] = []
    while stack:
        node = stack.pop()
        found.extend(c for c in node.children() if isinstance(c, QMediaPlayer))
        stack.extend(node.childItems())
    return found


def test_the_attract_video_plays_over_the_loop_until_a_touch_with_one_player(
    attract_root: Path, engine: Engine, qtbot: QtBot
) -> None:
    clock = FakeClock()
    kiosk, window = open_kiosk(engine, attract_root, clock)
    layer = item(window, "attractLayer")
    (player,) = [p for p in media_players(window) if p.objectName() == "attractPlayer"]
    assert layer.isVisible() and kiosk.loop.held
    assert player.source().fileName() == "loop.mp4"
    assert player.loops() == QMediaPlayer.Loops.Infinite and player.audioOutput() is None
    qtbot.waitUntil(lambda: player.playbackState() == Playing, timeout=10_000)
    assert not kiosk.timer.isActive()  # the attract slides wait under it
    clock.now += 600
    kiosk.tick()
    assert kiosk.controller.currentIndex == 0
    cue = item(window, "attractCue")
    assert cue.isVisible() and cue.y() > 600  # at the window's foot, over the video
    for _ in range(20):  # visits and attract loops, long after each other
        assert kiosk.activity()  # a touch: a visit, the video stops, the slides show
        assert kiosk.loop.mode is Mode.VISITOR and not layer.isVisible()
        assert player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
        clock.now += 91
        kiosk.tick()  # idle: the attract loop and its video again
        assert layer.isVisible()
        qtbot.waitUntil(lambda: player.playbackState() == Playing, timeout=10_000)
    # The same one player all along: nothing is made again for each loop.
    again = [p for p in media_players(window) if p.objectName() == "attractPlayer"]
    assert again == [player]
    kiosk.timer.stop()


def test_reduced_motion_shows_the_poster_and_plays_nothing(
    attract_root: Path, engine: Engine, qtbot: QtBot
) -> None:
    kiosk, window = open_kiosk(engine, attract_root, FakeClock(), reduced_motion=True)
    poster = item(window, "attractPoster")
    assert item(window, "attractLayer").isVisible() and poster.isVisible()
    qtbot.waitUntil(lambda: poster.property("progress") == 1.0)  # loaded
    QCoreApplication.processEvents()
    (player,) = [p for p in media_players(window) if p.objectName() == "attractPlayer"]
    assert player.playbackState() != Playing
    assert not item(window, "attractOutput").isVisible()
    kiosk.timer.stop()


def test_reduced_motion_without_a_poster_shows_the_attract_slides(
    make_exhibit: MakeExhibit, media_files: dict[str, Path], engine: Engine
) -> None:
    root = make_exhibit(exhibit_yaml=KIOSK, one__section_yaml=SECTION)
    shutil.copy(media_files["silent.mp4"], root / "one" / "loop.mp4")
    kiosk, window = open_kiosk(engine, root, FakeClock(), reduced_motion=True)
    assert not item(window, "attractLayer").isVisible() and not kiosk.loop.held
    assert kiosk.timer.isActive()  # the slides advance as ever
    kiosk.timer.stop()


@pytest.mark.qt_log_ignore("Could not open media")  # FFmpeg's own words for the broken file
def test_a_video_that_will_not_play_hands_back_to_the_attract_slides(
    attract_root: Path, engine: Engine, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    exhibit = load(attract_root)
    (attract_root / "one" / "loop.mp4").write_bytes(b"not a film any more")  # after the check
    controller = Controller(exhibit)
    kiosk = Kiosk(controller, PinGuard(None), locked_down=False, idle_timeout=90,
                  auto_advance=12, content_label="ex", clock=clock)
    engine.keep += [controller, kiosk]
    with caplog.at_level(logging.WARNING, "exhibit.kiosk"):
        window = create_window(engine, controller, 1280, 720, kiosk=kiosk)
        assert window is not None and wait_until_ready(window)
        qtbot.waitUntil(lambda: kiosk.attract_failed, timeout=10_000)
    assert "the attract video cannot be played" in caplog.text
    assert not item(window, "attractLayer").isVisible() and not kiosk.loop.held
    assert kiosk.timer.isActive()
    clock.now += 12
    kiosk.tick()
    assert controller.currentIndex == 1  # the normal attract loop
    kiosk.timer.stop()


def test_check_refuses_a_broken_or_soundonly_attract_video(
    make_exhibit: MakeExhibit, media_files: dict[str, Path]
) -> None:
    root = make_exhibit(exhibit_yaml=KIOSK, one__section_yaml=SECTION)
    shutil.copy(media_files["cut-silent.mp4"], root / "one" / "loop.mp4")
    problems = [p.format() for p in check(root).problems]
    assert problems == [
        f"{root}/exhibit.yaml:4:18: error: attract_video: 'loop.mp4' is damaged, cut short "
        "or not the format its name says"
    ]
    shutil.copy(media_files["voice.mp3"], root / "one" / "loop.mp3")
    (root / "exhibit.yaml").write_text(KIOSK.replace("loop.mp4", "loop.mp3"), encoding="utf-8")
    problems = [p.format() for p in check(root).problems]
    assert problems == [f"{root}/exhibit.yaml:4:18: error: attract_video: a sound file is no video"]


def test_a_new_attract_video_plays_in_the_same_player_after_a_reload(
    attract_root: Path, engine: Engine, qtbot: QtBot, media_files: dict[str, Path]
) -> None:
    import os

    from exhibit.kiosk.watch import ContentWatcher
    from exhibit.ui.live import LiveReload

    controller = Controller(load(attract_root))
    live = LiveReload(controller, ContentWatcher(attract_root, str(attract_root), debounce=0))
    kiosk = Kiosk(controller, PinGuard(None), locked_down=False, idle_timeout=90,
                  auto_advance=12, content_label="ex", live=live, clock=FakeClock())
    engine.keep += [controller, kiosk, live]
    window = create_window(engine, controller, 1280, 720, kiosk=kiosk)
    assert window is not None and wait_until_ready(window)
    (player,) = [p for p in media_players(window) if p.objectName() == "attractPlayer"]
    qtbot.waitUntil(lambda: player.playbackState() == Playing, timeout=10_000)
    before = player.duration()
    incoming = attract_root / "one" / ".incoming.mp4"
    shutil.copy(media_files["clip.mp4"], incoming)  # another clip under the same name
    os.replace(incoming, attract_root / "one" / "loop.mp4")
    statuses: list[QMediaPlayer.MediaStatus] = []
    player.mediaStatusChanged.connect(statuses.append)
    live.reload_now()
    assert live.last_error == ""
    assert QMediaPlayer.MediaStatus.NoMedia in statuses  # it let the old file go
    qtbot.waitUntil(lambda: player.playbackState() == Playing, timeout=10_000)
    assert player.source().fileName() == "loop.mp4" and before > 0
    again = [p for p in media_players(window) if p.objectName() == "attractPlayer"]
    assert again == [player]
    kiosk.timer.stop()
