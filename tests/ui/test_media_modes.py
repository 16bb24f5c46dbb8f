"""Recordings in each mode: a kiosk is silent until a visitor's touch, caps the volume and
stops at the idle timeout; the presenter plays with Space/K and seeks with J/L on the audience
screen only; reduced motion never autoplays; the analytics count plays and completions."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from exhibit.analytics.store import Analytics
from exhibit.content.loader import load
from exhibit.kiosk.config import ConfigError, _config
from exhibit.kiosk.pin import PinGuard
from exhibit.show.attract import Mode
from exhibit.ui.controller import Controller
from exhibit.ui.engine import create_presenter_window, create_window, register_fonts
from exhibit.ui.kiosk import Kiosk
from exhibit.ui.presenter import Presenter
from exhibit.ui.render import wait_until_ready
from tests.exhibits import MakeExhibit
from tests.mediafiles import needs_ffmpeg

pytestmark = needs_ffmpeg
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
    autoplay: true
"""


class FakeClock:
    now = 1000.0

    def __call__(self) -> float:
        return self.now


def players(window: QQuickWindow) -> list[QMediaPlayer]:
    stack: list[QQuickItem] = [window.contentItem()]
    found: list[QMediaPlayer] = []
    while stack:
        item = stack.pop()
        found.extend(c for c in item.children() if isinstance(c, QMediaPlayer))
        stack.extend(item.childItems())
    return found


def loaded(window: QQuickWindow) -> QMediaPlayer:
    with_file = [p for p in players(window) if not p.source().isEmpty()]
    assert len(with_file) == 1, len(with_file)
    return with_file[0]


@pytest.fixture
def media_root(make_exhibit: MakeExhibit, media_files: dict[str, Path]) -> Path:
    root = make_exhibit(one__section_yaml=SECTION)
    shutil.copy(media_files["silent.mp4"], root / "one" / "silent.mp4")
    return root


class Engine(QQmlApplicationEngine):
    """An engine that keeps the view-models its views bind to until it is gone."""

    keep: list[object]


@pytest.fixture
def engine(qapp: QGuiApplication) -> Iterator[Engine]:
    register_fonts()
    made = Engine()
    made.keep = []
    yield made
    for root in made.rootObjects():
        if isinstance(root, QQuickWindow):
            root.close()
    made.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    made.keep.clear()


def test_a_kiosk_is_silent_until_a_touch_and_stops_at_idle(
    media_root: Path, engine: Engine, qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock()
    controller = Controller(load(media_root), reduced_motion=False)
    analytics = Analytics(tmp_path / "visits.sqlite", clock=clock)
    kiosk = Kiosk(controller, PinGuard(None), locked_down=False, idle_timeout=90,
                  auto_advance=12, content_label="ex", analytics=analytics, max_volume=0.3,
                  clock=clock)
    engine.keep += [controller, kiosk, analytics]
    window = create_window(engine, controller, 1280, 720, kiosk=kiosk)
    assert window is not None and wait_until_ready(window)
    assert controller.property("soundAllowed") is False
    assert controller.property("volumeCap") == pytest.approx(0.3)
    # The attract loop reaches the video: it may play by itself, muted.
    clock.now += 12
    kiosk.tick()
    assert controller.currentIndex == 1
    media = loaded(window)
    qtbot.waitUntil(lambda: media.playbackState() == QMediaPlayer.PlaybackState.PlayingState,
                    timeout=10_000)
    assert controller.property("soundAllowed") is False
    kiosk.activity()  # a visitor's touch: back to the first slide, sound allowed
    assert kiosk.loop.mode is Mode.VISITOR and controller.property("soundAllowed") is True
    controller.next()
    media = loaded(window)
    qtbot.waitUntil(lambda: media.playbackState() == QMediaPlayer.PlaybackState.PlayingState,
                    timeout=10_000)
    qtbot.waitUntil(lambda: media.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia
                    or media.position() > 2_500, timeout=15_000)
    clock.now += 91
    kiosk.tick()  # idle: the visit ends and the recording stops
    assert kiosk.loop.mode is Mode.ATTRACT
    assert controller.property("soundAllowed") is False
    assert all(p.playbackState() != QMediaPlayer.PlaybackState.PlayingState
               for p in players(window))
    kiosk.timer.stop()
    analytics.close()
    import sqlite3

    with sqlite3.connect(tmp_path / "visits.sqlite") as db:
        kinds = [row[0] for row in db.execute("SELECT kind FROM events WHERE value = 'v'")]
    assert "media_play" in kinds


def test_reduced_motion_never_autoplays(
    media_root: Path, engine: Engine, qtbot: QtBot
) -> None:
    controller = Controller(load(media_root), reduced_motion=True)
    engine.keep.append(controller)
    window = create_window(engine, controller, 1280, 720)
    assert window is not None and wait_until_ready(window)
    controller.next()
    media = loaded(window)
    qtbot.waitUntil(lambda: media.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia)
    QCoreApplication.processEvents()
    assert media.playbackState() == QMediaPlayer.PlaybackState.StoppedState


def test_the_presenter_plays_the_audience_copy_only(
    media_root: Path, engine: Engine, qtbot: QtBot
) -> None:
    controller = Controller(load(media_root), reduced_motion=True)
    presenter = Presenter(controller, clock=FakeClock(), wall=lambda: datetime(2026, 1, 1))
    engine.keep += [controller, presenter]
    audience = create_window(engine, controller, 1280, 720)
    window = create_presenter_window(engine, controller, presenter)
    assert audience is not None and window is not None and wait_until_ready(audience)
    window.requestActivate()
    qtbot.waitUntil(window.isActive)
    QTest.keyClick(window, Qt.Key.Key_Space)  # the title slide: Space moves on
    assert controller.currentIndex == 1
    media = loaded(audience)
    assert all(p.source().isEmpty() for p in players(window))  # previews never load it
    qtbot.waitUntil(lambda: media.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia)
    QTest.keyClick(window, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: media.position() > 500, timeout=10_000)
    QTest.keyClick(window, Qt.Key.Key_Space)  # on a recording, Space pauses it
    qtbot.waitUntil(lambda: media.playbackState() == QMediaPlayer.PlaybackState.PausedState)
    assert controller.currentIndex == 1
    before = media.position()
    QTest.keyClick(window, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: media.position() < before)
    shown = window.findChild(QQuickItem, "presenterMedia")
    assert shown is not None
    assert "0:0" in str(shown.property("text"))
    assert all(p.source().isEmpty() for p in players(window))


def test_the_kiosk_config_caps_the_volume(tmp_path: Path) -> None:
    assert _config(tmp_path / "k.json", {"max_volume": 0.5}).max_volume == 0.5
    with pytest.raises(ConfigError, match="max_volume must be a number from 0 to 1"):
        _config(tmp_path / "k.json", {"max_volume": 3})


def test_a_kiosk_records_captions_switched_by_a_visitor(
    qapp: QGuiApplication, make_exhibit: MakeExhibit, media_files: dict[str, Path],
    tmp_path: Path,
) -> None:
    import sqlite3

    root = make_exhibit(one__section_yaml=SECTION + "    captions: one/en.vtt\n")
    for name in ("silent.mp4", "en.vtt"):
        shutil.copy(media_files[name], root / "one" / name)
    clock = FakeClock()
    controller = Controller(load(root))
    analytics = Analytics(tmp_path / "visits.sqlite", clock=clock)
    kiosk = Kiosk(controller, PinGuard(None), locked_down=False, idle_timeout=90,
                  auto_advance=12, content_label="ex", analytics=analytics, clock=clock)
    controller.goTo(1)
    controller.toggleCaptions()  # the attract loop: nobody's choice, not recorded
    controller.toggleCaptions()
    kiosk.activity()
    controller.goTo(1)
    controller.toggleCaptions()
    clock.now += 91
    kiosk.tick()  # the visit ends: captions on again for the next visitor
    assert controller.property("captionsOn") is True
    kiosk.timer.stop()
    analytics.close()
    with sqlite3.connect(tmp_path / "visits.sqlite") as db:
        found = db.execute("SELECT slide, value FROM events WHERE kind = 'media_captions'")
        assert found.fetchall() == [("v", "off:en")]
