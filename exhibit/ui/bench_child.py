"""One timed start-up for `exhibit bench`, in a fresh process: the viewer, or an empty window.

The parent notes the wall-clock time just before it spawns this process and passes it in
`EXHIBIT_BENCH_T0`; this process prints, as one JSON line, the milliseconds from then to the
first frame swapped after the first slide is ready (pictures included), or, for the baseline,
to the first frame of an empty QML `Window`. The kinds differ only in what they show:

- `empty` imports nothing but PySide6, creates the application and a QML engine and shows an
  empty 1920x1080 `Window`: the floor that Python and Qt cost on this machine.
- `app-empty` imports what `exhibit run` imports and sets the application up as it does
  (fonts included), then shows the same empty window: the floor plus the viewer's own
  imports and set-up, so `viewer` minus this is what the exhibit itself costs (content,
  views, the first slide's drawing).
- `viewer` runs the real `exhibit run PATH --fullscreen --reduced-motion` (command line,
  imports, fonts, cached load, live content watcher, QML), so everything the viewer adds on
  top of that floor is counted.

All use the software renderer, and the parent gives them the same offscreen screen.
Nothing from the viewer is imported at module level, or the baseline would pay for it.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

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


def empty(as_the_viewer: bool = False) -> int:
    from PySide6.QtCore import QByteArray, QTimer, QUrl
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow

    software_renderer()
    if as_the_viewer:
        import exhibit.cli
        import exhibit.ui.app  # noqa: F401  (what `exhibit run` imports)
        from exhibit.ui.engine import application

        app = application()
    else:
        app = QGuiApplication([sys.argv[0]])
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
    return app.exec()


def viewer(path: str) -> int:
    # No `Qt` namespace here (nor render.call_bool, which uses it): building its enums costs
    # 12 ms that the viewer itself no longer pays.
    from PySide6.QtCore import Q_RETURN_ARG, QMetaObject, QObject, QTimer
    from PySide6.QtQuick import QQuickItem, QQuickWindow

    import exhibit.ui.app
    from exhibit.cli import main
    from exhibit.ui.engine import application

    class FirstFullFrame(QObject):
        """Watches the viewer's window from its creation on: it draws only after that.

        Right after each frame's sync (the moment the scene graph takes the items' state) it
        asks whether the window has its fullscreen size and the slide is ready, pictures
        included; the first frame synced in that state is reported once it has been swapped.
        Should the slide become ready with nothing left to draw, a 1 ms timer notices and asks
        for a frame.
        """

        def __init__(self) -> None:
            super().__init__()
            self.window: QQuickWindow | None = None
            self.view: QQuickItem | None = None
            self.synced_ready = False
            self.done = False
            self.poll = QTimer(self)
            self.poll.setInterval(1)
            self.poll.timeout.connect(self.check)

        def watch(self, window: QQuickWindow) -> None:
            self.window = window
            # Direct calls: the software render loop draws on this (the UI) thread.
            window.afterSynchronizing.connect(self.synced)
            window.frameSwapped.connect(self.swapped)
            self.poll.start()

        def ready(self) -> bool:
            if self.view is None and self.window is not None:
                self.view = self.window.findChild(QQuickItem, "exhibitView")
            if self.view is None:
                return False
            return bool(QMetaObject.invokeMethod(self.view, "slideReady", Q_RETURN_ARG("QVariant")))

        def synced(self) -> None:
            self.synced_ready = self.synced_ready or (self.full_size() and self.ready())

        def full_size(self) -> bool:
            """Fullscreen reached: a frame drawn at the window's first size does not count."""
            window = self.window
            return window is not None and window.size() == window.screen().size()

        def check(self) -> None:
            if self.window is not None and self.full_size() and self.ready():
                self.poll.stop()
                self.window.update()

        def swapped(self) -> None:
            if self.synced_ready and not self.done:
                self.done = True
                report(elapsed_ms())
                QTimer.singleShot(0, application().quit)

    software_renderer()
    app = application()
    first = FirstFullFrame()
    run_module = vars(exhibit.ui.app)  # run_viewer looks create_window up here
    create_window = run_module["create_window"]

    def create_and_watch(*args: Any, **kwargs: Any) -> QQuickWindow | None:
        # Instrumentation, not a change to the viewer: the window it makes is watched before
        # the event loop draws it. (An application-wide event filter would do this too, but
        # a Python call per Qt event while QML builds the view costs about 10 ms.)
        window = create_window(*args, **kwargs)
        if isinstance(window, QQuickWindow):
            first.watch(window)
            return window
        return None

    run_module["create_window"] = create_and_watch
    QTimer.singleShot(TIMEOUT_MS, lambda: app.exit(1))
    return main(["run", path, "--fullscreen", "--reduced-motion"])


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] in ("empty", "app-empty"):
        sys.exit(empty(as_the_viewer=sys.argv[1] == "app-empty"))
    if len(sys.argv) == 3 and sys.argv[1] == "viewer":
        sys.exit(viewer(sys.argv[2]))
    usage = "usage: python -m exhibit.ui.bench_child empty | app-empty | viewer PATH"
    print(usage, file=sys.stderr)
    sys.exit(2)
