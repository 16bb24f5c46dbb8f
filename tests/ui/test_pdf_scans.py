"""A document's scan from a PDF: its pages drawn by Qt PDF beside the typed excerpt, turned,
zoomed up to the page's own resolution (drawn at the size shown, never above it), and a PDF
that cannot be opened any more shows the placeholder with the page and citation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QSizeF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from exhibit.content.loader import load
from exhibit.ui.pdfpages import MAX_PIXELS, OWN_DPI, PdfShelf, draw_page, own_size
from tests.exhibits import MakeExhibit
from tests.pdffiles import DOCUMENT_SECTION, PAGE_COLOURS, write_pdf
from tests.ui.conftest import OpenViewer, Viewer
from tests.ui.test_zoom import wheel

SECTION = DOCUMENT_SECTION


def grab_colour(viewer: Viewer) -> str:
    """The colour at the middle of the scan picture as drawn on screen."""
    box = viewer.item("slideImage").parentItem()
    assert box is not None
    centre = box.mapToScene(box.boundingRect().center()).toPoint()
    shot: QImage = viewer.window.grabWindow()
    ratio = shot.devicePixelRatio()
    return shot.pixelColor(int(centre.x() * ratio), int(centre.y() * ratio)).name()


def test_a_pdfs_pages_show_turn_and_zoom_to_their_own_resolution(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit
) -> None:
    root = make_exhibit(one__section_yaml=SECTION.format(scan="one/memo.pdf"))
    write_pdf(Path(root) / "one" / "memo.pdf", pages=3)
    viewer = open_viewer(load(root), size=(1280, 720))
    image = viewer.item("slideImage")
    assert str(image.property("source").toString()).startswith("image://exhibitpdf/")
    assert viewer.item("scanPageText").property("text") == "Page 1 of 3"
    viewer.qtbot.waitUntil(lambda: grab_colour(viewer) == PAGE_COLOURS[0])
    button = viewer.item("scanNext")
    point = button.mapToScene(button.boundingRect().center()).toPoint()
    QTest.mouseClick(viewer.window, Qt.MouseButton.LeftButton, pos=point)
    assert viewer.item("scanPageText").property("text") == "Page 2 of 3"
    viewer.qtbot.waitUntil(lambda: grab_colour(viewer) == PAGE_COLOURS[1])
    assert viewer.controller.currentIndex == 0
    # Zoom: held at the page's own size (Letter at 300 dpi), drawn larger as it zooms.
    box = image.parentItem()
    assert box is not None
    fitted = image.property("sourceSize").height()
    wheel(viewer, box, 40)
    most = box.property("maxZoom")
    assert box.property("zoom") == most > 1
    assert abs(box.height() * most - 11 * OWN_DPI) < 3  # one page dot a screen pixel
    viewer.qtbot.waitUntil(lambda: image.property("sourceSize").height() > fitted)
    # The drawn page (the image's own size) grows with it, up to the page's.
    viewer.qtbot.waitUntil(lambda: image.implicitHeight() > fitted + 100)
    assert image.implicitHeight() <= 11 * OWN_DPI + 1
    assert grab_colour(viewer) == PAGE_COLOURS[1]


def test_a_page_range_shows_only_those_pages(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit
) -> None:
    scan = "[{file: one/memo.pdf, pages: 2-3}, one/pic.svg]"
    root = make_exhibit(one__section_yaml=SECTION.format(scan=scan))
    write_pdf(Path(root) / "one" / "memo.pdf", pages=4)
    viewer = open_viewer(load(root), size=(1280, 720))
    assert viewer.item("scanPageText").property("text") == "Page 1 of 3"
    viewer.qtbot.waitUntil(lambda: grab_colour(viewer) == PAGE_COLOURS[1])


def test_a_pdf_broken_after_loading_shows_the_placeholder_with_its_citation(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit
) -> None:
    root = make_exhibit(one__section_yaml=SECTION.format(scan="one/memo.pdf"))
    pdf = write_pdf(Path(root) / "one" / "memo.pdf", pages=2)
    exhibit = load(root)
    pdf.write_bytes(b"%PDF-1.4\nnot any more\n%%EOF\n")  # damaged while the show runs
    viewer = open_viewer(exhibit, size=(1280, 720))
    viewer.wait_for_items("placeholderAlt")
    alt = viewer.item("placeholderAlt").property("text")
    assert alt == "Page 1 of 1 · A memo · Held by the tests"


def test_pages_are_drawn_at_the_size_asked_and_never_past_their_own(
    tmp_path: Path, qapp: object
) -> None:
    pdf = str(write_pdf(tmp_path / "memo.pdf", pages=1))
    assert draw_page(pdf, 0, QSize(300, 300)).size() == QSize(231, 300)
    assert draw_page(pdf, 0, QSize(0, 0)).size() == QSize(2550, 3300)
    assert draw_page(pdf, 0, QSize(90_000, 90_000)).size() == QSize(2550, 3300)
    assert draw_page(pdf, 5, QSize(300, 300)).isNull()
    # A page declaring a poster's size is held within the pixel bound.
    huge = own_size(QSizeF(14_400, 14_400))  # 200 inches a side
    assert huge.width() * huge.height() <= MAX_PIXELS
    # Only PDFs the shelf has been given are served.
    shelf = PdfShelf()
    assert shelf.page("0-1/0") is None

