"""Where the application's own files (fonts, icons) live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent
APP_ID = "io.github.exhibit.Exhibit"


def assets_dir() -> Path:
    """The assets folder: exhibit/assets in a wheel or frozen build, else the checkout's assets/."""
    installed = _PACKAGE / "assets"
    if (installed / "fonts").is_dir():
        return installed
    return _PACKAGE.parent / "assets"


def font_dir() -> Path:
    """The bundled Noto fonts."""
    return assets_dir() / "fonts"


def window_icon() -> Path:
    """The application icon as a PNG (Qt reads PNG without the SVG plugin)."""
    return assets_dir() / "icons" / "256x256" / f"{APP_ID}.png"
