"""`exhibit render`: every slide to a PNG through the same QML views, offscreen."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

from exhibit.ui.controller import Controller
from exhibit.ui.engine import (
    QtMessages,
    application,
    create_window,
    load_or_report,
    use_software_renderer,
)

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
    exhibit = load_or_report(folder, label, lang)
    if isinstance(exhibit, int):
        return exhibit
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"exhibit: error: {out}: cannot create folder ({exc.strerror})", file=sys.stderr)
        return 1
    messages = QtMessages()
    messages.install()
    use_software_renderer()
    app = application(offscreen=True)
    width, height = size
    controller = Controller(exhibit, lang, reduced_motion=True)
    controller.set_text_scale(text_scale)
    engine = QQmlApplicationEngine()
    window = create_window(engine, controller, width, height)
    if window is None:
        print("exhibit: error: the viewer's QML failed to load", file=sys.stderr)
        return 1
    status = 0
    for index, slide in enumerate(exhibit.slides):
        controller.goTo(index)
        if not wait_until_ready(window):
            print(f"exhibit: warning: slide {slide.id} was not ready in time", file=sys.stderr)
        image = window.grabWindow()
        path = out / f"{index + 1:03d}-{slide.id}.png"
        if not image.save(str(path)):
            print(f"exhibit: error: {path}: cannot write", file=sys.stderr)
            status = 1
            break
    window.close()
    del engine
    app.processEvents()
    if status == 0:
        print(f"{len(exhibit.slides)} slides rendered to {out}", file=sys.stderr)
    return status
