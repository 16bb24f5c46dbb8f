"""Live content reload for a running viewer: poll in the background, swap on the UI thread."""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, Signal, Slot

from exhibit.kiosk.watch import ContentWatcher, Reloaded
from exhibit.ui.controller import Controller

log = logging.getLogger("exhibit.reload")
POLL_SECONDS = 1.0


class LiveReload(QObject):
    """Keeps the last good exhibit on screen; swaps in an edited one only when it is valid."""

    reloaded = Signal(object)  # a Reloaded, queued to the UI thread
    errorChanged = Signal()

    def __init__(
        self, controller: Controller, watcher: ContentWatcher, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.watcher = watcher
        self.last_error = ""
        self._stop = threading.Event()
        self.reloaded.connect(self.apply)

    def start(self) -> None:
        """Poll the folder once a second in a daemon thread."""

        def run() -> None:
            while not self._stop.wait(POLL_SECONDS):
                try:
                    result = self.watcher.poll(time.monotonic())
                except Exception as exc:  # never let one bad look end the watching
                    log.error("looking at the content failed (%s: %s); still watching",
                              type(exc).__name__, exc)
                    continue
                if result is not None:
                    self.reloaded.emit(result)

        threading.Thread(target=run, name="content-watcher", daemon=True).start()

    def stop(self) -> None:
        self._stop.set()

    def reload_now(self) -> None:
        self.apply(self.watcher.load())

    @Slot(object)
    def apply(self, result: Reloaded) -> None:
        if result.exhibit is None:
            self.last_error = result.problems[0].format() if result.problems else "unknown"
            for problem in result.problems:
                log.warning("content not reloaded, last good exhibit kept: %s", problem.format())
        else:
            self.last_error = ""
            self.controller.set_exhibit(result.exhibit)
            log.info("content reloaded: %d slides", len(result.exhibit.slides))
        self.errorChanged.emit()
