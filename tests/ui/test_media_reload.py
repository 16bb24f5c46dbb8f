"""Live reload under a playing recording: a kiosk showing a video slide takes a new file, or an
edited slide, without a crash, a Qt warning or an empty screen, and a broken new file keeps the
last good exhibit (and its recording) on screen."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from exhibit.content.loader import load
from exhibit.kiosk.pin import PinGuard
from exhibit.kiosk.watch import ContentWatcher
from exhibit.ui.controller import Controller
from exhibit.ui.engine import create_window
from exhibit.ui.kiosk import Kiosk
from exhibit.ui.live import LiveReload
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
  - id: v
    kind: video
    title: {title}
    file: one/clip.mp4
    alt: Moving colour bars
    credit: Tests
    loop: true
"""
Playing = QMediaPlayer.PlaybackState.PlayingState


@pytest.fixture
def bars(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Another silent clip, of still colour bars, to swap in."""
    path = tmp_path_factory.mktemp("bars") / "bars.mp4"
    subprocess.run(
        ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
         "smptebars=size=160x90:rate=10:duration=2", "-c:v", "libx264", "-pix_fmt", "yuv420p",
         str(path)], check=True,
    )
    return path


class Showing:
    """A kiosk (visitor mode) on a looping video slide, with its live reload."""

    def __init__(self, engine: Engine, root: Path, qtbot: QtBot) -> None:
        self.root, self.qtbot = root, qtbot
        exhibit = load(root)
        self.controller = Controller(exhibit)
        self.live = LiveReload(self.controller, ContentWatcher(root, str(root), debounce=0))
        self.kiosk = Kiosk(self.controller, PinGuard(None), locked_down=False, idle_timeout=90,
                           auto_advance=12, content_label="ex", live=self.live,
                           clock=FakeClock())
        engine.keep += [self.controller, self.kiosk, self.live]
        window = create_window(engine, self.controller, 1280, 720, kiosk=self.kiosk)
        assert window is not None and wait_until_ready(window)
        self.window: QQuickWindow = window
        self.kiosk.activity()  # a visitor, who plays the video
        self.play()

    def player(self) -> QMediaPlayer:
        stack = [self.window.contentItem()]
        found: list[QMediaPlayer] = []
        while stack:
            item = stack.pop()
            found += [c for c in item.children() if isinstance(c, QMediaPlayer)
                      and c.objectName() == "mediaPlayer" and not c.source().isEmpty()]
            stack.extend(item.childItems())
        assert len(found) == 1, len(found)
        return found[0]

    def play(self) -> None:
        media = self.player()
        self.qtbot.waitUntil(
            lambda: media.mediaStatus() != QMediaPlayer.MediaStatus.LoadingMedia, timeout=10_000
        )
        if media.playbackState() != Playing:
            self.controller.mediaToggle()
        self.qtbot.waitUntil(lambda: media.position() > 300, timeout=10_000)

    def frames_shown(self) -> bool:
        """The picture area shows the video (offscreen, Qt Quick's software renderer draws no
        video: its frames are counted as they reach the video output's sink instead)."""
        output = find_item(self.window.contentItem(), "videoOutput")
        assert isinstance(output, QQuickItem)
        frames: list[bool] = []
        sink = self.player().videoSink()
        sink.videoFrameChanged.connect(lambda frame: frames.append(frame.isValid()))
        self.qtbot.waitUntil(lambda: sum(frames) >= 3, timeout=10_000)
        return output.isVisible() and output.width() > 100

    def reload(self) -> None:
        self.live.reload_now()
        assert wait_until_ready(self.window)


def replace(source: Path, target: Path) -> None:
    """As a sync tool does: the new file under a temporary name, then renamed over the old."""
    temporary = target.with_name(".incoming-" + target.name)
    shutil.copy(source, temporary)
    os.replace(temporary, target)


@pytest.fixture
def showing(
    make_exhibit: MakeExhibit, media_files: dict[str, Path], engine: Engine, qtbot: QtBot
) -> Showing:
    root = make_exhibit(one__section_yaml=SECTION.format(title="Test card"))
    shutil.copy(media_files["silent.mp4"], root / "one" / "clip.mp4")
    return Showing(engine, root, qtbot)


def test_a_new_file_under_the_same_name_plays_in_its_place(showing: Showing, bars: Path) -> None:
    before = showing.player()
    replace(bars, showing.root / "one" / "clip.mp4")
    showing.reload()
    after = showing.player()
    assert after is not before
    showing.qtbot.waitUntil(lambda: after.playbackState() == Playing, timeout=10_000)
    showing.qtbot.waitUntil(lambda: after.position() > 300, timeout=10_000)
    assert after.duration() < 2_500  # the new, shorter clip
    assert showing.frames_shown()


def test_an_edited_slide_keeps_playing_its_recording(showing: Showing) -> None:
    (showing.root / "one" / "section.yaml").write_text(SECTION.format(title="Edited"),
                                                        encoding="utf-8")
    showing.reload()
    assert showing.controller.currentSlide["title"] == "Edited"
    media = showing.player()
    showing.qtbot.waitUntil(lambda: media.playbackState() == Playing, timeout=10_000)
    showing.qtbot.waitUntil(lambda: media.position() > 300, timeout=10_000)
    assert showing.frames_shown()


def test_a_broken_new_file_keeps_the_last_good_exhibit_playing(
    showing: Showing, caplog: pytest.LogCaptureFixture
) -> None:
    before = showing.player()
    good = showing.controller.exhibit
    broken = showing.root.parent / "broken.mp4"
    broken.write_bytes((showing.root / "one" / "clip.mp4").read_bytes()[:3000])
    replace(broken, showing.root / "one" / "clip.mp4")
    with caplog.at_level(logging.WARNING, "exhibit.reload"):
        showing.reload()
    assert "content not reloaded, last good exhibit kept" in caplog.text
    assert "clip.mp4" in showing.live.last_error
    assert showing.controller.exhibit is good and showing.player() is before
    assert before.playbackState() == Playing
    position = before.position()
    showing.qtbot.waitUntil(lambda: before.position() != position, timeout=10_000)
    assert showing.frames_shown()


@pytest.fixture
def bilingual(
    make_exhibit: MakeExhibit, media_files: dict[str, Path], engine: Engine, qtbot: QtBot
) -> Showing:
    root = make_exhibit(exhibit_yaml="title: Small\nlanguages: [en, ru]\nsections: [one]\n",
                        one__section_yaml=SECTION.format(title="{en: Test card, ru: Таблица}"))
    shutil.copy(media_files["silent.mp4"], root / "one" / "clip.mp4")
    return Showing(engine, root, qtbot)


def test_a_language_switch_keeps_the_recording_playing_where_it_was(bilingual: Showing) -> None:
    """A visitor switches to Russian while the film plays: it plays on from where it was,
    and its picture stays on screen (no dark frame while the new view loads the file)."""
    before = bilingual.player()
    position = before.position()
    bilingual.controller.setProperty("language", "ru")
    assert bilingual.controller.currentSlide["title"] == "Таблица"
    assert wait_until_ready(bilingual.window)
    media = bilingual.player()
    bilingual.qtbot.waitUntil(lambda: media.playbackState() == Playing, timeout=10_000)
    assert media.position() >= position
    assert bilingual.frames_shown()
