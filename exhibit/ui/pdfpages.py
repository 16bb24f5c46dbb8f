"""The pages of a document scan's PDF, drawn by Qt PDF: counted and measured for the show, drawn
on demand at the size a view asks for (an image provider), tried by `exhibit check`, and drawn
for the handout. Only pages are ever drawn: links, forms and scripts in a PDF are never followed
or run, and only PDFs the loaded exhibit names (inside its folder) are served."""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtQml import QQmlEngine, QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

from exhibit.content.errors import Problem
from exhibit.content.model import ScanPages
from exhibit.content.pdffile import MAX_PDF_PAGES, MAX_SCAN_PAGES

if TYPE_CHECKING:  # the viewer loads its exhibit from the cache, without the reader
    from exhibit.content.reader import PdfRef

log = logging.getLogger("exhibit.ui")
PROVIDER = "exhibitpdf"
URL_PREFIX = f"image://{PROVIDER}/"
# A page's own resolution, to which it zooms: 300 dots an inch shows every dot of a good scan.
OWN_DPI = 300
MAX_SIDE = 12_000  # and never more than this a side or these pixels (48 MB) whatever its size
MAX_PIXELS = 12_000_000
TRIAL_SIDE = 256
_KEPT = 64  # PDFs remembered by the shelf
_ERRORS = {  # Qt PDF's load errors by name
    "IncorrectPassword": "it is protected by a password",
    "UnsupportedSecurityScheme": "it is protected by a password",
    "InvalidFileFormat": "Qt PDF cannot read it; it is damaged or not a PDF",
    "FileNotFound": "it cannot be found",
}
_lock = threading.Lock()  # PDFium, under Qt PDF, draws one page at a time


def own_size(points: QSizeF) -> QSize:
    """A page of `points` (1/72 inch) at its own resolution, within the bounds."""
    width, height = points.width() * OWN_DPI / 72, points.height() * OWN_DPI / 72
    if width <= 0 or height <= 0:
        return QSize()
    scale = min(1.0, MAX_SIDE / max(width, height), (MAX_PIXELS / (width * height)) ** 0.5)
    return QSize(max(1, round(width * scale)), max(1, round(height * scale)))


def _open(path: str) -> tuple[Any, str]:
    """The document (a QPdfDocument), and why it cannot be shown ("" when it can). Qt PDF
    is loaded on first use: an exhibit without PDFs never pays for it at start."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    error = document.load(path)
    if error != QPdfDocument.Error.None_:
        return document, _ERRORS.get(error.name, f"Qt PDF cannot open it ({error.name})")
    if document.pageCount() > MAX_PDF_PAGES:
        return document, f"it has {document.pageCount()} pages; at most {MAX_PDF_PAGES} can be read"
    return document, ""


def _fitted(own: QSize, asked: QSize) -> QSize:
    """`own` scaled to fit what a view asked for (a side of 0: any), never above `own`."""
    width = asked.width() if asked.width() > 0 else own.width()
    height = asked.height() if asked.height() > 0 else own.height()
    if width >= own.width() and height >= own.height():
        return own
    fitted = own.scaled(QSize(width, height), Qt.AspectRatioMode.KeepAspectRatio)
    return fitted.expandedTo(QSize(1, 1))


def draw_page(path: str, index: int, asked: QSize) -> QImage:
    """Page `index` (from 0) on white, fitted to `asked`; a null image when it cannot be drawn."""
    with _lock:
        document, problem = _open(path)
        try:
            if problem or not 0 <= index < document.pageCount():
                return QImage()
            size = _fitted(own_size(document.pagePointSize(index)), asked)
            if size.isEmpty():
                return QImage()
            drawn = document.render(index, size)
        finally:
            document.close()
    if drawn.isNull():
        return QImage()
    page = QImage(size, QImage.Format.Format_RGB32)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, drawn)
    painter.end()
    return page


class PdfShelf:
    """The PDFs the show's scans name: their pages as provider URLs, and each page's own size.

    A PDF is known by its path and its size and time, so a changed file gets new URLs (the
    views' picture cache holds none of its old pages)."""

    def __init__(self) -> None:
        self._known: OrderedDict[tuple[str, int, int], tuple[str, list[QSize]]] = OrderedDict()
        self._paths: dict[str, str] = {}  # a URL's name for a PDF → its path
        self._sizes: dict[str, QSize] = {}  # a page's URL → its own size

    def urls(self, scan: ScanPages) -> list[str]:
        """A scan's page URLs: a picture's file URL, a PDF's shown pages ('' for a PDF that
        cannot be opened: the view shows its placeholder)."""
        if not scan.is_pdf:
            return [scan.file.as_uri()]
        known = self._entry(str(scan.file))
        if known is None:
            return [""]
        name, sizes = known
        last = min(scan.last or len(sizes), len(sizes), scan.first + MAX_SCAN_PAGES - 1)
        pages = []
        for index in range(scan.first - 1, last):
            url = f"{URL_PREFIX}{name}/{index}"
            self._sizes[url] = sizes[index]
            pages.append(url)
        return pages or [""]

    def _entry(self, path: str) -> tuple[str, list[QSize]] | None:
        try:
            stat = os.stat(path)
        except OSError:
            return None
        key = (path, stat.st_mtime_ns, stat.st_size)
        if key not in self._known:
            with _lock:
                document, problem = _open(path)
                sizes = [own_size(document.pagePointSize(n)) for n in range(document.pageCount())]
                document.close()
            if problem or not sizes:
                log.warning("scan %s cannot be shown, placeholder used: %s", path, problem)
                return None
            name = f"{len(self._paths)}-{stat.st_mtime_ns}"
            self._paths[name] = path
            self._known[key] = (name, sizes)
            while len(self._known) > _KEPT:
                old_name, _ = self._known.popitem(last=False)[1]
                self._paths.pop(old_name, None)
        self._known.move_to_end(key)
        return self._known[key]

    def own_size(self, url: str) -> QSize:
        """The own size of the page at a provider URL (empty when it is not one of ours)."""
        return self._sizes.get(url, QSize())

    def page(self, request: str) -> tuple[str, int] | None:
        """The PDF and page a provider request ('NAME/PAGE') names, if it is one we serve."""
        name, _, page = request.partition("/")
        path = self._paths.get(name)
        return (path, int(page)) if path is not None and page.isdigit() else None


class PdfPageProvider(QQuickImageProvider):
    """Draws a shelf's PDF pages for the views' Image items, at the size they ask for (their
    `sourceSize`), in the picture loader's thread."""

    def __init__(self, shelf: PdfShelf) -> None:
        super().__init__(QQmlImageProviderBase.ImageType.Image)
        self._shelf = shelf

    def requestImage(self, id: str, size: QSize, requestedSize: QSize) -> QImage:
        found = self._shelf.page(id)
        image = QImage() if found is None else draw_page(found[0], found[1], requestedSize)
        if not image.isNull():
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image


def install(engine: QQmlEngine, shelf: PdfShelf) -> None:
    """Let the views of `engine` draw the shelf's pages (once per engine)."""
    if engine.imageProvider(PROVIDER) is None:
        engine.addImageProvider(PROVIDER, PdfPageProvider(shelf))


def pdf_problems(pdfs: list[PdfRef]) -> list[Problem]:
    """A problem at each place a scan names a PDF that Qt PDF cannot open, that lacks the
    pages asked for, or whose first page shown cannot be drawn."""
    from exhibit.ui.mediatrial import quiet_decoders

    problems = []
    with quiet_decoders():
        for ref, first, last in pdfs:
            reason = trial(ref.target, first, last)
            if reason:
                name = os.path.basename(ref.target)
                message = f"{ref.what}: '{name}' cannot be shown ({reason})"
                problems.append(Problem(ref.file, ref.node.line, ref.node.column, message))
    return problems


def trial(path: str, first: int, last: int) -> str:
    """Why pages `first` to `last` (0: the end) of the PDF cannot be shown ("" when they can)."""
    with _lock:
        document, problem = _open(path)
        count = document.pageCount()
        document.close()
    if problem:
        return problem
    if count == 0:
        return "it has no pages"
    if max(first, last) > count:
        return f"it has {count} page{'s' if count != 1 else ''}"
    shown = (last or count) - first + 1
    if shown > MAX_SCAN_PAGES:
        return f"{shown} pages asked for; at most {MAX_SCAN_PAGES} fit one slide (give pages:)"
    if draw_page(path, first - 1, QSize(TRIAL_SIDE, TRIAL_SIDE)).isNull():
        return f"its page {first} cannot be drawn"
    return ""


def scan_page_image(url: str, shelf: PdfShelf, asked: QSize) -> QImage:
    """A scan page for print: a PDF page drawn at `asked`, or a picture read at that size."""
    found = shelf.page(url.removeprefix(URL_PREFIX)) if url.startswith(URL_PREFIX) else None
    if found is not None:
        return draw_page(found[0], found[1], asked)
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImageReader

    reader = QImageReader(QUrl(url).toLocalFile() if url else "")
    own = reader.size()
    if own.isValid():
        reader.setScaledSize(_fitted(own, asked))
    return reader.read()

