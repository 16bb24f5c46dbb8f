"""Where the exhibit that ships with the program lives, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def bundled_exhibit() -> Path:
    """The bundled exhibit folder: inside the installed package, else the checkout's content/."""
    installed = _PACKAGE / "bundled"
    if (installed / "exhibit.yaml").is_file():
        return installed
    return _PACKAGE.parent / "content"
