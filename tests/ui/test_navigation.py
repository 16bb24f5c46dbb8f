"""Driving the real viewer: keys, clicks, touch swipes, the timeline and the section menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest

from exhibit.content.model import Exhibit
from tests.exhibits import MakeExhibit
from tests.ui.conftest import OpenViewer, Viewer, find_item


def press(viewer: Viewer, key: Qt.Key) -> None:
    QTest.keyClick(viewer.window, key)
    viewer.wait_ready()


@pytest.mark.parametrize(
    ("key", "start", "expected"),
    [
        (Qt.Key.Key_Right, 3, 4),
        (Qt.Key.Key_Space, 3, 4),
        (Qt.Key.Key_PageDown, 3, 4),
        (Qt.Key.Key_Left, 3, 2),
        (Qt.Key.Key_PageUp, 3, 2),
        (Qt.Key.Key_Home, 3, 0),
        (Qt.Key.Key_End, 3, -1),
    ],
)
def test_keys_move(
    open_viewer: OpenViewer, bundled: Exhibit, key: Qt.Key, start: int, expected: int
) -> None:
    viewer = open_viewer(bundled)
    viewer.controller.goTo(start)
    press(viewer, key)
    want = expected if expected >= 0 else len(bundled.slides) - 1
    assert viewer.controller.currentIndex == want
    position = viewer.item("slidePosition").property("text")
    assert position == f"Slide {want + 1} of {len(bundled.slides)}"


def test_keys_stop_at_the_ends(open_viewer: OpenViewer, bundled: Exhibit) -> None:
    viewer = open_viewer(bundled)
    press(viewer, Qt.Key.Key_Left)
    assert viewer.controller.currentIndex == 0
    viewer.controller.last()
    press(viewer, Qt.Key.Key_Right)
    assert viewer.controller.currentIndex == len(bundled.slides) - 1


def test_click_moves_on_and_back(open_viewer: OpenViewer, bundled: Exhibit) -> None:
    viewer = open_viewer(bundled)
    stage = viewer.item("slideStage")
    right = stage.mapToScene(stage.boundingRect().center()).toPoint()
    QTest.mouseClick(
        viewer.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, right
    )
    viewer.wait_ready()
    assert viewer.controller.currentIndex == 1
    left = stage.mapToScene(stage.boundingRect().topLeft()).toPoint() + QPoint(40, 300)
    QTest.mouseClick(viewer.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, left)
    viewer.wait_ready()
    assert viewer.controller.currentIndex == 0


def swipe(viewer: Viewer, fingers: int, dx: int) -> None:
    """One touch gesture with `fingers` points moving `dx` pixels sideways, event by event."""
    device = QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)
    QCoreApplication.processEvents()
    stage = viewer.item("slideStage")
    centre = stage.mapToScene(stage.boundingRect().center()).toPoint()
    starts = [centre + QPoint(0, 60 * n) for n in range(fingers)]
    sequence = QTest.touchEvent(viewer.window, device)
    for n, point in enumerate(starts):
        sequence.press(n, point, viewer.window)
    sequence.commit()
    for step in range(1, 11):
        sequence = QTest.touchEvent(viewer.window, device)
        for n, point in enumerate(starts):
            sequence.move(n, point + QPoint(dx * step // 10, 0), viewer.window)
        sequence.commit()
        QCoreApplication.processEvents()
    sequence = QTest.touchEvent(viewer.window, device)
    for n, point in enumerate(starts):
        sequence.release(n, point + QPoint(dx, 0), viewer.window)
    sequence.commit()
    QCoreApplication.processEvents()
    viewer.wait_ready()


@pytest.mark.parametrize("fingers", [1, 2, 3])
def test_swipe_moves_exactly_one_slide(
    open_viewer: OpenViewer, bundled: Exhibit, fingers: int
) -> None:
    viewer = open_viewer(bundled)
    viewer.controller.goTo(5)
    swipe(viewer, fingers, -500)
    assert viewer.controller.currentIndex == 6
    swipe(viewer, fingers, 500)
    assert viewer.controller.currentIndex == 5


def test_short_drag_does_not_move(open_viewer: OpenViewer, bundled: Exhibit) -> None:
    viewer = open_viewer(bundled)
    viewer.controller.goTo(5)
    swipe(viewer, 1, -30)
    assert viewer.controller.currentIndex in (5, 6)  # a short drag may count as a tap
    viewer.controller.goTo(5)
    swipe(viewer, 2, 40)
    assert viewer.controller.currentIndex in (5, 6)


def test_timeline_highlights_current_events(open_viewer: OpenViewer, bundled: Exhibit) -> None:
    viewer = open_viewer(bundled)
    for index, slide in enumerate(bundled.slides):
        viewer.controller.goTo(index)
        viewer.wait_for_items(*(f"event-{event_id}" for event_id in slide.events))
        rows = [i for i in viewer.items() if i.objectName().startswith("event-")]
        assert rows  # the timeline only makes the rows near the screen, never none
        for row in rows:
            event_id = row.objectName().removeprefix("event-")
            assert row.property("current") == (event_id in slide.events), (slide.id, event_id)


def test_timeline_scrolls_current_event_into_view(
    open_viewer: OpenViewer, bundled: Exhibit
) -> None:
    viewer = open_viewer(bundled, size=(1280, 720))
    flick = viewer.item("timelineFlick")
    last = len(bundled.slides) - 2  # a Downward Spiral slide linked to late events
    while not bundled.slides[last].events:
        last -= 1
    viewer.controller.goTo(last)
    viewer.wait_ready()
    event_id = bundled.slides[last].events[0]
    row = viewer.item(f"event-{event_id}")
    top = row.mapToItem(flick, 0, 0).y()
    assert top >= 0 and top + row.height() <= flick.height(), (top, flick.height())


def test_tap_on_event_jumps_to_its_slide(open_viewer: OpenViewer, bundled: Exhibit) -> None:
    viewer = open_viewer(bundled)
    event = next(e for e in bundled.timeline.events if e.id == "referendum")
    row = viewer.item(f"event-{event.id}")
    point = row.mapToScene(row.boundingRect().center()).toPoint()
    QTest.mouseClick(
        viewer.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    viewer.wait_ready()
    assert viewer.controller.currentIndex == bundled.first_slide_for_event("referendum")
    assert "referendum" in bundled.slides[viewer.controller.currentIndex].events


def test_section_menu_jumps(open_viewer: OpenViewer, bundled: Exhibit) -> None:
    viewer = open_viewer(bundled)
    button = viewer.item("sectionMenuButton")
    menu = viewer.item("sectionMenu")
    QTest.mouseClick(
        viewer.window,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        button.mapToScene(button.boundingRect().center()).toPoint(),
    )
    assert menu.property("open") is True
    entry = viewer.item("sectionEntry-2")
    QTest.mouseClick(
        viewer.window,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        entry.mapToScene(entry.boundingRect().center()).toPoint(),
    )
    viewer.wait_ready()
    first_of_third = sum(len(s.slides) for s in bundled.sections[:2])
    assert viewer.controller.currentIndex == first_of_third
    assert menu.property("open") is False
    assert viewer.item("sectionName").property("text") == bundled.sections[2].title.get("en")


def test_a_long_timeline_makes_only_the_rows_near_the_screen(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit
) -> None:
    events = "".join(
        f"  - {{id: e{n}, date: {1700 + n}, title: Event number {n}}}\n" for n in range(300)
    )
    eras = "eras:\n  - {id: early, title: Early, start: 1700, end: 1850}\n"
    root = make_exhibit(
        timeline_yaml="events:\n" + events + eras,
        one__section_yaml=(
            "id: one\ntitle: One\nslides:\n"
            "  - {id: s1, kind: title, title: Start, events: [e0]}\n"
            "  - {id: s2, kind: title, title: End, events: [e299]}\n"
        ),
    )
    viewer = open_viewer(root)
    made = [i for i in viewer.items() if i.objectName().startswith("event-")]
    assert 5 < len(made) < 100, len(made)  # the screen's rows and a buffer, not all 300
    viewer.controller.goTo(1)
    viewer.wait_for_items("event-e299")
    flick = viewer.item("timelineFlick")
    row = viewer.item("event-e299")
    top = row.mapToItem(flick, 0, 0).y()
    assert top >= 0 and top + row.height() <= flick.height(), (top, flick.height())
    assert row.property("current") is True


def test_era_bands_in_three_lanes_reach_every_row_they_cover(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit
) -> None:
    root = make_exhibit(
        timeline_yaml=(
            "events:\n"
            "  - {id: early, date: 1989, title: Before}\n"
            "  - {id: ev, date: 1995, title: Inside all three}\n"
            "eras:\n"
            "  - {id: a, title: A, start: 1990, end: 1999}\n"
            "  - {id: b, title: B, start: 1992, end: 2001}\n"
            "  - {id: c, title: C, start: 1994, end: 2003}\n"
        )
    )
    viewer = open_viewer(root)

    def segments(event_id: str) -> list[float]:
        row = viewer.item(f"event-{event_id}")
        found = [i for i in viewer.items() if i.objectName() == "eraSegment" and i.isVisible()]
        return sorted(i.mapToItem(row, 0, 0).x() for i in found if i.property("beside") == row)

    inside = segments("ev")
    assert len(inside) == 3 and len(set(inside)) == 3  # one piece per lane, side by side
    assert segments("early") == []  # no era covers 1989


def test_a_plain_window_makes_no_kiosk_layers(open_viewer: OpenViewer, bundled: Exhibit) -> None:
    """KioskOverlay is loaded only for a kiosk (it names the Kiosk type, registered then)."""
    viewer = open_viewer(bundled)
    assert find_item(viewer.window.contentItem(), "slideStage") is not None
    assert find_item(viewer.window.contentItem(), "pinPad") is None
