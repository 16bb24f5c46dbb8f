"""The shipped fonts load and cover every character of the bundled content and the views."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QRawFont

from exhibit.content.bundled import bundled_exhibit
from exhibit.ui.engine import FONT_DIR, QML_DIR, register_fonts


def test_families_register(qapp: object) -> None:
    families = register_fonts()
    assert {"Noto Serif", "Noto Sans", "Noto Sans Mono"} <= set(families)


def used_text() -> str:
    """Every character of the bundled content files and of the QML string literals."""
    parts = [path.read_text(encoding="utf-8") for path in Path(bundled_exhibit()).rglob("*.yaml")]
    parts += [path.read_text(encoding="utf-8") for path in Path(bundled_exhibit()).rglob("*.md")]
    for qml in (QML_DIR / "Exhibit").glob("*.qml"):
        parts += re.findall(r'"([^"\\]*)"', qml.read_text(encoding="utf-8"))
    return "".join(parts)


def test_every_character_is_in_each_text_font(qapp: object) -> None:
    characters = {c for c in used_text() if c.isprintable() and not c.isspace()}
    for path in sorted(FONT_DIR.glob("*.ttf")):
        font = QRawFont(str(path), 20)
        missing = sorted(c for c in characters if not font.supportsCharacter(ord(c)))
        assert missing == [], f"{path.name} lacks {missing}"
    assert QFontDatabase.families()  # the database is alive


def test_the_application_carries_its_icon() -> None:
    """`application()` sets the window icon from assets/ (run apart: this process has its app)."""
    code = (
        "from exhibit.ui.engine import application; app = application(offscreen=True); "
        "print(sorted(s.width() for s in app.windowIcon().availableSizes()))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[256]", done.stderr
