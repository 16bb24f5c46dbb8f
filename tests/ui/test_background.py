"""A slide's `background`: a colour or a picture behind it, dimmed; a bad one is refused."""

from __future__ import annotations

from PySide6.QtQuick import QQuickItem

from exhibit.content.loader import check
from tests.exhibits import BASE, MakeExhibit
from tests.ui.conftest import OpenViewer, find_item

SECTION = (
    BASE["one/section.yaml"]
    .replace("    title: Hello\n", "    title: Hello\n    background: '#2B4162'\n")
    .replace("    credit: Me\n", "    credit: Me\n    background: one/pic.svg\n")
)


def test_backgrounds_are_read_and_shown(open_viewer: OpenViewer, make_exhibit: MakeExhibit) -> None:
    root = make_exhibit(one__section_yaml=SECTION)
    result = check(root)
    assert result.problems == []
    assert result.exhibit is not None
    first, _, picture = result.exhibit.slides
    assert first.background == "#2b4162"
    assert picture.background.endswith("one/pic.svg")
    viewer = open_viewer(root)
    tint = find_item(viewer.item("slide-0"), "slideBackgroundColour")
    assert tint is not None and tint.isVisible()
    assert tint.property("color").name() == "#2b4162"
    viewer.controller.goTo(2)
    viewer.wait_ready()
    backdrop = find_item(viewer.item("slide-2"), "slideBackground")
    assert isinstance(backdrop, QQuickItem)
    assert backdrop.isVisible(), "loaded (it is shown once ready)"
    assert 0 < backdrop.property("opacity") < 0.5, "dimmed under the slide's own content"


def test_a_bad_background_is_one_clear_error(make_exhibit: MakeExhibit) -> None:
    root = make_exhibit(one__section_yaml=SECTION.replace("'#2B4162'", "'#2B41'"))
    messages = [p.format() for p in check(root).problems]
    assert len(messages) == 1
    assert "section.yaml:7:17:" in messages[0] and "is not #RRGGBB" in messages[0]
    root = make_exhibit(one__section_yaml=SECTION.replace("one/pic.svg\n", "one/none.svg\n", 2))
    messages = [p.format() for p in check(root).problems]
    assert any("background" in m and "does not exist" in m for m in messages), messages
