"""`exhibit handout`: a PDF with a page per slide carrying its caption, read back as text."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from exhibit.content.bundled import bundled_exhibit
from exhibit.content.loader import load

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None and not os.environ.get("CI"),
    reason="reads the PDF back with poppler-utils (CI installs it)",
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "exhibit", "handout", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def page_text(pdf: Path, page: int) -> str:
    text = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    flat = " ".join(unicodedata.normalize("NFKC", text).split())  # ﬁ ligatures → fi
    return re.sub(r"(\w)- (\w)", r"\1-\2", flat)  # a line broken after a hyphen


@pytest.fixture(scope="module")
def handout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pdf = tmp_path_factory.mktemp("handout") / "h.pdf"
    result = run("--out", str(pdf), "--notes", "--paper", "letter")
    assert result.returncode == 0, result.stderr
    return pdf


@pytest.mark.slow  # the handout fixture makes a PDF of every slide: about 3 s
def test_one_page_per_slide_plus_cover_timeline_and_credits(handout: Path) -> None:
    exhibit = load(bundled_exhibit())
    info = subprocess.run(
        ["pdfinfo", str(handout)], capture_output=True, text=True, check=True
    ).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert pages == len(exhibit.slides) + 3 + 1  # cover, timeline, credits; a transcript
    assert "612 x 792 pts" in info  # US letter
    assert exhibit.title.get("en") in page_text(handout, 1)
    for number, slide in enumerate(exhibit.slides, start=2):
        text = page_text(handout, number)
        caption = " ".join(slide.caption.get("en").split())
        assert caption in text, (slide.id, text[:200])
        assert f"slide {number - 1} of {len(exhibit.slides)}".upper() in text
    assert "Timeline" in page_text(handout, pages - 1)
    assert "Sources and credits" in page_text(handout, pages)


@pytest.mark.slow
def test_notes_are_included_when_asked(handout: Path) -> None:
    assert "Discuss:" in page_text(handout, 2)


@pytest.mark.slow  # a second handout
def test_a4_without_notes(tmp_path: Path) -> None:
    pdf = tmp_path / "plain.pdf"
    result = run("--out", str(pdf))
    assert result.returncode == 0, result.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "595.276 x 841.89 pts" in info or "595 x 842 pts" in info
    assert "Discuss:" not in page_text(pdf, 2)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "/tmp/handout.txt"], "the handout is a PDF"),
        (["--out", "/no/such/folder/h.pdf"], "/no/such/folder: no such folder"),
        (["--out", "/tmp/h.pdf", "--paper", "a3"], "invalid choice: 'a3'"),
        (["--out", "/tmp/h.pdf", "--per-page", "4"], "invalid choice: 4"),
        (["--out", "/tmp/h.pdf", "--lang", "xx"], "--lang xx"),
    ],
)
def test_bad_arguments_are_one_line(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.returncode in (1, 2)
    assert message in result.stderr and "Traceback" not in result.stderr
