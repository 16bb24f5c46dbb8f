"""End to end under Xvfb: recordings play in real windows in each mode (window, kiosk with its
attract video, presenter), the caption shows at its cue, sound goes to a null sink, and the
mouse wheel zooms a picture."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.exhibits import MakeExhibit
from tests.mediafiles import needs_ffmpeg, needs_sound_server
from tests.ui.xvfb import (
    Running,
    differing_pixels,
    display,
    distinct_colours,
    grab,
    needs_x,
    settled_grab,
    two_windows,
    wait_for,
    window_id,
    x,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow, needs_x, needs_ffmpeg, needs_sound_server]
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
    viewer = Running(display, str(root))
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
        finish(viewer)


# -- in each mode: kiosk, presenter; sound to the null sink; the wheel zooms a picture -------

WORDS = "WEBVTT\n\n00:01.000 --> 00:02.500\nNow the words\n"
CAPTIONED = """id: one
title: One
slides:
  - id: v
    kind: video
    title: Test card
    file: one/clip.mp4
    alt: Moving colour bars over a black strip
    credit: Tests
    captions: one/words.vtt
    loop: true
"""


def captioned_exhibit(make_exhibit: MakeExhibit, title: str, extra: str = "") -> Path:
    """A video whose lower third is a still black strip, under a caption from 1 s to 2.5 s:
    the strip shows nothing but the caption, which is seen by its colours."""
    root = make_exhibit(exhibit_yaml=f"title: {title}\nsections: [one]\n{extra}",
                        one__section_yaml=CAPTIONED, timeline_yaml="events: []\n")
    subprocess.run(
        ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
         "testsrc2=size=160x60:rate=10:duration=4[a];color=c=black:size=160x30:rate=10"
         ":duration=4[b];[a][b]vstack", "-f", "lavfi", "-i", "sine=frequency=440:duration=4",
         "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest",
         str(root / "one" / "clip.mp4")], check=True,
    )
    (root / "one" / "words.vtt").write_text(WORDS, encoding="utf-8")
    return root


def finish(app: Running) -> None:
    """Stop the viewer; it said no warning and no traceback."""
    output = app.close()
    assert "Traceback" not in output, output
    assert "WARNING" not in output.replace("WARNING: no admin PIN is set", ""), output


def logged(env: dict[str, str], text: str) -> Callable[[], bool]:
    """Whether the viewer's log file has a line with `text` by now."""
    log = Path(env["XDG_STATE_HOME"]) / "exhibit" / "log" / "exhibit.log"
    return lambda: log.exists() and text in log.read_text(encoding="utf-8")


class Shots:
    """Screenshots of one window, numbered, in one folder."""

    def __init__(self, env: dict[str, str], window: str, folder: Path) -> None:
        self.env, self.window, self.folder, self.taken = env, window, folder, 0

    def take(self, crop: str = "") -> Path:
        self.taken += 1
        return grab(self.env, self.window, self.folder / f"shot{self.taken}.png", crop)

    def moving(self, crop: str, what: str) -> None:
        """Successive screenshots of `crop` keep differing: something plays there."""
        for _ in range(2):
            first = self.take(crop)

            def differs(first: Path = first) -> bool:
                return differing_pixels(self.env, first, self.take(crop), "5%") > 1000

            wait_for(differs, what)

    def colours(self, crop: str) -> int:
        return distinct_colours(self.env, self.take(crop))


def test_a_kiosk_plays_its_attract_video_then_a_video_slide_with_its_caption(
    display: dict[str, str], make_exhibit: MakeExhibit, sound_server: None, tmp_path: Path
) -> None:
    root = captioned_exhibit(make_exhibit, "Media kiosk",
                             "kiosk:\n  attract_video: one/clip.mp4\n")
    config = tmp_path / "kiosk.json"
    config.write_text("{}", encoding="utf-8")
    kiosk = Running(display, "--kiosk", str(root), "--config", str(config))
    try:
        window = window_id(display, "Media kiosk")
        wait_for(lambda: "1280x800" in x(display, "xdotool", "getwindowgeometry", window),
                 "fullscreen")
        x(display, "xdotool", "windowactivate", "--sync", window)
        shots = Shots(display, window, tmp_path)
        shots.moving("800x300+240+100", "the attract video to play over the whole window")
        x(display, "xdotool", "mousemove", "640", "400", "click", "1")
        wait_for(logged(display, "visitor session started"), "the touch to start a visit")
        assert shots.colours(KIOSK_CAPTION) < 8  # not playing yet: no caption
        x(display, "xdotool", "key", "--window", window, "k")
        shots.moving(KIOSK_VIDEO, "the video slide to play")
        wait_for(lambda: shots.colours(KIOSK_CAPTION) > 30, "the caption at its cue")
    finally:
        finish(kiosk)


# The moving upper part of the picture, and the still strip at its foot where the caption
# shows, on a 1280x800 screen (the kiosk is fullscreen).
KIOSK_VIDEO = "600x200+180+120"
KIOSK_CAPTION = "460x54+256+550"


def test_the_presenter_plays_on_the_audience_window_with_its_caption(
    display: dict[str, str], make_exhibit: MakeExhibit, sound_server: None, tmp_path: Path
) -> None:
    root = captioned_exhibit(make_exhibit, "Media talk")
    app = Running(display, "--presenter", str(root))
    try:
        audience, presenter = two_windows(display, "Media talk")
        size = x(display, "xdotool", "getwindowgeometry", audience)
        video, caption = regions(size)
        shots = Shots(display, audience, tmp_path)
        x(display, "xdotool", "windowactivate", "--sync", audience)  # on top, to be grabbed
        assert shots.colours(caption) < 8
        x(display, "xdotool", "windowactivate", "--sync", presenter)
        x(display, "xdotool", "key", "--window", presenter, "k")  # the clicker's play
        x(display, "xdotool", "windowactivate", "--sync", audience)
        shots.moving(video, "the audience window's video to play")
        wait_for(lambda: shots.colours(caption) > 30, "the caption at its cue")
    finally:
        finish(app)


def regions(geometry: str) -> tuple[str, str]:
    """The moving part of the picture and the caption strip of a video slide, in a window of
    the size `xdotool getwindowgeometry` says (the layout scales with the window's width)."""
    width, height = (int(n) for n in geometry.split("Geometry: ")[1].split()[0].split("x"))
    def box(w: int, h: int, left: int, top: int) -> str:
        scale = width / 1280
        return f"{round(w * scale)}x{round(h * scale)}+{round(left * scale)}+{round(top * scale)}"

    assert height * 1280 > 604 * width, geometry  # the picture's foot is in the window
    return box(600, 200, 180, 120), box(460, 54, 256, 550)


AUDIO = """id: one
title: One
slides:
  - id: a
    kind: audio
    title: A tone
    file: one/voice.ogg
    credit: Tests
    captions: none
    captions_reason: a tone, no words
"""


class Shown:
    """A viewer started in one mode on this display: `window` shows the slide (the audience
    window for a presenter), `keys` takes the keys (the presenter's window, where a clicker
    or a teacher's keyboard sends them)."""

    def __init__(self, mode: str, env: dict[str, str], root: Path, title: str) -> None:
        self.env = env
        if mode == "presenter":
            self.app = Running(env, "--presenter", str(root))
            self.window, self.keys = two_windows(env, title)
            x(env, "xdotool", "windowmove", "--sync", self.window, "0", "0")
        elif mode == "kiosk":
            config = root.parent / "kiosk.json"
            config.write_text("{}", encoding="utf-8")
            self.app = Running(env, "--kiosk", str(root), "--config", str(config))
            self.window = self.keys = window_id(env, title)
            wait_for(lambda: "1280x800" in x(env, "xdotool", "getwindowgeometry", self.window),
                     "fullscreen")
            x(env, "xdotool", "windowactivate", "--sync", self.window)
            x(env, "xdotool", "mousemove", "640", "120", "click", "1")  # a visitor's touch
            wait_for(logged(env, "visitor session started"), "the touch to start a visit")
        else:
            self.app = Running(env, str(root))
            self.window = self.keys = window_id(env, title)
        x(env, "xdotool", "windowactivate", "--sync", self.window)

    def key(self, name: str) -> None:
        x(self.env, "xdotool", "windowactivate", "--sync", self.keys)
        x(self.env, "xdotool", "key", "--window", self.keys, name)
        x(self.env, "xdotool", "windowactivate", "--sync", self.window)

    def size(self) -> tuple[int, int]:
        geometry = x(self.env, "xdotool", "getwindowgeometry", self.window)
        width, height = geometry.split("Geometry: ")[1].split()[0].split("x")
        return int(width), int(height)


MODES = ["window", "kiosk", "presenter"]


@pytest.mark.parametrize("mode", MODES)
def test_a_sound_plays_to_the_null_sink_once(
    mode: str, display: dict[str, str], make_exhibit: MakeExhibit,
    media_files: dict[str, Path], sound_server: None,
) -> None:
    """K plays the recording: one stream into the null sink, in the presenter's two windows
    too (the audience and the presenter never play a sound twice); none before."""
    root = make_exhibit(exhibit_yaml="title: Media sound\nsections: [one]\n",
                        one__section_yaml=AUDIO, timeline_yaml="events: []\n")
    shutil.copy(media_files["voice.ogg"], root / "one" / "voice.ogg")
    shown = Shown(mode, display, root, "Media sound")

    def our_streams() -> list[str]:
        """The sinks this viewer's sound streams go into (pactl lists every client's)."""
        listing = x(display, "pactl", "list", "sink-inputs").split("Sink Input #")[1:]
        mine = [s for s in listing if f'application.process.id = "{shown.app.pid}"' in s]
        return [s.split("Sink: ")[1].split()[0] for s in mine]

    try:
        assert our_streams() == []  # nothing before the visitor plays it
        shown.key("k")
        wait_for(lambda: len(our_streams()) >= 1, "a stream into the null sink")
        sink = x(display, "pactl", "list", "short", "sinks").split()
        assert our_streams() == [sink[0]] and sink[1] == "null"
    finally:
        finish(shown.app)


PICTURE = """id: one
title: One
slides:
  - id: p
    kind: image
    title: A large picture
    image: one/big.png
    alt: A test pattern
    credit: Tests
"""


@pytest.mark.parametrize("mode", MODES)
def test_the_wheel_zooms_a_picture_and_back(
    mode: str, display: dict[str, str], make_exhibit: MakeExhibit, tmp_path: Path
) -> None:
    root = make_exhibit(exhibit_yaml="title: Media zoom\nsections: [one]\n",
                        one__section_yaml=PICTURE, timeline_yaml="events: []\n")
    subprocess.run(
        ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
         "testsrc2=size=2400x1350", "-frames:v", "1", str(root / "one" / "big.png")],
        check=True,
    )
    shown = Shown(mode, display, root, "Media zoom")
    try:
        window = shown.window
        shots = Shots(display, window, tmp_path)
        wait_for(lambda: shots.colours("") > 50, "the picture to be drawn")
        fitted = settled_grab(display, window, tmp_path / "fitted.png")
        width, height = shown.size()
        x(display, "xdotool", "mousemove", "--window", window, str(width * 38 // 100),
          str(height * 45 // 100))
        x(display, "xdotool", "click", "--repeat", "4", "--delay", "50", "4")  # wheel up
        wait_for(lambda: differing_pixels(display, fitted, shots.take(), "5%") > 20_000,
                 "the picture to zoom in")
        x(display, "xdotool", "click", "--repeat", "12", "--delay", "50", "5")  # and down
        wait_for(lambda: differing_pixels(display, fitted, shots.take(), "5%") < 2_000,
                 "the picture to fit again")
    finally:
        finish(shown.app)
