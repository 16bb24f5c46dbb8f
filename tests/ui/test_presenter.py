"""Presenter mode: two windows on one controller stay in sync on every path; blank; clocks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from exhibit.content.model import Exhibit
from exhibit.ui.controller import Controller
from exhibit.ui.engine import create_presenter_window, create_window, register_fonts
from exhibit.ui.presenter import Presenter
from exhibit.ui.render import wait_until_ready
from tests.ui.conftest import find_item


class FakeClock:
    now = 500.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Pair:
    controller: Controller
    presenter: Presenter
    audience: QQuickWindow
    window: QQuickWindow
    clock: FakeClock
    exhibit: Exhibit
    qtbot: QtBot

    def item(self, window: QQuickWindow, name: str) -> QQuickItem:
        found = find_item(window.contentItem(), name)
        assert found is not None, name
        return found

    def key(
        self,
        key: Qt.Key,
        window: QQuickWindow | None = None,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        target = window or self.window
        if not target.isActive():
            target.requestActivate()
            self.qtbot.waitUntil(target.isActive)
        QTest.keyClick(target, key, modifier)
        QCoreApplication.processEvents()

    def click(self, window: QQuickWindow, name: str) -> None:
        item = self.item(window, name)
        point = item.mapToScene(item.boundingRect().center()).toPoint()
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        QCoreApplication.processEvents()

    def assert_in_sync(self, index: int) -> None:
        total = len(self.exhibit.slides)
        assert self.controller.currentIndex == index
        assert (
            self.item(self.audience, "slidePosition").property("text")
            == f"Slide {index + 1} of {total}"
        )
        assert (
            self.item(self.window, "presenterPosition").property("text")
            == f"Slide {index + 1} of {total}"
        )
        now = self.item(self.window, "currentPreview").property("slide")
        assert now["slideId"] == self.exhibit.slides[index].id


@pytest.fixture
def pair(qapp: QGuiApplication, bundled: Exhibit, qtbot: QtBot) -> Iterator[Pair]:
    register_fonts()
    clock = FakeClock()
    controller = Controller(bundled, reduced_motion=True)
    presenter = Presenter(controller, clock=clock, wall=lambda: datetime(2026, 11, 24, 14, 5))
    engine = QQmlApplicationEngine()
    audience = create_window(engine, controller, 1280, 720)
    window = create_presenter_window(engine, controller, presenter)
    assert audience is not None and window is not None
    assert wait_until_ready(audience)
    window.requestActivate()
    qtbot.waitUntil(window.isActive)
    yield Pair(controller, presenter, audience, window, clock, bundled, qtbot)
    audience.close()
    window.close()
    engine.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_every_navigation_path_keeps_both_windows_in_sync(pair: Pair) -> None:
    count = len(pair.exhibit.slides)
    pair.key(Qt.Key.Key_PageDown)
    pair.assert_in_sync(1)
    pair.key(Qt.Key.Key_Right)
    pair.assert_in_sync(2)
    pair.key(Qt.Key.Key_PageUp)
    pair.assert_in_sync(1)
    pair.key(Qt.Key.Key_End)
    pair.assert_in_sync(count - 1)
    pair.key(Qt.Key.Key_Home)
    pair.assert_in_sync(0)
    pair.key(Qt.Key.Key_Right, window=pair.audience)  # keys in the audience window too
    pair.assert_in_sync(1)
    pair.click(pair.window, "currentPreview")  # a click on the current slide moves on
    pair.assert_in_sync(2)
    pair.click(pair.window, "presenterSection-2")
    pair.assert_in_sync(sum(len(s.slides) for s in pair.exhibit.sections[:2]))
    event = next(e for e in pair.exhibit.timeline.events if e.id == "vancouver-summit")
    row = pair.item(pair.audience, f"event-{event.id}")
    QTest.mouseClick(
        pair.audience,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        row.mapToScene(row.boundingRect().center()).toPoint(),
    )
    QCoreApplication.processEvents()
    pair.assert_in_sync(pair.exhibit.first_slide_for_event("vancouver-summit"))


def test_jump_by_typed_number(pair: Pair) -> None:
    pair.key(Qt.Key.Key_1)
    pair.key(Qt.Key.Key_2)
    assert pair.item(pair.window, "typedNumber").property("text") == "Go to slide 12 (Enter)"
    pair.key(Qt.Key.Key_Return)
    pair.assert_in_sync(11)
    for key in (Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_Return):  # no slide 99: stay put
        pair.key(key)
    pair.assert_in_sync(11)


def test_go_to_menu_sections_and_events(pair: Pair) -> None:
    menu = pair.item(pair.window, "goToMenu")
    pair.key(Qt.Key.Key_G)
    assert menu.property("open") is True
    pair.click(pair.window, "gotoSection-3")
    pair.assert_in_sync(sum(len(s.slides) for s in pair.exhibit.sections[:3]))
    assert menu.property("open") is False
    pair.key(Qt.Key.Key_G)
    first = next(
        e.id for e in pair.exhibit.timeline.events if pair.exhibit.first_slide_for_event(e.id) >= 0
    )
    pair.click(pair.window, f"gotoEvent-{first}")
    pair.assert_in_sync(pair.exhibit.first_slide_for_event(first))


@pytest.mark.parametrize("key", [Qt.Key.Key_B, Qt.Key.Key_Period])
def test_blank_the_audience(pair: Pair, key: Qt.Key) -> None:
    blank = pair.item(pair.audience, "blankScreen")
    assert not blank.isVisible()
    pair.key(key)
    assert blank.isVisible() and pair.item(pair.window, "blankIndicator").isVisible()
    pair.key(Qt.Key.Key_PageDown)  # moving on while blank keeps it blank
    assert blank.isVisible()
    pair.key(key)
    assert not blank.isVisible()
    pair.key(key)
    pair.key(Qt.Key.Key_Escape)
    assert not blank.isVisible()


def test_clocks_and_section_plan(pair: Pair) -> None:
    elapsed = pair.item(pair.window, "elapsed")
    plan = pair.item(pair.window, "planStatus")
    assert elapsed.property("text") == "0:00"
    pair.clock.now += 125
    pair.presenter.changed.emit()
    assert elapsed.property("text") == "2:05"
    assert plan.property("text") == "0:50 behind"  # slide 1 (planned for 75 s) at 2:05
    pair.controller.goToSection(1)  # the opening's 5 minutes are planned before this section
    assert plan.property("text") == "3:55 ahead"  # its first slide (1 of 7 in 7 min) ends at 6:00
    pair.key(Qt.Key.Key_F5, modifier=Qt.KeyboardModifier.ShiftModifier)  # restart the clock
    assert elapsed.property("text") == "0:00" and pair.controller.currentIndex > 0
    pair.key(Qt.Key.Key_F5)  # from the beginning
    pair.assert_in_sync(0)
    assert "14:05" in str(pair.presenter.wallClock)


def test_notes_show_for_the_current_slide(pair: Pair) -> None:
    notes = pair.item(pair.window, "presenterNotes")
    assert "Discuss:" in notes.property("text")
    pair.key(Qt.Key.Key_PageDown)
    assert notes.property("text") == pair.exhibit.slides[1].notes.get("en")


def test_go_to_menu_is_modal_for_the_keyboard(pair: Pair) -> None:
    menu = pair.item(pair.window, "goToMenu")

    def focused() -> str:
        item = pair.window.activeFocusItem()
        return item.objectName() if item is not None else ""

    pair.key(Qt.Key.Key_G)
    assert menu.property("open") is True and focused() == "gotoSection-0"
    for key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Left):
        pair.key(key)
    pair.assert_in_sync(0)  # the show behind the menu never moved
    pair.key(Qt.Key.Key_Down)
    assert focused() == "gotoSection-1"
    pair.key(Qt.Key.Key_Home)
    pair.key(Qt.Key.Key_Backtab)  # wraps to the last event: Tab never leaves the menu
    assert focused().startswith("gotoEvent-")
    pair.key(Qt.Key.Key_Tab)
    assert focused() == "gotoSection-0"
    pair.key(Qt.Key.Key_Down)
    pair.key(Qt.Key.Key_Return)
    pair.assert_in_sync(len(pair.exhibit.sections[0].slides))
    assert menu.property("open") is False and focused() == "presenterKeys"
    pair.key(Qt.Key.Key_G)
    pair.key(Qt.Key.Key_Escape)
    assert menu.property("open") is False and focused() == "presenterKeys"


def test_presenter_view_reads_to_a_screen_reader(pair: Pair) -> None:
    """Clocks, plan, both slides, notes and the section buttons are named nodes; Press on a
    section button jumps there."""
    from PySide6.QtGui import QAccessible

    from tests.ui.test_accessibility import name, walk

    QAccessible.setActive(True)
    pair.clock.now += 65
    pair.presenter.changed.emit()
    QCoreApplication.processEvents()

    def nodes() -> list[tuple[QAccessible.Role, str, str]]:
        found = walk(QAccessible.queryAccessibleInterface(pair.window))
        return [
            (n.role(), name(n), n.text(QAccessible.Text.Description))
            for n in found
            if not n.state().invisible
        ]

    read = nodes()
    names = [text for _, text, _ in read]
    total = sum(s.minutes or 0 for s in pair.exhibit.sections) * 60 - 65
    assert "Elapsed 1:05" in names and "Clock 14:05" in names
    assert f"{int(total // 60)}:{int(total % 60):02d} left" in names
    assert any(text.startswith("Plan: ") for text in names)
    first, second = (pair.controller.slideRow(i) for i in (0, 1))
    assert (QAccessible.Role.Pane, f"Now: {first['announcement']}", first["narration"]) in read
    assert (QAccessible.Role.Pane, f"Next: {second['announcement']}", second["narration"]) in read
    assert (QAccessible.Role.Pane, "Notes", "") in read
    notes = first["readText"]["notes"]
    assert notes and (QAccessible.Role.Paragraph, notes, "") in read
    buttons = [n for n in walk(QAccessible.queryAccessibleInterface(pair.window))]
    third = next(n for n in buttons if name(n).startswith("3. "))
    assert third.role() == QAccessible.Role.Button and not third.state().checked
    actions = third.actionInterface()
    assert actions is not None
    actions.doAction("Press")
    QCoreApplication.processEvents()
    pair.assert_in_sync(sum(len(s.slides) for s in pair.exhibit.sections[:2]))
    assert third.state().checked


def test_the_focused_presenter_view_says_each_slide_change(pair: Pair) -> None:
    """The keys' node has the focus from the start; its name, which Orca speaks when it
    changes, says the current and the next slide and the position after every step."""
    from PySide6.QtGui import QAccessible

    from tests.ui.test_accessibility import name

    QAccessible.setActive(True)
    keys = pair.item(pair.window, "presenterKeys")
    assert keys.hasActiveFocus()
    node = QAccessible.queryAccessibleInterface(keys)
    count = len(pair.exhibit.slides)
    for step in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left):
        pair.key(step)
        index = pair.controller.currentIndex
        now, after = (pair.controller.slideRow(i)["announcement"] for i in (index, index + 1))
        assert node.role() == QAccessible.Role.Pane and node.state().focused
        assert name(node) == f"Now: {now}. Slide {index + 1} of {count}. Next: {after}"
