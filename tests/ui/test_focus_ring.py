"""The focus ring shows while the keyboard is used and goes once the mouse or a finger is: no
stale ring on a control after a click."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest

from exhibit.content.model import Exhibit
from tests.ui.conftest import OpenViewer, Viewer


def rings(viewer: Viewer) -> list[str]:
    """The controls that show a focus ring."""
    return [
        str(item.parentItem().parentItem().objectName())
        for item in viewer.items()
        if item.objectName() == "focusRing" and item.isVisible()
    ]


def test_a_click_hides_the_ring_and_a_key_brings_it_back(
    open_viewer: OpenViewer, bundled: Exhibit
) -> None:
    viewer = open_viewer(bundled, size=(1280, 720))
    window = viewer.window
    for _ in range(2):
        QTest.keyClick(window, Qt.Key.Key_Tab)
    QCoreApplication.processEvents()
    shown = rings(viewer)
    assert len(shown) == 1, shown
    stage = viewer.item("slideStage")
    centre = stage.mapToScene(stage.boundingRect().center()).toPoint()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    QCoreApplication.processEvents()
    assert viewer.controller.currentIndex == 1  # the click did what clicks do
    assert rings(viewer) == []
    QTest.keyClick(window, Qt.Key.Key_Tab)
    QCoreApplication.processEvents()
    assert len(rings(viewer)) == 1
    QTest.mouseClick(
        window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5)
    )
    QCoreApplication.processEvents()
    assert rings(viewer) == []
