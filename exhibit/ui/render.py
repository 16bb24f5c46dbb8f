"""`exhibit render`: every slide to a PNG through the same QML views, offscreen."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from exhibit.content.model import Exhibit
from exhibit.system.console import Failure, error_line, say
from exhibit.ui.controller import Controller
from exhibit.ui.engine import (
    QtMessages,
    application,
    create_window,
    load_for_view,
    use_software_renderer,
)
from exhibit.ui.mediatrial import still_frames

READY_TIMEOUT_S = 10.0


def wait_until_ready(window: QQuickWindow, timeout: float = READY_TIMEOUT_S) -> bool:
    """Process events until the current slide has drawn everything (images included)."""
    view = window.findChild(QQuickItem, "exhibitView")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if view is not None and view.property("visible") and call_bool(view, "slideReady"):
            QCoreApplication.processEvents()
            # Outside an event loop Qt never runs deleteLater(): do it, or every slide view
            # ever built would stay in memory while a long exhibit renders.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            return True
    return False


def call_bool(item: QQuickItem, name: str) -> bool:
    from PySide6.QtCore import Q_RETURN_ARG, QMetaObject, Qt

    result = QMetaObject.invokeMethod(
        item, name, Qt.ConnectionType.DirectConnection, Q_RETURN_ARG("QVariant")
    )
    return bool(result)


def render_exhibit(
    folder: Path,
    label: str,
    out: Path,
    size: tuple[int, int],
    lang: str | None,
    text_scale: float = 1.0,
) -> int:
    """Write one PNG per slide into `out`, named in slide order; returns the exit status."""
    exhibit = load_for_view(folder, label, lang)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise Failure(f"{out}: cannot create folder ({exc.strerror})") from None
    messages = QtMessages()
    messages.install()
    use_software_renderer()
    app = application(offscreen=True)
    controller = Controller(exhibit, lang, reduced_motion=True)
    controller.set_text_scale(text_scale)
    frames, frame_folder = still_frames(exhibit)
    controller.set_media_still(frames)
    try:
        return _render_all(exhibit, controller, out, size, app)
    finally:
        frame_folder.cleanup()


def _render_all(
    exhibit: Exhibit, controller: Controller, out: Path, size: tuple[int, int], app: QGuiApplication
) -> int:
    width, height = size
    engine = QQmlApplicationEngine()
    window = create_window(engine, controller, width, height)
    if window is None:
        raise Failure("the viewer's QML failed to load")
    unwritten, not_drawn = "", []
    for index, slide in enumerate(exhibit.slides):
        controller.goTo(index)
        if not wait_until_ready(window):
            not_drawn.append(slide.id)
            say(error_line(f"slide {slide.id} was not drawn in time; its PNG is incomplete"))
        image = window.grabWindow()
        path = out / f"{index + 1:03d}-{slide.id}.png"
        if not image.save(str(path)):
            unwritten = f"{path}: cannot write"
            break
    window.close()
    del engine
    app.processEvents()
    if unwritten:
        raise Failure(unwritten)
    if not_drawn:
        raise Failure(f"{len(not_drawn)} of {len(exhibit.slides)} slides were not drawn in time")
    say(f"{len(exhibit.slides)} slides rendered to {out}")
    return 0
