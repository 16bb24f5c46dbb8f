"""What a screen reader gets offscreen: every slide's words as nodes, announcements, actions
and the modal menus, through Qt's own accessibility tree (the AT-SPI walk is in test_atspi)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface

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
        assert len(panes) == 1, (index, panes, others)
        width = viewer.window.width()
        for node in nodes:
            if node.role() in (QAccessible.Role.Heading, QAccessible.Role.Paragraph):
                assert 0 <= node.rect().x() - viewer.window.x() < width, (index, name(node))
    names = [name(n) for n in shown(viewer)]
    count = viewer.controller.count
    assert "Timeline" in names and f"Slide {count} of {count}" in names
