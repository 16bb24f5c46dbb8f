"""One timed start-up for `exhibit bench`, in a fresh process: the viewer, measured as the
baseline in `empty.py` is (run as a script, timed from the parent's `EXHIBIT_BENCH_T0`
to a first frame, one JSON line printed).

- `viewer` runs the real `exhibit run PATH --fullscreen --reduced-motion` (command line,
  imports, fonts, cached load, live content watcher, QML) until the first frame swapped after
  the first slide is ready (pictures included), so everything the viewer adds on top of the
  empty window's floor is counted.
- `app-empty` imports what `exhibit run` imports and sets the application up as it does
  (fonts included), then shows the baseline's empty window: the floor plus the viewer's own
  imports and set-up, so `viewer` minus this is what the exhibit itself costs (content,
  views, the first slide's drawing).

All use the software renderer, and the parent gives them the same offscreen screen.
"""

from __future__ import annotations

import sys
from typing import Any

from exhibit import cli  # first, as `exhibit run` starts
from exhibit.bench.empty import (
    TIMEOUT_MS,
    elapsed_ms,
    report,
    show_empty_window,
    software_renderer,
)


def app_empty() -> int:
    import exhibit.ui.app  # noqa: F401  (what `exhibit run` imports)
    from exhibit.ui.engine import application

    return show_empty_window(application)


def viewer(path: str) -> int:  # noqa: C901  (the methods of the class nested in it)
    # `exhibit run`'s own steps in its order (cli.main): the command line is read before any
    # of Qt is imported, then `run` imports the viewer and runs it. The window is watched
    # from create_window on. No `Qt` namespace here (nor render.call_bool, which uses it):
    # building its enums costs 12 ms that the viewer itself does not pay.
    args = cli.parse(["run", path, "--fullscreen", "--reduced-motion"])
    from PySide6.QtCore import Q_RETURN_ARG, QMetaObject, QTimer
    from PySide6.QtQuick import QQuickItem, QQuickWindow

    import exhibit.ui.app
    from exhibit.ui.engine import application

    class FirstFullFrame:
        """Watches the viewer's window from its creation on: it draws only after that.

        Right after each frame's sync (the moment the scene graph takes the items' state) it
        asks whether the window has its fullscreen size and the slide is ready, pictures
        included; the first frame synced in that state is reported once it has been swapped.
        Should a frame be swapped before that (a picture still decoding), a 1 ms timer looks
        until the slide is ready with nothing left to draw and asks for a frame; it is not
        started before, so the watching costs the viewer's start-up next to nothing.
        """

        def __init__(self) -> None:
            self.window: QQuickWindow | None = None
            self.view: QQuickItem | None = None
            self.synced_ready = False
            self.done = False
            self.poll: QTimer | None = None

        def watch(self, window: QQuickWindow) -> None:
            self.window = window
            # Direct calls: the software render loop draws on this (the UI) thread.
            window.afterSynchronizing.connect(self.synced)
            window.frameSwapped.connect(self.swapped)

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
            ready = self.window is not None and self.full_size() and self.ready()
            if ready and self.window is not None and self.poll is not None:
                self.poll.stop()
                self.window.update()

        def swapped(self) -> None:
            if self.synced_ready and not self.done:
                self.done = True
                report(elapsed_ms())
                QTimer.singleShot(0, application().quit)
            elif not self.done and self.poll is None:
                self.poll = QTimer()
                self.poll.setInterval(1)
                self.poll.timeout.connect(self.check)
                self.poll.start()

    software_renderer()
    first = FirstFullFrame()  # the application itself is made by `exhibit run`, as always
    run_module = vars(exhibit.ui.app)  # run_viewer looks create_window up here
    create_window = run_module["create_window"]

    def create_and_watch(*args: Any, **kwargs: Any) -> QQuickWindow | None:
        # Instrumentation, not a change to the viewer: the window it makes is watched before
        # the event loop draws it. (An application-wide event filter would do this too, but
        # a Python call per Qt event while QML builds the view costs about 10 ms.)
        QTimer.singleShot(TIMEOUT_MS, lambda: application().exit(1))
        window = create_window(*args, **kwargs)
        if isinstance(window, QQuickWindow):
            first.watch(window)
            return window
        return None

    run_module["create_window"] = create_and_watch
    return cli.run(args)


def main() -> int:
    """`app-empty` or `viewer PATH` from the command line (see bench.CHILDREN)."""
    if len(sys.argv) == 2 and sys.argv[1] == "app-empty":
        return app_empty()
    if len(sys.argv) == 3 and sys.argv[1] == "viewer":
        return viewer(sys.argv[2])
    print("usage: bench child: app-empty | viewer PATH", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
