"""`exhibit bench --media` runs every figure group and reports its keys, in a tiny plan (a few
small files, a couple of taps and moves); timings are never judged here (see bench/)."""

from __future__ import annotations

import json
import math
import os
import shutil
from collections.abc import Collection
from pathlib import Path

import pytest

from exhibit.bench import media, mediafiles
from exhibit.bench.mediafiles import FULL, GROUPS, TINY, Plan
from exhibit.cli import main
from exhibit.content.loader import load
from exhibit.system.console import Failure

needs_tools = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in ("ffmpeg", "pulseaudio", "parec")),
    reason="the media group makes its files with ffmpeg and plays to a PulseAudio null sink",
)

KEYS = {
    "video_first_frame_p50_ms", "video_first_frame_p95_ms", "video_first_frame_max_ms",
    "video_load_ms", "video_stream_frames", "video_frames_delivered", "video_frames_presented",
    "video_dropped_pct", "video_play_cpu_pct", "video_frame_work_p50_ms",
    "video_frame_work_p95_ms", "video_frame_work_max_ms",
    "audio_start_p50_ms", "audio_start_p95_ms", "audio_start_max_ms",
    "picture_neighbour_p50_ms", "picture_neighbour_p95_ms", "picture_neighbour_max_ms",
    "picture_jump_p50_ms", "picture_jump_p95_ms", "picture_jump_max_ms",
    "picture_prefetch_p50_ms", "picture_rss_mb_start", "picture_rss_mb_after", "picture_moves",
    "zoom_frames", "zoom_notches", "zoom_max", "zoom_decoded_mp",
    "zoom_frame_interval_p50_ms", "zoom_frame_interval_p95_ms", "zoom_frame_interval_max_ms",
    "zoom_frame_work_p50_ms", "zoom_frame_work_p95_ms", "zoom_frame_work_max_ms",
    "zoom_frames_over_33ms", "zoom_rss_mb",
    "attract_loops", "attract_rss_mb_start", "attract_rss_mb_after", "attract_rss_growth_mb",
}


@pytest.mark.e2e
@pytest.mark.slow
@needs_tools
def test_the_media_group_reports_every_figure(tmp_path: Path) -> None:
    figures = media.media_bench(TINY, cache=tmp_path / "cache")
    assert set(figures) == KEYS | {"media_plan"}
    for key in KEYS:
        value = figures[key]
        assert isinstance(value, int | float) and math.isfinite(value), key
        assert value >= 0 or key == "attract_rss_growth_mb", key
    assert figures["video_stream_frames"] == TINY.video_seconds * TINY.video_fps
    assert 0 < figures["video_frames_presented"] <= figures["video_frames_delivered"]
    assert figures["picture_moves"] == TINY.moves
    assert figures["attract_loops"] >= TINY.attract_loops
    assert figures["zoom_max"] > 1  # the wheel zoomed the scan to its own size
    assert not list(Path("/tmp").glob("exhibit-bench-media-*/av"))  # the exhibits are gone
    # Made once, then reused: a second plan run finds the same files.
    made = sorted(p.name for p in (tmp_path / "cache" / TINY.name).iterdir())
    assert made == ["film.mp4", "loop.mp4", "pictures", "scan.jpg", "voice.m4a"]


def test_media_and_synthetic_do_not_go_together(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--media", "--synthetic", "5"]) == 2
    assert "--media is a group of its own" in capsys.readouterr().err


def test_the_media_group_prints_its_figures(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--media --quick` runs the quick plan and prints the figures with the machine's."""
    runs = []

    def bench(plan: Plan, groups: Collection[str]) -> dict[str, object]:
        runs.append((plan, list(groups)))
        return {"x_ms": 1.5}

    monkeypatch.setattr(media, "media_bench", bench)
    assert main(["bench", "--media", "--quick", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert runs == [(media.QUICK, list(GROUPS))]
    assert figures["x_ms"] == 1.5 and "cpus" in figures["machine"]
    # --media-group: only the groups named.
    assert main(["bench", "--media", "--media-group", "pictures", "--media-group", "zoom"]) == 0
    assert runs[-1] == (FULL, ["pictures", "zoom"])


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--media", "--media-group", "pictur"], "no media group pictur (one of video, audio,"),
        (["--media-group", "pictures"], "--media-group needs --media"),
    ],
)
def test_a_wrong_media_group_is_a_usage_error(
    args: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bench", *args]) == 2
    err = capsys.readouterr().err
    assert said in err and len(err.strip().splitlines()) == 1


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="makes its media with ffmpeg")
def test_one_group_makes_only_its_own_media(tmp_path: Path) -> None:
    folder = mediafiles.make_media(tmp_path, TINY, ["pictures"])
    assert sorted(p.name for p in folder.iterdir()) == ["pictures"]
    assert len(list((folder / "pictures").glob("*.jpg"))) == TINY.pictures
    mediafiles.make_media(tmp_path, TINY, ["audio"])  # the sound slide's exhibit has the film
    assert sorted(p.name for p in folder.iterdir()) == ["film.mp4", "pictures", "voice.m4a"]
    shown = media.exhibits(["video", "audio", "pictures"], tmp_path / "x", folder, TINY)
    assert shown["video"] == shown["audio"] != shown["pictures"]  # one exhibit for both
    assert len(load(shown["pictures"]).slides) == TINY.pictures


def test_a_failed_group_is_one_line(tmp_path: Path) -> None:
    """A figure group that fails names itself in one line, with the end of what it said."""
    env = dict(os.environ, PYTHONPATH=str(Path(media.__file__).parents[2]))
    with pytest.raises(Failure, match=r"bench --media: nothing failed: .*ContentError") as failed:
        media.child("nothing", tmp_path, TINY, env)
    assert "\n" not in str(failed.value)
