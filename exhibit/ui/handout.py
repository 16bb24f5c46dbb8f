"""`exhibit handout`: a printable PDF of the slides as the viewer draws them, with captions."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMarginsF, QObject, QPointF, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem

from exhibit import __version__
from exhibit.content.model import Exhibit, Slide
from exhibit.content.text import LocalText
from exhibit.show.rows import credits_html, date_text
from exhibit.show.strings import strings_for
from exhibit.system.console import Failure, UsageError, say
from exhibit.ui.controller import Controller
from exhibit.ui.engine import (
    QtMessages,
    application,
    create_window,
    load_for_view,
    register_fonts,
    use_software_renderer,
)
from exhibit.ui.mediatrial import still_frames
from exhibit.ui.pdfpages import PdfShelf, scan_page_image
from exhibit.ui.render import wait_until_ready

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
PER_PAGE = (1, 2, 3)
DPI = 150
# Every side, inside the paper: printers keep 12.7 mm (half an inch) at least.
MARGIN_MM = 15
INK = QColor("#1C2230")
SOFT = QColor("#4A4F5C")
ACCENT = QColor("#A63D2F")
FRAME = QColor("#8A8372")
LINES = QColor("#B9B1A0")  # the notes lines: light enough to write over


def slide_images(exhibit: Exhibit, lang: str | None) -> list[QImage]:
    """Every slide as the viewer's slide stage draws it (the same QML views as `render`), in
    the Theme's print colours: dark grounds drawn light, so a page does not waste toner."""
    controller = Controller(exhibit, lang, reduced_motion=True)
    frames, frame_folder = still_frames(exhibit)  # a video without a poster: its first frame
    controller.set_media_still(frames)
    try:
        return _grab_slides(exhibit, controller)
    finally:
        frame_folder.cleanup()


def _grab_slides(exhibit: Exhibit, controller: Controller) -> list[QImage]:
    engine = QQmlApplicationEngine()
    window = create_window(engine, controller, 1920, 1080)
    if window is None:
        return []
    theme = engine.singletonInstance("Exhibit", "Theme")
    if isinstance(theme, QObject):
        theme.setProperty("printing", True)
    stage = window.findChild(QQuickItem, "slideStage")
    images: list[QImage] = []
    for index, slide in enumerate(exhibit.slides):
        controller.goTo(index)
        if not wait_until_ready(window):
            window.close()
            raise Failure(f"slide {slide.id} was not drawn in time; no handout was written")
        shot = window.grabWindow()
        if stage is not None:
            box = stage.mapRectToScene(QRectF(0, 0, stage.width(), stage.height())).toRect()
            shot = shot.copy(box)
        images.append(shot)
    window.close()
    engine.deleteLater()  # the views go before the controller they bind to
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    return images


class _Pages:
    """Draws text blocks, pictures and notes lines on the writer's pages, in device pixels
    from the top left corner of the area inside the margins (`page`)."""

    def __init__(self, writer: QPdfWriter) -> None:
        self.writer = writer
        self.painter = QPainter(writer)
        # The painter's origin is already the margins' corner: the area is its size alone.
        inside = writer.pageLayout().paintRectPixels(writer.resolution())
        self.page = QRectF(0, 0, inside.width(), inside.height())
        self.first = True

    def new_page(self) -> None:
        if not self.first:
            self.writer.newPage()
        self.first = False

    def points(self, size: float) -> float:
        return size * self.writer.resolution() / 72

    def mm(self, length: float) -> float:
        return length * self.writer.resolution() / 25.4

    def text(
        self, box: QRectF, body: str, size: float, style: str = "", rich: bool = False
    ) -> float:
        """Wrapped text in `box` (clipped at its bottom): its top, width and height; `style` is
        a CSS font style for the whole block. Returns the y under it."""
        document = QTextDocument()
        font = QFont("Noto Serif")
        font.setPixelSize(round(self.points(size)))
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setTextWidth(box.width())
        content = body if rich else html.escape(body).replace("\n", "<br>")
        document.setHtml(f'<body style="color:{INK.name()}; {style}">{content}</body>')
        self.painter.save()
        self.painter.translate(box.left(), box.top())
        document.drawContents(self.painter, QRectF(0, 0, box.width(), box.height()))
        self.painter.restore()
        return box.top() + min(document.size().height(), box.height()) + self.points(size * 0.6)

    def picture(self, box: QRectF, image: QImage) -> float:
        """The slide's picture at the width of `box`, framed; returns the y under it."""
        height = min(box.height(), box.width() * image.height() / max(1, image.width()))
        target = QRectF(
            box.left(), box.top(), height * image.width() / max(1, image.height()), height
        )
        self.painter.drawImage(target, image)
        self.painter.setPen(QPen(FRAME, self.mm(0.2)))
        self.painter.drawRect(target)
        return target.bottom() + self.mm(3)

    def lines(self, box: QRectF) -> None:
        """Ruled lines to write notes on, 8 mm apart, down to the bottom of `box`."""
        self.painter.setPen(QPen(LINES, self.mm(0.25)))
        y = box.top() + self.mm(8)
        while y <= box.bottom():
            self.painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
            y += self.mm(8)

    def finish(self) -> None:
        self.painter.end()


SANS = "font-family:'Noto Sans';"


class _Handout:
    """The handout's parts in one language: cover, slides (1, 2 or 3 a page), timeline, credits."""

    def __init__(self, exhibit: Exhibit, pages: _Pages, lang: str, notes: bool) -> None:
        self.exhibit = exhibit
        self.pages = pages
        self.lang = lang
        self.notes = notes
        self.words = strings_for(lang)

    def local(self, text: LocalText) -> str:
        return text.get(self.lang, self.exhibit.default_language)

    def cover(self) -> None:
        exhibit, pages, words = self.exhibit, self.pages, self.words
        page = pages.page
        pages.new_page()
        box = QRectF(page.left(), page.top() + page.height() * 0.3, page.width(), page.height() / 2)
        box.setTop(pages.text(box, self.local(exhibit.title), 30, "font-weight:bold;"))
        box.setTop(
            pages.text(
                box, self.local(exhibit.subtitle), 15, f"color:{SOFT.name()}; font-style:italic;"
            )
        )
        count = words["slidesCount"].replace("%1", str(len(exhibit.slides)))
        sections = ", ".join(self.local(s.title) for s in exhibit.sections)
        box.setTop(box.top() + pages.points(20))
        pages.text(
            box, f"{words['handout']} · {count} · {sections}", 11, f"{SANS} color:{SOFT.name()};"
        )

    def slides(self, images: list[QImage], per_page: int) -> int:
        """The slides, `per_page` a page, each in its own cell; returns the pages used."""
        page = self.pages.page
        gap = self.pages.mm(6)
        height = (page.height() - gap * (per_page - 1)) / per_page
        shown = list(enumerate(zip(self.exhibit.slides, images, strict=True), 1))
        for first in range(0, len(shown), per_page):
            self.pages.new_page()
            for row, (number, (slide, image)) in enumerate(shown[first : first + per_page]):
                top = page.top() + row * (height + gap)
                if row:
                    self.pages.painter.setPen(QPen(FRAME, self.pages.mm(0.2)))
                    y = top - gap / 2
                    self.pages.painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y))
                self.cell(
                    QRectF(page.left(), top, page.width(), height), slide, image, number, per_page
                )
        return -(-len(shown) // per_page)

    def cell(self, box: QRectF, slide: Slide, image: QImage, number: int, per_page: int) -> None:
        """One slide: its place and picture; its caption, source, notes and lines to write on
        under the picture when it is alone on the page, beside it when two or three share one."""
        pages = self.pages
        top = pages.text(
            box, self.place(slide, number), 9, f"{SANS} color:{ACCENT.name()}; font-weight:bold;"
        )
        share = {1: 1.0, 2: 0.56, 3: 0.46}[per_page]
        below = pages.picture(
            QRectF(box.left(), top, box.width() * share, box.bottom() - top), image
        )
        if per_page == 1:
            words = QRectF(box.left(), below, box.width(), box.bottom() - below)
        else:
            side = box.width() * share + pages.mm(5)
            words = QRectF(box.left() + side, top, box.width() - side, box.bottom() - top)
        size = {1: 13, 2: 10, 3: 9}[per_page]
        words.setTop(pages.text(words, self.local(slide.caption), size))
        citation = self.citation(slide)
        if citation:
            soft = f"{SANS} color:{SOFT.name()}; font-style:italic;"
            words.setTop(pages.text(words, citation, size - 2, soft))
        if self.notes and slide.notes:
            label = f"{SANS} color:{ACCENT.name()}; font-weight:bold;"
            words.setTop(pages.text(words, self.words["presenterNotes"], size - 1, label))
            words.setTop(pages.text(words, self.local(slide.notes), size - 2, SANS, rich=True))
        pages.lines(words)

    def place(self, slide: Slide, number: int) -> str:
        """'VANCOUVER · SLIDE 13 OF 40', in the handout's language."""
        section = self.exhibit.section(slide.section_id)
        total = str(len(self.exhibit.slides))
        place = self.words["slideOf"].replace("%1", str(number)).replace("%2", total)
        return " · ".join(
            p for p in (self.local(section.title) if section else "", place) if p
        ).upper()

    def citation(self, slide: Slide) -> str:
        words = self.words
        source = self.exhibit.source(slide.source) if slide.source else None
        parts = []
        if source:
            parts.append(words["sourceLabel"].replace("%1", self.local(source.title)))
        if slide.text("citation"):
            parts.append(self.local(slide.text("citation")))
        if slide.credit:
            parts.append(words["credit"].replace("%1", self.local(slide.credit)))
        return "\n".join(parts)

    def transcripts(self) -> int:
        """A recording's words, a page each after the slides; returns the pages used."""
        pages = self.pages
        used = 0
        for slide in self.exhibit.slides:
            transcript = self.local(slide.text("transcript"))
            if not transcript:
                continue
            used += 1
            pages.new_page()
            box = QRectF(pages.page)
            title = self.local(slide.title) or self.local(slide.caption)
            heading = self.words["transcriptLabel"].replace("%1", title)
            box.setTop(pages.text(box, heading, 16, "font-weight:bold;"))
            pages.text(box, transcript, 11, rich=True)
        return used

    def scans(self) -> int:
        """A document's real pages, one a page after the slides, each as large as the page
        allows (a PDF's drawn at the handout's resolution); returns the pages used."""
        pages, shelf = self.pages, PdfShelf()
        used = 0
        for slide in self.exhibit.slides:
            urls = [url for scan in slide.scan for url in shelf.urls(scan)]
            for number, url in enumerate(urls, 1):
                used += 1
                pages.new_page()
                box = QRectF(pages.page)
                place = self.words["scanPage"].replace("%1", str(number))
                heading = f"{self.local(slide.title)} · {place.replace('%2', str(len(urls)))}"
                box.setTop(pages.text(box, heading, 12, f"{SANS} font-weight:bold;"))
                size = QSize(int(box.width()), int(box.height()))
                image = scan_page_image(url, shelf, size) if url else QImage()
                if image.isNull():
                    pages.text(box, self.words["imageUnavailable"], 11, SANS)
                else:
                    pages.picture(box, image)
        return used

    def timeline(self) -> None:
        pages = self.pages
        pages.new_page()
        box = QRectF(pages.page)
        box.setTop(pages.text(box, self.words["timeline"], 22, "font-weight:bold;"))
        rows = []
        for event in self.exhibit.timeline.events:
            when = self.local(event.display_date) or date_text(event.date, self.lang)
            rows.append(
                f"<tr><td style='padding-right:12px'><b>{html.escape(when)}</b></td>"
                f"<td>{html.escape(self.local(event.title))}</td></tr>"
            )
        pages.text(box, f"<table>{''.join(rows)}</table>", 10, SANS, rich=True)

    def credits(self) -> None:
        pages = self.pages
        pages.new_page()
        box = QRectF(pages.page)
        box.setTop(pages.text(box, self.words["sourcesAndCredits"], 22, "font-weight:bold;"))
        pages.text(box, credits_html(self.exhibit, self.lang), 10, SANS, rich=True)


def write_handout(
    exhibit: Exhibit,
    images: list[QImage],
    out: Path,
    lang: str | None,
    notes: bool,
    paper: str,
    per_page: int = 1,
) -> int:
    """Cover, the slides `per_page` a page (picture, caption, source, notes lines), a
    document's scanned pages, transcripts, timeline, sources and credits, every label in the
    handout's language; returns the page count."""
    language = lang or exhibit.default_language
    writer = QPdfWriter(str(out))
    writer.setResolution(DPI)
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPERS[paper]),
            QPageLayout.Orientation.Portrait,
            margins,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(exhibit.title.get(language, exhibit.default_language))
    writer.setCreator(f"Exhibit {__version__}")
    pages = _Pages(writer)
    parts = _Handout(exhibit, pages, language, notes)
    parts.cover()
    used = parts.slides(images, per_page)
    used += parts.scans()
    used += parts.transcripts()
    parts.timeline()
    parts.credits()
    pages.finish()
    return used + 3


def handout(
    folder: Path,
    label: str,
    out: Path,
    lang: str | None,
    notes: bool,
    paper: str,
    per_page: int = 1,
) -> int:
    """The `exhibit handout` command; returns the exit status."""
    exhibit = load_for_view(folder, label, lang)
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"{out}: the handout is a PDF; name it something.pdf")
    if not out.parent.is_dir():
        raise Failure(f"{out.parent}: no such folder")
    QtMessages().install()
    use_software_renderer()
    application(offscreen=True)
    register_fonts()  # the PDF's own text uses them too, not only the slide pictures
    images = slide_images(exhibit, lang)
    if len(images) != len(exhibit.slides):
        raise Failure("the viewer's QML failed to load")
    try:
        pages = write_handout(exhibit, images, out, lang, notes, paper, per_page)
    except OSError as exc:
        raise Failure(f"{out}: cannot write ({exc})") from None
    if not out.is_file() or out.stat().st_size == 0:
        raise Failure(f"{out}: cannot write")
    say(f"{pages} pages written to {out}")
    return 0
