"""Video and audio slides in the real views, offscreen: they play, their captions follow the
recording, a file that will not play leaves its poster and a notice, and previews stay silent."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtMultimedia import QMediaPlayer

from exhibit.content.loader import load
from tests.exhibits import MakeExhibit
from tests.mediafiles import needs_ffmpeg, needs_sound_server
from tests.ui.conftest import OpenViewer, Viewer

pytestmark = needs_ffmpeg
HEAD = "id: one\ntitle: One\nslides:\n"


def media_exhibit(make_exhibit: MakeExhibit, media: dict[str, Path], slides: str) -> Path:
    root = make_exhibit(one__section_yaml=HEAD + slides)
    for name, path in media.items():
        shutil.copy(path, root / "one" / name)
    return root


VIDEO = (
    "  - id: v\n    kind: video\n    title: Test card\n    file: one/{file}\n"
    "    alt: Moving colour bars\n    credit: Tests\n    caption: A test picture\n"
)


def players(viewer: Viewer) -> list[QMediaPlayer]:
    """Every media player in the views (QML keeps them as children of their slides' items)."""
    found: list[QMediaPlayer] = []
    for item in viewer.items():
        found.extend(
            child for child in item.children() if isinstance(child, QMediaPlayer)
        )
    return found


def player(viewer: Viewer) -> QMediaPlayer:
    playing = [p for p in players(viewer) if not p.source().isEmpty()]
    assert len(playing) == 1, f"{len(playing)} players with a file"
    return playing[0]


def video_area(viewer: Viewer) -> bytes:
    screen = viewer.item("mediaScreen")
    rect = screen.mapRectToScene(QRectF(0, 0, screen.width(), screen.height())).toRect()
    image = viewer.window.grabWindow().copy(rect)
    return bytes(image.constBits())  # type: ignore[arg-type]


@needs_sound_server
def test_a_video_plays_with_its_captions_at_their_cues(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit, media_files: dict[str, Path],
    sound_server: None,
) -> None:
    root = media_exhibit(make_exhibit, media_files,
                         VIDEO.format(file="clip.mp4") + "    captions: one/en.vtt\n")
    viewer = open_viewer(load(root))
    media = player(viewer)
    assert media.playbackState() == QMediaPlayer.PlaybackState.StoppedState
    viewer.qtbot.waitUntil(lambda: media.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia)
    # The sound path opens once the file has loaded, so a tap is heard at once (the first
    # sound of a process waits on the sound server: bench/RESULTS.md, audio start).
    viewer.qtbot.waitUntil(lambda: media.audioOutput() is not None)
    viewer.controller.mediaToggle()
    viewer.qtbot.waitUntil(lambda: media.position() > 200, timeout=10_000)
    first = video_area(viewer)
    viewer.qtbot.waitUntil(lambda: video_area(viewer) != first, timeout=10_000)
    cue = viewer.item("mediaCueText")
    viewer.qtbot.waitUntil(lambda: cue.property("text") == "and the & second", timeout=10_000)
    assert viewer.controller.property("mediaPosition").endswith(" · and the & second")
    viewer.controller.mediaToggle()
    viewer.qtbot.waitUntil(lambda: media.playbackState() == QMediaPlayer.PlaybackState.PausedState)


def test_a_silent_video_plays_without_opening_the_sound_server(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit, media_files: dict[str, Path]
) -> None:
    root = media_exhibit(make_exhibit, media_files, VIDEO.format(file="silent.mp4"))
    viewer = open_viewer(load(root))
    media = player(viewer)
    viewer.qtbot.waitUntil(lambda: media.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia)
    viewer.item("playButton")  # visible controls
    viewer.controller.mediaToggle()
    viewer.qtbot.waitUntil(lambda: media.position() > 300, timeout=10_000)
    viewer.controller.mediaSeek(-10)
    viewer.qtbot.waitUntil(lambda: media.position() < 300)
    assert media.audioOutput() is None
    assert viewer.item("videoOutput").isVisible()


@pytest.mark.qt_log_ignore("Could not open media")  # FFmpeg's own words for the broken file
def test_a_video_that_will_not_play_leaves_a_placeholder_and_a_notice(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit, media_files: dict[str, Path]
) -> None:
    root = media_exhibit(make_exhibit, media_files, VIDEO.format(file="silent.mp4"))
    exhibit = load(root)
    (root / "one" / "silent.mp4").write_bytes(b"not a film any more")  # broken after the check
    viewer = open_viewer(exhibit)
    notice = viewer.item("mediaUnavailable")
    viewer.qtbot.waitUntil(notice.isVisible, timeout=10_000)
    assert viewer.item("placeholderAlt").property("text") == "Moving colour bars"
    assert not viewer.item("videoOutput").isVisible()


def test_the_neighbours_and_the_next_slide_preview_never_load_the_file(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit, media_files: dict[str, Path]
) -> None:
    root = media_exhibit(
        make_exhibit, media_files,
        "  - id: t\n    kind: title\n    title: First\n" + VIDEO.format(file="silent.mp4"),
    )
    viewer = open_viewer(load(root))
    viewer.wait_for_items("mediaScreen")  # the prefetched neighbour is built
    made = players(viewer)
    assert made and all(p.source().isEmpty() for p in made)
    viewer.controller.next()
    viewer.wait_ready()
    assert player(viewer).source().fileName() == "silent.mp4"


def test_captions_switch_off_and_on_with_the_cc_button_and_c(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit, media_files: dict[str, Path]
) -> None:
    """The CC button: on by default, a checkable button named Captions (Субтитры in
    Russian), reached with Tab and pressed with Enter, a click or C; off hides the cue."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QAccessible
    from PySide6.QtTest import QTest

    root = media_exhibit(make_exhibit, media_files, VIDEO.format(file="silent.mp4")
                         + "    captions: one/en.vtt\n")
    viewer = open_viewer(load(root))
    switched: list[tuple[str, str]] = []
    viewer.controller.mediaPlayed.connect(lambda what, slide: switched.append((what, slide)))
    button = viewer.item("captionsButton")
    assert button.isVisible() and viewer.controller.property("captionsOn") is True
    iface = QAccessible.queryAccessibleInterface(button)
    assert iface.text(QAccessible.Text.Name) == "Captions"
    assert iface.state().checkable and iface.state().checked
    media = player(viewer)
    viewer.qtbot.waitUntil(lambda: media.mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia)
    viewer.controller.mediaToggle()
    cue = viewer.item("mediaCue")
    viewer.qtbot.waitUntil(cue.isVisible, timeout=10_000)
    for _ in range(6):  # Tab to it through the slide's controls
        if button.hasActiveFocus():
            break
        QTest.keyClick(viewer.window, Qt.Key.Key_Tab)
    assert button.hasActiveFocus()
    QTest.keyClick(viewer.window, Qt.Key.Key_Return)
    assert viewer.controller.property("captionsOn") is False
    assert not cue.isVisible() and not iface.state().checked
    QTest.keyClick(viewer.window, Qt.Key.Key_C)
    assert viewer.controller.property("captionsOn") is True and cue.isVisible()
    centre = button.mapToScene(QPointF(button.width() / 2, button.height() / 2)).toPoint()
    QTest.mouseClick(viewer.window, Qt.MouseButton.LeftButton, pos=centre)
    assert viewer.controller.property("captionsOn") is False
    assert switched == [("play", "v"), ("captions-off", "v"), ("captions-on", "v"),
                        ("captions-off", "v")]
    viewer.controller.end_visit()  # a kiosk's next visitor: captions on again
    assert viewer.controller.property("captionsOn") is True
    from exhibit.show.strings import strings_for

    assert strings_for("ru")["captions"] == "Субтитры"  # the name comes from the strings


def test_no_cc_button_without_captions(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit, media_files: dict[str, Path]
) -> None:
    root = media_exhibit(make_exhibit, media_files, VIDEO.format(file="silent.mp4"))
    viewer = open_viewer(load(root))
    assert not viewer.item("captionsButton").isVisible()
    viewer.controller.toggleCaptions()  # C on a recording without captions: nothing to switch
    assert viewer.controller.property("captionsOn") is True
