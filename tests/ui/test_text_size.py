"""Text size: at 150 % the slides' own text is at least 1.3 times its 100 % size, measured from
the laid-out text items (line heights), never fitted back down; a slide that then runs long
scrolls, and a heading keeps its rule right under it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtQuick import QQuickItem
from PySide6.QtWidgets import QApplication

from exhibit.content.model import Exhibit
from tests.ui.conftest import OpenViewer, Viewer, find_item
from tests.ui.test_fit import visible_texts

LARGER = 1.3


def is_prose(text: QQuickItem) -> bool:
    """A RichLabel: a slide's prose, quotation, excerpt or credits list (sanitised HTML)."""
    return text.objectName() == "fitText" and str(text.property("text")).startswith("<")


def line_height(text: QQuickItem) -> float:
    """The height of one laid-out line: what the text's font size comes to once fitted."""
    return float(text.property("contentHeight")) / max(1, int(text.property("lineCount")))


def slide_page(viewer: Viewer, index: int) -> QQuickItem:
    """The page the slide's items sit on (the slide itself, were there none)."""
    slide = viewer.item(f"slide-{index}")
    return find_item(slide, "slidePage") or slide


def measure(viewer: Viewer, bundled: Exhibit, scale: float) -> dict[str, float]:
    """Line heights of every slide's prose, keyed by slide and text, and of every caption."""
    viewer.controller.set_text_scale(scale)
    sizes: dict[str, float] = {}
    for index, slide in enumerate(bundled.slides):
        viewer.controller.goTo(index)
        viewer.wait_ready()
        prose = [t for t in visible_texts(slide_page(viewer, index)) if is_prose(t)]
        for number, text in enumerate(prose):
            sizes[f"{slide.id} ({slide.kind}) text {number}"] = line_height(text)
        caption = viewer.item("captionText")
        if caption.property("text"):
            sizes[f"{slide.id} caption"] = line_height(caption)
    return sizes


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (800, 600)])
def test_150_percent_makes_slide_text_larger(
    open_viewer: OpenViewer, bundled: Exhibit, size: tuple[int, int]
) -> None:
    viewer = open_viewer(bundled, size=size)
    normal = measure(viewer, bundled, 1.0)
    large = measure(viewer, bundled, 1.5)
    assert normal.keys() == large.keys()
    kinds = {key.split("(")[1].split(")")[0] for key in normal if "(" in key}
    assert {"text", "quote", "credits", "document"} <= kinds
    smaller = [
        f"{key}: {normal[key]:.1f} -> {large[key]:.1f} px a line ({large[key] / normal[key]:.2f}x)"
        for key in normal
        if large[key] < LARGER * normal[key]
    ]
    assert smaller == [], "\n".join(smaller)


def test_a_heading_keeps_its_rule_under_it_at_150_percent(
    open_viewer: OpenViewer, bundled: Exhibit
) -> None:
    """The heading's box is its text's height: no gap opens between it and the accent rule."""
    viewer = open_viewer(bundled, size=(1280, 720))
    viewer.controller.set_text_scale(1.5)
    gaps = []
    for index, slide in enumerate(bundled.slides):
        if slide.kind != "text":
            continue
        viewer.controller.goTo(index)
        viewer.wait_ready()
        headings = [
            t
            for t in visible_texts(slide_page(viewer, index))
            if t.objectName() == "fitText" and not is_prose(t)
        ]
        for heading in headings:
            gap = heading.height() - float(heading.property("contentHeight"))
            if abs(gap) > 1:
                gaps.append(f"{slide.id}: {gap:.0f}px between heading and rule")
    assert gaps == []


def test_a_long_slide_scrolls_at_150_percent(open_viewer: OpenViewer, bundled: Exhibit) -> None:
    """The page grows past the slide, a scroll bar shows, and the mouse wheel scrolls it."""
    viewer = open_viewer(bundled, size=(1280, 720))
    index = next(i for i, s in enumerate(bundled.slides) if s.kind == "credits")
    viewer.controller.goTo(index)
    viewer.wait_ready()
    slide = viewer.item(f"slide-{index}")
    page = slide_page(viewer, index)
    assert page.height() == slide.height()
    viewer.controller.set_text_scale(1.5)
    viewer.wait_ready()
    slide = viewer.item(f"slide-{index}")
    page = slide_page(viewer, index)
    assert page.height() > slide.height() * 1.2
    bar = find_item(slide, "slideScrollBar")
    assert bar is not None and bar.isVisible()
    centre = slide.mapToScene(QPointF(slide.width() / 2, slide.height() / 2))
    wheel = QWheelEvent(
        centre,
        centre,
        QPoint(0, 0),
        QPoint(0, -360),  # three notches down
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewer.window, wheel)
    viewer.qtbot.waitUntil(lambda: page.y() < 0)
    assert page.y() >= slide.height() - page.height()  # never past the page's end
    assert viewer.controller.currentIndex == index  # scrolling is not a slide change


def test_down_and_up_scroll_a_long_slide_before_they_change_slides(
    open_viewer: OpenViewer, bundled: Exhibit
) -> None:
    """At 150 % a keyboard user reads a long slide to its end with ↓ (and back with ↑); only
    then does the key move to the next (previous) slide."""
    from PySide6.QtTest import QTest

    viewer = open_viewer(bundled, size=(1280, 720))
    index = next(i for i, s in enumerate(bundled.slides) if s.kind == "credits")
    viewer.controller.set_text_scale(1.5)
    viewer.controller.goTo(index)
    viewer.wait_ready()
    slide = viewer.item(f"slide-{index}")
    page = slide_page(viewer, index)
    bottom = slide.height() - page.height()
    assert bottom < 0
    QTest.keyClick(viewer.window, Qt.Key.Key_Down)
    assert page.y() < 0 and viewer.controller.currentIndex == index
    for _ in range(100):  # to the page's end, and no further
        if page.y() <= bottom:
            break
        QTest.keyClick(viewer.window, Qt.Key.Key_Down)
    assert page.y() == bottom and viewer.controller.currentIndex == index
    while page.y() < 0:
        QTest.keyClick(viewer.window, Qt.Key.Key_Up)
        assert viewer.controller.currentIndex == index
    QTest.keyClick(viewer.window, Qt.Key.Key_Up)  # at the top: the previous slide
    assert viewer.controller.currentIndex == index - 1
    viewer.controller.set_text_scale(1.0)
    viewer.wait_ready()
    QTest.keyClick(viewer.window, Qt.Key.Key_Down)  # a slide that fits: ↓ is the next slide
    assert viewer.controller.currentIndex == index
