"""The on-screen language switch, and the kiosk's return to the default language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest

from exhibit.content.loader import load
from exhibit.kiosk.pin import PinGuard
from exhibit.show.attract import Mode
from exhibit.ui.kiosk import Kiosk
from tests.exhibits import BASE, MakeExhibit
from tests.ui.conftest import OpenViewer

TWO_LANGUAGES = {
    "exhibit_yaml": """\
title: {en: Small, ru: Малая}
languages: [en, ru]
sections: [one]
sources:
  - id: memo
    title: {en: A memo, ru: Записка}
""",
    "one__section_yaml": BASE["one/section.yaml"].replace(
        "title: Hello", "title: {en: Hello, ru: Привет}"
    ),
}


def test_switch_language_on_screen(open_viewer: OpenViewer, make_exhibit: MakeExhibit) -> None:
    viewer = open_viewer(load(make_exhibit(**TWO_LANGUAGES)))
    assert viewer.item("languageSwitch").isVisible()
    russian = viewer.item("language-ru")
    point = russian.mapToScene(russian.boundingRect().center()).toPoint()
    QTest.mouseClick(
        viewer.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    QCoreApplication.processEvents()
    viewer.wait_ready()
    assert viewer.controller.language == "ru"
    assert viewer.item("slidePosition").property("text") == "Слайд 1 из 3"
    assert viewer.controller.currentSlide["title"] == "Привет"
    assert viewer.item("event-ev").property("dateText") == "25 апреля 1993 г."


def test_one_language_shows_no_switch(open_viewer: OpenViewer, make_exhibit: MakeExhibit) -> None:
    viewer = open_viewer(load(make_exhibit()))
    assert not viewer.item("languageSwitch").isVisible()


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def test_kiosk_returns_to_default_language(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit
) -> None:
    viewer = open_viewer(load(make_exhibit(**TWO_LANGUAGES)))
    clock = Clock()
    kiosk = Kiosk(
        viewer.controller,
        PinGuard(None),
        locked_down=False,
        idle_timeout=60,
        auto_advance=10,
        content_label="ex",
        clock=clock,
    )
    kiosk.activity()
    viewer.controller.language = "ru"
    assert viewer.controller.language == "ru"
    clock.now += 61
    kiosk.tick()
    assert kiosk.loop.mode is Mode.ATTRACT
    assert viewer.controller.language == "en"
    kiosk.timer.stop()
