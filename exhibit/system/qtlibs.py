"""Before Qt tries to open a window on X11: name the missing system packages, not abort."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

# Libraries Qt's xcb platform plugin loads, and the Debian/Ubuntu package for each.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-shape": "libxcb-shape0",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-image": "libxcb-image0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
}


def uses_xcb(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Whether Qt will pick its X11 (xcb) platform plugin."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return (
        sys.platform.startswith("linux")
        and bool(environ.get("DISPLAY"))
        and not bool(environ.get("WAYLAND_DISPLAY"))
    )


def missing_packages(find: Callable[[str], str | None] | None = None) -> list[str]:
    """Debian packages whose libraries the xcb plugin needs but this machine lacks."""
    if find is None:
        import ctypes.util  # here: it and the subprocess module cost start-up 6 ms

        find = ctypes.util.find_library
    lookup = find
    return [package for library, package in XCB_LIBRARIES.items() if lookup(library) is None]


def window_preflight() -> str | None:
    """A one-line error naming the packages to install, or None when a window can open."""
    if not uses_xcb():
        return None
    missing = missing_packages()
    if not missing:
        return None
    return (
        "Qt cannot open a window: system libraries are missing; install them with: "
        f"sudo apt-get install {' '.join(missing)}"
    )
