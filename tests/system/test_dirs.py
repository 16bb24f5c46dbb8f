"""Exhibit's folders on Linux, Windows and macOS, as platformdirs gives them."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import platformdirs
import pytest
from platformdirs.macos import MacOS
from platformdirs.unix import Unix
from platformdirs.windows import Windows

from exhibit.analytics.store import default_database_path
from exhibit.content.cache import cache_entry
from exhibit.kiosk.config import default_path
from exhibit.system.dirs import cache_dir, config_dir, data_dir, log_dir

XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME is /home/v and no XDG variable is set."""
    monkeypatch.setenv("HOME", "/home/v")
    for name in XDG:
        monkeypatch.delenv(name, raising=False)
    return Path("/home/v")


def test_linux_defaults_are_the_xdg_ones(home: Path) -> None:
    assert config_dir(Unix) == home / ".config/exhibit"
    assert data_dir(Unix) == home / ".local/share/exhibit"
    assert log_dir(Unix) == home / ".local/state/exhibit/log"
    assert cache_dir(Unix) == home / ".cache/exhibit"


def test_linux_follows_the_xdg_variables(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in XDG:
        monkeypatch.setenv(name, f"/x/{name}")
    assert config_dir(Unix) == Path("/x/XDG_CONFIG_HOME/exhibit")
    assert data_dir(Unix) == Path("/x/XDG_DATA_HOME/exhibit")
    assert log_dir(Unix) == Path("/x/XDG_STATE_HOME/exhibit/log")
    assert cache_dir(Unix) == Path("/x/XDG_CACHE_HOME/exhibit")


def test_this_platform_is_asked_by_default(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "/c")
    assert platformdirs.PlatformDirs is Unix  # these tests run on Linux
    assert config_dir() == config_dir(Unix) == home / ".config/exhibit"
    assert cache_dir() == Path("/c/exhibit")
    # Where the callers put their files, unchanged from before platformdirs.
    assert default_path() == home / ".config/exhibit/kiosk.json"
    assert default_database_path() == home / ".local/share/exhibit/analytics.sqlite"
    cache_file, _stamp = cache_entry(Path(__file__).parent)
    assert cache_file.parent == Path("/c/exhibit/exhibits")


def test_windows(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # platformdirs asks Windows itself for these folders; its override variables stand in.
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\Users\v\AppData\Roaming")
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", r"C:\Users\v\AppData\Local")

    def windows(path: Path) -> PureWindowsPath:
        return PureWindowsPath(str(path))

    assert windows(config_dir(Windows)) == PureWindowsPath(r"C:\Users\v\AppData\Roaming\exhibit")
    assert windows(data_dir(Windows)) == PureWindowsPath(r"C:\Users\v\AppData\Local\exhibit")
    local = PureWindowsPath(r"C:\Users\v\AppData\Local\exhibit")
    assert windows(log_dir(Windows)) == local / "Logs"
    assert windows(cache_dir(Windows)) == local / "Cache"
    assert windows(default_database_path(Windows)) == local / "analytics.sqlite"


def test_macos(home: Path) -> None:
    support = home / "Library/Application Support/exhibit"
    assert config_dir(MacOS) == support
    assert data_dir(MacOS) == support
    assert log_dir(MacOS) == home / "Library/Logs/exhibit"
    assert cache_dir(MacOS) == home / "Library/Caches/exhibit"


def test_nothing_is_made_by_asking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Folders are made by whoever writes there first (and a read-only home is no error)."""
    for name in XDG:
        monkeypatch.setenv(name, str(tmp_path / name))
    for folder in (config_dir(), data_dir(), log_dir(), cache_dir()):
        assert folder.is_relative_to(tmp_path) and not folder.exists()
