"""Every video and sound file an exhibit uses, opened by Qt Multimedia and (for video) decoded
to its first frame: `exhibit check`'s proof that a file whose container looked whole really
plays on this machine (a codec the FFmpeg backend lacks, a stream that will not decode)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from exhibit.content.errors import Problem
from exhibit.content.model import Exhibit, Media, Slide

if TYPE_CHECKING:  # the viewer loads its exhibit from the cache, without the reader
    from exhibit.content.reader import Ref

TRIAL_MS = 8_000  # the most one file may take to open and show a frame
# Qt Multimedia's FFmpeg backend reports at info level which FFmpeg it loaded, that there is no
# hardware decoder and no PipeWire, and (gated by the same level) has FFmpeg print each file's
# stream table on the terminal. None of it is a problem; its warnings still come through.
MEDIA_CHATTER = "qt.multimedia.*.info=false\nqt.multimedia.*.debug=false"


def quiet_media_chatter() -> None:
    """Keep Qt Multimedia's info and debug lines (and FFmpeg's stream dumps) off the log."""
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules(MEDIA_CHATTER)


@contextlib.contextmanager
def quiet_decoders() -> Iterator[None]:
    """Qt's, FFmpeg's and the picture decoders' own words about a file kept off the terminal
    while it is tried (and the application they need made): the caller says in one line what
    went wrong."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    quiet_media_chatter()
    if QGuiApplication.instance() is None:
        QGuiApplication(["exhibit"])
    previous = qInstallMessageHandler(lambda kind, context, message: None)
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as devnull:
            os.dup2(devnull.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        qInstallMessageHandler(previous)


def media_problems(media: list[Ref]) -> list[Problem]:
    """A problem at each place a media file is used that Qt cannot open or decode."""
    if not media:
        return []
    failed: dict[str, str] = {}
    problems = []
    with quiet_decoders():
        for ref in media:
            if ref.target not in failed:
                failed[ref.target] = trial(ref.target)
            if failed[ref.target]:
                name = os.path.basename(ref.target)
                message = f"{ref.what}: '{name}' cannot be played ({failed[ref.target]})"
                problems.append(Problem(ref.file, ref.node.line, ref.node.column, message))
    return problems


def posterless_videos(exhibit: Exhibit) -> list[tuple[Slide, Media]]:
    """Each video slide without a poster of its own, with its media: they show a frame."""
    return [
        (slide, slide.media)
        for slide in exhibit.slides
        if slide.kind == "video" and slide.media is not None and slide.media.poster is None
    ]


def still_frames(exhibit: Exhibit) -> tuple[dict[str, str], tempfile.TemporaryDirectory[str]]:
    """A frame of each video slide without a poster, from where it starts playing, as PNG
    files in a temporary folder (keep it while they are shown): slide id → file URL."""
    folder = tempfile.TemporaryDirectory(prefix="exhibit-frames-")
    frames: dict[str, str] = {}
    with quiet_decoders():
        for slide, media in posterless_videos(exhibit):
            image = frame_at(str(media.file), media.start)
            path = Path(folder.name) / f"{len(frames):04d}.png"
            if image is not None and image.save(str(path)):
                frames[slide.id] = path.as_uri()
    return frames, folder


def frame_at(path: str, seconds: float) -> Any:
    """The video's picture at `seconds` (a QImage), or None when none can be decoded."""
    return _decode(path, seconds)[0]


def is_frame_at(frame: Any, seconds: float) -> bool:
    """Whether a decoded video frame is the picture at `seconds` or after it (a seek lands on
    the key frame before, whose frames come first), not one before."""
    return bool(frame.isValid() and frame.startTime() >= seconds * 1_000_000 - 50_000)


def _decode(path: str, seconds: float) -> tuple[Any, str, bool]:
    """Open the file and, for a video, decode its picture at `seconds`: the picture (None
    when there is none), why it could not be opened ("" when it could) and whether it is
    a video."""
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

    player = QMediaPlayer()
    sink = QVideoSink()
    player.setVideoSink(sink)
    loop = QEventLoop()
    found: list[Any] = []
    errors: list[str] = []
    status = QMediaPlayer.MediaStatus

    def on_status(value: Any) -> None:
        if value in (status.LoadedMedia, status.InvalidMedia, status.EndOfMedia):
            loop.quit()

    def on_error(error: Any, text: str) -> None:
        errors.append(text or "it cannot be opened")
        loop.quit()

    def on_frame(frame: Any) -> None:
        if is_frame_at(frame, seconds):
            found.append(frame.toImage())
            loop.quit()

    player.mediaStatusChanged.connect(on_status)
    player.errorOccurred.connect(on_error)
    timer = QTimer(singleShot=True, interval=TRIAL_MS)
    timer.timeout.connect(loop.quit)
    timer.start()
    player.setSource(QUrl.fromLocalFile(path))
    if player.mediaStatus() not in (status.LoadedMedia, status.InvalidMedia):
        loop.exec()
    if not errors and player.mediaStatus() != status.LoadedMedia:
        errors.append("it did not open in time")
    video = not errors and player.hasVideo()
    if video:
        sink.videoFrameChanged.connect(on_frame)
        if seconds:
            player.setPosition(int(seconds * 1000))
        player.play()
        timer.start()
        loop.exec()
        player.stop()
    timer.stop()
    player.setSource(QUrl())
    return (found[0] if found else None), (errors[0] if errors else ""), video


def trial(path: str) -> str:
    """Why Qt cannot play the file at `path` ("" when it opens, a video shows a frame and a
    sound track gives its first samples)."""
    problem = _picture_trial(path)
    return problem or _sound_trial(path)


def _sound_trial(path: str) -> str:
    """Why the file's sound cannot be decoded ("" when it can, or when it has none)."""
    return decode_sound(path, 0.0).problem


class SoundDecoded(NamedTuple):
    """What decoding the start of a file's sound gave: why it failed ("" when it did not),
    how many seconds of samples came out, at what rate (0 when it has no sound)."""

    problem: str
    seconds: float
    rate: int


def decode_sound(path: str, seconds: float) -> SoundDecoded:
    """Decode the first `seconds` of the file's sound (at least one buffer of samples)."""
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtMultimedia import QAudioDecoder

    decoder = QAudioDecoder()
    loop = QEventLoop()
    state: dict[str, Any] = {"us": 0, "rate": 0, "error": ""}

    def on_buffer() -> None:
        buffer = decoder.read()
        if buffer.isValid():
            state["us"] += buffer.duration()
            state["rate"] = buffer.format().sampleRate()
        if not buffer.isValid() or state["us"] >= seconds * 1_000_000:
            loop.quit()

    def on_error(error: QAudioDecoder.Error) -> None:
        if "doesn't contain an audio stream" not in decoder.errorString():
            state["error"] = decoder.errorString() or "its sound cannot be decoded"
        loop.quit()

    decoder.bufferReady.connect(on_buffer)
    decoder.error.connect(on_error)
    decoder.finished.connect(loop.quit)
    timer = QTimer(singleShot=True, interval=TRIAL_MS)
    timer.timeout.connect(loop.quit)
    timer.start()
    decoder.setSource(QUrl.fromLocalFile(path))
    decoder.start()
    loop.exec()
    timer.stop()
    decoder.stop()
    return SoundDecoded(str(state["error"]), state["us"] / 1_000_000, int(state["rate"]))


def decode_report(path: str) -> tuple[str, str]:
    """What the file decodes to, in words (`exhibit check --media`): its first frame's size
    and a second of its sound; and why it failed ("" when it did not)."""
    picture, error, video = _decode(path, 0.0)
    if error or (video and picture is None):
        return "", error or "no picture decoded"
    parts = [f"first frame {picture.width()}x{picture.height()}"] if video else []
    sound = decode_sound(path, 1.0)
    if sound.problem:
        return "", sound.problem
    if sound.rate:
        parts.append(f"{sound.seconds:.2f} s of sound at {sound.rate} Hz")
    return ", ".join(parts) or "opened, no picture or sound", ""


def _picture_trial(path: str) -> str:
    """Why the file cannot be opened or (when it is a video) its first frame decoded."""
    picture, error, video = _decode(path, 0.0)
    return error or ("no picture decoded" if video and picture is None else "")
