"""`exhibit stats --chart`: the report drawn offscreen as a PNG."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from exhibit.analytics.read import read_database
from exhibit.analytics.report import build_report
from exhibit.ui import chart
from exhibit.ui.chart import HEIGHT, WIDTH, draw_chart, save_chart
from exhibit.ui.engine import QML_DIR
from tests.analytics.visitors import simulate


def colours(image: QImage) -> set[int]:
    return {image.pixel(x, y) for x in range(0, WIDTH, 23) for y in range(0, HEIGHT, 17)}


def test_chart_of_two_kiosks(tmp_path: Path, qapp: QApplication) -> None:
    simulate(tmp_path / "lobby.sqlite", kiosk="lobby", days=20, seed=1)
    simulate(tmp_path / "hall.sqlite", kiosk="hall", days=12, seed=2, busy=0.6)
    report = build_report(
        [read_database(tmp_path / "lobby.sqlite"), read_database(tmp_path / "hall.sqlite")]
    )
    out = tmp_path / "visitors.png"
    save_chart(report, out)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (WIDTH, HEIGHT)
    assert len(colours(image)) > 40  # bars, text and panels, not a blank page
    # the two kiosks' bar colours are both present in the per-day chart
    day_band = {image.pixel(x, y) for x in range(60, WIDTH - 60, 3) for y in range(300, 470, 3)}
    assert 0xFF3C5A73 in day_band and 0xFFB8893B in day_band


def test_chart_without_data_says_so(qapp: QApplication) -> None:
    image = draw_chart(build_report([], missing=[Path("/nowhere/analytics.sqlite")]))
    assert (image.width(), image.height()) == (WIDTH, HEIGHT)
    assert len(colours(image)) > 5


def test_chart_needs_a_png_name_in_a_folder_that_exists(tmp_path: Path, qapp: QApplication) -> None:
    report = build_report([])
    with pytest.raises(ValueError, match=r"ending in \.png"):
        save_chart(report, tmp_path / "chart.jpg")
    with pytest.raises(OSError, match="does not exist"):
        save_chart(report, tmp_path / "missing" / "chart.png")


THEME = (QML_DIR / "Exhibit" / "Theme.qml").read_text(encoding="utf-8")


def theme_colour(name: str) -> int:
    # The screen's value (a handout's pictures swap some: `printing ? PRINT : "#SCREEN"`).
    found = re.search(
        rf'property color {name}: (?:printing \? [^:]+ : )?"(#[0-9A-Fa-f]{{6}})"', THEME
    )
    assert found is not None, name
    return QColor(found.group(1)).rgb()


def test_chart_draws_in_the_views_colours(qapp: QApplication) -> None:
    image = draw_chart(build_report([]))
    assert image.pixel(5, 5) == theme_colour("ink")  # the header
    assert image.pixel(5, HEIGHT - 5) == theme_colour("page")


def test_chart_keeps_no_colours_of_its_own() -> None:
    source = Path(chart.__file__).read_text(encoding="utf-8")
    assert re.findall(r"#[0-9A-Fa-f]{6}\b|QColor\(\s*[\d\"']", source) == []
