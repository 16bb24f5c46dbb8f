"""Video and audio slides: what `check` accepts, what it refuses and the FILE:LINE:COL it says."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from exhibit.content.loader import check
from exhibit.content.webvtt import VttError, parse_vtt
from tests.exhibits import MakeExhibit
from tests.mediafiles import needs_ffmpeg

pytestmark = needs_ffmpeg

HEAD = "id: one\ntitle: One\nslides:\n"
VIDEO = (
    "  - id: v\n    kind: video\n    file: one/clip.mp4\n    alt: A test card\n"
    "    credit: Made by the tests\n"
)


def folder(make_exhibit: MakeExhibit, media: dict[str, Path], slides: str) -> Path:
    root = make_exhibit(one__section_yaml=HEAD + slides)
    for name, path in media.items():
        shutil.copy(path, root / "one" / name)
    return root


def lines(root: Path) -> list[str]:
    return [p.format() for p in check(root, "ex").problems]


def test_a_video_with_captions_per_language_loads(
    make_exhibit: MakeExhibit, media_files: dict[str, Path]
) -> None:
    root = folder(make_exhibit, media_files, VIDEO + "    captions: {en: one/en.vtt}\n"
                  "    loop: true\n    start: 0.5\n    end: 2\n    volume: 0.5\n")
    result = check(root, "ex")
    assert result.ok, [p.format() for p in result.problems]
    assert result.exhibit is not None
    media = result.exhibit.slides[0].media
    assert media is not None and media.has_video and media.has_audio
    assert 2.9 < media.seconds < 3.1
    assert (media.loop, media.start, media.end, media.volume) == (True, 0.5, 2.0, 0.5)
    cues = media.cues("en", "en")
    assert [c.text for c in cues] == ["The first words", "and the & second"]
    assert cues[1].start == 1.5 and cues[1].end == 3.0
    assert [r.what for r in result.media] == ["file"]


@pytest.mark.parametrize(
    ("kind", "name"),
    [("video", "clip.webm"), ("video", "silent.mp4"), ("audio", "voice.mp3"),
     ("audio", "voice.m4a"), ("audio", "voice.ogg"), ("audio", "voice.wav")],
)
def test_every_supported_format_checks_clean(
    kind: str, name: str, make_exhibit: MakeExhibit, media_files: dict[str, Path]
) -> None:
    slide = (
        f"  - id: m\n    kind: {kind}\n    file: one/{name}\n    credit: Tests\n"
        + ("    alt: A test card\n" if kind == "video" else "")
        + ("" if name == "silent.mp4" else "    captions: one/en.vtt\n")
    )
    assert lines(folder(make_exhibit, media_files, slide)) == []


@pytest.mark.parametrize(
    ("name", "kind"), [("cut-clip.mp4", "video"), ("cut-clip.webm", "video"),
                       ("cut-voice.ogg", "audio"), ("cut-voice.wav", "audio"),
                       ("cut-voice.m4a", "audio")],
)
def test_a_file_cut_short_is_refused_at_its_key(
    name: str, kind: str, make_exhibit: MakeExhibit, media_files: dict[str, Path]
) -> None:
    slide = VIDEO.replace("video", kind).replace("clip.mp4", name)
    found = lines(folder(make_exhibit, media_files, slide + "    captions: one/en.vtt\n"))
    assert found == [
        f"ex/one/section.yaml:6:11: error: file: '{name}' is damaged, cut short or not the "
        "format its name says"
    ]


CASES = {
    "missing file": (
        VIDEO.replace("clip.mp4", "gone.mp4"),
        "ex/one/section.yaml:6:11: error: file: media file 'gone.mp4' does not exist",
    ),
    "remote file": (
        VIDEO.replace("one/clip.mp4", "https://example.org/a.mp4"),
        "ex/one/section.yaml:6:11: error: file: 'https://example.org/a.mp4' is a URL; only "
        "files inside the exhibit folder may be used",
    ),
    "sound without captions": (
        VIDEO,
        "ex/one/section.yaml:6:11: error: file: the file has sound, so it needs captions (a "
        ".vtt file), or 'captions: none' and a captions_reason when no words are heard",
    ),
    "none without a reason": (
        VIDEO + "    captions: none\n",
        "ex/one/section.yaml:9:15: error: captions: none needs a captions_reason saying why",
    ),
    "a reason without none": (
        VIDEO + "    captions: one/en.vtt\n    captions_reason: music only\n",
        "ex/one/section.yaml:10:22: error: captions_reason goes with 'captions: none'",
    ),
    "video on an audio slide": (
        VIDEO.replace("kind: video", "kind: audio").replace("    alt: A test card\n", "")
        + "    captions: one/en.vtt\n",
        "ex/one/section.yaml:6:11: error: file: a video file belongs on a video slide",
    ),
    "sound on a video slide": (
        VIDEO.replace("clip.mp4", "voice.mp3") + "    captions: one/en.vtt\n",
        "ex/one/section.yaml:6:11: error: file: a sound file belongs on an audio slide",
    ),
    "end before start": (
        VIDEO + "    captions: none\n    captions_reason: a tone\n    start: 2\n    end: 1\n",
        "ex/one/section.yaml:12:10: error: end must be after start",
    ),
    "start past the end": (
        VIDEO + "    captions: none\n    captions_reason: a tone\n    start: 30\n",
        "ex/one/section.yaml:11:12: error: start is past the file's end (3 s)",
    ),
    "captions not vtt": (
        VIDEO + "    captions: one/clip.mp4\n",
        "ex/one/section.yaml:9:15: error: captions must name a WebVTT (.vtt) file, or be 'none'",
    ),
    "captions in an unknown language": (
        VIDEO + "    captions: {en: one/en.vtt, de: one/ru.vtt}\n",
        "ex/one/section.yaml:9:32: error: captions: language 'de' is not in the exhibit's "
        "languages (en)",
    ),
    "loop not a flag": (
        VIDEO + "    captions: one/en.vtt\n    loop: sometimes\n",
        "ex/one/section.yaml:10:11: error: loop must be true or false",
    ),
    "volume too loud": (
        VIDEO + "    captions: one/en.vtt\n    volume: 2\n",
        "ex/one/section.yaml:10:13: error: volume must be at most 1",
    ),
    "video without alt": (
        VIDEO.replace("    alt: A test card\n", "") + "    captions: one/en.vtt\n",
        "ex/one/section.yaml:4:5: error: a video slide is missing required key 'alt'",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_refuses_with_the_exact_line(
    case: str, make_exhibit: MakeExhibit, media_files: dict[str, Path]
) -> None:
    slides, expected = CASES[case]
    assert expected in lines(folder(make_exhibit, media_files, slides))


@pytest.mark.parametrize(
    ("vtt", "expected"),
    [
        ("Hello\n", "ex/one/bad.vtt:1:1: error: a captions file starts with the line 'WEBVTT'"),
        ("WEBVTT\n\n00:01.000 --> 00:00.500\nHi\n", "ex/one/bad.vtt:3:1: error: cue ends before "
         "it starts"),
        ("WEBVTT\n\n1\n00:01 --> 00:02\nHi\n", "ex/one/bad.vtt:4:1: error: cue timing must read "
         "like '00:01.000 --> 00:04.000'"),
        ("WEBVTT\n\nSTYLE\n::cue { background: url(http://x/y.png) }\n",
         "ex/one/bad.vtt:4:1: error: a captions style may not load anything (url, @import)"),
        ("WEBVTT\n\nNOTE nothing here\n", "ex/one/bad.vtt:1:1: error: captions file holds no cues"),
        ("WEBVTT\n\n00:02.000 --> 00:03.000\nB\n\n00:01.000 --> 00:02.000\nA\n",
         "ex/one/bad.vtt:6:1: error: cue starts before the one above it"),
    ],
)
def test_a_broken_captions_file_is_refused_at_its_own_line(
    vtt: str, expected: str, make_exhibit: MakeExhibit, media_files: dict[str, Path]
) -> None:
    root = folder(make_exhibit, media_files, VIDEO + "    captions: one/bad.vtt\n")
    (root / "one" / "bad.vtt").write_text(vtt, encoding="utf-8")
    assert lines(root) == [expected]


def test_captions_parse_tags_entities_hours_and_settings() -> None:
    cues = parse_vtt(
        "WEBVTT - a title\n\nNOTE a comment\n\nintro\n01:00:00.250 --> 01:00:01.000 line:0\n"
        "<i>Soft</i> &lt;words&gt;\n<c.loud>two</c> lines\n"
    )
    expected = [(3600.25, 3601.0, "Soft <words>\ntwo lines")]
    assert [(c.start, c.end, c.text) for c in cues] == expected
    with pytest.raises(VttError):
        parse_vtt("WEBVTT\n\nintro\n")


DOCUMENT = (
    "  - id: d\n    kind: document\n    title: A memo\n    classification: SECRET\n"
    "    date: 1993\n    source: memo\n    excerpt: Words.\n"
)


def test_scanned_pages_are_checked_one_by_one(make_exhibit: MakeExhibit) -> None:
    root = make_exhibit(one__section_yaml=HEAD + DOCUMENT + "    scan: [one/pic.svg, one/no.png]\n")
    assert lines(root) == [
        "ex/one/section.yaml:11:25: error: scan page 2: media file 'no.png' does not exist"
    ]
    root = make_exhibit(one__section_yaml=HEAD + DOCUMENT + "    scan: []\n")
    assert lines(root) == [
        "ex/one/section.yaml:11:11: error: scan must be a list of pictures or PDFs, one a page"
    ]
    root = make_exhibit(one__section_yaml=HEAD + DOCUMENT + "    scan: [one/pic.svg]\n")
    result = check(root, "ex")
    assert result.ok and result.exhibit is not None
    assert [p.file.name for p in result.exhibit.slides[0].scan] == ["pic.svg"]
