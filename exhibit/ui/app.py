"""`exhibit run`: open the exhibit in a window (or fullscreen) on a chosen screen."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtQml import QQmlApplicationEngine

from exhibit.ui.controller import Controller
from exhibit.ui.engine import QtMessages, application, create_window, load_or_report
from exhibit.ui.systemlibs import window_preflight


def run_viewer(
    folder: Path,
    label: str,
    fullscreen: bool = False,
    screen: int | None = None,
    lang: str | None = None,
) -> int:
    """Show the exhibit until the window closes; returns the exit status."""
    exhibit = load_or_report(folder, label)
    if exhibit is None:
        return 1
    if lang is not None and lang not in exhibit.languages:
        print(
            f"exhibit: error: --lang {lang}: this exhibit has {', '.join(exhibit.languages)}",
            file=sys.stderr,
        )
        return 2
    problem = window_preflight()
    if problem:
        print(f"exhibit: error: {problem}", file=sys.stderr)
        return 1
    messages = QtMessages()
    messages.install()
    app = application()
    screens = app.screens()
    if screen is not None and not 0 <= screen < len(screens):
        print(
            f"exhibit: error: --screen {screen}: there {'is' if len(screens) == 1 else 'are'} "
            f"{len(screens)} screen{'s' if len(screens) != 1 else ''} (0-{len(screens) - 1})",
            file=sys.stderr,
        )
        return 2
    target = screens[screen] if screen is not None else app.primaryScreen()
    geometry = target.availableGeometry()
    width = min(1600, geometry.width())
    height = min(900, geometry.height())
    controller = Controller(exhibit, lang)
    engine = QQmlApplicationEngine()
    window = create_window(engine, controller, width, height)
    if window is None:
        print("exhibit: error: the viewer's QML failed to load:", file=sys.stderr)
        return 1
    window.setScreen(target)
    window.setPosition(
        geometry.x() + (geometry.width() - width) // 2,
        geometry.y() + (geometry.height() - height) // 2,
    )
    if fullscreen:
        window.showFullScreen()
    return app.exec()
