"""Fixtures that open the real QML viewer offscreen on an exhibit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from pytestqt.qtbot import QtBot

from exhibit.content.bundled import bundled_exhibit
from exhibit.content.loader import load
from exhibit.content.model import Exhibit
from exhibit.ui.controller import Controller
from exhibit.ui.engine import create_window, register_fonts, use_software_renderer
from exhibit.ui.render import wait_until_ready

use_software_renderer()


def find_item(root: QQuickItem, name: str) -> QQuickItem | None:
    """Depth-first search of the visual tree (Repeater delegates are not QObject children)."""
    stack = [root]
    while stack:
        item = stack.pop()
        if item.objectName() == name:
            return item
        stack.extend(item.childItems())
    return None


class Viewer:
    """A running viewer: its controller, window and helpers to find items."""

    def __init__(
        self,
        controller: Controller,
        window: QQuickWindow,
        engine: QQmlApplicationEngine,
        qtbot: QtBot,
    ) -> None:
        self.controller = controller
        self.window = window
        self.engine = engine
        self.qtbot = qtbot

    def item(self, name: str) -> QQuickItem:
        """The item with this objectName, searched through the visual tree."""
        found = find_item(self.window.contentItem(), name)
        assert found is not None, f"no item named {name}"
        return found

    def items(self) -> list[QQuickItem]:
        """Every item in the visual tree."""
        result: list[QQuickItem] = []
        stack = [self.window.contentItem()]
        while stack:
            item = stack.pop()
            result.append(item)
            stack.extend(item.childItems())
        return result

    def wait_ready(self) -> None:
        """Until the slide is ready and a frame drawn after that: rows and columns are laid
        out in a frame's polish, so measuring before one could see the last slide's layout."""
        assert wait_until_ready(self.window), "slide did not become ready"
        with self.qtbot.waitSignal(self.window.frameSwapped, timeout=10_000):
            self.window.update()

    def wait_for_items(self, *names: str, timeout: float = 10.0) -> None:
        """Process events until items with these objectNames exist (made after the first
        frame, as the timeline's rows beyond the screen are)."""

        def made() -> None:
            missing = [n for n in names if find_item(self.window.contentItem(), n) is None]
            assert not missing, f"not made: {missing}"

        self.qtbot.waitUntil(made, timeout=round(timeout * 1000))


OpenViewer = Callable[..., Viewer]


@pytest.fixture(scope="session")
def bundled() -> Exhibit:
    return load(bundled_exhibit())


@pytest.fixture
def open_viewer(qapp: object, qtbot: QtBot) -> Iterator[OpenViewer]:
    register_fonts()
    opened: list[Viewer] = []

    def open_(
        exhibit: Exhibit | Path, size: tuple[int, int] = (1920, 1080), reduced_motion: bool = True
    ) -> Viewer:
        model = exhibit if isinstance(exhibit, Exhibit) else load(exhibit)
        controller = Controller(model, reduced_motion=reduced_motion)
        engine = QQmlApplicationEngine()
        window = create_window(engine, controller, *size)
        assert window is not None, "QML failed to load"
        window.requestActivate()
        viewer = Viewer(controller, window, engine, qtbot)
        viewer.wait_ready()
        opened.append(viewer)
        return viewer

    yield open_
    for viewer in opened:
        viewer.window.close()
        viewer.engine.deleteLater()
    # Let the engine and its QML objects go before the controllers they bind to.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    opened.clear()
