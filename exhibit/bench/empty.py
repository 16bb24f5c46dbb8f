"""The start-up baseline of `exhibit bench`: a process that shows an empty QML window.

Imported as a top-level module (`bench.CHILDREN`), so that nothing of Exhibit is imported:
only PySide6, the application, a QML engine and an empty 1920x1080 `Window`, the floor that
Python and Qt cost on this machine. The parent notes the wall-clock time just before it
spawns this process and passes it in `EXHIBIT_BENCH_T0`; this process prints, as one JSON
line, the milliseconds from then to its first frame swapped. `child.py` times the
viewer the same way and uses the helpers here.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

EMPTY_WINDOW = b"import QtQuick\nWindow { width: 1920; height: 1080; visible: true }\n"
TIMEOUT_MS = 60_000


def elapsed_ms() -> float:
    return (time.time() - float(os.environ["EXHIBIT_BENCH_T0"])) * 1000


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; 0 where unavailable)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 1_000_000


def report(ms: float) -> None:
    print(json.dumps({"ms": ms, "rss_mb": rss_mb()}), flush=True)


def software_renderer() -> None:
    from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

    QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)


def show_empty_window(make_app: Callable[[], QGuiApplication] | None = None) -> int:
    """Show the empty window and report its first frame; `make_app` may build the app."""
    from PySide6.QtCore import QByteArray, QTimer, QUrl
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow

    software_renderer()
    app = make_app() if make_app is not None else QGuiApplication([sys.argv[0]])
    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(EMPTY_WINDOW), QUrl("file:///bench-empty.qml"))
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)

    def swapped() -> None:
        window.frameSwapped.disconnect(swapped)
        report(elapsed_ms())
        app.quit()

    window.frameSwapped.connect(swapped)
    QTimer.singleShot(TIMEOUT_MS, lambda: app.exit(1))
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(show_empty_window())
