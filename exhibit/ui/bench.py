"""`exhibit bench`: start-up, navigation, memory, idle cost and scale, measured on this machine.

Every figure comes from the real viewer (the same QML views, offscreen, software rendering as
`exhibit render` uses). Start-up is timed in fresh processes, from just before the process is
spawned to the first frame drawn after the first slide is ready (images included); the
baseline runs the same process flow with an empty QML window. Figures are medians of several
runs where that makes sense. Nothing here decides pass or fail: `bench/RESULTS.md` compares
the figures with the budgets.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QByteArray, QCoreApplication, QEventLoop, QTimer, QUrl
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from exhibit.content.cache import load_cached
from exhibit.content.loader import load
from exhibit.content.model import Exhibit
from exhibit.show.watch import ContentWatcher
from exhibit.ui.controller import Controller
from exhibit.ui.engine import application, create_window, use_software_renderer
from exhibit.ui.live import LiveReload
from exhibit.ui.render import call_bool

EMPTY_WINDOW = b"import QtQuick\nWindow { width: 1920; height: 1080; visible: true }\n"
SIZE = (1920, 1080)


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; 0 where unavailable)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 1_000_000


class Frames:
    """Counts frames a window has finished drawing."""

    def __init__(self, window: QQuickWindow) -> None:
        self.count = 0
        window.frameSwapped.connect(self._swapped)

    def _swapped(self) -> None:
        self.count += 1


def spin_until(done: Callable[[], bool], timeout: float = 20.0) -> bool:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if done():
            return True
    return False


def slide_ready(window: QQuickWindow) -> bool:
    """The viewer's own test: the current slide and its images are drawn and settled."""
    view = window.findChild(QQuickItem, "exhibitView")
    return view is not None and call_bool(view, "slideReady")


def draw_after(window: QQuickWindow, frames: Frames, ready: Callable[[], bool]) -> bool:
    """Wait until `ready`, then until a frame drawn after that has been swapped."""
    if not spin_until(ready):
        return False
    seen = frames.count
    window.update()
    return spin_until(lambda: frames.count > seen)


# -- the child process: one start-up ------------------------------------------------------------


def child(mode: str, path: str) -> None:
    """Start the viewer (or an empty window), report the time to its first full frame."""
    use_software_renderer()
    app = application(offscreen=True)
    engine = QQmlApplicationEngine()
    if mode == "empty":
        engine.loadData(QByteArray(EMPTY_WINDOW), QUrl("file:///bench-empty.qml"))
        window = engine.rootObjects()[0]
        assert isinstance(window, QQuickWindow)
        frames = Frames(window)
        draw_after(window, frames, lambda: True)
    else:
        exhibit = load_cached(Path(path), path)  # as `exhibit run` loads it
        controller = Controller(exhibit, reduced_motion=True, parent=app)
        created = create_window(engine, controller, *SIZE)
        assert created is not None
        window = created
        frames = Frames(window)
        draw_after(window, frames, lambda: slide_ready(window))
    elapsed = time.time() - float(os.environ["EXHIBIT_BENCH_T0"])
    print(json.dumps({"ms": elapsed * 1000, "rss_mb": rss_mb()}), flush=True)


def spawn(mode: str, path: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EXHIBIT_BENCH_T0=repr(time.time()))
    result = subprocess.run(
        [sys.executable, "-m", "exhibit.ui.bench", "child", mode, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"bench child failed: {result.stderr.strip()[-300:]}")
    figures: dict[str, float] = json.loads(lines[-1])
    return figures


def startup(path: Path, runs: int) -> dict[str, float]:
    """Median start-up of the viewer and of the empty-window baseline, interleaved."""
    viewer, empty, rss = [], [], []
    for _ in range(runs):
        figures = spawn("exhibit", path)
        viewer.append(figures["ms"])
        rss.append(figures["rss_mb"])
        empty.append(spawn("empty", path)["ms"])
    return {
        "startup_ms": statistics.median(viewer),
        "baseline_startup_ms": statistics.median(empty),
        "startup_rss_mb": statistics.median(rss),
    }


# -- in this process: navigation, memory, idle --------------------------------------------------


def in_process(
    exhibit: Exhibit, folder: Path, transitions: int, idle_seconds: float
) -> dict[str, float]:
    use_software_renderer()
    app = application(offscreen=True)
    controller = Controller(exhibit, reduced_motion=True, parent=app)
    live = LiveReload(controller, ContentWatcher(folder, str(folder)), parent=app)
    engine = QQmlApplicationEngine()
    window = create_window(engine, controller, *SIZE)
    assert window is not None
    frames = Frames(window)
    draw_after(window, frames, lambda: slide_ready(window))
    count = len(exhibit.slides)

    def navigate(steps: int) -> list[float]:
        """Move on `steps` times inside the running event loop, as the real viewer runs.

        Each latency is from the move to the first frame swapped once the new slide (and its
        pictures) is ready; the next move starts from the event loop, so deferred deletions
        and timers run between moves just as they do for a visitor.
        """
        latencies: list[float] = []
        loop = QEventLoop()
        state = {"started": 0.0, "waiting": False}

        def move() -> None:
            if len(latencies) >= steps:
                loop.quit()
                return
            state["started"] = time.perf_counter()
            state["waiting"] = True
            if not controller.next():
                controller.first()
            window.update()

        def swapped() -> None:
            if state["waiting"] and slide_ready(window):
                state["waiting"] = False
                latencies.append((time.perf_counter() - state["started"]) * 1000)
                QTimer.singleShot(0, move)
            elif state["waiting"]:
                window.update()

        window.frameSwapped.connect(swapped)
        QTimer.singleShot(0, move)
        loop.exec()
        window.frameSwapped.disconnect(swapped)
        return latencies

    navigate(count)  # warm-up: every slide once
    latencies = navigate(count)
    start_rss = rss_mb()
    navigate(transitions)
    after_rss = rss_mb()

    controller.goTo(0)
    draw_after(window, frames, lambda: slide_ready(window))
    live.start()
    QTimer.singleShot(1000, app.quit)  # let everything settle first
    app.exec()
    cpu, wall = time.process_time(), time.perf_counter()
    QTimer.singleShot(round(idle_seconds * 1000), app.quit)
    app.exec()
    idle = (time.process_time() - cpu) / (time.perf_counter() - wall) * 100
    live.stop()
    latencies.sort()
    return {
        "nav_p50_ms": statistics.median(latencies),
        "nav_p95_ms": latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))],
        "rss_mb_start": start_rss,
        "rss_mb_after": after_rss,
        "rss_growth_mb": after_rss - start_rss,
        "transitions": float(transitions),
        "idle_cpu_pct": idle,
    }


def load_ms(folder: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        load(folder)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


# -- a synthetic exhibit ---------------------------------------------------------------------

PICTURE = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1600 1000">'
    '<rect width="1600" height="1000" fill="#{0}"/><circle cx="800" cy="500" r="{1}" '
    'fill="#F3EEE3"/></svg>'
)


def synthetic(root: Path, slides: int, images: int = 500) -> Path:
    """Write an exhibit of `slides` slides, `images` of them pictures, 50 slides a section."""
    sections = [f"s{n:03d}" for n in range((slides + 49) // 50)]
    (root / "exhibit.yaml").write_text(
        "title: Synthetic\nsections: [" + ", ".join(sections) + "]\n", encoding="utf-8"
    )
    (root / "timeline.yaml").write_text(
        "events:\n"
        + "".join(f"  - {{id: e{n}, date: {1900 + n}, title: Event {n}}}\n" for n in range(100)),
        encoding="utf-8",
    )
    picture_every = max(1, slides // max(1, images))
    made = 0
    for number, section in enumerate(sections):
        folder = root / section
        (folder / "media").mkdir(parents=True)
        lines = [f"id: {section}\ntitle: Section {number}\nslides:\n"]
        for index in range(number * 50, min(slides, number * 50 + 50)):
            if index % picture_every == 0 and made < images:
                name = f"p{index}.svg"
                (folder / "media" / name).write_text(
                    PICTURE.format(f"{(index * 7919) % 0xFFFFFF:06X}", 100 + index % 300),
                    encoding="utf-8",
                )
                lines.append(
                    f"  - {{id: x{index}, kind: image, image: {section}/media/{name}, "
                    f"alt: Picture {index}, credit: Bench, caption: Slide {index}, "
                    f"events: [e{index % 100}]}}\n"
                )
                made += 1
            else:
                lines.append(
                    f"  - {{id: x{index}, kind: text, title: Slide {index}, "
                    f"body: 'Some *words* for slide {index}.', events: [e{index % 100}]}}\n"
                )
        (folder / "section.yaml").write_text("".join(lines), encoding="utf-8")
    return root


def bench(folder: Path, synthetic_slides: int | None, quick: bool) -> dict[str, object]:
    runs = 3 if quick else 5
    exhibit = load(folder)
    figures: dict[str, object] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "qt": pyside_version,
            "platform": platform.platform(),
            "rendering": "offscreen, Qt Quick software renderer",
        },
        "slides": len(exhibit.slides),
        "load_ms": load_ms(folder, runs),
    }
    figures.update(startup(folder, runs))
    figures.update(in_process(exhibit, folder, 200 if quick else 5000, 2.0 if quick else 10.0))
    if synthetic_slides:
        scratch = Path(tempfile.mkdtemp(prefix="exhibit-bench-"))
        try:
            root = synthetic(scratch, synthetic_slides)
            started = startup(root, runs)
            figures.update(
                {
                    "synthetic_slides": synthetic_slides,
                    "synthetic_load_ms": load_ms(root, runs),
                    "synthetic_startup_ms": started["startup_ms"],
                    "synthetic_rss_mb": started["startup_rss_mb"],
                }
            )
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return figures


def run_bench(folder: Path, synthetic_slides: int | None, quick: bool, as_json: bool) -> int:
    try:
        figures = bench(folder, synthetic_slides, quick)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"exhibit: error: bench: {exc}", file=sys.stderr)
        return 1
    if as_json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            shown = f"{value:.1f}" if isinstance(value, float) else value
            print(f"{key:24} {shown}")
    return 0


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "child":
    child(sys.argv[2], sys.argv[3])
