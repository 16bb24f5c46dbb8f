"""The first frames of the videos that have no poster, for a running show: decoded one at a
time in the background once the window is up, so a video slide shows its own picture (on
stage before it plays, as a prefetched neighbour, in the presenter's previews) instead of a
dark box. A file that will not decode gets no frame; its slide says so when it is played."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, QUrl

from exhibit.content.model import Exhibit
from exhibit.ui.controller import Controller
from exhibit.ui.mediatrial import TRIAL_MS, is_frame_at, posterless_videos

if TYPE_CHECKING:  # Qt Multimedia is loaded when there is a frame to take, not at start-up
    from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

log = logging.getLogger("exhibit")

# (the file, where it starts playing, the file's modification time): an edited file (live
# reload) is decoded again, an unchanged one keeps its frame.
Key = tuple[str, float, int]


def _wanted(exhibit: Exhibit) -> dict[str, Key]:
    """Slide id → what to decode, for each video slide without a poster of its own."""
    wanted = {}
    for slide, media in posterless_videos(exhibit):
        try:
            stamp = Path(media.file).stat().st_mtime_ns
        except OSError:
            continue
        wanted[slide.id] = (str(media.file), media.start, stamp)
    return wanted


class PosterFrames(QObject):
    """Takes the frames, one file at a time, and hands the controller slide id → picture URL
    after each (and after a live reload swaps the exhibit)."""

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._folder = tempfile.TemporaryDirectory(prefix="exhibit-frames-")
        self._taken: dict[Key, str] = {}  # "" when the file gave no frame
        self._wanted: dict[str, Key] = {}  # the exhibit's, as of the last refresh
        self._queue: list[Key] = []
        self._player: QMediaPlayer | None = None
        self._sink: QVideoSink | None = None
        self._current: Key | None = None
        self._timer = QTimer(self, singleShot=True, interval=TRIAL_MS)
        self._timer.timeout.connect(lambda: self._done(""))
        controller.exhibitChanged.connect(self.refresh)

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def refresh(self) -> None:
        """Queue the frames the exhibit now needs and hand over those already taken."""
        self._wanted = _wanted(self._controller.exhibit)
        for key in self._wanted.values():
            if key not in self._taken and key not in self._queue and key != self._current:
                self._queue.append(key)
        self._publish()
        if self._current is None:
            self._next()

    def _publish(self) -> None:
        taken = self._wanted.items()
        frames = {slide: self._taken[key] for slide, key in taken if self._taken.get(key)}
        self._controller.set_frame_posters(frames)

    def _next(self) -> None:
        if not self._queue:
            return
        from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

        self._current = self._queue.pop(0)
        # No audio output: the player makes no sound and never opens the sound server.
        self._player = QMediaPlayer(self)
        self._sink = QVideoSink(self)
        self._player.setVideoSink(self._sink)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(self._on_error)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._timer.start()
        self._player.setSource(QUrl.fromLocalFile(self._current[0]))

    def _on_status(self, status: Any) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        player, current = self._player, self._current
        if player is None or current is None:
            return
        if status == QMediaPlayer.MediaStatus.LoadedMedia:
            if not player.hasVideo():
                self._done("")
                return
            if current[1]:
                player.setPosition(int(current[1] * 1000))
            player.play()
        elif status in (QMediaPlayer.MediaStatus.InvalidMedia, QMediaPlayer.MediaStatus.EndOfMedia):
            self._done("")

    def _on_error(self, *_: object) -> None:
        self._done("")

    def _on_frame(self, frame: QVideoFrame) -> None:
        if self._current is None or not is_frame_at(frame, self._current[1]):
            return
        path = Path(self._folder.name) / f"{len(self._taken):04d}.jpg"
        image = frame.toImage()
        saved = not image.isNull() and image.save(str(path), quality=90)
        self._done(path.as_uri() if saved else "")

    def _done(self, url: str) -> None:
        """The file in hand has its frame (or has none): let its player go, take the next."""
        if self._current is None:
            return
        self._timer.stop()
        self._taken[self._current] = url
        if not url:
            log.debug("no first frame from %s", self._current[0])
        self._current = None
        player, sink = self._player, self._sink
        self._player = self._sink = None
        if player is not None and sink is not None:
            sink.videoFrameChanged.disconnect(self._on_frame)
            player.mediaStatusChanged.disconnect(self._on_status)
            player.errorOccurred.disconnect(self._on_error)
            player.stop()
            player.setSource(QUrl())
            player.deleteLater()
            sink.deleteLater()
        self._publish()
        QTimer.singleShot(0, self._next)
