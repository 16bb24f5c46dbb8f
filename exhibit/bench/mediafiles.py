"""The media of `exhibit bench --media`, made with ffmpeg at bench time, and the exhibits that
show them. Nothing here is committed: the files go to a cache folder (kept between runs,
since 200 pictures of 24 megapixels take minutes to encode) or, for the tests, a temporary one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from exhibit.system.console import Failure


@dataclass(frozen=True)
class Plan:
    """How big the media are and how often each figure is taken."""

    video_size: str = "1920x1080"
    video_seconds: int = 60
    video_fps: int = 30
    taps: int = 20  # tap → first frame, and tap → first sound, each this many times
    pictures: int = 200
    picture_size: str = "6000x4000"  # 24 megapixels
    neighbour_moves: int = 200
    jumps: int = 40
    moves: int = 2000  # in all, for the memory figure
    scan_size: str = "7744x5164"  # 40 megapixels
    zoom_hold_s: float = 2.0  # zoomed in at 100 % this long (the full-size decode lands)
    attract_clip_s: int = 2
    attract_loops: int = 300
    attract_rate: float = 2.0  # the "fast clock": the loop plays at this speed

    @property
    def name(self) -> str:
        """The cache folder's name: another plan makes other files."""
        return (
            f"v{self.video_size}-{self.video_seconds}s-p{self.pictures}x{self.picture_size}"
            f"-s{self.scan_size}-a{self.attract_clip_s}"
        )


FULL = Plan()
TINY = Plan(
    video_size="160x90", video_seconds=2, taps=2, pictures=4, picture_size="320x200",
    neighbour_moves=4, jumps=2, moves=8, scan_size="800x600", zoom_hold_s=0.2,
    attract_clip_s=1, attract_loops=3,
)

_FFMPEG = ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y"]
# Pictures with grain, so they are as hard to decode as photographs: a flat test card packs
# into a tenth of the bytes and decodes in a fraction of the time.
_GRAIN = "noise=alls=12:allf=t"


def _ffmpeg(args: list[str], out: Path) -> None:
    if shutil.which("ffmpeg") is None:
        raise Failure("bench --media: needs ffmpeg to make its media")
    part = out.with_name(out.name + ".part" + out.suffix)
    result = subprocess.run([*_FFMPEG, *args, str(part)], capture_output=True, text=True)
    if result.returncode != 0:
        raise Failure(f"bench --media: ffmpeg could not make {out.name}: {result.stderr[-200:]}")
    part.replace(out)


def _video(out: Path, size: str, seconds: int, fps: int) -> None:
    if not out.exists():
        source = f"testsrc2=size={size}:rate={fps}:duration={seconds}"
        _ffmpeg(["-f", "lavfi", "-i", source, "-c:v", "libx264", "-preset", "veryfast",
                 "-pix_fmt", "yuv420p", "-profile:v", "high", "-g", str(fps * 2)], out)


def _pictures(folder: Path, count: int, size: str) -> list[Path]:
    names = [folder / f"p{n:03d}.jpg" for n in range(1, count + 1)]
    if not all(name.exists() for name in names):
        folder.mkdir(parents=True, exist_ok=True)
        source = f"testsrc2=size={size}:rate=1,{_GRAIN}"
        pattern = folder / "p%03d.jpg"
        result = subprocess.run(
            [*_FFMPEG, "-f", "lavfi", "-i", source, "-frames:v", str(count), "-q:v", "3",
             str(pattern)], capture_output=True, text=True,
        )
        if result.returncode != 0:
            said = result.stderr[-200:]
            raise Failure(f"bench --media: ffmpeg could not make the pictures: {said}")
    return names


# The figure groups, in the order they run; video and audio share one exhibit.
GROUPS = ("video", "audio", "pictures", "zoom", "attract")


def make_media(cache: Path, plan: Plan, groups: Collection[str] = GROUPS) -> Path:
    """The files these figure groups need, in `cache`/plan.name (made once, then reused)."""
    folder = cache / plan.name
    folder.mkdir(parents=True, exist_ok=True)
    if {"video", "audio"} & set(groups):
        _video(folder / "film.mp4", plan.video_size, plan.video_seconds, plan.video_fps)
        if not (folder / "voice.m4a").exists():
            _ffmpeg(["-f", "lavfi", "-i", "sine=frequency=440:duration=4", "-c:a", "aac"],
                    folder / "voice.m4a")
    if "attract" in groups:
        _video(folder / "loop.mp4", plan.video_size, plan.attract_clip_s, plan.video_fps)
    if "zoom" in groups and not (folder / "scan.jpg").exists():
        _ffmpeg(["-f", "lavfi", "-i", f"testsrc2=size={plan.scan_size}:rate=1,{_GRAIN}",
                 "-frames:v", "1", "-q:v", "3", "-update", "1"], folder / "scan.jpg")
    if "pictures" in groups:
        _pictures(folder / "pictures", plan.pictures, plan.picture_size)
    return folder


CAPTIONS = "WEBVTT\n\n00:00.000 --> 00:04.000\nA steady tone\n"


def _link(source: Path, target: Path) -> None:
    """A hard link (an exhibit refuses links that lead outside it), or else a copy."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy(source, target)


def _write(root: Path, sections: dict[str, str], title: str, more: str = "") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "exhibit.yaml").write_text(
        f"title: {title}\nsections: [{', '.join(sections)}]\n{more}", encoding="utf-8"
    )
    (root / "timeline.yaml").write_text("events: []\n", encoding="utf-8")
    for name, slides in sections.items():
        (root / name).mkdir(exist_ok=True)
        (root / name / "section.yaml").write_text(
            f"id: {name}\ntitle: Section {name}\nslides:\n{slides}", encoding="utf-8"
        )
    return root


def av_exhibit(root: Path, media: Path) -> Path:
    """A title card, the silent film, the title card again, and a sound slide."""
    for name in ("film.mp4", "voice.m4a"):
        _link(media / name, root / "av" / name)
    (root / "av" / "en.vtt").write_text(CAPTIONS, encoding="utf-8")
    slides = (
        "  - {id: t1, kind: title, title: Before the film}\n"
        "  - {id: film, kind: video, title: A film, file: av/film.mp4, alt: Colour bars moving,"
        " credit: Bench}\n"
        "  - {id: t2, kind: title, title: Between}\n"
        "  - {id: voice, kind: audio, title: A voice, file: av/voice.m4a, credit: Bench,"
        " captions: av/en.vtt}\n"
    )
    return _write(root, {"av": slides}, "Bench media")


def picture_exhibit(root: Path, media: Path, count: int) -> Path:
    """`count` picture slides, 50 a section, each its own 24-megapixel JPEG."""
    sections: dict[str, str] = {}
    for number in range(count):
        section = f"s{number // 50:02d}"
        name = f"p{number + 1:03d}.jpg"
        _link(media / "pictures" / name, root / section / name)
        sections[section] = sections.get(section, "") + (
            f"  - {{id: x{number}, kind: image, image: {section}/{name}, alt: Picture {number},"
            f" credit: Bench, caption: Picture {number + 1}}}\n"
        )
    return _write(root, sections, "Bench pictures")


def scan_exhibit(root: Path, media: Path) -> Path:
    """One document slide with a 40-megapixel scan of its page."""
    _link(media / "scan.jpg", root / "doc" / "scan.jpg")
    slides = (
        "  - id: memo\n    kind: document\n    title: A memorandum\n    classification: SECRET\n"
        "    date: 1993\n    source: bench\n    excerpt: The typed words of the page.\n"
        "    scan: [doc/scan.jpg]\n"
    )
    sources = "sources:\n  - {id: bench, title: A memorandum made for the bench}\n"
    return _write(root, {"doc": slides}, "Bench scan", sources)


def attract_exhibit(root: Path, media: Path) -> Path:
    """A kiosk's attract film (muted autoplay, looping) and a title card after it."""
    _link(media / "loop.mp4", root / "loop" / "loop.mp4")
    slides = (
        "  - {id: film, kind: video, title: Attract, file: loop/loop.mp4, alt: Colour bars,"
        " credit: Bench, loop: true, autoplay: true}\n"
        "  - {id: card, kind: title, title: Touch to begin}\n"
    )
    return _write(root, {"loop": slides}, "Bench attract")
