"""A picture slide with a body: the picture beside its whole text, which scrolls only when long."""

from __future__ import annotations

import pytest
from PySide6.QtQuick import QQuickItem

from tests.exhibits import BASE, MakeExhibit
from tests.ui.conftest import OpenViewer, Viewer, find_item
from tests.ui.test_fit import fit_problems

SHORT = "The picture's story, told in two plain sentences. Nothing here is cut."
LONG = " ".join(f"Sentence {n} of a long account that a visitor reads in full." for n in range(17))

# BASE's section up to its title slide, then two pictures with text.
SECTION = (
    BASE["one/section.yaml"].split("  - id: s2")[0].replace("{", "{{").replace("}", "}}")
    + """\
  - id: short
    kind: image
    title: A picture with a story
    subtitle: 1337 – 1453
    image: one/pic.svg
    alt: A black square
    caption: The picture's own caption
    body: "{short}"
  - id: long
    kind: image
    title: A picture with a long story
    image: one/pic.svg
    alt: A black square
    body: "{long}"
"""
)


def shown(viewer: Viewer, index: int) -> tuple[QQuickItem, QQuickItem, QQuickItem]:
    """Slide `index` on screen: the slide, its prose and the prose's scroller."""
    viewer.controller.goTo(index)
    viewer.wait_ready()
    slide = viewer.item(f"slide-{index}")
    prose = find_item(slide, "pictureText")
    scroller = find_item(slide, "pictureTextScroller")
    assert prose is not None and scroller is not None
    return slide, prose, scroller


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1080, 1920)])
def test_picture_beside_its_whole_text(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit, size: tuple[int, int]
) -> None:
    root = make_exhibit(one__section_yaml=SECTION.format(short=SHORT, long=LONG))
    viewer = open_viewer(root, size=size)
    slide, prose, scroller = shown(viewer, 1)
    assert prose.property("text") == f"<p>{SHORT}</p>"
    assert not scroller.property("interactive"), "a short text does not scroll"
    assert fit_problems(viewer, slide, "short") == []
    picture = find_item(slide, "slideImage")
    assert picture is not None
    left_of = picture.mapToItem(slide, picture.width(), 0).x() <= prose.mapToItem(slide, 0, 0).x()
    above = picture.mapToItem(slide, 0, picture.height()).y() <= prose.mapToItem(slide, 0, 0).y()
    assert left_of or above, "the text is beside the picture, not over it"
    assert viewer.item("captionText").property("text") == "The picture's own caption"
    assert not viewer.item("creditText").isVisible(), "no credit line when the credit is unknown"

    _, prose, scroller = shown(viewer, 2)
    assert prose.property("text") == f"<p>{LONG}</p>", "the whole text, never cut"
    assert not prose.property("truncated")
    if float(prose.property("contentHeight")) > scroller.height():
        assert scroller.property("interactive"), "an over-long text scrolls"


def test_picture_without_body_keeps_its_title_above(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit
) -> None:
    viewer = open_viewer(make_exhibit())
    viewer.controller.goTo(2)
    viewer.wait_ready()
    assert find_item(viewer.item("slide-2"), "pictureText") is None
    assert "credit: Me" in BASE["one/section.yaml"]
    assert viewer.item("creditText").property("text").endswith("Me")
