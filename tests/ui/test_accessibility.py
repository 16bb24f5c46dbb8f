"""Accessibility: the tree screen readers see, keyboard focus, contrast and touch targets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtTest import QTest

from exhibit.content.model import Exhibit
from exhibit.ui.engine import QML_DIR
from tests.ui.conftest import OpenViewer, Viewer

THEME = (QML_DIR / "Exhibit" / "Theme.qml").read_text(encoding="utf-8")
# The screen's colours (a handout's pictures swap some: `printing ? PRINT : "#SCREEN"`).
COLOURS = dict(
    re.findall(r'property color (\w+): (?:printing \? [^:]+ : )?"(#[0-9A-Fa-f]{6,8})"', THEME)
)


def walk(iface: QAccessibleInterface | None, depth: int = 0) -> list[QAccessibleInterface]:
    if iface is None or not iface.isValid() or depth > 60:
        return []
    found = [iface]
    for number in range(iface.childCount()):
        found += walk(iface.child(number), depth + 1)
    return found


def tree(viewer: Viewer) -> list[QAccessibleInterface]:
    QAccessible.setActive(True)
    return walk(QAccessible.queryAccessibleInterface(viewer.window))


def name(iface: QAccessibleInterface) -> str:
    return iface.text(QAccessible.Text.Name)


def test_tree_names_slides_controls_and_events(open_viewer: OpenViewer, bundled: Exhibit) -> None:
    viewer = open_viewer(bundled)
    # Rows beyond the screen are made right after the first frame; then all are in the tree.
    viewer.wait_for_items(*(f"event-{event.id}" for event in bundled.timeline.events))
    nodes = tree(viewer)
    assert nodes[0].role() == QAccessible.Role.Window
    assert name(nodes[0]) == bundled.title.get("en")
    buttons = {name(n) for n in nodes if n.role() == QAccessible.Role.Button}
    assert "Sections" in buttons
    radios = {name(n) for n in nodes if n.role() == QAccessible.Role.RadioButton}
    assert radios == {"English", "Русский"}
    items = {name(n) for n in nodes if n.role() == QAccessible.Role.ListItem}
    for event in bundled.timeline.events:
        assert any(event.title.get("en") in b for b in items), event.id
    panes = [name(n) for n in nodes if n.role() == QAccessible.Role.Pane]
    assert bundled.slides[0].title.get("en") in panes
    graphics = [name(n) for n in nodes if n.role() == QAccessible.Role.Graphic]
    picture = next(i for i, s in enumerate(bundled.slides) if s.kind == "image")
    viewer.controller.goTo(picture)  # an image slide: its picture is named by its alt text
    viewer.wait_ready()
    graphics = [name(n) for n in tree(viewer) if n.role() == QAccessible.Role.Graphic]
    assert bundled.slides[picture].alt.get("en") in graphics


def test_keyboard_focus_reaches_controls_with_a_visible_ring(
    open_viewer: OpenViewer, bundled: Exhibit
) -> None:
    viewer = open_viewer(bundled)
    button = viewer.item("sectionMenuButton")
    for _ in range(40):
        QTest.keyClick(viewer.window, Qt.Key.Key_Tab)
        QCoreApplication.processEvents()
        if button.hasActiveFocus():
            break
    assert button.hasActiveFocus()
    holder = next(c for c in button.childItems() if c.objectName() == "focusRingHolder")
    ring = holder.property("item")  # made while the control has focus, and only then
    assert ring is not None and ring.objectName() == "focusRing" and ring.isVisible()
    others = [viewer.item(f"language-{code}") for code in bundled.languages]
    assert all(
        c.property("item") is None
        for other in others
        for c in other.childItems()
        if c.objectName() == "focusRingHolder"
    )
    QTest.keyClick(viewer.window, Qt.Key.Key_Return)
    QCoreApplication.processEvents()
    assert viewer.item("sectionMenu").property("open") is True
    viewer.qtbot.waitUntil(lambda: viewer.item("sectionEntry-0").hasActiveFocus())
    entry_ring = next(
        c
        for c in viewer.item("sectionEntry-0").childItems()
        if c.objectName() == "focusRingHolder"
    )
    assert entry_ring.property("color").name().upper() == COLOURS["focusOnPaper"].upper()
    QTest.keyClick(viewer.window, Qt.Key.Key_Escape)
    QCoreApplication.processEvents()
    assert viewer.item("sectionMenu").property("open") is False
    QTest.keyClick(viewer.window, Qt.Key.Key_Right)  # arrows still move the show
    viewer.wait_ready()
    assert viewer.controller.currentIndex == 1


def test_larger_text_scales_slide_and_control_text(
    open_viewer: OpenViewer, bundled: Exhibit
) -> None:
    viewer = open_viewer(bundled)
    texts = [viewer.item("captionText"), viewer.item("slidePosition")]
    before = [text.property("font").pixelSize() for text in texts]
    viewer.controller.set_text_scale(1.5)
    QCoreApplication.processEvents()
    after = [text.property("font").pixelSize() for text in texts]
    assert after == [int(size * 1.5 + 0.5) for size in before]  # JavaScript's Math.round


def test_touch_targets_are_at_least_48px(open_viewer: OpenViewer, bundled: Exhibit) -> None:
    viewer = open_viewer(bundled, size=(1920, 1080))
    small = []
    for node in tree(viewer):
        pressable = (QAccessible.Role.Button, QAccessible.Role.RadioButton)
        is_event = node.role() == QAccessible.Role.ListItem and name(node).endswith("slide")
        if (node.role() not in pressable and not is_event) or node.state().invisible:
            continue
        rect = node.rect()
        if rect.width() < 48 or rect.height() < 48:
            small.append((name(node), rect.width(), rect.height()))
    assert small == []


def luminance(colour: str) -> float:
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(front: str, back: str) -> float:
    lighter, darker = sorted((luminance(front), luminance(back)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def over(colour: str, ground: str) -> str:
    """An #AARRGGBB colour composited over an opaque ground."""
    if len(colour) == 7:
        return colour
    alpha = int(colour[1:3], 16) / 255
    mixed = [
        round(alpha * int(colour[i : i + 2], 16) + (1 - alpha) * int(ground[j : j + 2], 16))
        for i, j in ((3, 1), (5, 3), (7, 5))
    ]
    return "#" + "".join(f"{c:02X}" for c in mixed)


# (text colour, background, minimum): 4.5:1 for body text, 3:1 for large text.
PAIRS = [
    ("text", "paper", 4.5),
    ("textSoft", "paper", 4.5),
    ("text", "page", 4.5),
    ("textOnInk", "ink", 4.5),
    ("textOnInkSoft", "ink", 4.5),
    ("accentOnInk", "ink", 4.5),
    ("textOnInk", "panel", 4.5),
    ("textOnInkSoft", "panel", 4.5),
    ("accentOnInk", "panel", 4.5),
    ("highlight", "panel", 4.5),
    ("textOnInk", "inkSoft", 4.5),
    ("textOnInkSoft", "inkSoft", 4.5),
    ("stamp", "page", 4.5),
    ("white", "accent", 4.5),
    ("text", "paperDeep", 4.5),
    ("ink", "highlight", 4.5),
    ("good", "panelDark", 4.5),
    ("warning", "panelDark", 4.5),
    ("accent", "paper", 3.0),
    ("textOnInk", "currentRow", 4.5),
    # The focus ring against the cream of menus and the PIN pad (non-text contrast, 3:1).
    ("focusOnPaper", "paper", 3.0),
    ("focusOnPaper", "paperDeep", 3.0),
    ("highlight", "ink", 3.0),
]


@pytest.mark.parametrize(
    ("front", "back", "minimum"), PAIRS, ids=[f"{f}-on-{b}" for f, b, _ in PAIRS]
)
def test_theme_contrast(front: str, back: str, minimum: float) -> None:
    ground = (
        COLOURS[back] if back != "currentRow" else over(COLOURS["currentRow"], COLOURS["panel"])
    )
    assert contrast(COLOURS[front], ground) >= minimum


def test_contrast_check_can_fail() -> None:
    assert contrast("#777777", "#888888") < 1.5
    assert round(contrast("#000000", "#FFFFFF"), 1) == 21.0


def test_every_theme_colour_is_known() -> None:
    assert {"ink", "paper", "accent", "highlight"} <= set(COLOURS)
    assert Path(QML_DIR / "Exhibit" / "Theme.qml").is_file()
