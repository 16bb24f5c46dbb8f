"""The application's own files live once, in assets/, and are found installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from exhibit.system import assets

ROOT = Path(__file__).resolve().parent.parent.parent


def test_the_checkout_finds_the_top_level_assets_folder() -> None:
    assert assets.assets_dir() == ROOT / "assets"
    assert len(list(assets.font_dir().glob("*.ttf"))) == 8
    assert assets.window_icon().read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_an_installed_package_prefers_its_own_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site" / "exhibit"
    (package / "assets" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(assets, "_PACKAGE", package)
    assert assets.font_dir() == package / "assets" / "fonts"


def test_nothing_of_the_assets_is_kept_under_the_package() -> None:
    kinds = ("*.ttf", "*.otf", "*.png", "*.svg", "*.ico")
    stray = [p for kind in kinds for p in (ROOT / "exhibit").rglob(kind)]
    assert stray == []
