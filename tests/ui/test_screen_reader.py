"""What a screen reader gets offscreen: every slide's words as nodes, announcements, actions
and the modal menus, through Qt's own accessibility tree (the AT-SPI walk is in test_atspi)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtTest import QTest

from exhibit.content.model import Exhibit
from tests.ui.conftest import OpenViewer, Viewer
from tests.ui.test_accessibility import name, tree


def shown(viewer: Viewer) -> list[QAccessibleInterface]:
    return [n for n in tree(viewer) if not n.state().invisible]


def test_every_slide_reads_as_text_and_only_the_slide_on_screen(
    open_viewer: OpenViewer, bundled: Exhibit
) -> None:
    viewer = open_viewer(bundled)
    for index in range(viewer.controller.count):
        viewer.controller.goTo(index)
        viewer.wait_ready()
        row = viewer.controller.slideRow(index)
        nodes = shown(viewer)
        names = [name(n) for n in nodes]
        wanted = [row["readText"][r] for r in ("text", "body", "excerpt", "creditsHtml")]
        wanted += [row["alt"], row["speaker"], row["subtitle"], row["caption"]]
        wanted += [row["sourceLine"] if row["kind"] == "document" else row["sourceText"]]
        for text in filter(None, wanted):
            assert any(text in n for n in names), (index, text)
        if row["kind"] != "quote":
            headings = [name(n) for n in nodes if n.role() == QAccessible.Role.Heading]
            assert headings and (row["title"] in headings or row["kind"] == "credits"), index
        # Nothing of the prefetched neighbours: every slide node lies inside the window.
        others = [
            viewer.controller.slideRow(i)["announcement"]
            for i in (index - 1, index + 1)
            if 0 <= i < viewer.controller.count
        ]
        panes = [name(n) for n in nodes if n.role() == QAccessible.Role.Pane]
        position = f"Slide {index + 1} of {viewer.controller.count}"
        assert len([p for p in panes if position not in p]) == 1, (index, panes, others)
        width = viewer.window.width()
        for node in nodes:
            if node.role() in (QAccessible.Role.Heading, QAccessible.Role.Paragraph):
                assert 0 <= node.rect().x() - viewer.window.x() < width, (index, name(node))
    names = [name(n) for n in shown(viewer)]
    count = viewer.controller.count
    assert "Timeline" in names and f"Slide {count} of {count}" in names


def heard(viewer: Viewer) -> list[str]:
    """Every announcement the view makes from now on."""
    messages: list[str] = []
    viewer.item("exhibitView").announced.connect(messages.append)  # type: ignore[attr-defined]
    return messages


def node_named(viewer: Viewer, text: str) -> QAccessibleInterface:
    return next(n for n in tree(viewer) if name(n) == text)


def press(node: QAccessibleInterface) -> None:
    actions = node.actionInterface()
    assert actions is not None and "Press" in actions.actionNames(), name(node)
    actions.doAction("Press")
    QCoreApplication.processEvents()


def test_each_slide_change_is_announced_once(open_viewer: OpenViewer, bundled: Exhibit) -> None:
    viewer = open_viewer(bundled)
    messages = heard(viewer)
    QTest.keyClick(viewer.window, Qt.Key.Key_Right)
    viewer.wait_ready()
    count = viewer.controller.count
    kind = {"image": "Picture", "text": "Text"}[bundled.slides[1].kind]
    assert messages == [f"{bundled.slides[1].title.get('en')}. {kind}. Slide 2 of {count}"]
    quote = next(
        i for i, s in enumerate(bundled.slides) if s.kind == "quote" and not s.title.get("en")
    )
    viewer.controller.goTo(quote)
    viewer.wait_ready()
    row = viewer.controller.slideRow(quote)
    assert messages[1] == (
        f"Quotation, {row['speaker']}, {row['dateText']}. Slide {quote + 1} of {count}"
    )
    QTest.keyClick(viewer.window, Qt.Key.Key_Plus)
    assert messages[2:] == ["Text size 125 percent"]


def test_the_focused_show_speaks_each_slide_in_full(
    open_viewer: OpenViewer, bundled: Exhibit
) -> None:
    """Orca 43 ignores announcements: the show's own focused node takes each slide's words as
    its name (which Orca speaks when it changes), announcement first, then all the slide says."""
    viewer = open_viewer(bundled)
    reader = viewer.item("showReader")
    assert reader.hasActiveFocus()
    iface = QAccessible.queryAccessibleInterface(reader)
    count = viewer.controller.count
    for index in (1, 2):
        QTest.keyClick(viewer.window, Qt.Key.Key_Right)
        viewer.wait_ready()
        row = viewer.controller.slideRow(index)
        said = name(iface)
        assert said.startswith(f"{row['announcement']}. Slide {index + 1} of {count}.\n")
        assert said.endswith(row["narration"]) and row["readText"]["body"][:40] in said
    QTest.keyClick(viewer.window, Qt.Key.Key_Plus)  # said as the show's name while it has focus
    assert name(iface) == "Text size 125 percent"


def test_a_slide_key_on_a_control_brings_the_focus_back_to_the_show_which_says_the_slide(
    open_viewer: OpenViewer, bundled: Exhibit
) -> None:
    """Tab to the Sections button, then Right: the show moves and takes the focus back, with
    the new slide as its name (Orca 43 speaks that), and nothing is announced besides."""
    viewer = open_viewer(bundled)
    messages = heard(viewer)
    reader = viewer.item("showReader")
    QTest.keyClick(viewer.window, Qt.Key.Key_Tab)
    assert not reader.hasActiveFocus()
    focused = viewer.window.activeFocusItem()
    assert focused is not None and focused.objectName() == "sectionMenuButton"
    QTest.keyClick(viewer.window, Qt.Key.Key_Right)
    viewer.wait_ready()
    assert viewer.controller.currentIndex == 1 and reader.hasActiveFocus()
    row = viewer.controller.slideRow(1)
    iface = QAccessible.queryAccessibleInterface(reader)
    assert name(iface).startswith(f"{row['announcement']}. Slide 2 of {viewer.controller.count}.")
    assert len(messages) == 1  # one slide change, said once
    QTest.keyClick(viewer.window, Qt.Key.Key_End)  # and from the show itself, as before
    assert viewer.controller.currentIndex == viewer.controller.count - 1 and reader.hasActiveFocus()


def test_press_on_an_event_jumps_and_language_is_a_checked_radio(
    open_viewer: OpenViewer, bundled: Exhibit
) -> None:
    viewer = open_viewer(bundled)
    messages = heard(viewer)
    target = next(
        (bundled.first_slide_for_event(e.id), e)
        for e in bundled.timeline.events
        if bundled.first_slide_for_event(e.id) > 0
    )
    index, event = target
    viewer.wait_for_items(f"event-{event.id}")
    row = next(n for n in tree(viewer) if event.title.get("en") in name(n))
    assert row.role() == QAccessible.Role.ListItem
    press(row)
    viewer.wait_ready()
    assert viewer.controller.currentIndex == index and len(messages) == 1
    assert row.state().selected
    # A row without a slide of its own is no button: it offers nothing to press.
    alone = next(e for e in bundled.timeline.events if bundled.first_slide_for_event(e.id) < 0)
    viewer.wait_for_items(f"event-{alone.id}")
    bare = next(n for n in tree(viewer) if name(n).endswith(f": {alone.title.get('en')}"))
    assert bare.role() == QAccessible.Role.ListItem
    actions = bare.actionInterface()
    assert actions is None or "Press" not in actions.actionNames(), actions.actionNames()
    russian = node_named(viewer, "Русский")
    assert russian.role() == QAccessible.Role.RadioButton and not russian.state().checked
    press(russian)
    assert viewer.controller.language == "ru" and russian.state().checked
    assert messages[-1] == "Язык: Русский"
    assert QLocale().name() == "ru_RU"
    viewer.controller.language = "en"
    assert QLocale().name().startswith("en")


def test_every_button_answers_press(open_viewer: OpenViewer, bundled: Exhibit) -> None:
    viewer = open_viewer(bundled)
    press(node_named(viewer, "Sections"))
    assert viewer.item("sectionMenu").property("open") is True


def focused(viewer: Viewer) -> str:
    item = viewer.window.activeFocusItem()
    return item.objectName() if item is not None else ""


def test_the_section_menu_is_modal(open_viewer: OpenViewer, bundled: Exhibit) -> None:
    viewer = open_viewer(bundled)
    button = viewer.item("sectionMenuButton")
    button.forceActiveFocus()
    QTest.keyClick(viewer.window, Qt.Key.Key_Return)
    viewer.qtbot.waitUntil(lambda: focused(viewer) == "sectionEntry-0")
    dialog = next(n for n in tree(viewer) if n.role() == QAccessible.Role.Dialog)
    assert name(dialog) == "Sections"
    assert "Sections" in [name(n) for n in tree(viewer) if n.role() == QAccessible.Role.Heading]
    last = len(bundled.sections) - 1
    for key, entry in ((Qt.Key.Key_Down, 1), (Qt.Key.Key_Up, 0), (Qt.Key.Key_Backtab, last)):
        QTest.keyClick(viewer.window, key)
        assert focused(viewer) == f"sectionEntry-{entry}"
    QTest.keyClick(viewer.window, Qt.Key.Key_Tab)  # Tab wraps inside the menu
    assert focused(viewer) == "sectionEntry-0"
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_PageDown, Qt.Key.Key_End):
        QTest.keyClick(viewer.window, key)
    assert viewer.controller.currentIndex == 0  # the show behind never moved
    QTest.keyClick(viewer.window, Qt.Key.Key_Escape)
    assert viewer.item("sectionMenu").property("open") is False
    assert button.hasActiveFocus()  # back to the opener
    QTest.keyClick(viewer.window, Qt.Key.Key_M)
    viewer.qtbot.waitUntil(lambda: focused(viewer) == "sectionEntry-0")
    QTest.keyClick(viewer.window, Qt.Key.Key_Down)
    QTest.keyClick(viewer.window, Qt.Key.Key_Return)
    viewer.wait_ready()
    assert viewer.controller.sectionIndex == 1
    assert viewer.item("sectionMenu").property("open") is False


def test_going_to_a_slide_from_a_control_gives_the_slide_the_focus(
    open_viewer: OpenViewer, bundled: Exhibit
) -> None:
    """Enter on a timeline event or a chosen section moves the focus to the show, whose node
    then says the new slide (Orca 43 says nothing of a slide change while a control has it)."""
    viewer = open_viewer(bundled)
    reader = viewer.item("showReader")
    iface = QAccessible.queryAccessibleInterface(reader)
    count = viewer.controller.count
    event = next(e for e in bundled.timeline.events if bundled.first_slide_for_event(e.id) > 0)
    index = bundled.first_slide_for_event(event.id)
    viewer.wait_for_items(f"event-{event.id}")
    viewer.item(f"event-{event.id}").forceActiveFocus()
    QTest.keyClick(viewer.window, Qt.Key.Key_Return)
    viewer.wait_ready()
    assert viewer.controller.currentIndex == index and reader.hasActiveFocus()
    assert f"Slide {index + 1} of {count}." in name(iface)
    viewer.item("sectionMenuButton").forceActiveFocus()
    QTest.keyClick(viewer.window, Qt.Key.Key_Return)
    viewer.qtbot.waitUntil(lambda: viewer.window.activeFocusItem() is not reader)
    QTest.keyClick(viewer.window, Qt.Key.Key_End)
    QTest.keyClick(viewer.window, Qt.Key.Key_Return)
    viewer.wait_ready()
    assert viewer.controller.sectionIndex == len(bundled.sections) - 1 and reader.hasActiveFocus()
    assert f"Slide {viewer.controller.currentIndex + 1} of {count}." in name(iface)
