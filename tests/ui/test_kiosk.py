"""Kiosk mode in the real viewer, on a fake clock: lockdown, admin flow, attract loop, reload."""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from exhibit.analytics.store import Analytics
from exhibit.content.loader import load
from exhibit.kiosk.pin import LOCKOUT_SECONDS, PinGuard, hash_pin
from exhibit.kiosk.sdnotify import Notifier
from exhibit.kiosk.watch import ContentWatcher
from exhibit.show.attract import Mode
from exhibit.ui.app import _on_first_frame, lock_down
from exhibit.ui.controller import Controller
from exhibit.ui.engine import create_window, register_fonts
from exhibit.ui.kiosk import Kiosk
from exhibit.ui.live import LiveReload
from exhibit.ui.render import wait_until_ready
from tests.exhibits import MakeExhibit
from tests.ui.conftest import find_item

PIN = "2468"
STORED = hash_pin(PIN, salt=b"k" * 16)


class FakeSpeaker:
    """What the accessibility mode would say, and when it was cut off."""

    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []
        self.stops = 0

    def say(self, text: str, lang: str) -> None:
        self.said.append((text, lang))

    def stop(self) -> None:
        self.stops += 1


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class KioskViewer:
    kiosk: Kiosk
    controller: Controller
    window: QWindow
    clock: FakeClock
    live: LiveReload
    root: Path

    def item(self, name: str):  # type: ignore[no-untyped-def]
        found = find_item(self.window.contentItem(), name)  # type: ignore[attr-defined]
        assert found is not None, name
        return found

    def key(
        self,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        times: int = 1,
    ) -> None:
        for _ in range(times):
            QTest.keyClick(self.window, key, modifier)
        QCoreApplication.processEvents()

    def type_pin(self, pin: str) -> None:
        for digit in pin:
            self.key(Qt.Key(Qt.Key.Key_0 + int(digit)))
        self.key(Qt.Key.Key_Return)

    def click(self, x: int, y: int) -> None:
        QTest.mouseClick(
            self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y)
        )
        QCoreApplication.processEvents()

    def click_item(self, name: str) -> None:
        item = self.item(name)
        centre = item.mapToScene(item.boundingRect().center()).toPoint()
        self.click(centre.x(), centre.y())


@pytest.fixture
def kiosk_viewer(
    qapp: QGuiApplication, make_exhibit: MakeExhibit, tmp_path: Path
) -> Iterator[KioskViewer]:
    register_fonts()
    root = make_exhibit(
        exhibit_yaml="""\
title: Small
sections: [one]
sources:
  - id: memo
    title: A memo
kiosk:
  idle_timeout: 90
  auto_advance: 12
  attract_slides: [s2, s3]
"""
    )
    clock = FakeClock()
    controller = Controller(load(root, "ex"), reduced_motion=True)
    live = LiveReload(controller, ContentWatcher(root, "ex", debounce=0.0))
    analytics = Analytics(tmp_path / "visits.sqlite", clock=clock)
    kiosk = Kiosk(
        controller,
        PinGuard(STORED),
        locked_down=True,
        idle_timeout=90,
        auto_advance=12,
        content_label="ex",
        live=live,
        analytics=analytics,
        speaker=FakeSpeaker(),
        clock=clock,
    )
    engine = QQmlApplicationEngine()
    window = create_window(engine, controller, 1280, 720, kiosk=kiosk)
    assert window is not None
    lock_down(window, kiosk, qapp)
    assert wait_until_ready(window)
    yield KioskViewer(kiosk, controller, window, clock, live, root)
    kiosk.locked_down = False
    qapp.restoreOverrideCursor()
    qapp.setQuitOnLastWindowClosed(True)
    window.removeEventFilter(kiosk)
    kiosk.timer.stop()
    window.hide()
    engine.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_close_requests_are_refused(kiosk_viewer: KioskViewer) -> None:
    window = kiosk_viewer.window
    assert window.visibility() == QWindow.Visibility.FullScreen
    assert window.close() is False
    QCoreApplication.processEvents()
    assert window.isVisible()
    assert window.visibility() == QWindow.Visibility.FullScreen


def test_the_kiosk_layer_refuses_a_close_by_itself(kiosk_viewer: KioskViewer) -> None:
    """Without the event filter too: KioskOverlay, loaded for a kiosk, refuses the close."""
    kiosk_viewer.window.removeEventFilter(kiosk_viewer.kiosk)
    assert kiosk_viewer.window.close() is False
    QCoreApplication.processEvents()
    assert kiosk_viewer.window.isVisible()


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_leaving_keys_are_refused(
    kiosk_viewer: KioskViewer, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    kiosk_viewer.key(key, modifier)
    assert kiosk_viewer.window.isVisible()
    assert kiosk_viewer.window.visibility() == QWindow.Visibility.FullScreen
    assert not kiosk_viewer.kiosk.pin_visible


def test_admin_flow_with_lockout(kiosk_viewer: KioskViewer) -> None:
    kv = kiosk_viewer
    kv.key(Qt.Key.Key_Escape, times=5)
    assert kv.kiosk.pin_visible and kv.item("pinPad").isVisible()
    kv.type_pin("0000")
    assert kv.item("pinMessage").property("text") == "Wrong PIN. Tries left: 4"
    kv.type_pin("0000")
    assert kv.item("pinMessage").property("text") == "Wrong PIN. Tries left: 3"
    for _ in range(3):
        kv.type_pin("0000")
    assert kv.kiosk.guard.locked(kv.clock.now)
    assert kv.item("pinMessage").property("text") == "Locked. Try again in 300 s."
    kv.type_pin(PIN)  # right PIN, but locked
    assert not kv.kiosk.admin_visible
    kv.clock.now += LOCKOUT_SECONDS + 1
    kv.type_pin(PIN)
    assert kv.kiosk.admin_visible and kv.item("adminPanel").isVisible()
    status = kv.item("adminStatus").property("text")
    assert "Exhibit 0.1.0" in status and "Content: ex" in status
    assert "Last content error: none" in status
    exits: list[int] = []
    kv.kiosk.exitRequested.connect(exits.append)
    kv.click_item("admin-exit")
    assert exits == [] and kv.item("adminConfirmExit").isVisible()  # Exit asks once more
    kv.click_item("admin-exit")
    assert exits == [0]
    assert len(kv.kiosk.guard.history) == 7  # 5 wrong, 1 while locked, 1 right


def test_corner_taps_open_the_pin_pad_and_cancel(kiosk_viewer: KioskViewer) -> None:
    kv = kiosk_viewer
    for _ in range(4):
        kv.click(8, 8)
        kv.clock.now += 0.4
    assert not kv.kiosk.pin_visible
    kv.click(8, 8)
    assert kv.kiosk.pin_visible
    kv.click_item("pinKey-Cancel")
    assert not kv.kiosk.pin_visible


def test_slow_corner_taps_do_nothing(kiosk_viewer: KioskViewer) -> None:
    for _ in range(6):
        kiosk_viewer.click(8, 8)
        kiosk_viewer.clock.now += 1.0
    assert not kiosk_viewer.kiosk.pin_visible


def test_idle_attract_touch_cycle(kiosk_viewer: KioskViewer) -> None:
    kv = kiosk_viewer
    kiosk, controller = kv.kiosk, kv.controller
    assert kiosk.loop.mode is Mode.ATTRACT and controller.currentIndex == 1  # slide s2
    assert kv.item("attractCue").isVisible()
    kv.clock.now += 12
    kiosk.tick()
    assert controller.currentIndex == 2  # auto-advance through the attract slides
    stage = kv.item("slideStage")
    right = stage.mapToScene(stage.boundingRect().center()).toPoint()
    kv.click(right.x(), right.y())  # a touch: back to the start, not also a "next"
    assert kiosk.loop.mode is Mode.VISITOR and controller.currentIndex == 0
    assert not kv.item("attractCue").isVisible()
    kv.click(right.x(), right.y())
    assert controller.currentIndex == 1
    kv.clock.now += 60
    kiosk.tick()
    assert controller.currentIndex == 1  # auto-advance pauses for the visitor
    kv.clock.now += 30
    kiosk.tick()
    assert kiosk.loop.mode is Mode.ATTRACT and controller.currentIndex == 1
    assert kv.item("attractCue").isVisible()
    kv.clock.now += 12
    kiosk.tick()
    assert controller.currentIndex == 2  # and resumes in the attract loop


def test_idle_timeout_leaves_the_admin_panel_open_for_a_while(kiosk_viewer: KioskViewer) -> None:
    """The visitors' idle timeout (90 s) does not close the panel under the technician's
    hands; five minutes without a touch do, and the attract loop starts."""
    kv = kiosk_viewer
    kv.key(Qt.Key.Key_Escape, times=5)
    kv.type_pin(PIN)
    assert kv.kiosk.admin_visible
    kv.clock.now += 91
    kv.kiosk.tick()
    assert kv.kiosk.admin_visible
    kv.clock.now += 300 - 91
    kv.kiosk.tick()
    assert not kv.kiosk.admin_visible and kv.kiosk.loop.mode is Mode.ATTRACT


def test_the_idle_timeout_leaves_the_pin_pad_open(kiosk_viewer: KioskViewer) -> None:
    kv = kiosk_viewer
    kv.key(Qt.Key.Key_Escape, times=5)
    assert kv.kiosk.pin_visible
    kv.clock.now += 120
    kv.kiosk.tick()
    assert kv.kiosk.pin_visible
    kv.type_pin(PIN)
    assert kv.kiosk.admin_visible


def test_r_restarts_only_from_the_admin_panel(
    kiosk_viewer: KioskViewer, caplog: pytest.LogCaptureFixture
) -> None:
    """R on a kiosk's keyboard is a visitor's key press, before and after the panel was open."""
    caplog.set_level(logging.INFO)
    kv = kiosk_viewer
    kv.key(Qt.Key.Key_Right)  # a visitor: slide 1
    kv.key(Qt.Key.Key_Right)  # slide 2
    assert kv.controller.currentIndex == 1
    kv.key(Qt.Key.Key_R)
    assert kv.controller.currentIndex == 1 and kv.kiosk.loop.mode is Mode.VISITOR
    kv.key(Qt.Key.Key_Escape, times=5)
    kv.type_pin(PIN)
    kv.key(Qt.Key.Key_Escape)  # the panel closes
    assert not kv.kiosk.admin_visible
    kv.key(Qt.Key.Key_R)
    kv.kiosk.restartShow()  # and no other way in either
    assert kv.controller.currentIndex == 1 and kv.kiosk.loop.mode is Mode.VISITOR
    assert "restarted by the admin" not in caplog.text
    kv.key(Qt.Key.Key_Escape, times=5)
    kv.type_pin(PIN)
    kv.key(Qt.Key.Key_R)  # from the open panel it does restart
    assert kv.kiosk.loop.mode is Mode.ATTRACT and "restarted by the admin" in caplog.text


def test_idle_closes_the_sections_menu(kiosk_viewer: KioskViewer) -> None:
    """The visit's end leaves no menu over the attract loop for the next visitor."""
    kv = kiosk_viewer
    kv.click_item("sectionMenuButton")  # the first touch begins the visit
    kv.click_item("sectionMenuButton")
    menu = kv.item("sectionMenu")
    assert menu.property("open") is True
    kv.clock.now += 91
    kv.kiosk.tick()
    QCoreApplication.processEvents()
    assert kv.kiosk.loop.mode is Mode.ATTRACT and menu.property("open") is False
    assert kv.item("showReader").hasActiveFocus()


def test_reload_valid_invalid_and_half_written(kiosk_viewer: KioskViewer) -> None:
    kv = kiosk_viewer
    section = kv.root / "one" / "section.yaml"
    good = section.read_text(encoding="utf-8")
    section.write_text(good[: len(good) // 3], encoding="utf-8")  # half-written
    kv.live.reload_now()
    assert kv.live.last_error.startswith("ex/")
    assert kv.controller.count == 3  # the last good exhibit stays on screen
    assert f"Last content error: {kv.live.last_error}" in kv.kiosk.status
    (kv.root / "timeline.yaml").write_text("events: [", encoding="utf-8")  # invalid edit
    kv.live.reload_now()
    assert kv.controller.count == 3
    section.write_text(good.replace("title: Hello", "title: Hello again"), encoding="utf-8")
    (kv.root / "timeline.yaml").write_text(
        "events:\n  - {id: ev, date: 1993-04-25, title: Vote}\n", encoding="utf-8"
    )
    kv.live.reload_now()
    assert kv.live.last_error == ""
    assert kv.controller.currentSlide is not None
    assert kv.controller.exhibit.slides[0].title.get("en") == "Hello again"


def test_watchdog_and_ready_reach_systemd(
    kiosk_viewer: KioskViewer, tmp_path: Path, qtbot: QtBot
) -> None:
    path = tmp_path / "notify"
    received: list[bytes] = []
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(str(path))
        server.setblocking(False)

        def drain() -> list[bytes]:
            """Every datagram that has arrived so far, in order (datagram sends are
            delivered by the time they return: nothing is in flight)."""
            while True:
                try:
                    received.append(server.recv(64))
                except BlockingIOError:
                    return received

        notifier = Notifier(
            {
                "NOTIFY_SOCKET": str(path),
                "WATCHDOG_USEC": "4000000",
                "WATCHDOG_PID": str(os.getpid()),
            }
        )
        kiosk_viewer.kiosk.notifier = notifier
        kiosk_viewer.kiosk.start_watchdog()
        assert kiosk_viewer.kiosk.watchdog.interval() == 2000  # half the watchdog's time
        kiosk_viewer.kiosk.watchdog.timeout.emit()  # what the timer does every 2 s
        kiosk_viewer.kiosk.watchdog.stop()
        assert drain() == [b"WATCHDOG=1"]
        window = kiosk_viewer.window
        _on_first_frame(window, notifier.ready)
        window.requestUpdate()
        qtbot.waitUntil(lambda: len(drain()) == 2, timeout=10_000)
        assert received == [b"WATCHDOG=1", b"READY=1"]
        with qtbot.waitSignal(window.frameSwapped, timeout=10_000):  # type: ignore[attr-defined]
            window.requestUpdate()
        assert drain() == [b"WATCHDOG=1", b"READY=1"]  # READY once, not once a frame


def test_visits_are_recorded(kiosk_viewer: KioskViewer, tmp_path: Path) -> None:
    from exhibit.analytics.read import read_database

    kv = kiosk_viewer
    stage = kv.item("slideStage")
    right = stage.mapToScene(stage.boundingRect().center()).toPoint()
    kv.click(right.x(), right.y())  # a visitor arrives: slide 1
    kv.clock.now += 5
    kv.click(right.x(), right.y())  # slide 2 after 5 s
    kv.clock.now += 7
    row = kv.item("event-ev")
    point = row.mapToScene(row.boundingRect().center()).toPoint()
    kv.click(point.x(), point.y())  # a timeline tap back to slide 1
    kv.clock.now += 91
    kv.kiosk.tick()  # idle: the visit ends, the attract loop starts
    assert kv.kiosk.analytics is not None
    kv.kiosk.analytics.close()
    data = read_database(tmp_path / "visits.sqlite")
    assert len(data.visits) == 1
    visit = data.visits[0]
    # Only what the visitor saw: not the attract slide (s2) on screen when they touched it,
    # nor the one the attract loop shows when the visit ends (s2 again).
    assert [(v.slide, round(v.seconds)) for v in visit.views] == [("s1", 5), ("s2", 7), ("s1", 1)]
    assert visit.taps == ["ev"]
    assert visit.ended is not None
    assert len(data.attract_days) >= 2  # at start-up and after the visit


def test_attract_loop_slides_are_not_views(kiosk_viewer: KioskViewer, tmp_path: Path) -> None:
    """The attract loop runs through s2 and s3 for a while; a visitor then sees s1 only."""
    from exhibit.analytics.read import read_database

    kv = kiosk_viewer
    for _ in range(5):
        kv.clock.now += 12
        kv.kiosk.tick()
    assert kv.kiosk.loop.mode is Mode.ATTRACT
    stage = kv.item("slideStage")
    right = stage.mapToScene(stage.boundingRect().center()).toPoint()
    kv.click(right.x(), right.y())  # a visitor: back to s1
    kv.clock.now += 20
    kv.clock.now += 90
    kv.kiosk.tick()  # idle: back to the attract loop's s2
    kv.clock.now += 12
    kv.kiosk.tick()
    assert kv.kiosk.analytics is not None
    kv.kiosk.analytics.close()
    data = read_database(tmp_path / "visits.sqlite")
    assert [[(v.slide, round(v.seconds)) for v in visit.views] for visit in data.visits] == [
        [("s1", 20)]
    ]


def test_pin_pad_and_admin_panel_are_not_visits(kiosk_viewer: KioskViewer, tmp_path: Path) -> None:
    """A technician opens the admin panel from the attract loop and closes it: no visit. A
    visitor's visit under way when the gesture starts ends there and is counted once."""
    from exhibit.analytics.read import read_database

    kv = kiosk_viewer
    kv.key(Qt.Key.Key_Escape, times=5)
    kv.type_pin(PIN)
    assert kv.kiosk.admin_visible
    kv.clock.now += 40
    kv.click_item("admin-close")
    assert not kv.kiosk.admin_visible
    kv.clock.now += 91
    kv.kiosk.tick()
    stage = kv.item("slideStage")
    right = stage.mapToScene(stage.boundingRect().center()).toPoint()
    kv.click(right.x(), right.y())  # a visitor
    kv.clock.now += 30
    for _ in range(5):  # the technician's corner taps, mid-visit
        kv.click(8, 8)
        kv.clock.now += 0.4
    assert kv.kiosk.pin_visible
    kv.clock.now += 20
    kv.click_item("pinKey-Cancel")
    assert kv.kiosk.analytics is not None
    kv.kiosk.analytics.close()
    data = read_database(tmp_path / "visits.sqlite")
    assert len(data.visits) == 1
    visit = data.visits[0]
    # The visit ends where the gesture may have begun: its window (3 s) before the last tap.
    assert [(v.slide, round(v.seconds)) for v in visit.views] == [("s1", 29)]


def test_pin_pad_and_admin_panel_are_dialogs_for_screen_readers(
    kiosk_viewer: KioskViewer,
) -> None:
    from PySide6.QtGui import QAccessible, QAccessibleInterface

    from tests.ui.test_accessibility import name, walk

    kv = kiosk_viewer

    def shown() -> list[QAccessibleInterface]:
        QAccessible.setActive(True)
        nodes = walk(QAccessible.queryAccessibleInterface(kv.window))
        return [n for n in nodes if not n.state().invisible]

    kv.key(Qt.Key.Key_Escape, times=5)
    dots = kv.item("pinDots")
    assert dots.hasActiveFocus()  # the pad takes the focus, on its password field
    kv.key(Qt.Key.Key_1)
    kv.key(Qt.Key.Key_2)
    field = next(n for n in shown() if n.role() == QAccessible.Role.EditableText)
    assert field.state().passwordEdit
    assert field.text(QAccessible.Text.Description) == "Enter the admin PIN. 2 digits entered"
    assert "12" not in [n.text(QAccessible.Text.Value) for n in shown()]
    dialogs = [name(n) for n in shown() if n.role() == QAccessible.Role.Dialog]
    assert dialogs == ["Kiosk admin"]
    kv.key(Qt.Key.Key_Escape)
    kv.key(Qt.Key.Key_Escape, times=5)
    kv.type_pin(PIN)
    assert kv.kiosk.admin_visible
    texts = [name(n) for n in shown()]
    assert "Kiosk admin" in texts and any("Exhibit 0.1.0" in t for t in texts)


def test_pin_pad_is_walked_by_arrows_and_tab_and_says_when_the_visit_closes_it(
    kiosk_viewer: KioskViewer,
) -> None:
    kv = kiosk_viewer
    kv.key(Qt.Key.Key_Escape, times=5)
    assert kv.item("pinDots").hasActiveFocus()
    kv.key(Qt.Key.Key_Tab)
    assert kv.item("pinKey-1").hasActiveFocus()
    kv.key(Qt.Key.Key_Right)
    kv.key(Qt.Key.Key_Down)
    assert kv.item("pinKey-5").hasActiveFocus()
    kv.key(Qt.Key.Key_Return)  # Enter presses the focused key: a 5, not OK
    kv.key(Qt.Key.Key_Down, times=2)
    assert kv.item("pinKey-0").hasActiveFocus()
    kv.key(Qt.Key.Key_Space)
    assert kv.item("pinPad").property("entered") == "50"
    kv.key(Qt.Key.Key_Tab)
    assert kv.item("pinKey-OK").hasActiveFocus()
    kv.key(Qt.Key.Key_Tab)  # the loop stays in the pad: back to the field
    assert kv.item("pinDots").hasActiveFocus()
    kv.key(Qt.Key.Key_Backtab)
    assert kv.item("pinKey-OK").hasActiveFocus()
    heard: list[str] = []
    kv.item("kioskOverlay").announced.connect(heard.append)
    kv.clock.now += 301  # the pad outlasts a visitor's timeout, not five minutes untouched
    kv.kiosk.tick()
    QCoreApplication.processEvents()
    assert not kv.kiosk.pin_visible and heard == ["PIN pad closed"]
    assert kv.item("showReader").hasActiveFocus()  # the keys move the show again


def test_focus_ring_on_cream_menus_has_3_to_1_contrast(kiosk_viewer: KioskViewer) -> None:
    from tests.ui.test_accessibility import COLOURS, contrast

    kv = kiosk_viewer
    kv.key(Qt.Key.Key_Escape, times=5)
    kv.key(Qt.Key.Key_Tab)
    holder = next(
        c for c in kv.item("pinKey-1").childItems() if c.objectName() == "focusRingHolder"
    )
    assert holder.property("item") is not None  # the ring is drawn, in the holder's colour
    colour = holder.property("color").name().upper()
    assert colour == COLOURS["focusOnPaper"].upper()
    for ground in ("paper", "paperDeep"):
        assert contrast(colour, COLOURS[ground]) >= 3.0, ground
    assert contrast(COLOURS["highlight"], COLOURS["paper"]) < 3.0  # why the ring changes colour


def test_accessibility_mode_on_by_holding_its_button_and_off_with_the_visit(
    kiosk_viewer: KioskViewer, qtbot: QtBot
) -> None:
    from exhibit.show.spoken import spoken_slide

    kv = kiosk_viewer
    speaker = kv.kiosk.speaker
    assert isinstance(speaker, FakeSpeaker)
    kv.click(640, 360)  # a touch begins the visit
    button = kv.item("accessButton")
    assert button.isVisible()
    centre = button.mapToScene(button.boundingRect().center()).toPoint()
    QTest.mousePress(kv.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    qtbot.waitUntil(lambda: kv.kiosk.access_on, timeout=5000)  # held: the mode comes on
    QTest.mouseRelease(kv.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    QCoreApplication.processEvents()
    assert kv.controller.textScale == 1.5

    def words(index: int) -> str:
        row = kv.controller.slideRow(index)
        return spoken_slide(row, kv.controller.words(), index, kv.controller.count)

    assert speaker.said == [(f"Accessibility mode on.\n{words(0)}", "en")]
    kv.click_item("accessNext")  # the step control moves the show, which is spoken
    assert kv.controller.currentIndex == 1 and speaker.said[-1] == (words(1), "en")
    kv.click_item("accessPrevious")
    assert kv.controller.currentIndex == 0 and speaker.said[-1] == (words(0), "en")
    kv.clock.now += 91  # the visit ends: so does the mode, silently
    kv.kiosk.tick()
    QCoreApplication.processEvents()
    assert not kv.kiosk.access_on and kv.controller.textScale == 1.0 and speaker.stops >= 1
    assert len(speaker.said) == 3
    assert find_item(kv.window.contentItem(), "accessNext") is None  # type: ignore[attr-defined]


def test_holding_the_accessibility_button_in_the_attract_loop_begins_a_visit_in_the_mode(
    kiosk_viewer: KioskViewer, qtbot: QtBot
) -> None:
    """A visitor who cannot see the screen finds the button at once: the attract loop shows
    it, and its first press is not eaten as the touch that ends the loop."""
    kv = kiosk_viewer
    assert kv.kiosk.attract
    button = kv.item("accessButton")
    assert button.isVisible()
    centre = button.mapToScene(button.boundingRect().center()).toPoint()
    QTest.mousePress(kv.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert not kv.kiosk.attract  # the press began the visit...
    qtbot.waitUntil(lambda: kv.kiosk.access_on, timeout=5000)  # ...and its hold, the mode
    QTest.mouseRelease(kv.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    QCoreApplication.processEvents()
    assert kv.controller.currentIndex == 0 and kv.controller.textScale == 1.5
    assert kv.kiosk.speaker.said[0][0].startswith("Accessibility mode on.")  # type: ignore[attr-defined]


def test_a_screen_reader_press_in_the_attract_loop_begins_a_visit_in_the_mode(
    kiosk_viewer: KioskViewer,
) -> None:
    kv = kiosk_viewer
    assert kv.kiosk.attract
    kv.kiosk.toggleAccessMode()
    QCoreApplication.processEvents()
    assert kv.kiosk.access_on and not kv.kiosk.attract
    kv.click(640, 360)  # the next touch is the visitor's, not the end of an attract loop
    assert kv.kiosk.access_on


def test_accessibility_mode_by_a_screen_reader_press_and_when_not_offered(
    kiosk_viewer: KioskViewer,
) -> None:
    from PySide6.QtGui import QAccessible

    kv = kiosk_viewer
    kv.click(640, 360)
    QAccessible.setActive(True)
    iface = QAccessible.queryAccessibleInterface(kv.item("accessButton"))
    assert iface is not None and iface.role() == QAccessible.Role.Button
    assert iface.text(QAccessible.Text.Name).startswith("Accessibility mode")
    actions = iface.actionInterface()
    assert actions is not None
    actions.doAction("Press")
    QCoreApplication.processEvents()
    assert kv.kiosk.access_on and iface.state().checked
    actions.doAction("Press")
    QCoreApplication.processEvents()
    assert not kv.kiosk.access_on and kv.controller.textScale == 1.0
    assert kv.kiosk.speaker.said[-1] == ("Accessibility mode off", "en")  # type: ignore[attr-defined]
    kv.kiosk.access_offered = False  # as `"access_mode": false` in the kiosk config
    kv.kiosk.toggleAccessMode()
    assert not kv.kiosk.access_on


@pytest.mark.parametrize("size", [(1280, 720), (1080, 1920), (800, 600), (3840, 2160)])
def test_the_attract_cue_sits_on_the_slide(
    qapp: QGuiApplication, make_exhibit: MakeExhibit, size: tuple[int, int]
) -> None:
    """Over the slide, above its foot: not over the caption band, nor (in portrait) the
    timeline under the slide."""
    register_fonts()
    controller = Controller(load(make_exhibit(), "ex"), reduced_motion=True)
    kiosk = Kiosk(
        controller,
        PinGuard(STORED),
        locked_down=False,
        idle_timeout=90,
        auto_advance=12,
        content_label="ex",
        clock=FakeClock(),
    )
    engine = QQmlApplicationEngine()
    window = create_window(engine, controller, *size, kiosk=kiosk)
    assert window is not None and wait_until_ready(window)
    try:
        stage = find_item(window.contentItem(), "slideStage")
        cue = find_item(window.contentItem(), "attractCue")
        assert stage is not None and cue is not None and cue.isVisible()
        box = cue.mapRectToScene(cue.boundingRect())
        area = stage.mapRectToScene(stage.boundingRect())
        assert area.contains(box), (box, area)
    finally:
        kiosk.timer.stop()
        window.close()
        engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
