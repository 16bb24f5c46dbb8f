"""Where Exhibit keeps its configuration, logs and data on each platform."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP = "exhibit"


def _home(environ: Mapping[str, str]) -> Path:
    return Path(environ.get("HOME") or Path.home())


def config_dir(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> Path:
    if platform.startswith("win"):
        return Path(environ.get("APPDATA") or _home(environ) / "AppData" / "Roaming") / APP
    if platform == "darwin":
        return _home(environ) / "Library" / "Application Support" / APP
    return Path(environ.get("XDG_CONFIG_HOME") or _home(environ) / ".config") / APP


def data_dir(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> Path:
    if platform.startswith("win"):
        return Path(environ.get("LOCALAPPDATA") or _home(environ) / "AppData" / "Local") / APP
    if platform == "darwin":
        return _home(environ) / "Library" / "Application Support" / APP
    return Path(environ.get("XDG_DATA_HOME") or _home(environ) / ".local" / "share") / APP


def log_dir(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> Path:
    if platform.startswith("win"):
        return data_dir(environ, platform) / "logs"
    if platform == "darwin":
        return _home(environ) / "Library" / "Logs" / APP
    return Path(environ.get("XDG_STATE_HOME") or _home(environ) / ".local" / "state") / APP / "log"
