"""Memory over a long attract loop with an attract video: RSS before and after many loops.

    python bench/attract_memory.py [--minutes 5] [--rate 4]

Makes a 1-second looping clip with ffmpeg, runs a kiosk on it (offscreen unless DISPLAY is
set and QT_QPA_PLATFORM is not), plays the attract video at `--rate` times its speed for
`--minutes` minutes of wall clock — a visit every 60 loops (touch, idle timeout, the attract
video again) — and prints one JSON line: loops played, visits, RSS after a warm-up and at the
end. At --rate 4 a minute is 240 loops, which is what 10 hours of a 2.5-minute loop plays.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(CHECKOUT))
WARM_UP_LOOPS = 20
VISIT_EVERY = 60


def make_exhibit(root: Path) -> None:
    (root / "one").mkdir(parents=True)
    (root / "exhibit.yaml").write_text(
        "title: Attract\nsections: [one]\nkiosk:\n  attract_video: one/loop.mp4\n",
        encoding="utf-8",
    )
    (root / "timeline.yaml").write_text("events: []\n", encoding="utf-8")
    (root / "one" / "section.yaml").write_text(
        "id: one\ntitle: One\nslides:\n  - id: t\n    kind: title\n    title: First\n",
        encoding="utf-8",
    )
    subprocess.run(
        ["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
         "testsrc2=size=640x360:rate=25:duration=1", "-c:v", "libx264", "-pix_fmt", "yuv420p",
         str(root / "one" / "loop.mp4")],
        check=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--rate", type=float, default=4.0)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtMultimedia import QMediaPlayer
    from PySide6.QtQml import QQmlApplicationEngine

    from exhibit.bench.empty import rss_mb
    from exhibit.content.loader import load
    from exhibit.kiosk.pin import PinGuard
    from exhibit.ui.controller import Controller
    from exhibit.ui.engine import create_window
    from exhibit.ui.kiosk import Kiosk

    app = QGuiApplication(["attract-memory"])
    folder = tempfile.TemporaryDirectory(prefix="attract-memory-")
    root = Path(folder.name) / "ex"
    make_exhibit(root)
    clock = [1000.0]
    controller = Controller(load(root))
    kiosk = Kiosk(controller, PinGuard(None), locked_down=False, idle_timeout=90,
                  auto_advance=12, content_label="bench", clock=lambda: clock[0])
    engine = QQmlApplicationEngine()
    window = create_window(engine, controller, 1280, 720, kiosk=kiosk)
    assert window is not None
    player = next(p for p in window.findChildren(QMediaPlayer) if p.objectName() == "attractPlayer")
    player.setPlaybackRate(args.rate)
    loops = [0]
    last = [0]

    def on_position(position: int) -> None:
        if position < last[0]:
            loops[0] += 1
        last[0] = position

    player.positionChanged.connect(on_position)

    def spin_until(done: object, timeout: float) -> None:
        end = time.monotonic() + timeout
        while not done() and time.monotonic() < end:  # type: ignore[operator]
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    spin_until(lambda: loops[0] >= WARM_UP_LOOPS, 120)
    start_rss, start_loops, visits = rss_mb(), loops[0], 0
    end = time.monotonic() + args.minutes * 60
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if loops[0] - start_loops >= (visits + 1) * VISIT_EVERY:
            kiosk.activity()  # a visitor: the video stops
            clock[0] += 91
            kiosk.tick()  # idle: the attract video plays again, in the same player
            player.setPlaybackRate(args.rate)
            visits += 1
    QCoreApplication.processEvents()
    result = {
        "minutes": args.minutes,
        "rate": args.rate,
        "loops": loops[0] - start_loops,
        "visits": visits,
        "players": sum(1 for p in window.findChildren(QMediaPlayer)
                       if p.objectName() == "attractPlayer"),
        "rss_mb_after_warm_up": round(start_rss, 1),
        "rss_mb_end": round(rss_mb(), 1),
        "rss_growth_mb": round(rss_mb() - start_rss, 1),
        "platform": QGuiApplication.platformName(),
    }
    print(json.dumps(result))
    kiosk.timer.stop()
    window.close()
    engine.deleteLater()  # the views go before the kiosk they bind to
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return 0


if __name__ == "__main__":
    sys.exit(main())
