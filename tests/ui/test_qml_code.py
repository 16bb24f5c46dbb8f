"""The QML views pass qmllint with no warning, and take every size from Theme.qml."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from exhibit.ui.engine import QML_DIR

ROOT = Path(__file__).resolve().parents[2]
LINT = ROOT / ".ci" / "qmllint"
QMLLINT = Path(sys.executable).parent / "pyside6-qmllint"
VIEWS = sorted((QML_DIR / "Exhibit").glob("*.qml"))
needs_qmllint = pytest.mark.skipif(
    not QMLLINT.exists() or shutil.which("bash") is None, reason="no pyside6-qmllint or bash"
)


def run_lint(qml_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHON=sys.executable)
    if qml_dir is not None:
        env["QML_DIR"] = str(qml_dir)
    return subprocess.run(
        ["bash", str(LINT)], env=env, capture_output=True, text=True, timeout=300, check=False
    )


@needs_qmllint
def test_the_views_have_no_lint_warning_and_current_qmltypes() -> None:
    result = run_lint()
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(VIEWS)} QML files, no warnings" in result.stdout


@needs_qmllint
def test_the_lint_fails_on_a_warning(tmp_path: Path) -> None:
    copy = tmp_path / "qml"
    shutil.copytree(QML_DIR, copy)
    view = copy / "Exhibit" / "CaptionBand.qml"
    source = view.read_text(encoding="utf-8")
    sections = "band.controller.t.sections"
    planted = source.replace(sections, sections + " + sectionz", 1)  # an unknown name
    assert planted != source
    view.write_text(planted, encoding="utf-8")
    result = run_lint(copy)
    assert result.returncode != 0
    assert "CaptionBand.qml" in result.stdout + result.stderr


# A number used as a size: a pixel size, a size property set to a number, or a number times
# a layout unit. 0 and 1 (hairlines, spacer widths) are allowed.
LITERAL_SIZES = [
    re.compile(r"[pP]ixelSize:[^\n]*?(?<![\w.])(?![01]\b)\d+(?:\.\d+)?"),
    re.compile(
        r"\b(?:width|height|radius|spacing|margins|\w+Margin|letterSpacing|x|y)\s*:\s*"
        r"-?(?![01]\b)\d+(?:\.\d+)?\s*(?:[;}]|$)",
        re.M,
    ),
    re.compile(r"(?<![\w.])(?![01]\b)\d+(?:\.\d+)?\s*\*\s*(?:\w+\.)?unit\b"),
]


def literal_sizes(source: str) -> list[str]:
    return [m.group(0).strip() for pattern in LITERAL_SIZES for m in pattern.finditer(source)]


def test_the_size_check_finds_literal_sizes() -> None:
    assert literal_sizes("font.pixelSize: 20") == ["pixelSize: 20"]
    assert literal_sizes("minimumPixelSize: 10")
    assert literal_sizes("font.pixelSize: Math.max(11, Math.round(18 * band.unit))")
    assert literal_sizes("    anchors.leftMargin: 40 * band.unit\n")
    assert literal_sizes("spacing: 28\n") and literal_sizes("Rectangle { radius: 4; }")
    assert literal_sizes("height: 1; width: Theme.space02 * unit; x: 0") == []


@pytest.mark.parametrize("view", [v for v in VIEWS if v.name != "Theme.qml"], ids=lambda v: v.name)
def test_sizes_come_from_the_theme(view: Path) -> None:
    assert literal_sizes(view.read_text(encoding="utf-8")) == []


RICH_VIEWS = {"RichLabel.qml"}  # sanitised Markdown fields only (StyledText)


def test_every_text_in_the_views_says_its_format() -> None:
    """No Text is left on AutoText, which reads markup (and fetches <img>) in plain fields."""
    for view in VIEWS:
        source = view.read_text(encoding="utf-8")
        blocks = re.findall(r"\bText \{", source)
        formats = re.findall(r"textFormat: Text\.(\w+)", source)
        assert len(formats) >= len(blocks), f"{view.name}: a Text without textFormat"
        rich = [f for f in formats if f != "PlainText"]
        if view.name not in RICH_VIEWS and view.name != "PresenterWindow.qml":
            assert rich == [], f"{view.name}: {rich}"
