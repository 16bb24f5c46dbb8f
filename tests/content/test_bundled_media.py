"""The bundled exhibit's video: where it sits, what it carries in both languages, and that its
captions and transcripts are the ones tools/make_enlargement_video.py writes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from exhibit.content.bundled import bundled_exhibit
from exhibit.content.loader import load
from exhibit.content.model import Slide

ROOT = Path(__file__).resolve().parents[2]
MEDIA = ROOT / "content" / "downward-spiral" / "media"
JOINED = {"1999": ("PL", "CZ", "HU"), "2004": ("EE", "LV", "LT", "SK", "SI", "RO", "BG")}


def _tool() -> ModuleType:
    path = ROOT / "tools" / "make_enlargement_video.py"
    spec = importlib.util.spec_from_file_location("make_enlargement_video", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _video() -> Slide:
    exhibit = load(bundled_exhibit())
    videos = [slide for slide in exhibit.slides if slide.kind == "video"]
    assert [slide.id for slide in videos] == ["downward-spiral-nato-video"]
    return videos[0]


def test_the_video_sits_after_the_1999_map_with_everything_in_both_languages() -> None:
    exhibit = load(bundled_exhibit())
    ids = [slide.id for slide in exhibit.slides]
    assert ids.index("downward-spiral-nato-video") == ids.index("downward-spiral-nato-map") + 1
    slide = _video()
    media = slide.media
    assert media is not None and media.has_video and media.has_audio and media.poster
    assert 21 < media.seconds < 23
    assert media.file.stat().st_size < 2_000_000
    assert {track.lang for track in media.captions} == {"en", "ru"}
    for name in ("alt", "credit", "caption", "title", "transcript", "notes"):
        assert slide.text(name).languages() == {"en", "ru"}, name
    assert "Estonia" in slide.text("transcript").get("en")
    assert "Эстония" in slide.text("transcript").get("ru")
    assert "downward-spiral-nato-video" in exhibit.kiosk.attract_slides


def test_the_captions_name_every_country_as_it_joins_and_describe_the_chimes() -> None:
    media = _video().media
    assert media is not None
    english, russian = media.cues("en", "en"), media.cues("ru", "en")
    assert [(c.start, c.end) for c in english] == [(c.start, c.end) for c in russian]
    tool = _tool()
    for cues in (english, russian):
        for code, at in tool.JOINS.items():  # named while its square lights up, or just before
            said = [c for c in cues if f"({code})" in c.text]
            assert said and said[0].start <= at + 1.5, code
        assert sum("[" in c.text for c in cues) == 2  # the two runs of chimes
    assert set(tool.JOINS) == {code for codes in JOINED.values() for code in codes}
    assert {t.code for t in tool.TILES if t.group in JOINED} == set(tool.JOINS)
    assert tool.members_at(tool.SECONDS) == 26 and tool.members_at(5.0) == 19


def test_the_committed_captions_and_transcripts_are_what_the_tool_writes() -> None:
    """The video itself takes minutes to encode: `tools/make_enlargement_video.py --check`."""
    tool = _tool()
    for lang, cues in tool.CAPTIONS.items():
        vtt = (MEDIA / f"{tool.NAME}.{lang}.vtt").read_text(encoding="utf-8")
        assert vtt == tool.vtt(cues)
        transcript = (MEDIA / f"{tool.NAME}.{lang}.md").read_text(encoding="utf-8")
        assert transcript == tool.TRANSCRIPTS[lang]
    assert max(end for _, end, _ in tool.CAPTIONS["en"]) == tool.SECONDS
