"""Where Exhibit keeps its configuration, data, logs and cache on each platform (platformdirs).

Linux and other Unix (XDG), then Windows, then macOS:

- config: `$XDG_CONFIG_HOME/exhibit`; `%APPDATA%\\exhibit` (roaming);
  `~/Library/Application Support/exhibit`
- data: `$XDG_DATA_HOME/exhibit`; `%LOCALAPPDATA%\\exhibit`;
  `~/Library/Application Support/exhibit`
- logs: `$XDG_STATE_HOME/exhibit/log`; `%LOCALAPPDATA%\\exhibit\\Logs`; `~/Library/Logs/exhibit`
- cache: `$XDG_CACHE_HOME/exhibit`; `%LOCALAPPDATA%\\exhibit\\Cache`; `~/Library/Caches/exhibit`

The XDG variables default to `~/.config`, `~/.local/share`, `~/.local/state` and `~/.cache`.
Each function takes platformdirs' class for a platform (e.g. `platformdirs.windows.Windows`)
so that a test can ask for another platform's answer; by default it is this platform's.
platformdirs is imported on the first call, not with this module: it costs about 6 ms, paid
only by the commands that need a folder (the viewer imports it before PySide6, see
exhibit.ui, since PySide6 doubles what any later import costs).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs.api import PlatformDirsABC

APP = "exhibit"

Platform = type["PlatformDirsABC"]


def _dirs(platform: Platform | None, roaming: bool = False) -> PlatformDirsABC:
    if platform is None:
        import platformdirs

        platform = platformdirs.PlatformDirs
    # No "author" folder on Windows (%LOCALAPPDATA%\exhibit, not ...\exhibit\exhibit).
    return platform(APP, appauthor=False, roaming=roaming)


def config_dir(platform: Platform | None = None) -> Path:
    """The kiosk config; on Windows in the roaming profile, as a user's settings go."""
    return Path(_dirs(platform, roaming=True).user_config_dir)


def data_dir(platform: Platform | None = None) -> Path:
    """The analytics store: kept on this machine, never roaming."""
    return Path(_dirs(platform).user_data_dir)


def log_dir(platform: Platform | None = None) -> Path:
    return Path(_dirs(platform).user_log_dir)


def cache_dir(platform: Platform | None = None) -> Path:
    return Path(_dirs(platform).user_cache_dir)
