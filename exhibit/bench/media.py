"""`exhibit bench --media`: video, sound, big pictures, a scan's zoom and the attract film.

A group of its own, so the main run keeps its length. The media are made with ffmpeg into a
cache folder (mediafiles.py); each figure group runs in a fresh process of its own
(mediachild.py), so one group's memory cannot colour another's. Sound goes to a PulseAudio
server of the bench's own whose only output is a null sink; the sound figure listens to that
sink's monitor. Nothing here judges a figure: bench/RESULTS.md compares them with the budgets.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Collection
from pathlib import Path

from exhibit.bench import mediafiles
from exhibit.bench.mediafiles import GROUPS, Plan
from exhibit.content.cache import cache_entry
from exhibit.system.console import Failure
from exhibit.system.dirs import cache_dir

PACKAGE = Path(__file__).resolve().parent.parent


def child(kind: str, folder: Path, plan: Plan, env: dict[str, str]) -> dict[str, float]:
    args = [sys.executable, "-m", "exhibit.bench.mediachild", kind, str(folder)]
    args.append(json.dumps(dataclasses.asdict(plan)))
    result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=3600)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        said = result.stderr.strip().splitlines() or [f"exit status {result.returncode}"]
        raise Failure(f"bench --media: {kind} failed: {said[-1][-300:]}")
    figures: dict[str, float] = json.loads(lines[-1])
    return figures


class NullSink:
    """A PulseAudio server of the bench's own, its only output a null sink named `null`."""

    def __init__(self, runtime: Path) -> None:
        if shutil.which("pulseaudio") is None or shutil.which("parec") is None:
            raise Failure("bench --media: needs pulseaudio and parec for the sound figures")
        self.socket = runtime / "native"
        self.server = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
             "--disable-shm=yes", "--load=module-null-sink sink_name=null",
             f"--load=module-native-protocol-unix socket={self.socket} auth-anonymous=1"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while not self.socket.is_socket() and self.server.poll() is None:
            if time.monotonic() > deadline:
                break
            time.sleep(0.02)  # waiting for the server's socket, not timing anything
        if not self.socket.is_socket():
            self.stop()
            raise Failure("bench --media: the PulseAudio null sink did not start")

    def stop(self) -> None:
        self.server.terminate()
        self.server.wait(timeout=30)


def exhibits(groups: Collection[str], scratch: Path, media: Path, plan: Plan) -> dict[str, Path]:
    """The exhibit each group shows, made in `scratch` (video and audio share one)."""
    makers: dict[str, Callable[[], Path]] = {
        "video": lambda: mediafiles.av_exhibit(scratch / "av", media),
        "pictures": lambda: mediafiles.picture_exhibit(scratch / "pictures", media, plan.pictures),
        "zoom": lambda: mediafiles.scan_exhibit(scratch / "scan", media),
        "attract": lambda: mediafiles.attract_exhibit(scratch / "attract", media),
    }
    made: dict[str, Path] = {}

    def folder(group: str) -> Path:
        maker = "video" if group == "audio" else group
        if maker not in made:
            made[maker] = makers[maker]()
        return made[maker]

    return {group: folder(group) for group in groups}


def media_bench(
    plan: Plan, cache: Path | None = None, groups: Collection[str] = GROUPS
) -> dict[str, object]:
    """The figures of these groups (all by default), each in a child of its own, in the
    order of GROUPS."""
    groups = [group for group in GROUPS if group in groups]
    media = mediafiles.make_media(cache or cache_dir() / "bench-media", plan, groups)
    scratch = Path(tempfile.mkdtemp(prefix="exhibit-bench-media-"))
    folders = exhibits(groups, scratch, media, plan)
    sink = NullSink(scratch)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PULSE_SERVER=f"unix:{sink.socket}")
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(PACKAGE.parent), os.environ.get("PYTHONPATH")) if p
    )
    figures: dict[str, object] = {"media_plan": dataclasses.asdict(plan)}
    try:
        for group in groups:
            figures.update(child(group, folders[group], plan, env))
    finally:
        sink.stop()
        for folder in set(folders.values()):
            cache_entry(folder)[0].unlink(missing_ok=True)
        shutil.rmtree(scratch, ignore_errors=True)
    return figures


QUICK = Plan(
    video_size="640x360", video_seconds=5, taps=3, pictures=20, picture_size="3000x2000",
    neighbour_moves=10, jumps=5, moves=40, scan_size="3000x2000", zoom_hold_s=0.5,
    attract_clip_s=1, attract_loops=10,
)


def run_media_bench(quick: bool, as_json: bool, groups: Collection[str] = GROUPS) -> int:
    """`exhibit bench --media [--quick] [--media-group G ...]`: the full plan, or a smaller
    one as a smoke test; every group, or those named."""
    from exhibit.bench.run import machine, show_figures

    plan = QUICK if quick else mediafiles.FULL
    try:
        figures = {"machine": machine(), **media_bench(plan, groups=groups)}
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        raise Failure(f"bench --media: {exc}") from None
    show_figures(figures, as_json)
    return 0
