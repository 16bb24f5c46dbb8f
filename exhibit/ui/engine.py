"""Qt start-up shared by the window and the renderer: app, fonts, QML engine, root window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtQml import QQmlApplicationEngine, QQmlEngine
from PySide6.QtQuick import QQuickWindow

from exhibit import __version__
from exhibit.content.cache import load_cached
from exhibit.content.model import Exhibit
from exhibit.system.assets import APP_ID, font_dir, window_icon
from exhibit.system.console import UsageError
from exhibit.ui.controller import Controller
from exhibit.ui.focusring import watch_input
from exhibit.ui.mediatrial import quiet_media_chatter
from exhibit.ui.pdfpages import install as install_pdf_pages

QML_DIR = Path(__file__).resolve().parent / "qml"
FONT_DIR = font_dir()
log = logging.getLogger("exhibit.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


# A screen reader asking after an object the view has just replaced (a language switch makes
# new ones for most of the window): Qt's accessibility bridge says so once per question, the
# reader copes, and nothing is wrong with the exhibit. Written at debug level, not as warnings.
_STALE_ACCESSIBLE = "Could not find accessible on path"

# Qt Multimedia looking for optional system libraries (VA-API for hardware decoding, PipeWire
# for screen capture): without them it decodes in software and plays sound through
# PulseAudio, so a machine that lacks them is not a fault. Written at debug level too.
_OPTIONAL_LIBRARIES = "qt.multimedia.symbolsresolver"
# A video frame turned into a picture (a first frame for a poster) on a machine with no GPU
# for it: Qt converts it on the CPU, as it should here. Debug as well.
_CPU_CONVERSION = "No RHI backend. Using CPU conversion."


def _not_a_fault(context: object, message: str) -> bool:
    """Whether a Qt warning only describes the machine or a screen reader's habit."""
    return (
        message.startswith(_STALE_ACCESSIBLE)
        or _category(context) == _OPTIONAL_LIBRARIES
        or message.endswith(_CPU_CONVERSION)
    )


class QtMessages:
    """Routes Qt's own messages into Python logging and remembers the warnings."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def __call__(self, kind: QtMsgType, context: object, message: str) -> None:
        level = _LEVELS.get(kind, logging.WARNING)
        if _not_a_fault(context, message):
            level = logging.DEBUG
        if level >= logging.WARNING:
            self.warnings.append(message)
        log.log(level, "%s", message)

    def install(self) -> None:
        qInstallMessageHandler(self)


def _category(context: object) -> str:
    category = getattr(context, "category", None)
    return category if isinstance(category, str) else ""


def load_for_view(folder: Path, label: str, lang: str | None = None) -> Exhibit:
    """Load an exhibit that has `lang` (raises ContentError, or UsageError for the language)."""
    exhibit = load_cached(folder, label)
    if lang is not None and lang not in exhibit.languages:
        raise UsageError(f"--lang {lang}: this exhibit has {', '.join(exhibit.languages)}")
    return exhibit


def application(offscreen: bool = False) -> QGuiApplication:
    """The one QGuiApplication, created on first use (`register_fonts` adds the fonts)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    quiet_media_chatter()
    app = QGuiApplication([sys.argv[0] if sys.argv else "exhibit"])
    app.setApplicationName("Exhibit")
    app.setOrganizationName("Exhibit")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # Wayland: match the menu entry
    app.setWindowIcon(QIcon(str(window_icon())))  # X11 and Windows take it from the window
    return app


def use_software_renderer() -> None:
    """Render with the CPU: offscreen and in tests there is no GPU to rely on."""
    from PySide6.QtQuick import QSGRendererInterface

    QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)


_registered_families: list[str] | None = None


def register_fonts() -> list[str]:
    """Make the shipped fonts available, once per process; returns the family names."""
    global _registered_families
    if _registered_families is None:
        families: set[str] = set()
        for path in sorted(FONT_DIR.glob("*.ttf")) + sorted(FONT_DIR.glob("*.otf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("font could not be loaded: %s", path.name)
                continue
            families.update(QFontDatabase.applicationFontFamilies(font_id))
        _registered_families = sorted(families)
    return list(_registered_families)


def theme_values() -> dict[str, Any]:
    """The views' Theme singleton (Theme.qml), read through a QML engine: its colours, fonts
    and sizes by name, for drawing outside QML in the same palette (the stats chart)."""
    engine = QQmlEngine()
    engine.addImportPath(str(QML_DIR))
    theme = engine.singletonInstance("Exhibit", "Theme")
    if not isinstance(theme, QObject):
        raise RuntimeError("the Theme singleton (Theme.qml) failed to load")
    script = engine.toScriptValue(theme)
    meta = theme.metaObject()
    values: dict[str, Any] = {}
    for number in range(meta.propertyOffset(), meta.propertyCount()):
        prop = meta.property(number)
        name, kind = str(prop.name()), str(prop.typeName())  # str at run time; stubs say bytes
        if kind.startswith("QList<"):
            # A list<color>: PySide has no converter for QList<QColor>; its items have one.
            items = script.property(name)
            count = items.property("length").toInt()
            values[name] = [items.property(n).toVariant() for n in range(count)]
        else:
            values[name] = theme.property(name)
    return values


def create_window(
    engine: QQmlApplicationEngine,
    controller: Controller,
    width: int,
    height: int,
    kiosk: QObject | None = None,
) -> QQuickWindow | None:
    """Load the Main window from the QML module; None when QML failed to load."""
    register_fonts()
    quiet_media_chatter()
    engine.addImportPath(str(QML_DIR))
    install_pdf_pages(engine, controller.pdf_shelf)
    properties: dict[str, object] = {"controller": controller, "width": width, "height": height}
    if kiosk is not None:
        properties["kiosk"] = kiosk
    engine.setInitialProperties(properties)
    return _load(engine, "Main")


def create_presenter_window(
    engine: QQmlApplicationEngine, controller: Controller, presenter: QObject
) -> QQuickWindow | None:
    """Load the presenter's window into the same engine, bound to the same controller."""
    register_fonts()
    engine.addImportPath(str(QML_DIR))
    install_pdf_pages(engine, controller.pdf_shelf)
    engine.setInitialProperties({"controller": controller, "presenter": presenter})
    return _load(engine, "PresenterWindow")


def _load(engine: QQmlApplicationEngine, name: str) -> QQuickWindow | None:
    before = len(engine.rootObjects())
    engine.loadFromModule("Exhibit", name)
    roots = engine.rootObjects()
    if len(roots) <= before or not isinstance(roots[-1], QQuickWindow):
        return None
    watch_input(engine, roots[-1])
    return roots[-1]
