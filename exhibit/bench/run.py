"""`exhibit bench`: start-up, navigation, memory, idle cost and scale, measured on this machine.

Every figure comes from the real viewer (the same QML views, offscreen, with the software
renderer that `exhibit render` uses). Figures are medians of several runs where that makes
sense. Nothing here decides pass or fail: `bench/RESULTS.md` compares them with the budgets.

- Start-up: fresh processes (exhibit/bench/child.py), timed from just before each is
  spawned to the first frame swapped once the first slide is ready; the baseline is a process
  that imports only PySide6 and shows an empty QML window. The kinds take turns round by
  round, and a ratio is the median of the ratios within rounds, so a noisy machine moves
  both sides of it together.
- Navigation: inside the running event loop, `next` → the first frame whose sync saw the new
  slide ready (pictures included), over every slide.
- Memory: resident set before and after thousands of transitions through every slide.
- Idle: CPU time ÷ wall time on a still slide with transitions on and the live content
  watcher running, as in `exhibit run`; the frames drawn meanwhile are counted too.
"""

from __future__ import annotations

import compileall
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
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, qVersion
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from exhibit.bench.empty import rss_mb
from exhibit.content.cache import cache_entry
from exhibit.content.loader import load
from exhibit.content.model import Exhibit
from exhibit.kiosk.watch import ContentWatcher
from exhibit.system.console import Failure
from exhibit.ui.controller import Controller
from exhibit.ui.engine import application, create_window, use_software_renderer
from exhibit.ui.live import LiveReload
from exhibit.ui.render import call_bool

SIZE = (1920, 1080)
PACKAGE = Path(__file__).resolve().parent.parent
SCREEN = {
    "screens": [
        {
            "name": "bench",
            "x": 0,
            "y": 0,
            "width": SIZE[0],
            "height": SIZE[1],
            "logicalDpi": 96,
            "logicalBpi": 96,
            "dpr": 1,
        }
    ]
}


class Frames:
    """Counts the frames a window swaps, and whether the slide was ready at the last sync.

    The sync is when the scene graph takes the items' state: a frame whose sync found the
    slide ready is a frame that shows it.
    """

    def __init__(self, window: QQuickWindow) -> None:
        self.view = window.findChild(QQuickItem, "exhibitView")
        self.count = 0
        self.synced_ready = False
        direct = Qt.ConnectionType.DirectConnection
        window.afterSynchronizing.connect(self._synced, direct)
        window.frameSwapped.connect(self._swapped, direct)

    def _synced(self) -> None:
        self.synced_ready = self.view is not None and call_bool(self.view, "slideReady")

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


# -- start-up, in fresh processes ---------------------------------------------------------------


def compile_bytecode() -> None:
    """Write the package's .pyc files, as pip does when it installs Exhibit.

    Without them (PYTHONDONTWRITEBYTECODE, a fresh checkout) every child would compile the
    viewer's source at start-up, which an installed viewer never does. A read-only package
    already has them.
    """
    compileall.compile_dir(str(PACKAGE), quiet=2)


# Each start-up child is a one-line `-c` program that imports its module, so both kinds run
# from compiled bytecode, as an installed viewer does (a script would be compiled every time:
# 3 ms for child.py). `-P` keeps the working directory off sys.path; the baseline finds
# empty.py as a top-level module beside this file, so it imports nothing of Exhibit (not
# even this package, which loads the viewer's pure-Python modules).
_CHILD = "import sys; from exhibit.bench import child as bench_child; sys.exit(bench_child.main())"
CHILDREN = {
    "empty": "import sys; sys.path.insert(0, sys.argv[1]); import empty; "
    "sys.exit(empty.show_empty_window())",
    "app-empty": _CHILD,
    "viewer": _CHILD,
}


def spawn(kind: str, path: Path, screen: Path) -> dict[str, float]:
    """One start-up in a fresh process, timed from just before it is spawned."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
        PYTHONPATH=os.pathsep.join(
            p for p in (str(PACKAGE.parent), os.environ.get("PYTHONPATH")) if p
        ),
        EXHIBIT_BENCH_T0=repr(time.time()),
    )
    here = str(Path(__file__).resolve().parent)
    args = [sys.executable, "-P", "-c", CHILDREN[kind]]
    args += [here] if kind == "empty" else [kind] + ([str(path)] if kind == "viewer" else [])
    return _run_for_json(args, env, 120, f"bench child {kind}")


def _run_for_json(
    args: list[str], env: dict[str, str], timeout: float, what: str
) -> dict[str, float]:
    """Run a bench process and return the figures it printed as its last JSON line."""
    result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"{what} failed: {result.stderr.strip()[-300:]}")
    figures: dict[str, float] = json.loads(lines[-1])
    return figures


Child = tuple[str, Path]  # a kind of start-up child and the exhibit it shows
Rounds = dict[str, list[dict[str, float]]]  # each child's figures, one per round


def startup(runs: int, screen: Path, children: dict[str, Child]) -> Rounds:
    """Every start-up child's figures, run after run, interleaved, after one untimed round.

    The children take turns within each round, so two of them measured in the same round
    met the same machine: `round_ratio` compares them there, where this machine's speed,
    which drifts by a third from one second to the next, cancels out.
    """
    for kind, path in children.values():  # warm the disk cache, the QML and exhibit caches
        spawn(kind, path, screen)
    rounds: Rounds = {name: [] for name in children}
    for _ in range(runs):
        for name, (kind, path) in children.items():
            rounds[name].append(spawn(kind, path, screen))
    return rounds


def median_of(rounds: Rounds, name: str, key: str = "ms") -> float:
    return statistics.median(figures[key] for figures in rounds[name])


def round_ratio(rounds: Rounds, name: str, base: str) -> float:
    """The median over rounds of `name`'s start-up divided by `base`'s in the same round."""
    pairs = zip(rounds[name], rounds[base], strict=True)
    return statistics.median(run["ms"] / base_run["ms"] for run, base_run in pairs)


# -- in one process: navigation, memory, idle ---------------------------------------------------


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

        Each latency runs from the move to the first frame swapped whose sync saw the new
        slide (and its pictures) ready; the next move starts from the event loop, so
        deferred deletions and timers run between moves just as they do for a visitor.
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
            frames.synced_ready = False
            if not controller.next():
                controller.first()
            window.update()

        def swapped() -> None:
            if state["waiting"] and frames.synced_ready:
                state["waiting"] = False
                latencies.append((time.perf_counter() - state["started"]) * 1000)
                QTimer.singleShot(0, move)
            elif state["waiting"]:
                window.update()  # not ready yet (a picture still decoding): look again

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

    # Idle as `exhibit run` idles: transitions on (the default), one animated move just
    # before, the live content watcher polling.
    controller.first()
    draw_after(window, frames, lambda: slide_ready(window))
    controller.setProperty("reducedMotion", False)
    controller.next()
    draw_after(window, frames, lambda: slide_ready(window))
    live.start()
    QTimer.singleShot(1000, app.quit)  # let everything settle first
    app.exec()
    drawn = frames.count
    cpu, wall = time.process_time(), time.perf_counter()
    QTimer.singleShot(round(idle_seconds * 1000), app.quit)
    app.exec()
    idle = (time.process_time() - cpu) / (time.perf_counter() - wall) * 100
    live.stop()
    latencies.sort()
    return {
        "nav_p50_ms": statistics.median(latencies),
        "nav_p95_ms": latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))],
        "nav_max_ms": latencies[-1],
        "rss_mb_start": start_rss,
        "rss_mb_after": after_rss,
        "rss_growth_mb": after_rss - start_rss,
        "transitions": transitions,
        "idle_cpu_pct": idle,
        "idle_frames": frames.count - drawn,
    }


def in_child(folder: Path, transitions: int, idle_seconds: float) -> dict[str, float]:
    """`in_process` for another exhibit, in a fresh process of its own."""
    args = [sys.executable, "-m", "exhibit.bench.run", "tour", str(folder), str(transitions)]
    args.append(repr(idle_seconds))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return _run_for_json(args, env, 1800, "bench tour")


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
    """Write an exhibit of `slides` slides, `images` of them pictures, 50 slides a section.

    Shaped like the bundled exhibit, each section opens with a title card, so its start-up
    and the bundled exhibit's draw the same kind of first slide and differ only in size.
    """
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
            if index == number * 50:
                lines.append(
                    f"  - {{id: x{index}, kind: title, title: Section {number}, "
                    f"subtitle: Slides {index + 1} to {index + 50}}}\n"
                )
            elif index % picture_every == 1 % picture_every and made < images:
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


def machine() -> dict[str, object]:
    memory = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = round(int(line.split()[1]) / 1024 / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    return {
        "cpus": os.cpu_count(),
        "memory_gib": memory,
        "python": platform.python_version(),
        "pyside": pyside_version,
        "qt": qVersion(),
        "platform": platform.platform(),
        "rendering": "offscreen, Qt Quick software renderer, 1920x1080",
    }


def bench(folder: Path, synthetic_slides: int | None, quick: bool) -> dict[str, object]:
    runs = 3 if quick else 9
    transitions = 200 if quick else 5000
    idle_seconds = 2.0 if quick else 10.0
    compile_bytecode()
    exhibit = load(folder)
    figures: dict[str, object] = {
        "machine": machine(),
        "slides": len(exhibit.slides),
        "load_ms": load_ms(folder, runs),
    }
    scratch = Path(tempfile.mkdtemp(prefix="exhibit-bench-"))
    root = scratch / "synthetic"
    try:
        screen = scratch / "screen.json"
        screen.write_text(json.dumps(SCREEN), encoding="utf-8")
        children: dict[str, Child] = {
            "viewer": ("viewer", folder),
            "empty": ("empty", folder),
            "app-empty": ("app-empty", folder),
        }
        if synthetic_slides:
            root.mkdir()
            synthetic(root, synthetic_slides)
            cold = spawn("viewer", root, screen)  # no cached copy yet: every file is read
            figures["synthetic_cold_startup_ms"] = cold["ms"]
            children["synthetic"] = ("viewer", root)
        rounds = startup(runs, screen, children)
        figures.update(
            {
                "startup_ms": median_of(rounds, "viewer"),
                "baseline_startup_ms": median_of(rounds, "empty"),
                "app_baseline_startup_ms": median_of(rounds, "app-empty"),
                "startup_ratio": round_ratio(rounds, "viewer", "empty"),
                "startup_rss_mb": median_of(rounds, "viewer", "rss_mb"),
            }
        )
        figures.update(in_process(exhibit, folder, transitions, idle_seconds))
        if synthetic_slides:
            tour = in_child(root, synthetic_slides, idle_seconds)
            figures.update(
                {
                    "synthetic_slides": synthetic_slides,
                    "synthetic_load_ms": load_ms(root, runs),
                    "synthetic_startup_ms": median_of(rounds, "synthetic"),
                    "synthetic_startup_ratio": round_ratio(rounds, "synthetic", "viewer"),
                    "synthetic_rss_mb": median_of(rounds, "synthetic", "rss_mb"),
                    "synthetic_nav_p95_ms": tour["nav_p95_ms"],
                    "synthetic_rss_mb_after": tour["rss_mb_after"],
                    "synthetic_idle_cpu_pct": tour["idle_cpu_pct"],
                }
            )
    finally:
        if root.exists():
            cache_entry(root)[0].unlink(missing_ok=True)  # the folder goes: so does its entry
        shutil.rmtree(scratch, ignore_errors=True)
    return figures


def run_bench(folder: Path, synthetic_slides: int | None, quick: bool, as_json: bool) -> int:
    try:
        figures = bench(folder, synthetic_slides, quick)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        raise Failure(f"bench: {exc}") from None
    show_figures(figures, as_json)
    return 0


def show_figures(figures: dict[str, object], as_json: bool) -> None:
    if as_json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            shown = f"{value:.2f}" if isinstance(value, float) else value
            print(f"{key:26} {shown}")


if __name__ == "__main__" and len(sys.argv) == 5 and sys.argv[1] == "tour":
    tour_folder = Path(sys.argv[2])
    tour = in_process(load(tour_folder), tour_folder, int(sys.argv[3]), float(sys.argv[4]))
    print(json.dumps(tour), flush=True)
