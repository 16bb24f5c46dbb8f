"""Small video and sound files made with ffmpeg once per test session (none is committed)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

needs_ffmpeg = pytest.mark.skipif(
    shutil.which("ffmpeg") is None and not os.environ.get("CI"),
    reason="makes its test media with ffmpeg (CI installs it)",
)

# A 160x90 test picture that changes every frame, and a tone: 3 s each.
_PICTURE = ["-f", "lavfi", "-i", "testsrc2=size=160x90:rate=10:duration=3"]
_TONE = ["-f", "lavfi", "-i", "sine=frequency=440:duration=3"]
RECIPES: dict[str, list[str]] = {
    "clip.mp4": [*_PICTURE, *_TONE, "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac",
                 "-shortest"],
    "clip.webm": [*_PICTURE, *_TONE, "-c:v", "libvpx-vp9", "-c:a", "libopus", "-shortest"],
    "silent.mp4": [*_PICTURE, "-c:v", "libx264", "-pix_fmt", "yuv420p"],
    "voice.mp3": [*_TONE, "-c:a", "libmp3lame"],
    "voice.m4a": [*_TONE, "-c:a", "aac"],
    "voice.ogg": [*_TONE, "-c:a", "libopus"],
    "voice.wav": [*_TONE, "-c:a", "pcm_s16le"],
}
CAPTIONS_EN = """WEBVTT

00:00.000 --> 00:01.500
<v Narrator>The first words</v>

00:01.500 --> 00:03.000
and the &amp; second
"""
CAPTIONS_RU = """WEBVTT

00:00.000 --> 00:03.000
Первые слова
"""


def make_media(folder: Path) -> dict[str, Path]:
    """Every recipe's file, the captions and a damaged copy of each, in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {}
    for name, recipe in RECIPES.items():
        path = folder / name
        subprocess.run(
            ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y", *recipe,
             str(path)],
            check=True,
        )
        made[name] = path
        cut = folder / f"cut-{name}"
        cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
        made[cut.name] = cut
    for name, text in (("en.vtt", CAPTIONS_EN), ("ru.vtt", CAPTIONS_RU)):
        (folder / name).write_text(text, encoding="utf-8")
        made[name] = folder / name
    return made


needs_sound_server = pytest.mark.skipif(
    shutil.which("pulseaudio") is None and not os.environ.get("CI"),
    reason="plays sound to a PulseAudio null sink (CI installs pulseaudio)",
)


def start_null_sink(runtime: Path) -> subprocess.Popen[bytes]:
    """A PulseAudio server of our own whose only output is a null sink; PULSE_SERVER names it.

    The server's socket is waited for by watching it appear, not by sleeping."""
    socket = runtime / "pulse-null" / "native"
    socket.parent.mkdir(parents=True, exist_ok=True)
    server = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
         "--disable-shm=yes", "--load=module-null-sink sink_name=null",
         f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while not socket.is_socket() and server.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)  # waiting for the socket to appear, not timing anything
    if not socket.is_socket():
        server.kill()
        raise RuntimeError("the PulseAudio null sink did not start")
    os.environ["PULSE_SERVER"] = f"unix:{socket}"
    return server
