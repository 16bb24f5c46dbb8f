"""The caption band at any size: a long section name stays clear of the Sections button (and is
whole for screen readers), and a caption never covers the credit under it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickItem

from exhibit.content.model import Exhibit
from tests.exhibits import BASE, MakeExhibit
from tests.ui.conftest import OpenViewer

ACCENT_ON_INK = QColor("#E0A458")  # Theme.accentOnInk: the section name's colour
LONG_NAME = "The Long Negotiation Over Nuclear Arsenals In Three Republics"  # 61 characters


def in_band(item: QQuickItem, band: QQuickItem, drawn_width: float | None = None) -> QRectF:
    """Where `item` is drawn in the band; a right-aligned text only as wide as its words."""
    width = item.width() if drawn_width is None else drawn_width
    rect = QRectF(item.width() - width, 0, width, item.height())
    return item.mapRectToItem(band, rect)


def close_to(colour: QColor, wanted: QColor) -> bool:
    return (
        abs(colour.red() - wanted.red())
        + abs(colour.green() - wanted.green())
        + abs(colour.blue() - wanted.blue())
        < 60
    )


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (800, 600), (1080, 1920)])
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_a_long_section_name_stays_clear_of_the_sections_button(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit, size: tuple[int, int], scale: float
) -> None:
    assert len(LONG_NAME) >= 60
    section = BASE["one/section.yaml"].replace("title: One", f"title: {LONG_NAME}")
    viewer = open_viewer(make_exhibit(one__section_yaml=section), size=size)
    viewer.controller.set_text_scale(scale)
    viewer.wait_ready()
    band = viewer.item("captionBand")
    name = viewer.item("sectionName")
    button = viewer.item("sectionMenuButton")
    drawn = in_band(name, band, min(name.width(), float(name.property("contentWidth"))))
    assert drawn.left() >= in_band(button, band).right(), (drawn, in_band(button, band))
    assert float(name.property("contentHeight")) <= name.height() + 1
    assert drawn.bottom() <= band.height() and drawn.top() >= 0
    assert name.property("text") == LONG_NAME  # elided on screen, whole for screen readers
    # And as drawn: none of the name's colour (accentOnInk) over the button or left of it.
    shot = viewer.window.grabWindow()
    left = band.mapToScene(QPointF(0, 0))
    right = button.mapToScene(QPointF(button.width(), button.height()))
    overlap = [
        (x, y)
        for x in range(int(left.x()), int(right.x()), 2)
        for y in range(int(left.y()), min(shot.height(), int(right.y())))
        if close_to(shot.pixelColor(x, y), ACCENT_ON_INK)
    ]
    assert overlap == []


@pytest.mark.parametrize("size", [(800, 600), (1280, 720)])
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_the_caption_never_covers_the_credit(
    open_viewer: OpenViewer, bundled: Exhibit, size: tuple[int, int], scale: float
) -> None:
    viewer = open_viewer(bundled, size=size)
    viewer.controller.set_text_scale(scale)
    band = viewer.item("captionBand")
    caption = viewer.item("captionText")
    credit = viewer.item("creditText")
    covered = []
    for index, slide in enumerate(bundled.slides):
        if not slide.credit:
            continue
        viewer.controller.goTo(index)
        viewer.wait_ready()
        words = in_band(caption, band)
        words.setHeight(max(words.height(), float(caption.property("contentHeight"))))
        under = in_band(credit, band)
        if words.bottom() > under.top() + 1 or under.bottom() > band.height() + 1:
            covered.append(f"{slide.id}: caption to {words.bottom():.0f}, credit {under}")
    assert covered == []
