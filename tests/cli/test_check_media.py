"""`exhibit check` plays every video and sound file through Qt: what its container hides."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from exhibit.cli import main
from exhibit.content.avfile import media_problem
from tests.exhibits import MakeExhibit
from tests.mediafiles import needs_ffmpeg

pytestmark = needs_ffmpeg
HEAD = "id: one\ntitle: One\nslides:\n"


def test_a_sound_the_probe_passes_but_qt_cannot_decode_fails_check(
    make_exhibit: MakeExhibit, media_files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A WAV whose format tag no decoder knows: its container is whole, its sound is not."""
    root = make_exhibit(
        one__section_yaml=HEAD + "  - id: a\n    kind: audio\n    file: one/odd.wav\n"
        "    credit: Tests\n    captions: one/en.vtt\n"
        "  - id: v\n    kind: video\n    file: one/clip.webm\n    alt: A card\n"
        "    credit: Tests\n    captions: one/en.vtt\n"
    )
    for name in ("clip.webm", "en.vtt"):
        shutil.copy(media_files[name], root / "one" / name)
    data = bytearray(media_files["voice.wav"].read_bytes())
    data[20:22] = b"\x33\x33"
    (root / "one" / "odd.wav").write_bytes(bytes(data))
    assert not isinstance(media_problem(root / "one" / "odd.wav", "audio"), str)
    assert main(["check", str(root)]) == 1
    captured = capsys.readouterr()
    out = captured.out.splitlines()
    assert len(out) == 1, out
    assert out[0].startswith(f"{root}/one/section.yaml:6:11: error: file: 'odd.wav' cannot be "
                             "played (")
    assert captured.err == f"{root}: 1 error\n"  # nothing from FFmpeg on the terminal


def media_folder(make_exhibit: MakeExhibit, media_files: dict[str, Path]) -> Path:
    root = make_exhibit(
        one__section_yaml=HEAD
        + "  - id: v\n    kind: video\n    title: Test card\n    file: one/clip.mp4\n"
        "    alt: Moving colour bars\n    credit: Tests\n    captions: one/en.vtt\n"
        "    transcript: one/words.md\n    caption: The bars move\n"
        "  - id: a\n    kind: audio\n    title: A tone\n    file: one/voice.ogg\n"
        "    credit: Tests\n    captions: one/en.vtt\n    caption: A steady tone\n"
    )
    for name in ("clip.mp4", "voice.ogg", "en.vtt"):
        shutil.copy(media_files[name], root / "one" / name)
    (root / "one" / "words.md").write_text("Narrator: *the opening words*, then more.\n",
                                           encoding="utf-8")
    return root


def test_render_draws_a_frame_and_the_first_caption_quietly(
    make_exhibit: MakeExhibit, media_files: dict[str, Path], tmp_path: Path
) -> None:
    from tests.cli.test_cli import run

    root = media_folder(make_exhibit, media_files)
    result = run("render", str(root), "--out", str(tmp_path / "png"), "--size", "1280x720")
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"2 slides rendered to {tmp_path / 'png'}\n"  # no FFmpeg chatter
    from PySide6.QtGui import QImage

    video = QImage(str(tmp_path / "png" / "001-v.png"))
    # testsrc2's colour bars fill the picture's middle: many colours, not a dark placeholder.
    colours = {video.pixelColor(x, 200).name() for x in range(100, 900, 20)}
    assert len(colours) > 5, colours


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="reads the PDF with poppler-utils")
def test_the_handout_prints_the_transcript(
    make_exhibit: MakeExhibit, media_files: dict[str, Path], tmp_path: Path
) -> None:
    import subprocess

    from tests.cli.test_cli import run

    root = media_folder(make_exhibit, media_files)
    result = run("handout", str(root), "--out", str(tmp_path / "h.pdf"))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(tmp_path / "h.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Transcript: Test card" in text
    assert "Narrator: the opening words, then more." in text, text


def test_check_media_says_what_each_file_decoded_to(
    make_exhibit: MakeExhibit, media_files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """`check --media`, the frozen build's proof in CI: a video's first frame and a second of
    sound, a sound file's second of sound, one line each."""
    root = media_folder(make_exhibit, media_files)
    assert main(["check", "--media", str(root)]) == 0
    captured = capsys.readouterr()
    video, sound = captured.out.splitlines()  # a second or a little more: whole buffers
    assert re.fullmatch(rf"{root}/one/clip\.mp4: first frame 160x90, 1\.0\d s of sound at 44100 Hz",
                        video), video
    assert re.fullmatch(rf"{root}/one/voice\.ogg: 1\.0\d s of sound at 48000 Hz", sound), sound
    assert captured.err == f"{root}: ok (1 sections, 2 slides, 1 events)\n"


def test_check_media_fails_when_the_sound_will_not_decode(
    make_exhibit: MakeExhibit,
    media_files: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from exhibit.ui import mediatrial

    """A file whose first samples decode (plain `check` passes) but not a whole second."""
    root = media_folder(make_exhibit, media_files)
    real = mediatrial.decode_sound

    def first_samples_only(path: str, seconds: float) -> mediatrial.SoundDecoded:
        return mediatrial.SoundDecoded("cut short", 0, 0) if seconds else real(path, seconds)

    monkeypatch.setattr(mediatrial, "decode_sound", first_samples_only)
    assert main(["check", "--media", str(root)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{root}/one/clip.mp4: error: cannot be played (cut short)",
        f"{root}/one/voice.ogg: error: cannot be played (cut short)",
    ]
