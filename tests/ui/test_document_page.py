"""A document slide's typed page: its marking stays on the paper and the DECLASSIFIED stamp
covers no words, on a wide page, a portrait kiosk's and the half page beside a scan."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtQuick import QQuickItem

from exhibit.content.loader import load
from exhibit.content.model import Exhibit
from tests.exhibits import MakeExhibit
from tests.pdffiles import DOCUMENT_SECTION, write_pdf
from tests.ui.conftest import OpenViewer, Viewer, find_item
from tests.ui.test_fit import visible_texts

CENTRED = ("documentMark", "documentTitle")


def drawn(text: QQuickItem, onto: QQuickItem) -> QRectF:
    """Where a text's letters are, in `onto`'s coordinates (the marking and title centred)."""
    width = min(text.width(), float(text.property("contentWidth")))
    height = min(text.height(), float(text.property("contentHeight")))
    left = (text.width() - width) / 2 if text.objectName() in CENTRED else 0
    return text.mapRectToItem(onto, QRectF(left, 0, width, height))


def page_problems(viewer: Viewer, index: int) -> list[str]:
    slide = viewer.item(f"slide-{index}")
    paper = find_item(slide, "documentPage")
    stamp = find_item(slide, "documentStamp")
    assert paper is not None and stamp is not None and stamp.isVisible()
    edges = QRectF(0, 0, paper.width(), paper.height())
    problems = []
    stamped = stamp.mapRectToItem(paper, QRectF(0, 0, stamp.width(), stamp.height()))
    for text in visible_texts(paper):
        words = str(text.property("text"))[:30]
        box = drawn(text, paper)
        if text.objectName() == "documentMark" and not edges.contains(box):
            problems.append(f"the marking runs off the paper: {box} in {edges}")
        if text.parentItem() is not stamp and stamped.intersects(box):
            problems.append(f"the stamp {stamped} covers {words!r} at {box}")
    return problems


@pytest.mark.parametrize("size", [(1280, 720), (1080, 1920)])
def test_the_bundled_memoranda(
    open_viewer: OpenViewer, bundled: Exhibit, size: tuple[int, int]
) -> None:
    viewer = open_viewer(bundled, size=size)
    documents = [i for i, s in enumerate(bundled.slides) if s.kind == "document"]
    assert documents
    problems = []
    for lang in ("en", "ru"):
        viewer.controller.language = lang
        for index in documents:
            viewer.controller.goTo(index)
            viewer.wait_ready()
            problems += page_problems(viewer, index)
    assert problems == []


def test_the_half_page_beside_a_scan(open_viewer: OpenViewer, make_exhibit: MakeExhibit) -> None:
    section = DOCUMENT_SECTION.format(scan="one/memo.pdf").replace(
        "classification: SECRET",
        "classification: EXCERPT AS QUOTED BY RFE/RL — NOT A FACSIMILE\n"
        "    from: The White House Situation Room",
    )
    root = make_exhibit(one__section_yaml=section)
    write_pdf(Path(root) / "one" / "memo.pdf", pages=1)
    viewer = open_viewer(load(root), size=(1280, 720))
    viewer.wait_ready()
    assert page_problems(viewer, 0) == []
