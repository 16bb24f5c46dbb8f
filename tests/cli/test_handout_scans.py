"""`exhibit handout` prints a document's scanned pages after the slides, a page each, as large
as the paper allows: a PDF's pages drawn by Qt PDF, a picture's read at that size. Read back
with Qt PDF itself: the pages' text and the colour of what was drawn."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument

from exhibit.cli import main
from tests.exhibits import MakeExhibit
from tests.pdffiles import DOCUMENT_SECTION, PAGE_COLOURS, write_pdf

SECTION = DOCUMENT_SECTION.format(scan="[{file: one/memo.pdf, pages: 2-3}, one/pic.svg]")


def test_the_scanned_pages_follow_the_slides_a_page_each(
    make_exhibit: MakeExhibit, qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_exhibit(one__section_yaml=SECTION)
    write_pdf(root / "one" / "memo.pdf", pages=3)
    out = tmp_path / "handout.pdf"
    assert main(["handout", str(root), "--out", str(out)]) == 0
    assert "7 pages written" in capsys.readouterr().err  # cover, slide, 3 scans, timeline, credits
    document = QPdfDocument()
    assert document.load(str(out)) == QPdfDocument.Error.None_
    texts = [document.getAllText(n).text() for n in range(document.pageCount())]
    assert [n for n, text in enumerate(texts) if "A memo · Page" in text] == [2, 3, 4]
    assert "Page 1 of 3" in texts[2] and "Page 3 of 3" in texts[4]
    page = document.render(2, QSize(600, 848))
    page.save(str(tmp_path / "scan-page.png"))
    middle = page.pixelColor(page.width() // 2, int(page.height() * 0.5))
    blue = QColor(PAGE_COLOURS[1])
    # The PDF's second page, drawn large (the handout's PDF compresses its pictures a little).
    assert max(abs(middle.red() - blue.red()), abs(middle.blue() - blue.blue())) < 6
    document.close()
