"""What the frozen build keeps: the version, and the Qt plugins, QML modules and libraries it needs.

Pure Python (no PyInstaller, no Qt) so that `exhibit.spec` and the tests share one set of rules.
Paths are destinations inside the bundle, e.g. `PySide6/Qt/plugins/platforms/libqxcb.so` on
Linux and macOS or `PySide6/plugins/platforms/qxcb.dll` on Windows.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.exhibit.Exhibit"

# Qt plugins by type; "*" keeps every plugin of that type. Types not listed are dropped:
# qmltooling (QML debugger), sqldrivers, tls, networkinformation, generic (evdev input for
# eglfs), egldeviceintegrations, platformthemes (gtk3 alone pulls in the whole GTK stack),
# iconengines, printsupport, designer, qmllint, vectorimageformats.
KEEP_PLUGINS: dict[str, frozenset[str] | str] = {
    # offscreen renders; xcb (X11) and wayland windows; windows and cocoa elsewhere.
    "platforms": frozenset({"qxcb", "qoffscreen", "qwayland", "qwindows", "qcocoa"}),
    "xcbglintegrations": "*",  # OpenGL under X11 (EGL and GLX)
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl"}),
    "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin"}),
    # The picture formats an exhibit may use: SVG, JPEG, GIF, WebP (PNG is built into QtGui).
    "imageformats": frozenset({"qsvg", "qjpeg", "qgif", "qwebp"}),
    # Video and sound: Qt Multimedia's FFmpeg backend (FFmpeg's own libraries ship beside Qt's).
    "multimedia": frozenset({"ffmpegmediaplugin"}),
}

# QML module folders the views import (`import QtQuick`, `import QtQuick.Window`) and the ones
# those import in turn (QtQuick -> QtQml -> QtQml.Models, QtQml.WorkerScript). Not the
# Controls styles, Layouts, Shapes, Effects, Dialogs, 3D, Pdf, VirtualKeyboard, Wayland, ...
KEEP_QML = frozenset(
    {"QtQml", "QtQml/Base", "QtQml/Models", "QtQml/WorkerScript", "QtQuick", "QtQuick/Window",
     "QtMultimedia"}
)

# PySide6 modules nothing imports (QtQml imports QtNetwork and QtQuick imports QtOpenGL, so
# those two stay; QtPdf draws the pages of document scans given as PDFs, so it stays too).
EXCLUDE_MODULES = [
    "tkinter",
    "PySide6.QtWidgets",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtSvgWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtStateMachine",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebSockets",
    "PySide6.QtSerialPort",
    "PySide6.QtMultimediaWidgets",  # QtMultimedia's hook brings it, and with it QtWidgets
    "PySide6.QtWebEngineCore",
    "PySide6.Qt3DCore",
]

# Libraries that come from the system, as they do for a `pip install` of PySide6, and not
# from the build machine: the C++ runtime (GPU drivers load the system's and need it to be
# at least as new), X11/xcb/xkb and Wayland client libraries, EGL/GL, fontconfig and
# freetype (whose configuration files belong to the system), D-Bus, GLib, zlib and zstd, and
# for Qt Multimedia the PulseAudio client, DRM and bzip2 (FFmpeg).
# These names are Linux sonames; nothing on Windows or macOS matches. The .deb depends on
# the Debian packages holding them (packaging/build.sh).
_SYSTEM_LIBRARY = re.compile(
    r"^lib(?:stdc\+\+|gcc_s|X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|Xi|Xfixes|Xcursor|Xrandr"
    r"|Xinerama|Xcomposite|Xdamage|xcb|xcb-[a-z0-9-]+|xkbcommon|xkbcommon-x11"
    r"|EGL|GL|GLX|GLdispatch|OpenGL|GLESv2|wayland-client|wayland-cursor|wayland-egl"
    r"|fontconfig|freetype|dbus-1|glib-2\.0|gthread-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0"
    r"|z|zstd|pulse|drm|bz2)\.so(?:\.[0-9]+)*$"
)

_QT_PART = re.compile(r"(?:^|/)PySide6/(?:Qt/)?(plugins|qml|translations)/(.+)$")
_VERSION = re.compile(r"^__version__\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)


def read_version(init_file: Path = ROOT / "exhibit" / "__init__.py") -> str:
    """The version in exhibit/__init__.py, the one place it is written."""
    match = _VERSION.search(init_file.read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f"{init_file}: no __version__ = '...' line")
    return match.group(1)


def plugin_name(filename: str) -> str:
    """`libqsvg.so`, `qsvg.dll` and `libqsvg.dylib` are all the plugin `qsvg`."""
    name = filename
    for suffix in (".so", ".dll", ".dylib"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return name[3:] if name.startswith("lib") else name


def keep_qt_file(dest: str) -> bool:
    """Whether a file bound for `dest` in the bundle stays; files outside Qt's folders always do."""
    match = _QT_PART.search(dest.replace("\\", "/"))  # Windows destinations use backslashes
    if match is None:
        return True
    part, rest = match.groups()
    if part == "translations":
        return False  # Exhibit translates its own strings and loads no Qt translations.
    if part == "plugins":
        plugin_type, _, filename = rest.rpartition("/")
        wanted = KEEP_PLUGINS.get(plugin_type)
        return wanted == "*" or (wanted is not None and plugin_name(filename) in wanted)
    module_dir = rest.rpartition("/")[0]
    return module_dir in KEEP_QML


def is_system_library(filename: str) -> bool:
    """A library the target system provides (Linux sonames only; see _SYSTEM_LIBRARY)."""
    return _SYSTEM_LIBRARY.match(filename) is not None
