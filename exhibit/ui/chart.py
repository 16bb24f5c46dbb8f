"""`exhibit stats --chart`: the visitor report drawn as one PNG with QPainter, offscreen."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from exhibit.analytics.formats import duration_text
from exhibit.analytics.report import Report
from exhibit.ui.engine import application, register_fonts, theme_values

WIDTH, HEIGHT = 1600, 1000
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class Palette(NamedTuple):
    """The chart's colours and type faces: the views' own, from their Theme (Theme.qml)."""

    ink: QColor
    page: QColor
    paper_deep: QColor
    card: QColor
    text: QColor
    text_soft: QColor
    on_ink: QColor
    on_ink_soft: QColor
    accent: QColor
    figure: QColor  # the header's figures, on ink
    rule: QColor  # grid lines and card edges, on white
    weekend: QColor
    others: QColor
    kiosks: list[QColor]
    exits: list[QColor]
    serif: str
    sans: str


def theme_palette() -> Palette:
    theme = theme_values()
    return Palette(
        ink=theme["ink"],
        page=theme["page"],
        paper_deep=theme["paperDeep"],
        card=theme["white"],
        text=theme["text"],
        text_soft=theme["textSoft"],
        on_ink=theme["textOnInk"],
        on_ink_soft=theme["textOnInkSoft"],
        accent=theme["accent"],
        figure=theme["accentOnInk"],
        rule=theme["pageEdge"],
        weekend=theme["chartWeekend"],
        others=theme["chartOthers"],
        kiosks=theme["chartKiosks"],
        exits=theme["chartExits"],
        serif=theme["serif"],
        sans=theme["sans"],
    )


def _font(family: str, pixels: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(family)
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _day_label(day: str, with_month: bool) -> str:
    value = date.fromisoformat(day)
    return f"{value.day} {MONTHS[value.month - 1]}" if with_month else str(value.day)


def _span_text(first: str | None, last: str | None) -> str:
    if not first or not last:
        return ""
    a, b = date.fromisoformat(first), date.fromisoformat(last)
    if a == b:
        return f"{a.day} {MONTHS[a.month - 1]} {a.year}"
    left = f"{a.day} {MONTHS[a.month - 1]}" + (f" {a.year}" if a.year != b.year else "")
    return f"{left} – {b.day} {MONTHS[b.month - 1]} {b.year}"


class _Chart:
    def __init__(self, painter: QPainter, report: Report, palette: Palette) -> None:
        self.p = painter
        self.c = palette
        self.report = report
        self.all = report.all

    # -- drawing helpers ---------------------------------------------------------------------

    def text(
        self,
        rect: QRectF,
        text: str,
        font: QFont,
        colour: QColor,
        flags: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    ) -> None:
        self.p.setFont(font)
        self.p.setPen(colour)
        metrics = QFontMetricsF(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        self.p.drawText(rect, int(flags), shown)

    def rounded(self, rect: QRectF, colour: QColor, radius: float = 6) -> None:
        path = QPainterPath()
        path.addRoundedRect(rect, radius, radius)
        self.p.fillPath(path, colour)

    def panel(self, rect: QRectF, title: str, subtitle: str = "") -> QRectF:
        """A titled card; returns the area inside it for the drawing."""
        self.rounded(rect, self.c.card, 10)
        self.p.setPen(QPen(self.c.rule, 1))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawRoundedRect(rect, 10, 10)
        head = QRectF(rect.left() + 28, rect.top() + 18, rect.width() - 56, 34)
        self.text(head, title, _font(self.c.serif, 24, bold=True), self.c.text)
        if subtitle:
            self.text(
                QRectF(head.left(), head.bottom(), head.width(), 22),
                subtitle,
                _font(self.c.sans, 15),
                self.c.text_soft,
            )
        top = head.bottom() + (34 if subtitle else 14)
        return QRectF(rect.left() + 28, top, rect.width() - 56, rect.bottom() - top - 22)

    # -- parts -------------------------------------------------------------------------------

    def header(self) -> None:
        self.p.fillRect(QRectF(0, 0, WIDTH, 170), self.c.ink)
        kiosks = self.report.databases
        names = ", ".join(k.kiosk for k in kiosks)
        scope = f"{len(kiosks)} kiosks: {names}" if len(kiosks) > 1 else (names or "no kiosk yet")
        span = _span_text(self.all.first_day, self.all.last_day)
        since = f"since {self.report.since}" if self.report.since else ""
        self.text(
            QRectF(48, 30, 640, 60), "Visitors", _font(self.c.serif, 46, bold=True), self.c.on_ink
        )
        self.text(
            QRectF(50, 94, 700, 28),
            " · ".join(x for x in (scope, span) if x),
            _font(self.c.sans, 19),
            self.c.on_ink_soft,
        )
        if since:
            self.text(QRectF(50, 124, 700, 24), since, _font(self.c.sans, 16), self.c.on_ink_soft)
        tiles = [
            (f"{self.all.sessions:,}", "visits"),
            (duration_text(self.all.median_session_seconds), "median visit"),
            (f"{self.all.slide_views:,}", "slides viewed"),
            (duration_text(self.all.median_view_seconds), "median time on a slide"),
        ]
        value_font, label_font = _font(self.c.serif, 40, bold=True), _font(self.c.sans, 17)
        right = WIDTH - 48.0
        for value, label in reversed(tiles):
            width = max(
                QFontMetricsF(value_font).horizontalAdvance(value),
                QFontMetricsF(label_font).horizontalAdvance(label),
            )
            left = right - width
            self.text(QRectF(left, 44, width + 4, 56), value, value_font, self.c.figure)
            self.text(QRectF(left, 102, width + 4, 26), label, label_font, self.c.on_ink_soft)
            right = left - 56

    def sessions_per_day(self, rect: QRectF) -> None:
        days = self.all.sessions_per_day
        kiosks = self.report.kiosks or {"all": self.all}
        labels = list(kiosks)
        area = self.panel(
            rect,
            "Visits per day",
            "one bar a day, weekends shaded" + ("; colours are kiosks" if len(labels) > 1 else ""),
        )
        if len(labels) > 1:  # legend, top right
            x = rect.right() - 28
            for index in reversed(range(len(labels))):
                label = labels[index]
                width = QFontMetricsF(_font(self.c.sans, 15)).horizontalAdvance(label)
                x -= width
                self.text(
                    QRectF(x, rect.top() + 24, width + 2, 22),
                    label,
                    _font(self.c.sans, 15),
                    self.c.text,
                )
                x -= 22
                self.rounded(QRectF(x, rect.top() + 29, 14, 14), self._kiosk_colour(index), 3)
                x -= 22
        if not days:
            return
        counts = {
            label: {d.day: d.sessions for d in kiosks[label].sessions_per_day}
            for label in labels
        }
        peak = max(d.sessions for d in days) or 1
        step = _nice_step(peak)
        top_value = step * math.ceil(peak / step)
        plot = QRectF(area.left() + 44, area.top() + 4, area.width() - 44, area.height() - 34)
        axis_font = _font(self.c.sans, 14)
        value = 0.0
        while value <= top_value + 1e-9:
            y = plot.bottom() - plot.height() * value / top_value
            self.p.setPen(QPen(self.c.rule if value else self.c.text_soft, 1))
            self.p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            self.text(
                QRectF(area.left() - 6, y - 10, 40, 20),
                f"{value:g}",
                axis_font,
                self.c.text_soft,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
            value += step
        slot = plot.width() / len(days)
        bar = max(1.0, min(slot * 0.72, 48))
        label_every = max(1, math.ceil(len(days) / max(1, plot.width() // 56)))
        for index, day in enumerate(days):
            x = plot.left() + slot * index + (slot - bar) / 2
            bottom = plot.bottom()
            weekday = date.fromisoformat(day.day).weekday()
            if weekday >= 5:
                self.p.fillRect(
                    QRectF(plot.left() + slot * index, plot.top(), slot, plot.height()),
                    self.c.weekend,
                )
            for k, label in enumerate(labels):
                n = counts[label].get(day.day, 0)
                if not n:
                    continue
                height = plot.height() * n / top_value
                self.p.fillRect(QRectF(x, bottom - height, bar, height), self._kiosk_colour(k))
                bottom -= height
            if index % label_every == 0:
                first = index == 0 or date.fromisoformat(day.day).day == 1
                self.text(
                    QRectF(x + bar / 2 - 40, plot.bottom() + 6, 80, 22),
                    _day_label(day.day, first or label_every > 1),
                    axis_font,
                    self.c.text_soft,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                )

    def most_viewed(self, rect: QRectF) -> None:
        slides = self.all.most_viewed[:8]
        area = self.panel(rect, "Most viewed slides", "times shown to a visitor · median time")
        if not slides:
            return
        peak = max(s.views for s in slides) or 1
        row = min(44.0, area.height() / len(slides))
        name_width = 250.0
        for index, slide in enumerate(slides):
            top = area.top() + row * index
            self.text(
                QRectF(area.left(), top, name_width - 12, row * 0.5),
                slide.slide,
                _font(self.c.sans, 17, bold=True),
                self.c.text,
            )
            self.text(
                QRectF(area.left(), top + row * 0.45, name_width - 12, row * 0.45),
                slide.section,
                _font(self.c.sans, 13),
                self.c.text_soft,
            )
            full = area.width() - name_width - 130
            width = max(3.0, full * slide.views / peak)
            self.rounded(
                QRectF(area.left() + name_width, top + 8, width, row - 18), self.c.accent, 4
            )
            self.text(
                QRectF(area.left() + name_width + width + 10, top, 130, row - 2),
                f"{slide.views:,}  ·  {duration_text(slide.median_seconds)}",
                _font(self.c.sans, 15),
                self.c.text,
            )

    def exits(self, rect: QRectF) -> None:
        every = self.all.sections
        sections = every[:5]
        area = self.panel(
            rect, "Where visitors leave each section", "share of stays ending on each slide"
        )
        if not sections:
            return
        if len(every) > len(sections):
            more = len(every) - len(sections)
            self.text(
                QRectF(area.left(), rect.bottom() - 30, area.width(), 22),
                f"and {more} more section{'s' if more != 1 else ''}: see exhibit stats "
                "--format table",
                _font(self.c.sans, 13, italic=True),
                self.c.text_soft,
            )
            area = QRectF(area.left(), area.top(), area.width(), area.height() - 16)
        row = min(84.0, area.height() / len(sections))
        for index, section in enumerate(sections):
            top = area.top() + row * index
            ended = sum(e.ended_visit for e in section.exits)
            self.text(
                QRectF(area.left(), top, area.width() * 0.6, 24),
                section.section,
                _font(self.c.sans, 17, bold=True),
                self.c.text,
            )
            self.text(
                QRectF(area.left() + area.width() * 0.4, top, area.width() * 0.6, 24),
                f"{section.visits:,} stays · {ended:,} walked away here",
                _font(self.c.sans, 14),
                self.c.text_soft,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
            bar = QRectF(area.left(), top + 28, area.width(), min(32.0, row - 40))
            self.rounded(bar, self.c.paper_deep, 4)
            x = bar.left()
            shown = section.exits[: len(self.c.exits) - 1]
            rest = sum(e.share for e in section.exits[len(shown) :])
            parts = [(e.slide, e.share) for e in shown]
            if rest > 0:
                parts.append(("others", rest))
            for number, (slide, share) in enumerate(parts):
                width = bar.width() * share
                colour = self.c.exits[number] if slide != "others" else self.c.others
                self.p.fillRect(QRectF(x, bar.top(), max(0.0, width - 2), bar.height()), colour)
                label = f"{slide} {share:.0%}"
                font = _font(self.c.sans, 14, bold=number == 0)
                if QFontMetricsF(font).horizontalAdvance(label) + 12 < width:
                    self.text(
                        QRectF(x + 7, bar.top(), width - 10, bar.height()),
                        label,
                        font,
                        self.c.on_ink,
                    )
                elif QFontMetricsF(font).horizontalAdvance(f"{share:.0%}") + 10 < width:
                    self.text(
                        QRectF(x + 5, bar.top(), width - 8, bar.height()),
                        f"{share:.0%}",
                        font,
                        self.c.on_ink,
                    )
                x += width

    def empty(self) -> None:
        note = self.report.note or "no visitor data yet"
        box = QRectF(200, 330, WIDTH - 400, 340)
        self.rounded(box, self.c.card, 12)
        self.text(
            QRectF(box.left(), box.top() + 90, box.width(), 70),
            "No visitor data yet",
            _font(self.c.serif, 44, bold=True),
            self.c.text,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
        )
        self.p.setFont(_font(self.c.sans, 20))
        self.p.setPen(self.c.text_soft)
        self.p.drawText(
            QRectF(box.left() + 60, box.top() + 180, box.width() - 120, 120),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            note[:1].upper() + note[1:] + ".",
        )

    def _kiosk_colour(self, index: int) -> QColor:
        return self.c.kiosks[index % len(self.c.kiosks)]

    def draw(self) -> None:
        self.p.fillRect(QRectF(0, 0, WIDTH, HEIGHT), self.c.page)
        self.header()
        if not self.all.sessions:
            self.empty()
            return
        self.sessions_per_day(QRectF(40, 200, WIDTH - 80, 330))
        half = (WIDTH - 80 - 30) / 2
        self.most_viewed(QRectF(40, 560, half, 410))
        self.exits(QRectF(40 + half + 30, 560, half, 410))


def _nice_step(peak: float) -> float:
    """A round gridline step giving three to six lines up to `peak`."""
    raw = peak / 4
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return max(1.0, factor * magnitude)
    return max(1.0, 10 * magnitude)


def draw_chart(report: Report) -> QImage:
    """The report as a 1600x1000 picture."""
    application(offscreen=True)
    register_fonts()
    palette = theme_palette()
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        _Chart(painter, report, palette).draw()
    finally:
        painter.end()
    return image


def save_chart(report: Report, path: Path) -> None:
    """Write the report's chart to `path` (a .png name); OSError when it cannot be written."""
    if path.suffix.lower() != ".png":
        raise ValueError(f"{path}: the chart is a PNG; give a name ending in .png")
    if not path.parent.is_dir():
        raise OSError(f"{path}: folder {path.parent} does not exist")
    image = draw_chart(report)
    if not image.save(str(path)):  # the format follows the .png suffix
        raise OSError(f"{path}: cannot write the file")
