"""The layering rule: no Qt in the pure packages (import-linter checks the rest of the layers)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "exhibit"
PURE = ("content", "show", "kiosk", "analytics", "system")


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [
            n
            for n in names
            if n.split(".")[0] in ("PySide6", "shiboken6", "exhibit")
            and (n.startswith(("PySide6", "shiboken6")) or n.startswith("exhibit.ui"))
        ]
    return found


def test_pure_layers_never_import_qt() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): qt_imports(path)
        for layer in PURE
        for path in (PACKAGE / layer).rglob("*.py")
        if qt_imports(path)
    }
    assert offenders == {}


def test_the_rule_can_fail(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport exhibit.ui.app\n", encoding="utf-8")
    assert qt_imports(bad) == ["PySide6.QtCore", "exhibit.ui.app"]
