"""One figure group of `exhibit bench --media`, in a fresh process of its own: the real viewer
(the same QML views, offscreen, with the software renderer) on an exhibit the parent made.

`python -m exhibit.bench.mediachild KIND FOLDER PLAN_JSON` prints one JSON line. Every time is
taken in the viewer's own signals, inside a running event loop: a frame counts when its swap
is over (`frameSwapped`), and what it shows is what the scene graph took at its sync.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QMetaObject, QObject, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QMouseEvent, QWheelEvent
from PySide6.QtMultimedia import QMediaPlayer, QVideoSink
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from exhibit.bench.empty import rss_mb
from exhibit.bench.mediafiles import Plan
from exhibit.content.loader import load
from exhibit.ui.controller import Controller
from exhibit.ui.engine import application, create_window, use_software_renderer
from exhibit.ui.render import call_bool

SIZE = (1920, 1080)
TIMEOUT_S = 60.0


def decoded(image: QQuickItem) -> bool:
    """An Image has its picture (its status enum has no converter in PySide: progress says it)."""
    return bool(image.property("progress") == 1.0 or image.property("source").isEmpty())


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(name: str, values: list[float]) -> dict[str, float]:
    return {
        f"{name}_p50_ms": statistics.median(values),
        f"{name}_p95_ms": percentile(values, 0.95),
        f"{name}_max_ms": max(values),
    }


def wait(done: Callable[[], bool], timeout: float = TIMEOUT_S) -> bool:
    """Run the event loop (deferred deletions and all) until `done`, looked at every 2 ms."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(2)
    deadline = time.perf_counter() + timeout
    failed: list[BaseException] = []

    def look() -> None:
        try:
            if done() or time.perf_counter() > deadline:
                loop.quit()
        except Exception as exc:
            failed.append(exc)
            loop.quit()

    poll.timeout.connect(look)
    poll.start()
    if not done():
        loop.exec()
    poll.stop()
    if failed:
        raise failed[0]
    return done()


def find(root: QQuickItem, name: str | None) -> list[QQuickItem]:
    """Every item named `name` (None: every item) under `root` (Repeater delegates are not
    QObject children)."""
    found, stack = [], [root]
    while stack:
        item = stack.pop()
        if name is None or item.objectName() == name:
            found.append(item)
        stack.extend(item.childItems())
    return found


class Viewer:
    """The real viewer's window on an exhibit, and what its frames showed."""

    def __init__(self, folder: Path, reduced_motion: bool = True) -> None:
        use_software_renderer()
        self.app = application(offscreen=True)
        self.controller = Controller(load(folder), reduced_motion=reduced_motion, parent=self.app)
        self.engine = QQmlApplicationEngine()
        window = create_window(self.engine, self.controller, *SIZE)
        if window is None:
            raise RuntimeError("the viewer's window did not load")
        self.window: QQuickWindow = window
        self.view = window.findChild(QQuickItem, "exhibitView")
        self.swaps = 0
        self.synced_ready = False
        self.on_swap: Callable[[], None] | None = None
        direct = Qt.ConnectionType.DirectConnection
        window.afterSynchronizing.connect(self._synced, direct)
        window.frameSwapped.connect(self._swapped, direct)
        self.settle()

    def _synced(self) -> None:
        self.synced_ready = self.view is not None and call_bool(self.view, "slideReady")

    def _swapped(self) -> None:
        self.swaps += 1
        if self.on_swap is not None:
            self.on_swap()

    def items(self, name: str) -> list[QQuickItem]:
        return find(self.window.contentItem(), name)

    def on_stage(self, name: str) -> QQuickItem:
        """The item named `name` on the slide on screen (neighbours sit a screen away)."""
        for item in self.items(name):
            centre = item.mapToScene(item.boundingRect().center())
            if 0 <= centre.x() < SIZE[0]:
                return item
        raise RuntimeError(f"no {name} on stage")

    def prefetched(self) -> bool:
        """The neighbours' views are built (after a jump, only once the slide is drawn)."""
        index, count = self.controller.property("currentIndex"), self.controller.property("count")
        views = {item.objectName() for item in find(self.window.contentItem(), None)}
        wanted = {f"slide-{n}" for n in (index - 1, index + 1) if 0 <= n < count}
        return wanted <= views

    def settle(self) -> bool:
        """Until the slide is ready, its neighbours built and their pictures decoded, a frame
        drawn."""

        def settled() -> bool:
            images = self.items("slideImage")
            return (self.synced_ready and self.prefetched()
                    and all(decoded(image) for image in images))

        ok = wait(settled)
        seen = self.swaps
        self.window.update()
        return wait(lambda: self.swaps > seen) and ok

    def move(self, go: Callable[[], object]) -> float:
        """`go` → the first frame swapped whose sync saw the new slide ready, in ms."""
        state = {"started": 0.0, "ms": -1.0}

        def swapped() -> None:
            if self.synced_ready:
                state["ms"] = (time.perf_counter() - state["started"]) * 1000
                self.on_swap = None
            else:
                self.window.update()  # still decoding: look again at the next frame

        self.synced_ready = False
        self.on_swap = swapped
        state["started"] = time.perf_counter()
        go()
        self.window.update()
        if not wait(lambda: state["ms"] >= 0):
            raise RuntimeError("a slide did not become ready")
        return state["ms"]

    def tap(self, item: QQuickItem) -> None:
        """A real mouse press and release at the item's centre, through the window."""
        centre = item.mapToScene(item.boundingRect().center())
        left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
        for kind, buttons in ((QEvent.Type.MouseButtonPress, left),
                              (QEvent.Type.MouseButtonRelease, none)):
            event = QMouseEvent(kind, centre, self.window.mapToGlobal(centre), left, buttons,
                                Qt.KeyboardModifier.NoModifier)
            QGuiApplication.sendEvent(self.window, event)


def player_on_stage(viewer: Viewer) -> QMediaPlayer:
    """The one player with a file: only the slide on stage gives its player one."""
    for item in find(viewer.window.contentItem(), None):
        for child in item.children():
            if isinstance(child, QMediaPlayer) and not child.source().isEmpty():
                return child
    raise RuntimeError("no media player on stage")


class SinkWatch(QObject):
    """The frames a video sink has handed to the VideoOutput, counted on the UI thread.

    Connected after the VideoOutput's own (queued) connection, so when this counts a frame the
    output has it, and the next sync puts it on screen.
    """

    def __init__(self, sink: QVideoSink) -> None:
        super().__init__()
        self.frames = 0
        self.last_start = -1
        self.sink = sink
        sink.videoFrameChanged.connect(self.arrived, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def arrived(self) -> None:
        self.frames += 1
        self.last_start = self.sink.videoFrame().startTime()


def _await_loaded(viewer: Viewer, playing: bool = False) -> QMediaPlayer:
    """The player on stage once its file is loaded (`playing`: once it plays)."""
    player: list[QMediaPlayer] = []

    def loaded() -> bool:
        try:
            player[:] = [player_on_stage(viewer)]
        except RuntimeError:
            return False
        if playing:
            return player[0].playbackState() == QMediaPlayer.PlaybackState.PlayingState
        return player[0].mediaStatus() == QMediaPlayer.MediaStatus.LoadedMedia

    if not wait(loaded) or not viewer.settle():
        raise RuntimeError("the recording did not load")
    return player[0]


def first_frame(viewer: Viewer) -> float:
    """Tap play on the loaded video → the first frame swapped whose sync had a video frame."""
    output = viewer.on_stage("videoOutput")
    watch = SinkWatch(output.property("videoSink"))
    state = {"tapped": 0.0, "ms": -1.0, "synced": False}

    def synced() -> None:
        state["synced"] = watch.frames > 0 and output.isVisible()

    def swapped() -> None:
        if state["synced"] and state["ms"] < 0:
            state["ms"] = (time.perf_counter() - state["tapped"]) * 1000

    viewer.window.beforeSynchronizing.connect(synced, Qt.ConnectionType.DirectConnection)
    viewer.on_swap = swapped
    state["tapped"] = time.perf_counter()
    viewer.tap(viewer.on_stage("playButton"))
    drawn = wait(lambda: state["ms"] >= 0)
    viewer.window.beforeSynchronizing.disconnect(synced)
    viewer.on_swap = None
    if not drawn:
        raise RuntimeError("no video frame was drawn after the tap")
    return state["ms"]


def first_frames(viewer: Viewer, taps: int) -> dict[str, float]:
    """Each time: the video slide comes on stage, its file loads, a tap plays it."""
    latencies: list[float] = []
    loads: list[float] = []
    viewer.controller.goTo(1)
    for _ in range(taps):
        started = time.perf_counter()
        _await_loaded(viewer)
        loads.append((time.perf_counter() - started) * 1000)
        latencies.append(first_frame(viewer))
        viewer.move(viewer.controller.next)  # away (the player stops and lets go of the file)
        viewer.move(viewer.controller.previous)
    return {**summary("video_first_frame", latencies), "video_load_ms": statistics.median(loads)}


def playback(viewer: Viewer, stream_frames: int) -> dict[str, float]:
    """Play the whole film: the frames the renderer presented against the stream's."""
    viewer.controller.goTo(1)
    player = _await_loaded(viewer)
    watch = SinkWatch(viewer.on_stage("videoOutput").property("videoSink"))
    shown: set[int] = set()
    state = {"at_sync": -1}

    works: list[float] = []
    begun = {"at": 0.0}

    def synced() -> None:
        state["at_sync"] = watch.last_start

    def swapped() -> None:
        if state["at_sync"] >= 0:
            shown.add(state["at_sync"])
            works.append((time.perf_counter() - begun["at"]) * 1000)

    def animating() -> None:
        begun["at"] = time.perf_counter()

    viewer.window.afterAnimating.connect(animating, Qt.ConnectionType.DirectConnection)
    viewer.window.beforeSynchronizing.connect(synced, Qt.ConnectionType.DirectConnection)
    viewer.on_swap = swapped
    cpu, wall = time.process_time(), time.perf_counter()
    ended: list[str] = []
    viewer.controller.mediaPlayed.connect(lambda what, _id: ended.append(what))
    viewer.tap(viewer.on_stage("playButton"))
    if not wait(lambda: "complete" in ended, player.duration() / 1000 + TIMEOUT_S):
        raise RuntimeError("the film did not play to its end")
    cpu_pct = (time.process_time() - cpu) / (time.perf_counter() - wall) * 100
    viewer.on_swap = None
    viewer.window.beforeSynchronizing.disconnect(synced)
    viewer.window.afterAnimating.disconnect(animating)
    presented = len(shown)
    return {
        "video_stream_frames": stream_frames,
        "video_frames_delivered": watch.frames,
        "video_frames_presented": presented,
        "video_dropped_pct": max(0, stream_frames - presented) / stream_frames * 100,
        "video_play_cpu_pct": cpu_pct,
        **summary("video_frame_work", works),
    }


class Listener:
    """Reads the null sink's monitor and notes when sound (not silence) first comes out."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            ["parec", "-d", "null.monitor", "--raw", "--format=s16le", "--channels=1",
             "--rate=48000", "--latency-msec=5"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        self.heard = 0.0  # perf_counter of the first loud chunk since `reset`
        self.quiet_since = time.perf_counter()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while chunk := stream.read(192):  # 2 ms of sound
            samples = memoryview(chunk).cast("h") if len(chunk) % 2 == 0 else memoryview(b"")
            loud = any(abs(s) > 256 for s in samples)
            now = time.perf_counter()
            if loud and not self.heard:
                self.heard = now
            elif not loud and not self.heard:
                pass
            if loud:
                self.quiet_since = now

    def reset(self) -> None:
        self.heard = 0.0

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def sound_starts(viewer: Viewer, taps: int) -> dict[str, float]:
    """Tap play on the sound slide → its first samples out of the sound server (the monitor)."""
    listener = Listener()
    latencies: list[float] = []
    try:
        viewer.controller.goTo(3)
        for _ in range(taps):
            _await_loaded(viewer)
            wait(lambda: time.perf_counter() - listener.quiet_since > 0.3)
            listener.reset()
            tapped = time.perf_counter()
            viewer.tap(viewer.on_stage("playButton"))
            if not wait(lambda: listener.heard > 0, 20):
                raise RuntimeError("no sound reached the null sink after the tap")
            latencies.append((listener.heard - tapped) * 1000)
            viewer.move(viewer.controller.previous)
            viewer.move(viewer.controller.next)
    finally:
        listener.stop()
    return summary("audio_start", latencies)


def pictures(viewer: Viewer, plan: Plan) -> dict[str, float]:
    """Neighbours (prefetched), jumps anywhere, and memory after `plan.moves` moves in all."""
    count = viewer.controller.property("count")
    rss_start = rss_mb()
    step = 1
    neighbours: list[float] = []
    prefetch: list[float] = []

    def neighbour() -> float:
        nonlocal step
        index = viewer.controller.property("currentIndex")
        if not 0 <= index + step < count:
            step = -step
        ms = viewer.move(lambda: viewer.controller.goTo(index + step))
        started = time.perf_counter()
        viewer.settle()  # the visitor looks; the new neighbour is decoded meanwhile
        prefetch.append((time.perf_counter() - started) * 1000)
        return ms

    neighbours = [neighbour() for _ in range(plan.neighbour_moves)]
    chance = random.Random(17)
    jumps: list[float] = []
    for _ in range(plan.jumps):
        index = viewer.controller.property("currentIndex")
        target = chance.choice([n for n in range(count) if abs(n - index) > 1] or [0])
        jumps.append(viewer.move(partial(viewer.controller.goTo, target)))
        viewer.settle()
    for _ in range(max(0, plan.moves - plan.neighbour_moves - plan.jumps)):
        neighbour()
    return {
        **summary("picture_neighbour", neighbours),
        **summary("picture_jump", jumps),
        "picture_prefetch_p50_ms": statistics.median(prefetch),
        "picture_rss_mb_start": rss_start,
        "picture_rss_mb_after": rss_mb(),
        "picture_moves": max(plan.moves, plan.neighbour_moves + plan.jumps),
    }


def zoom(viewer: Viewer, plan: Plan) -> dict[str, float]:
    """Wheel into the scan a notch a frame (60 a second) to 100 %, then hold while it decodes."""
    box = viewer.on_stage("slideImage").parentItem()
    assert box is not None
    intervals: list[float] = []
    works: list[float] = []
    state = {"last": 0.0, "begun": 0.0}

    def animating() -> None:
        state["begun"] = time.perf_counter()

    def swapped() -> None:
        now = time.perf_counter()
        if state["last"]:
            intervals.append((now - state["last"]) * 1000)
        if state["begun"]:
            works.append((now - state["begun"]) * 1000)
        state["last"] = now

    centre = box.mapToScene(box.boundingRect().center())
    ticks = {"n": 0, "held": 0.0}

    def notch() -> None:
        if box.property("zoom") < box.property("maxZoom"):
            event = QWheelEvent(
                centre, viewer.window.mapToGlobal(centre), QPoint(), QPoint(0, 120),
                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase, False,
            )
            QGuiApplication.sendEvent(viewer.window, event)
            ticks["n"] += 1
        elif not ticks["held"]:
            ticks["held"] = time.perf_counter()
        else:  # at 100 %: a small pan each frame, as a finger reading the page would
            box.setProperty("panX", box.property("panX") - 2)
            QMetaObject.invokeMethod(box, "clampPan")
        viewer.window.update()

    viewer.window.afterAnimating.connect(animating, Qt.ConnectionType.DirectConnection)
    viewer.on_swap = swapped
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(16)
    timer.timeout.connect(notch)
    timer.start()
    def held() -> bool:
        return bool(ticks["held"]) and time.perf_counter() - ticks["held"] > plan.zoom_hold_s

    ok = wait(held, TIMEOUT_S)
    image = viewer.on_stage("slideImage")
    wait(lambda: decoded(image))
    timer.stop()
    viewer.on_swap = None
    viewer.window.afterAnimating.disconnect(animating)
    if not ok:
        raise RuntimeError("the scan did not zoom to 100 %")
    drawn = image.property("sourceSize")
    return {
        "zoom_frames": len(intervals),
        "zoom_notches": ticks["n"],
        "zoom_max": box.property("zoom"),
        "zoom_decoded_mp": drawn.width() * drawn.height() / 1e6,
        **summary("zoom_frame_interval", intervals),
        **summary("zoom_frame_work", works),
        "zoom_frames_over_33ms": sum(1 for interval in intervals if interval > 33.4),
        "zoom_rss_mb": rss_mb(),
    }


def attract(viewer: Viewer, plan: Plan) -> dict[str, float]:
    """The attract film loops muted; every tenth loop the show moves on and comes back."""
    loops = {"n": 0}

    def played(what: str, _slide: str) -> None:
        if what == "complete":
            loops["n"] += 1

    viewer.controller.mediaPlayed.connect(played)
    viewer.controller.set_sound(False)
    rss: dict[str, float] = {}
    done = 0
    while done < plan.attract_loops:
        player = _await_loaded(viewer, playing=True)
        player.setPlaybackRate(plan.attract_rate)
        target = loops["n"] + min(10, plan.attract_loops - done)
        if not wait(partial(lambda t: loops["n"] >= t, target), 10 * TIMEOUT_S):
            raise RuntimeError("the attract film stopped looping")
        done = loops["n"]
        if "start" not in rss and done >= min(10, plan.attract_loops):
            rss["start"] = rss_mb()
        viewer.move(viewer.controller.next)
        viewer.move(viewer.controller.previous)
    rss.setdefault("start", rss_mb())
    after = rss_mb()
    return {
        "attract_loops": done,
        "attract_rss_mb_start": rss["start"],
        "attract_rss_mb_after": after,
        "attract_rss_growth_mb": after - rss["start"],
    }


def measure(kind: str, folder: Path, plan: Plan) -> dict[str, Any]:
    viewer = Viewer(folder, reduced_motion=kind != "attract")
    if kind == "video":
        frames = plan.video_seconds * plan.video_fps
        return {**first_frames(viewer, plan.taps), **playback(viewer, frames)}
    if kind == "audio":
        return sound_starts(viewer, plan.taps)
    if kind == "pictures":
        return pictures(viewer, plan)
    if kind == "zoom":
        return zoom(viewer, plan)
    if kind == "attract":
        return attract(viewer, plan)
    raise RuntimeError(f"no media figure {kind}")


def main() -> int:
    kind, folder, plan = sys.argv[1], Path(sys.argv[2]), Plan(**json.loads(sys.argv[3]))
    print(json.dumps(measure(kind, folder, plan)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
