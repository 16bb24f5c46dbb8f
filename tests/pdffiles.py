"""Test PDFs made in the test set-up: pages drawn with Qt's QPdfWriter, and by hand the broken
kinds (encrypted, cut short, not really a PDF)."""

from __future__ import annotations

from pathlib import Path

PAGE_COLOURS = ("#c8402f", "#2f6bc8", "#3a9a4a", "#c8a02f")
DOCUMENT_SECTION = """id: one
title: One
slides:
  - id: memo-page
    kind: document
    title: A memo
    classification: SECRET
    date: 1993
    source: memo
    citation: Held by the tests
    excerpt: The typed words.
    scan: {scan}
"""
"""A section of one document slide whose `scan:` is filled in (`.format(scan=...)`)."""


def write_pdf(path: Path, pages: int = 3, points: tuple[int, int] = (612, 792)) -> Path:
    """A PDF of `pages` pages of `points` (US Letter by default), each a coloured block with
    its number in large type: tests tell the pages apart by the block's colour."""
    from PySide6.QtCore import QRectF, QSizeF, Qt
    from PySide6.QtGui import QColor, QFont, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageSize(QPageSize(QSizeF(*points), QPageSize.Unit.Point))
    writer.setPageMargins(writer.pageLayout().margins() * 0)
    painter = QPainter(writer)
    width, height = points
    for number in range(pages):
        if number:
            writer.newPage()
        colour = QColor(PAGE_COLOURS[number % len(PAGE_COLOURS)])
        painter.fillRect(QRectF(width * 0.1, height * 0.3, width * 0.8, height * 0.4), colour)
        painter.setFont(QFont("Noto Sans", 48))
        painter.drawText(
            QRectF(0, height * 0.05, width, height * 0.2), Qt.AlignmentFlag.AlignCenter,
            f"Page {number + 1}",
        )
    painter.end()
    return path


def _assemble(objects: list[bytes], trailer: bytes) -> bytes:
    """A PDF file of `objects` (numbered from 1) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, trailer, xref,
    )
    return bytes(out)


def write_encrypted_pdf(path: Path) -> Path:
    """A one-page PDF locked with the standard security handler (an unknown user password)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <%s> /U <%s> >>"
        % (b"11" * 32, b"22" * 32),
    ]
    file_id = b"<" + b"0123456789abcdef" * 2 + b">"
    path.write_bytes(_assemble(objects, b"/Encrypt 4 0 R /ID [%s %s]" % (file_id, file_id)))
    return path


def write_fake_pdf(path: Path) -> Path:
    """A file that starts and ends like a PDF and holds nothing a PDF reader can use."""
    path.write_bytes(b"%PDF-1.4\nnot really a document\nstartxref\n9\n%%EOF\n")
    return path


def write_cut_pdf(source: Path, path: Path) -> Path:
    """The first half of a good PDF, as an interrupted copy leaves it."""
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path
