"""Name the Debian/Ubuntu package of a system library Qt needs and lacks, in one line.

Two moments, both cheap when nothing is missing:

- Importing PySide6 (every command: `check`, `render` and `handout` decode or draw with Qt):
  the dynamic loader refuses a missing library with an `ImportError` naming it; the command
  line hands that error to `import_failure`, which looks for every other missing one (only
  then, so a working machine pays nothing) and names their packages.
- Opening a window: Qt loads its platform plugin (xcb, wayland) when the application object
  is made, and aborts when the plugin's libraries or the display are missing. Before that,
  `window_preflight` reads the environment and looks for those libraries in the system's
  library folders (a stat each, about 0.1 ms in all), asking the loader only about one not
  found there.

The tables come from `readelf -d` over the PySide6 wheel's Qt libraries and the plugins the
frozen build keeps (packaging/bundle_rules.py), mapped with `dpkg -S` on Debian 12; the
names hold on Ubuntu 24.04 too, where apt takes the "t64" package that provides a name.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping

# Libraries the Qt modules Exhibit imports (QtCore, QtGui, QtNetwork, QtQml, QtQuick,
# QtOpenGL, QtSvg, QtDBus, QtMultimedia with its FFmpeg plugin) and the offscreen plugin link
# against, beyond what every Debian/Ubuntu system has (libc, libstdc++, libgcc, zlib, zstd).
CORE = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libzstd.so.1": "libzstd1",
    "libz.so.1": "zlib1g",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libpulse.so.0": "libpulse0",
    "libdrm.so.2": "libdrm2",
    "libXext.so.6": "libxext6",
    "libXrandr.so.2": "libxrandr2",
    "libbz2.so.1.0": "libbz2-1.0",
}

# What each window platform plugin loads on top of CORE (its GL integrations included).
PLATFORMS: dict[str, dict[str, str]] = {
    "xcb": {
        "libxcb.so.1": "libxcb1",
        "libX11-xcb.so.1": "libx11-xcb1",
        "libxcb-cursor.so.0": "libxcb-cursor0",
        "libxcb-glx.so.0": "libxcb-glx0",
        "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-image.so.0": "libxcb-image0",
        "libxcb-keysyms.so.1": "libxcb-keysyms1",
        "libxcb-randr.so.0": "libxcb-randr0",
        "libxcb-render.so.0": "libxcb-render0",
        "libxcb-render-util.so.0": "libxcb-render-util0",
        "libxcb-shape.so.0": "libxcb-shape0",
        "libxcb-shm.so.0": "libxcb-shm0",
        "libxcb-sync.so.1": "libxcb-sync1",
        "libxcb-util.so.1": "libxcb-util1",
        "libxcb-xfixes.so.0": "libxcb-xfixes0",
        "libxcb-xkb.so.1": "libxcb-xkb1",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    },
    "wayland": {
        "libwayland-client.so.0": "libwayland-client0",
        "libwayland-cursor.so.0": "libwayland-cursor0",
        "libwayland-egl.so.1": "libwayland-egl1",
    },
}

# Every library above and its package: the README's apt line and the .deb's Depends hold them.
PACKAGES: dict[str, str] = {**CORE, **PLATFORMS["xcb"], **PLATFORMS["wayland"]}

_SHARED_OBJECT = r"([\w.+-]+\.so(?:\.\d+)*): cannot open shared object file"

Loader = Callable[[str], bool]

# Where Debian and Ubuntu keep shared libraries (the multiarch folders first).
_MULTIARCH = getattr(sys.implementation, "_multiarch", "")
_LIBRARY_DIRS = [
    *(f"{base}/{_MULTIARCH}" for base in ("/usr/lib", "/lib") if _MULTIARCH),
    "/usr/lib64",
    "/lib64",
    "/usr/lib",
    "/lib",
]


def _loads(soname: str) -> bool:
    """Whether the dynamic loader finds and loads `soname` (the way Qt will load it)."""
    import _ctypes  # the C half of ctypes: a third of ctypes' import time

    try:
        _ctypes.dlopen(soname, os.RTLD_LAZY)
    except OSError:
        return False
    return True


def _present(soname: str) -> bool:
    """`soname` is in a system library folder (a stat each: 0.1 ms for a whole plugin's), or
    else the loader finds it (LD_LIBRARY_PATH, ld.so.conf.d): the window's quick check."""
    return any(os.path.exists(f"{folder}/{soname}") for folder in _LIBRARY_DIRS) or _loads(soname)


def missing(sonames: Iterable[str], loads: Loader = _loads) -> list[str]:
    """The libraries of `sonames` the loader cannot load, in order."""
    return [soname for soname in sonames if not loads(soname)]


def install_line(sonames: Iterable[str]) -> str:
    """`sudo apt-get install PACKAGES` for these libraries, each package once."""
    packages: list[str] = []
    for soname in sonames:
        package = PACKAGES.get(soname, f"<the package holding {soname}>")
        if package not in packages:
            packages.append(package)
    return f"sudo apt-get install {' '.join(packages)}"


def _problem(what: str, absent: list[str]) -> str:
    return (
        f"{what}: system libraries are missing ({', '.join(absent)}); "
        f"install them with: {install_line(absent)}"
    )


def import_failure(error: ImportError, loads: Loader = _loads) -> str | None:
    """The one-line message for an ImportError caused by a missing shared library, else None."""
    found = re.search(_SHARED_OBJECT, str(error))
    if found is None:
        return None
    absent = missing(CORE, loads)
    if found.group(1) not in absent:
        absent.append(found.group(1))
    return _problem("Qt cannot start", absent)


def platform_names(environ: Mapping[str, str] = os.environ) -> list[str]:
    """The platform plugins Qt will try for a window on Linux, in order ([] elsewhere)."""
    if not sys.platform.startswith("linux"):
        return []
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return [name.split(":")[0] for name in chosen.split(";") if name]
    if environ.get("WAYLAND_DISPLAY") and not environ.get("DISPLAY"):
        return ["wayland"]
    return ["xcb"]


def no_screen(reason: str) -> str:
    """The one line for a window command on a machine with no screen to show it on."""
    return (
        f"no screen to open a window on: {reason}; run it in a desktop session, "
        "or use `exhibit render --out DIR` or `exhibit check`, which need no screen"
    )


def window_preflight(
    environ: Mapping[str, str] = os.environ, loads: Loader = _present
) -> str | None:
    """A one-line error when Qt could not open a window (no display, or the platform plugin's
    libraries missing, each named with its package), else None."""
    platforms = platform_names(environ)
    if not platforms:
        return None
    if not environ.get("QT_QPA_PLATFORM") and not (
        environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")
    ):
        return no_screen("neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set")
    if platforms == ["xcb"] and not environ.get("DISPLAY"):
        return no_screen("QT_QPA_PLATFORM is xcb (X11) and DISPLAY is not set")
    first: list[str] = []
    for platform in platforms:
        absent = missing(PLATFORMS.get(platform, {}), loads)
        if not absent:
            return None  # Qt falls back along the list to a plugin that loads
        first = first or absent
    return _problem(f"Qt cannot open a window ({platforms[0]})", first)
