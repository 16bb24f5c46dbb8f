"""`exhibit handout` as a printer sees it: every page rasterised (pdftoppm) keeps its ink 12.7 mm
or more from each edge on A4 and Letter, no page is mostly dark, 1, 2 or 3 slides share a page
with lines for notes, and a Russian handout has no English labels."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from exhibit.content.bundled import bundled_exhibit
from exhibit.content.loader import load
from tests.cli.test_handout import page_text, run

pytestmark = [
    pytest.mark.slow,  # each handout draws every slide: 3 to 8 s
    pytest.mark.skipif(
        any(shutil.which(tool) is None for tool in ("pdftoppm", "pdftotext", "convert")),
        reason="rasterises the PDF with poppler-utils and reads it with ImageMagick",
    ),
]

DPI = 72
PRINTER_MARGIN_MM = 12.7
SLIDES = len(load(bundled_exhibit()).slides)


def handout(tmp_path_factory: pytest.TempPathFactory, *args: str) -> Path:
    pdf = tmp_path_factory.mktemp("print") / "h.pdf"
    result = run("--out", str(pdf), *args)
    assert result.returncode == 0, result.stderr
    return pdf


@pytest.fixture(scope="module")
def letter(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return handout(tmp_path_factory, "--paper", "letter", "--notes")


@pytest.fixture(scope="module")
def a4_three(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return handout(tmp_path_factory, "--paper", "a4", "--per-page", "3", "--notes")


@pytest.fixture(scope="module")
def russian(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return handout(tmp_path_factory, "--lang", "ru", "--per-page", "2")


def pages(pdf: Path) -> list[Path]:
    """Every page as a PNG at 72 dpi (a pixel is 0.35 mm)."""
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(prefix)], check=True)
    return sorted(pdf.parent.glob(f"{prefix.name}-*.png"))


def magick(png: Path, *options: str) -> str:
    """What ImageMagick's `convert PNG OPTIONS info:` says of the page."""
    command = ["convert", str(png), *options, "info:"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def ink_box(png: Path) -> tuple[int, int, int, int, int, int]:
    """The page's size and the box around everything drawn on it: width, height, left, top,
    right, bottom in pixels (ImageMagick's trim box against the white paper)."""
    out = magick(png, "-fuzz", "2%", "-format", "%w %h %@")
    found = re.fullmatch(r"(\d+) (\d+) (\d+)x(\d+)\+(\d+)\+(\d+)", out)
    assert found, out
    width, height, box_w, box_h, left, top = map(int, found.groups())
    return width, height, left, top, left + box_w, top + box_h


def lightness(png: Path) -> float:
    return float(magick(png, "-colorspace", "gray", "-format", "%[fx:mean]"))


def mm(pixels: float) -> float:
    return pixels * 25.4 / DPI


@pytest.mark.parametrize("paper", ["letter", "a4_three"])
def test_margins_printers_keep(paper: str, request: pytest.FixtureRequest) -> None:
    pdf: Path = request.getfixturevalue(paper)
    narrow = []
    for number, png in enumerate(pages(pdf), 1):
        width, height, left, top, right, bottom = ink_box(png)
        margins = {
            "left": mm(left),
            "top": mm(top),
            "right": mm(width - right),
            "bottom": mm(height - bottom),
        }
        narrow += [
            f"page {number}: {side} margin {value:.1f} mm"
            for side, value in margins.items()
            if value < PRINTER_MARGIN_MM
        ]
    assert narrow == [], "\n".join(narrow)


def test_no_dark_slide_grounds(letter: Path) -> None:
    """Title cards and document desks, dark on screen, print on white: no page of a slide
    drawn by the viewer itself falls under 85 % mean lightness. (A picture slide prints its
    picture as it is: a drawn night-time map stays dark.)"""
    exhibit = load(bundled_exhibit())
    drawn = {n + 2 for n, slide in enumerate(exhibit.slides) if slide.kind != "image"}
    dark = [
        f"page {number}: {light:.0%} light"
        for number, png in enumerate(pages(letter), 1)
        if number in drawn and (light := lightness(png)) < 0.85
    ]
    assert dark == [], "\n".join(dark)


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]


def test_three_slides_a_page(a4_three: Path) -> None:
    assert page_count(a4_three) == -(-SLIDES // 3) + 3 + 1  # and the video's transcript
    text = page_text(a4_three, 2)
    for number in (1, 2, 3):
        assert f"SLIDE {number} OF {SLIDES}" in text
    assert "Notes" in text


def test_two_slides_a_page(russian: Path) -> None:
    assert page_count(russian) == -(-SLIDES // 2) + 3 + 1
    text = page_text(russian, 3)
    assert f"СЛАЙД 3 ИЗ {SLIDES}" in text and f"СЛАЙД 4 ИЗ {SLIDES}" in text


def test_notes_lines_fill_the_rest_of_a_page(letter: Path) -> None:
    """Under a slide alone on its page, lines to write on run down to the bottom margin."""
    png = pages(letter)[1]
    _, height, *_, bottom = ink_box(png)
    assert mm(height - bottom) < PRINTER_MARGIN_MM + 10  # the lines reach the bottom


def test_a_russian_handout_has_no_english_labels(russian: Path) -> None:
    text = " ".join(page_text(russian, n) for n in range(1, page_count(russian) + 1))
    for english in ("Handout", "SLIDE", "Slide", "Credit:", "Source:", "Timeline", "Sources and"):
        assert english not in text
    for russian_label in ("Раздаточный материал", "СЛАЙД 1 ИЗ", "Авторство:", "Хронология"):
        assert russian_label in text
