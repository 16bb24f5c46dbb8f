"""A recording's transcript on screen: the slide's Transcript button (a named button for screen
readers) opens a scrolling panel over the picture, sized with the text size and labelled in
the show's language; the keys scroll it and Esc closes it, giving the focus back; T opens it
too, in a window, in a kiosk (whose Escape gesture closes it) and from the presenter's window."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from exhibit.content.loader import load
from exhibit.kiosk.pin import PinGuard
from exhibit.ui.controller import Controller
from exhibit.ui.engine import create_presenter_window, create_window
from exhibit.ui.kiosk import Kiosk
from exhibit.ui.presenter import Presenter
from exhibit.ui.render import wait_until_ready
from tests.exhibits import MakeExhibit
from tests.mediafiles import needs_ffmpeg
from tests.ui import test_media_modes
from tests.ui.conftest import OpenViewer, Viewer, find_item
from tests.ui.test_accessibility import name, tree
from tests.ui.test_media_modes import Engine

pytestmark = needs_ffmpeg
engine = test_media_modes.engine  # the fixture: an engine that keeps its view-models
SECTION = """id: one
title: {{en: One, ru: Один}}
slides:
  - id: v
    kind: video
    title: {{en: Test card, ru: Испытательная таблица}}
    file: one/silent.mp4
    alt: Moving colour bars
    credit: Tests
    transcript: one/words.md
  - id: t
    kind: title
    title: {{en: After, ru: После}}
"""
WORDS = "**Narrator:** the bars move from left to right.\n\n" + "".join(
    f"Line {n} of what is said and shown.\n\n" for n in range(1, 60)
)


@pytest.fixture
def root(make_exhibit: MakeExhibit, media_files: dict[str, Path]) -> Path:
    folder = make_exhibit(
        exhibit_yaml="title: Small\nlanguages: [en, ru]\nsections: [one]\n"
        "sources:\n  - id: memo\n    title: A memo\n",
        one__section_yaml=SECTION.format(),
    )
    shutil.copy(media_files["silent.mp4"], folder / "one" / "silent.mp4")
    (folder / "one" / "words.md").write_text(WORDS, encoding="utf-8")
    return folder


def click(viewer: Viewer, item: QQuickItem) -> None:
    point = item.mapToScene(item.boundingRect().center()).toPoint()
    QTest.mouseClick(viewer.window, Qt.MouseButton.LeftButton, pos=point)


def test_the_button_opens_a_scrolling_panel_that_esc_closes(
    open_viewer: OpenViewer, root: Path
) -> None:
    viewer = open_viewer(load(root), size=(1280, 720))
    button = viewer.item("transcriptButton")
    panel = viewer.item("transcriptPanel")
    assert button.isVisible() and not panel.isVisible()
    nodes = tree(viewer)
    assert "Transcript" in {name(n) for n in nodes if n.role() == QAccessible.Role.Button}
    dialogs = [name(n) for n in nodes if n.role() == QAccessible.Role.Dialog]
    assert not [d for d in dialogs if d.startswith("Transcript")]  # closed: not there
    # By the keyboard: focus the button, Enter opens the panel and gives it the keys.
    button.forceActiveFocus()
    QTest.keyClick(viewer.window, Qt.Key.Key_Return)
    assert panel.isVisible() and viewer.controller.property("transcriptOpen") is True
    assert panel.property("activeFocus") is True
    nodes = tree(viewer)
    dialogs = [name(n) for n in nodes if n.role() == QAccessible.Role.Dialog]
    assert "Transcript: Test card" in dialogs
    assert "Close the transcript" in {name(n) for n in nodes if n.role() == QAccessible.Role.Button}
    paragraphs = [name(n) for n in nodes if n.role() == QAccessible.Role.Paragraph]
    assert any(p.startswith("Narrator: the bars move") for p in paragraphs)
    words = viewer.item("transcriptText")
    assert "Narrator:" in words.property("text") and "Line 59" in words.property("text")
    scroller = viewer.item("transcriptScroller")
    assert scroller.property("contentHeight") > scroller.height()  # long words scroll
    QTest.keyClick(viewer.window, Qt.Key.Key_Down)
    assert scroller.property("contentY") > 0
    QTest.keyClick(viewer.window, Qt.Key.Key_End)
    end = scroller.property("contentY")
    assert end == pytest.approx(scroller.property("contentHeight") - scroller.height())
    assert viewer.controller.currentIndex == 0  # the keys scrolled it, not the show
    QTest.keyClick(viewer.window, Qt.Key.Key_Escape)
    assert not panel.isVisible() and viewer.controller.property("transcriptOpen") is False
    assert button.property("activeFocus") is True  # the focus is back on the button
    # By touch or mouse: the button opens it, a tap on it stays on it, × closes it.
    click(viewer, button)
    assert panel.isVisible()
    click(viewer, scroller)
    assert viewer.controller.currentIndex == 0
    click(viewer, viewer.item("transcriptClose"))
    assert not panel.isVisible()


def test_it_grows_with_the_text_size_speaks_the_language_and_closes_with_the_slide(
    open_viewer: OpenViewer, root: Path
) -> None:
    viewer = open_viewer(load(root), size=(1280, 720))
    words = viewer.item("transcriptText")
    size = words.property("font").pixelSize()
    QTest.keyClick(viewer.window, Qt.Key.Key_T)
    assert viewer.item("transcriptPanel").isVisible()
    QTest.keyClick(viewer.window, Qt.Key.Key_Plus)  # the panel has the keys: + still works
    viewer.wait_ready()
    assert viewer.controller.textScale == 1.25
    words = viewer.item("transcriptText")
    assert viewer.item("transcriptPanel").property("activeFocus") is True  # kept, made again
    QTest.keyClick(viewer.window, Qt.Key.Key_Escape)
    focused = viewer.window.activeFocusItem()
    assert focused is not None and focused.objectName() == "transcriptButton"
    QTest.keyClick(viewer.window, Qt.Key.Key_T)
    assert words.property("font").pixelSize() >= size * 1.2  # 125 %, to the pixel
    assert viewer.item("transcriptPanel").isVisible()
    viewer.controller.setProperty("language", "ru")
    assert viewer.item("transcriptHeading").property("text") == "Расшифровка"
    label = [c for c in viewer.item("transcriptButton").childItems() if c.property("text")]
    assert label[0].property("text") == "Расшифровка"
    viewer.controller.next()
    assert viewer.controller.property("transcriptOpen") is False
    QTest.keyClick(viewer.window, Qt.Key.Key_T)  # a slide without a transcript: nothing opens
    assert viewer.controller.property("transcriptOpen") is False


def test_a_kiosks_escape_and_the_end_of_a_visit_close_it(
    root: Path, engine: Engine, qtbot: QtBot
) -> None:
    controller = Controller(load(root), reduced_motion=True)
    kiosk = Kiosk(controller, PinGuard(None), locked_down=True, idle_timeout=90,
                  auto_advance=12, content_label="ex")
    engine.keep += [controller, kiosk]
    window = create_window(engine, controller, 1280, 720, kiosk=kiosk)
    assert window is not None and wait_until_ready(window)
    window.requestActivate()
    qtbot.waitUntil(window.isActive)
    button = find_item(window.contentItem(), "transcriptButton")
    assert button is not None
    point = button.mapToScene(button.boundingRect().center()).toPoint()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, pos=point)
    assert controller.property("transcriptOpen") is True
    QTest.keyClick(window, Qt.Key.Key_Escape)  # the kiosk takes Escape, and closes it
    assert controller.property("transcriptOpen") is False
    QTest.keyClick(window, Qt.Key.Key_T)
    assert controller.property("transcriptOpen") is True
    controller.end_visit()
    assert controller.property("transcriptOpen") is False
    kiosk.timer.stop()


def test_the_presenter_opens_it_on_the_audience_screen(
    root: Path, engine: Engine, qtbot: QtBot
) -> None:
    controller = Controller(load(root), reduced_motion=True)
    presenter = Presenter(controller, clock=lambda: 0.0, wall=lambda: datetime(2026, 1, 1))
    engine.keep += [controller, presenter]
    audience = create_window(engine, controller, 1280, 720)
    window = create_presenter_window(engine, controller, presenter)
    assert audience is not None and window is not None and wait_until_ready(audience)
    window.requestActivate()
    qtbot.waitUntil(window.isActive)
    line = find_item(window.contentItem(), "presenterMedia")
    assert line is not None and "T: show the transcript" in line.property("text")
    QTest.keyClick(window, Qt.Key.Key_T)
    assert "The audience screen shows the transcript" in line.property("text")
    panel = find_item(audience.contentItem(), "transcriptPanel")
    assert panel is not None and panel.isVisible()
    previews = [p for p in [find_item(window.contentItem(), "transcriptPanel")] if p]
    assert all(not p.isVisible() for p in previews)  # the previews never show it
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not panel.isVisible()
