"""`exhibit handout`: a printable PDF of the slides as the viewer draws them, with captions."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMarginsF, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickItem

from exhibit import __version__
from exhibit.content.model import Exhibit
from exhibit.show.rows import credits_html, date_text
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
from exhibit.ui.render import wait_until_ready

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
DPI = 150
INK = QColor("#1C2230")
SOFT = QColor("#4A4F5C")
ACCENT = QColor("#A63D2F")


def slide_images(exhibit: Exhibit, lang: str | None) -> list[QImage]:
    """Every slide as the viewer's slide stage draws it (the same QML views as `render`)."""
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
    """Draws text blocks down a page and starts new pages on the writer."""

    def __init__(self, writer: QPdfWriter) -> None:
        self.writer = writer
        self.painter = QPainter(writer)
        self.page = writer.pageLayout().paintRectPixels(writer.resolution())
        self.first = True

    def new_page(self) -> None:
        if not self.first:
            self.writer.newPage()
        self.first = False

    def points(self, size: float) -> float:
        return size * self.writer.resolution() / 72

    def text(
        self,
        top: float,
        body: str,
        size: float,
        color: QColor = INK,
        family: str = "Noto Serif",
        bold: bool = False,
        italic: bool = False,
        rich: bool = False,
        height: float | None = None,
    ) -> float:
        """Draw wrapped text at `top`; returns the y below it."""
        document = QTextDocument()
        font = QFont(family)
        font.setPixelSize(round(self.points(size)))
        font.setBold(bold)
        font.setItalic(italic)
        document.setDefaultFont(font)
        document.setDefaultStyleSheet(f"body {{ color: {color.name()}; }}")
        document.setDocumentMargin(0)
        document.setTextWidth(self.page.width())
        content = body if rich else html.escape(body).replace("\n", "<br>")
        document.setHtml(f"<body style='color:{color.name()}'>{content}</body>")
        self.painter.save()
        self.painter.translate(self.page.left(), top)
        limit = height if height is not None else self.page.bottom() - top
        document.drawContents(self.painter, QRectF(0, 0, self.page.width(), limit))
        self.painter.restore()
        return top + min(document.size().height(), limit) + self.points(size * 0.6)

    def finish(self) -> None:
        self.painter.end()


def write_handout(
    exhibit: Exhibit, images: list[QImage], out: Path, lang: str | None, notes: bool, paper: str
) -> int:
    """Cover, one page per slide (picture, caption, source), timeline, sources and credits."""
    language = lang or exhibit.default_language
    fb = exhibit.default_language
    writer = QPdfWriter(str(out))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPERS[paper]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(exhibit.title.get(language, fb))
    writer.setCreator(f"Exhibit {__version__}")
    pages = _Pages(writer)
    page = pages.page

    pages.new_page()
    y = page.top() + page.height() * 0.3
    y = pages.text(y, exhibit.title.get(language, fb), 30, bold=True)
    y = pages.text(y, exhibit.subtitle.get(language, fb), 15, SOFT, italic=True)
    sections = ", ".join(s.title.get(language, fb) for s in exhibit.sections)
    pages.text(
        y + pages.points(20),
        f"Handout · {len(exhibit.slides)} slides · {sections}",
        11,
        SOFT,
        family="Noto Sans",
    )

    total = len(exhibit.slides)
    transcripts = 0
    for number, (slide, image) in enumerate(zip(exhibit.slides, images, strict=True), 1):
        pages.new_page()
        section = exhibit.section(slide.section_id)
        heading = (
            f"{section.title.get(language, fb) if section else ''} · slide {number} of {total}"
        )
        y = pages.text(page.top(), heading.upper(), 9, ACCENT, family="Noto Sans", bold=True)
        picture_height = page.width() * image.height() / max(1, image.width())
        target = QRectF(page.left(), y, page.width(), picture_height)
        pages.painter.drawImage(target, image)
        pages.painter.setPen(QColor("#8A8372"))
        pages.painter.drawRect(target)
        y = target.bottom() + pages.points(12)
        y = pages.text(y, slide.caption.get(language, fb), 13)
        source = exhibit.source(slide.source) if slide.source else None
        citation = []
        if source:
            citation.append("Source: " + source.title.get(language, fb))
        if slide.text("citation"):
            citation.append(slide.text("citation").get(language, fb))
        if slide.credit:
            citation.append("Credit: " + slide.credit.get(language, fb))
        if citation:
            y = pages.text(y, "\n".join(citation), 9, SOFT, family="Noto Sans", italic=True)
        if notes and slide.notes:
            y = pages.text(y + pages.points(6), "Notes", 10, ACCENT, family="Noto Sans", bold=True)
            pages.text(y, slide.notes.get(language, fb), 10, family="Noto Sans", rich=True)
        transcript = slide.text("transcript").get(language, fb)
        if transcript:  # a recording's words, on a page of their own after its slide
            transcripts += 1
            pages.new_page()
            title = slide.title.get(language, fb) or slide.caption.get(language, fb)
            y = pages.text(page.top(), f"Transcript: {title}", 16, bold=True)
            pages.text(y, transcript, 11, family="Noto Serif", rich=True)

    pages.new_page()
    y = pages.text(page.top(), "Timeline", 22, bold=True)
    rows = []
    for event in exhibit.timeline.events:
        when = event.display_date.get(language, fb) or date_text(event.date, language)
        rows.append(
            f"<tr><td style='padding-right:12px'><b>{html.escape(when)}</b></td>"
            f"<td>{html.escape(event.title.get(language, fb))}</td></tr>"
        )
    pages.text(y, f"<table>{''.join(rows)}</table>", 10, family="Noto Sans", rich=True)

    pages.new_page()
    y = pages.text(page.top(), "Sources and credits", 22, bold=True)
    pages.text(y, credits_html(exhibit, language), 10, family="Noto Sans", rich=True)
    pages.finish()
    return total + transcripts + 3


def handout(folder: Path, label: str, out: Path, lang: str | None, notes: bool, paper: str) -> int:
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
        pages = write_handout(exhibit, images, out, lang, notes, paper)
    except OSError as exc:
        raise Failure(f"{out}: cannot write ({exc})") from None
    if not out.is_file() or out.stat().st_size == 0:
        raise Failure(f"{out}: cannot write")
    say(f"{pages} pages written to {out}")
    return 0
