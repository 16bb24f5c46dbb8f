"""The side timeline keeps the current slide's events in view (all of them when they fit), says
that it scrolls, comes back to them after a visitor scrolled it away, and clips no first row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMetaObject, QObject, QRectF
from PySide6.QtQuick import QQuickItem

from exhibit.content.model import Exhibit
from tests.ui.conftest import OpenViewer, Viewer, find_item
from tests.ui.test_fit import visible_texts


def hidden_current_rows(viewer: Viewer, events: list[str]) -> list[str]:
    """The current events whose rows are not wholly inside the timeline's visible area."""
    flick = viewer.item("timelineFlick")
    area = QRectF(0, 0, flick.width(), flick.height()).adjusted(0, -1, 0, 1)
    hidden = []
    for event in events:
        row = find_item(flick, f"event-{event}")
        if row is None or not area.contains(row.mapRectToItem(flick, row.boundingRect())):
            hidden.append(event)
    return hidden


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080), (1280, 720)])
def test_the_current_events_are_in_view(
    open_viewer: OpenViewer, bundled: Exhibit, size: tuple[int, int]
) -> None:
    viewer = open_viewer(bundled, size=size)
    flick = viewer.item("timelineFlick")
    out = []
    for index, slide in enumerate(bundled.slides):
        viewer.controller.goTo(index)
        viewer.wait_ready()
        events = list(viewer.controller.currentEvents)
        rows = [find_item(flick, f"event-{e}") for e in events]
        made = [r.mapRectToItem(flick, r.boundingRect()) for r in rows if r is not None]
        span = max(r.bottom() for r in made) - min(r.top() for r in made) if made else 0
        if events and len(made) == len(rows) and span < flick.height():  # all in view
            out += [f"{slide.id}: {e}" for e in hidden_current_rows(viewer, events)]
        elif events:  # the first of them at least
            out += [f"{slide.id}: {e}" for e in hidden_current_rows(viewer, events[:1])]
    assert out == []


def test_the_timeline_shows_it_scrolls_and_returns(
    open_viewer: OpenViewer, bundled: Exhibit
) -> None:
    viewer = open_viewer(bundled, size=(1080, 1920))
    flick = viewer.item("timelineFlick")
    bar = viewer.item("timelineScrollBar")
    assert bar.isVisible() and bar.height() < flick.height()
    index = next(i for i, s in enumerate(bundled.slides) if len(s.events) >= 3)
    viewer.controller.goTo(index)
    viewer.wait_ready()
    events = list(viewer.controller.currentEvents)
    assert hidden_current_rows(viewer, events) == []
    top = bar.y()
    flick.setProperty("contentY", 0)  # a visitor scrolls back to the start
    QMetaObject.invokeMethod(flick, "movementEnded")
    assert hidden_current_rows(viewer, events) != [] and bar.y() < top
    timer = flick.findChild(QObject, "timelineReturn")
    assert timer is not None and timer.property("running")
    timer.setProperty("interval", 1)  # instead of waiting its 8 s
    timer.setProperty("running", True)
    viewer.qtbot.waitUntil(lambda: hidden_current_rows(viewer, events) == [])


def test_the_first_row_is_not_clipped(open_viewer: OpenViewer, bundled: Exhibit) -> None:
    """Its highlight and focus ring have room under the list's top edge."""
    viewer = open_viewer(bundled, size=(1080, 1920))
    flick = viewer.item("timelineFlick")
    first = bundled.timeline.events[0].id
    flick.setProperty("contentY", flick.property("originY"))
    row: QQuickItem | None = find_item(flick, f"event-{first}")
    assert row is not None
    row.forceActiveFocus()
    ring = find_item(row, "focusRing")
    assert ring is not None
    assert ring.mapRectToItem(flick, ring.boundingRect()).top() >= 0


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_heading_and_legend_stay_inside_the_panel_at_150_percent(
    open_viewer: OpenViewer, bundled: Exhibit, size: tuple[int, int]
) -> None:
    viewer = open_viewer(bundled, size=size)
    viewer.controller.set_text_scale(1.5)
    viewer.wait_ready()
    panel = viewer.item("timelinePanel")
    flick = viewer.item("timelineFlick")
    outside = []
    for text in visible_texts(panel):
        if flick.isAncestorOf(text):
            continue
        drawn = QRectF(0, 0, min(text.width(), float(text.property("contentWidth"))), 1)
        box = text.mapRectToItem(panel, drawn)
        if box.right() > panel.width() + 1:
            outside.append(f"{text.property('text')!r} to {box.right():.0f} of {panel.width()}")
    assert outside == []
