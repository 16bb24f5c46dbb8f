"""TimelineJS media that is a local video or sound file becomes a video or audio slide."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from exhibit.content.importers.timelinejs import import_timelinejs
from exhibit.content.importers.timelinejs.mapping import NO_CAPTIONS_REASON, convert
from exhibit.content.loader import check
from tests.content.test_media import png
from tests.mediafiles import needs_ffmpeg

pytestmark = needs_ffmpeg
PNG = png(32, 18)


def event(headline: str, url: str, text: str = "", **media: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "start_date": {"year": 1969, "month": 7, "day": 20},
        "text": {"headline": headline},
        "media": {"url": url, **media},
    }
    if text:
        item["text"]["text"] = text
    return item


@pytest.fixture
def folder(tmp_path: Path, media_files: dict[str, Path]) -> Path:
    """A TimelineJS folder holding a video with sound, a silent one and each sound file."""
    root = tmp_path / "timeline"
    (root / "clips").mkdir(parents=True)
    for name in ("clip.mp4", "clip.webm", "silent.mp4", "voice.mp3", "voice.m4a", "voice.ogg",
                 "voice.wav", "cut-clip.mp4"):
        shutil.copy(media_files[name], root / "clips" / name)
    return root


def imported(folder: Path, tmp_path: Path, events: list[dict[str, Any]]) -> tuple[Path, Any]:
    source = folder / "timeline.json"
    source.write_text(json.dumps({"events": events}), encoding="utf-8")
    out = tmp_path / "out"
    return out, import_timelinejs(source, out)


def slides(out: Path) -> list[dict[str, Any]]:
    from exhibit.content.yamlfile import load_yaml
    from tests.content.test_yamlwrite import plain

    found = []
    for path in sorted(out.glob("*/section.yaml")):
        found.extend(plain(load_yaml(path))["slides"])
    return [s for s in found if s["kind"] not in ("credits",) and s["id"] != "timeline-title"]


def test_a_video_with_sound_is_a_video_slide_with_captions_to_write(
    folder: Path, tmp_path: Path
) -> None:
    out, result = imported(
        folder,
        tmp_path,
        [event("The landing", "clips/clip.mp4", "<p>Men walk on the Moon.</p>",
               caption="The first steps", credit="Credit: NASA")],
    )
    video, text = slides(out)
    assert video["kind"] == "video"
    assert video["file"] == "events/media/the-landing.mp4"
    assert (out / video["file"]).read_bytes() == (folder / "clips" / "clip.mp4").read_bytes()
    assert (video["credit"], video["caption"]) == ("NASA", "The first steps")
    assert video["alt"] == "The first steps"
    assert (video["captions"], video["captions_reason"]) == ("none", NO_CAPTIONS_REASON)
    assert "WebVTT" in video["notes"]
    assert any("has sound and TimelineJS carries no captions" in w for w in result.warnings)
    # The event's text is whole on a text slide after it, on the same event, with no
    # "media not included" line.
    assert text["kind"] == "text" and text["body"].strip() == "Men walk on the Moon."
    assert text["events"] == video["events"]
    assert "not included" not in text["body"]
    checked = check(out, "out")
    assert checked.ok and checked.problems == [], [p.format() for p in checked.problems]


def test_a_silent_video_needs_no_captions(folder: Path, tmp_path: Path) -> None:
    out, result = imported(folder, tmp_path, [event("Quiet", "clips/silent.mp4")])
    [video] = slides(out)
    assert video["kind"] == "video" and "captions" not in video
    assert video["credit"] == "Not given in the TimelineJS file"
    assert any("the video has no credit" in w for w in result.warnings)
    assert check(out, "out").problems == []


@pytest.mark.parametrize("name", ["voice.mp3", "voice.m4a", "voice.ogg", "voice.wav"])
def test_a_sound_file_is_an_audio_slide(folder: Path, tmp_path: Path, name: str) -> None:
    out, _ = imported(folder, tmp_path, [event("A voice", f"clips/{name}", credit="Archive")])
    [audio] = slides(out)
    assert audio["kind"] == "audio"
    assert audio["file"] == f"events/media/a-voice{Path(name).suffix}"
    assert audio["captions"] == "none" and "alt" not in audio
    checked = check(out, "out")
    assert checked.ok and checked.problems == [], [p.format() for p in checked.problems]


def test_a_webm_video_imports(folder: Path, tmp_path: Path) -> None:
    out, _ = imported(folder, tmp_path, [event("Web", "clips/clip.webm", credit="Me")])
    [video] = slides(out)
    assert video["kind"] == "video" and video["file"].endswith(".webm")
    assert check(out, "out").ok


def test_a_remote_video_stays_a_note(folder: Path) -> None:
    result = convert(
        {"events": [event("Far", "https://example.org/clip.mp4", caption="A far clip")]},
        "t.json",
        folder,
    )
    [slide] = [s for sec in result.section_files for s in sec["slides"]][1:-1]
    assert slide["kind"] == "text"
    assert "Media not included here: A far clip" in slide["body"]
    assert "from the web, which the importer never fetches" in slide["notes"]
    assert result.copies == {}


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("clips/gone.mp4", "media file 'gone.mp4' does not exist"),
        ("../outside.mp4", "leaves the exhibit folder"),
        ("clips/link.mp3", "resolves outside the exhibit folder"),
        ("clips/cut-clip.mp4", "cut-clip.mp4"),
        ("clips/pipe.mp4", "media file 'pipe.mp4' is not a regular file"),
    ],
)
def test_a_recording_that_cannot_be_used_is_a_note_and_never_copied(
    folder: Path, tmp_path: Path, media_files: dict[str, Path], url: str, said: str
) -> None:
    shutil.copy(media_files["voice.mp3"], tmp_path / "outside.mp3")
    shutil.copy(media_files["clip.mp4"], tmp_path / "outside.mp4")
    (folder / "clips" / "link.mp3").symlink_to(tmp_path / "outside.mp3")
    os.mkfifo(folder / "clips" / "pipe.mp4")
    result = convert({"events": [event("Bad", url, "Words.")]}, "t.json", folder)
    [slide] = [s for sec in result.section_files for s in sec["slides"]][1:-1]
    assert slide["kind"] == "text"
    assert said in slide["notes"], slide["notes"]
    assert any(said in w and "cannot be used" in w for w in result.warnings), result.warnings
    assert result.copies == {}


def test_a_recording_on_the_title_slide_is_named_not_copied(folder: Path) -> None:
    data = {
        "title": {"text": {"headline": "Moon"}, "media": {"url": "clips/clip.mp4"}},
        "events": [event("Step", "clips/silent.mp4", credit="NASA")],
    }
    result = convert(data, "t.json", folder)
    title = result.section_files[0]["slides"][0]
    assert title["kind"] == "title" and "image" not in title
    assert "clips/clip.mp4" in title["notes"]
    assert any("a title card cannot play" in w for w in result.warnings)
    assert list(result.copies) == ["events/media/step.mp4"]


def test_a_thumbnail_beside_the_json_is_the_videos_poster_and_the_sounds_picture(
    folder: Path, tmp_path: Path
) -> None:
    """TimelineJS shows media.thumbnail in its navigation; for a local recording it is the
    picture the exhibit shows before it plays. A remote one is warned of and left out."""
    still = folder / "clips" / "still.png"
    still.write_bytes(PNG)
    out, result = imported(folder, tmp_path, [
        event("Film", "clips/silent.mp4", credit="Me", thumbnail="clips/still.png"),
        event("Voice", "clips/voice.mp3", credit="Me", thumbnail="clips/still.png"),
        event("Far", "clips/silent.mp4", credit="Me", thumbnail="https://example.org/t.png"),
    ])
    film, voice, far = slides(out)
    assert film["poster"] == "events/media/film-picture.png"
    assert (out / film["poster"]).read_bytes() == PNG
    assert voice["kind"] == "audio" and voice["image"] == "events/media/voice-picture.png"
    assert voice["alt"] == "Picture for “Voice”"
    assert "poster" not in far
    assert any("media.thumbnail https://example.org/t.png was not fetched" in w
               for w in result.warnings)
    assert not any("media.thumbnail is not used" in w for w in result.warnings)
    checked = check(out, "out")
    assert checked.ok and checked.problems == [], [p.format() for p in checked.problems]
