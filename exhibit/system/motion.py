"""Whether the desktop asks for reduced motion (GNOME's "animations" switch off)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Mapping

Runner = Callable[[list[str]], str]


def _gsettings(command: list[str]) -> str:
    import subprocess  # only where gsettings exists: elsewhere start-up skips the import

    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=2).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def system_prefers_reduced_motion(
    environ: Mapping[str, str] = os.environ, run: Runner = _gsettings
) -> bool:
    """True when GTK/GNOME animations are switched off for this user."""
    if environ.get("GTK_ENABLE_ANIMATIONS", "").strip() in ("0", "false"):
        return True
    if shutil.which("gsettings") is None and run is _gsettings:
        return False
    answer = run(["gsettings", "get", "org.gnome.desktop.interface", "enable-animations"])
    return answer.strip() == "false"
