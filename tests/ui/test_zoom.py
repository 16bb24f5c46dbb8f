"""Zooming into a picture: wheel and pinch zoom up to its own resolution, a drag pans while
zoomed (and does not turn the slide), a double tap fits it again, and the picture is decoded
at the level shown, never above its own size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPointingDevice, QWheelEvent
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from exhibit.content.loader import load
from tests.exhibits import MakeExhibit
from tests.pdffiles import DOCUMENT_SECTION
from tests.ui.conftest import OpenViewer, Viewer

SECTION = """id: one
title: One
slides:
  - id: scan
    kind: image
    image: one/scan.png
    alt: A typed page
    credit: Tests
"""


def box_of(viewer: Viewer) -> QQuickItem:
    image = viewer.item("slideImage")
    box = image.parentItem()
    assert box is not None
    return box


def wheel(viewer: Viewer, item: QQuickItem, notches: int) -> None:
    centre = item.mapToScene(item.boundingRect().center())
    event = QWheelEvent(
        centre, viewer.window.mapToGlobal(centre), QPoint(), QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QGuiApplication.sendEvent(viewer.window, event)
    QGuiApplication.processEvents()


def scan_viewer(open_viewer: OpenViewer, make_exhibit: MakeExhibit) -> Viewer:
    """The viewer at 1280x720 on one picture slide: a flat 2400x1600 page."""
    root = make_exhibit(one__section_yaml=SECTION)
    picture = QImage(2400, 1600, QImage.Format.Format_RGB32)
    picture.fill(QColor("#d8d0be"))
    assert picture.save(str(Path(root) / "one" / "scan.png"))
    return open_viewer(load(root), size=(1280, 720))


def test_wheel_zooms_to_the_pictures_own_size_and_drag_pans(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit
) -> None:
    viewer = scan_viewer(open_viewer, make_exhibit)
    box = box_of(viewer)
    image = viewer.item("slideImage")
    fitted = image.property("sourceSize").width()
    assert box.property("zoom") == 1
    wheel(viewer, box, 1)
    assert box.property("zoom") > 1  # one notch in
    assert image.width() > box.width()
    wheel(viewer, box, 40)  # far past the picture's own size: held there
    most = box.property("maxZoom")
    assert box.property("zoom") == most
    shown = box.width() * most
    assert abs(min(shown, box.height() * most * 1.5) - 2400) < 3  # one picture pixel a pixel
    viewer.qtbot.waitUntil(lambda: image.property("sourceSize").width() > fitted)
    assert image.property("sourceSize").width() <= box.width() * most + 1
    # A drag pans the picture and does not turn the slide.
    before = box.property("panX")
    centre = box.mapToScene(box.boundingRect().center()).toPoint()
    assert viewer.controller.property("pictureZoomed") is True
    device = QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)
    QTest.touchEvent(viewer.window, device).press(0, centre, viewer.window).commit()
    for step in range(1, 11):
        QTest.touchEvent(viewer.window, device).move(
            0, centre + QPoint(step * 20, 0), viewer.window
        ).commit()
        QGuiApplication.processEvents()
    QTest.touchEvent(viewer.window, device).release(
        0, centre + QPoint(200, 0), viewer.window
    ).commit()
    QGuiApplication.processEvents()
    assert box.property("panX") == min(0, before + 200)
    assert viewer.controller.currentIndex == 0
    QTest.mouseDClick(viewer.window, Qt.MouseButton.LeftButton, pos=centre)
    viewer.qtbot.waitUntil(lambda: box.property("zoom") == 1)
    assert viewer.controller.currentIndex == 0
    assert viewer.controller.property("pictureZoomed") is False


def test_a_drawing_zooms_a_little_and_an_unzoomed_tap_still_turns(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit
) -> None:
    viewer = open_viewer(load(make_exhibit()), size=(1280, 720))
    viewer.controller.goTo(2)  # the small exhibit's SVG picture
    viewer.wait_ready()
    box = box_of(viewer)
    wheel(viewer, box, 40)
    assert box.property("zoom") == box.property("maxZoom") == 4
    wheel(viewer, box, -40)
    assert box.property("zoom") == 1
    assert QPointF(box.property("panX"), box.property("panY")) == QPointF(0, 0)


DOCUMENT = DOCUMENT_SECTION.format(scan="[one/p1.png, one/p2.png]")


def test_a_document_shows_its_scanned_pages_beside_the_excerpt_and_turns_them(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit
) -> None:
    root = make_exhibit(one__section_yaml=DOCUMENT)
    for number, colour in ((1, "#efe8d8"), (2, "#d8d0be")):
        page = QImage(1700, 2200, QImage.Format.Format_RGB32)
        page.fill(QColor(colour))
        assert page.save(str(Path(root) / "one" / f"p{number}.png"))
    viewer = open_viewer(load(root), size=(1280, 720))
    assert viewer.item("scanView").isVisible()
    assert viewer.item("scanPageText").property("text") == "Page 1 of 2"
    image = viewer.item("slideImage")
    assert str(image.property("source").fileName()) == "p1.png"
    button = viewer.item("scanNext")
    point = button.mapToScene(button.boundingRect().center()).toPoint()
    QTest.mouseClick(viewer.window, Qt.MouseButton.LeftButton, pos=point)
    assert viewer.item("scanPageText").property("text") == "Page 2 of 2"
    assert str(image.property("source").fileName()) == "p2.png"
    assert viewer.controller.currentIndex == 0  # the button turned the page, not the slide
    page_box = viewer.item("documentPage")
    assert page_box.x() + page_box.width() <= viewer.item("scanView").x()
    wheel(viewer, image.parentItem(), 2)
    assert image.parentItem().property("zoom") > 1


def test_a_fitted_picture_decoded_again_is_not_ready_until_it_is(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit, qtbot: object
) -> None:
    """A box that changes size (a video's poster as its slide comes on stage) decodes its
    picture again: the slide is not ready, and `render` and `handout` wait, until it has."""
    root = make_exhibit(one__section_yaml=SECTION)
    picture = QImage(2400, 1600, QImage.Format.Format_RGB32)
    picture.fill(QColor("#d8d0be"))
    assert picture.save(str(Path(root) / "one" / "scan.png"))
    viewer = open_viewer(load(root), size=(1280, 720))
    box = box_of(viewer)
    image = viewer.item("slideImage")
    qtbot.waitUntil(lambda: image.property("progress") == 1.0)  # type: ignore[attr-defined]
    assert box.property("ready")
    before = image.property("sourceSize").height()
    box.setHeight(box.height() - 64)
    assert image.property("sourceSize").height() < before  # a new decode, at the new size
    assert not box.property("ready")
    qtbot.waitUntil(lambda: bool(box.property("ready")))  # type: ignore[attr-defined]


def test_the_picture_stays_on_screen_while_the_next_level_decodes(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit
) -> None:
    """Crossing a level starts a decode at the new size; the level drawn stays meanwhile (it
    blinked out to the slide's ground for the decode's length: bench/RESULTS.md, zoom)."""
    viewer = scan_viewer(open_viewer, make_exhibit)
    box = box_of(viewer)
    image = viewer.item("slideImage")
    centre = box.mapToScene(box.boundingRect().center())
    event = QWheelEvent(
        centre, viewer.window.mapToGlobal(centre), QPoint(), QPoint(0, 120 * 4),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QGuiApplication.sendEvent(viewer.window, event)  # no events run: the decode cannot land
    assert box.property("level") > 1 and image.property("progress") < 1
    shown = viewer.window.grabWindow().pixelColor(centre.toPoint())
    assert shown.name() == "#d8d0be"
