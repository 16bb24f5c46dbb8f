"""`exhibit run`: open the exhibit in a window, fullscreen, or as a locked-down kiosk."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCursor, QGuiApplication, QScreen, QWindow
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from exhibit.content.record import Record, record
from exhibit.kiosk.config import (
    ConfigError,
    KioskConfig,
    default_path,
    lockout_path,
    read_config,
)
from exhibit.kiosk.sdnotify import Notifier
from exhibit.kiosk.watch import ContentWatcher
from exhibit.system.console import Failure, UsageError
from exhibit.system.motion import system_prefers_reduced_motion
from exhibit.system.qtlibs import window_preflight
from exhibit.ui.controller import Controller
from exhibit.ui.engine import QtMessages, application, create_window, load_for_view
from exhibit.ui.framegrab import PosterFrames
from exhibit.ui.live import LiveReload

if TYPE_CHECKING:  # kiosk-only modules are imported when a kiosk starts, not for every window
    from exhibit.content.model import KioskSettings
    from exhibit.ui.kiosk import Kiosk

log = logging.getLogger("exhibit")


@record(frozen=True)
class RunOptions(Record):
    fullscreen: bool = False
    screen: int | None = None
    lang: str | None = None
    kiosk: bool = False
    presenter: bool = False
    text_scale: float = 1.0
    reduced_motion: bool = False
    config: Path | None = None


def run_viewer(folder: Path, label: str, options: RunOptions | None = None) -> int:
    """Show the exhibit until the window closes (or the kiosk admin exits); the exit status."""
    options = options or RunOptions()
    config = _kiosk_config(options)
    exhibit = load_for_view(folder, label, options.lang)
    _start_qt_side(options.kiosk)
    app = application()
    target = _choose_screen(app, options.screen)
    reduced = options.reduced_motion or config.reduced_motion or system_prefers_reduced_motion()
    controller = Controller(exhibit, options.lang, reduced_motion=reduced, parent=app)
    controller.set_text_scale(options.text_scale)
    watcher = ContentWatcher(folder, label, hidden=exhibit.hidden_files)
    live = LiveReload(controller, watcher, parent=app)
    notifier = Notifier()
    kiosk: Kiosk | None = None
    if options.kiosk:
        lockout = lockout_path(options.config or default_path())
        kiosk = _build_kiosk(app, controller, config, exhibit.kiosk, label, live, notifier, lockout)
    engine = QQmlApplicationEngine()
    window = _open_window(engine, controller, target, kiosk)
    live.start()
    _show(window, options, kiosk, engine, controller, app)
    _on_first_frame(window, notifier.ready)  # READY=1 for systemd
    # The posterless videos' first frames are decoded once the show is on screen: they would
    # compete with the first slide for the 2 cores of a small kiosk.
    _on_first_frame(window, PosterFrames(controller, parent=app).refresh)
    status = app.exec()
    live.stop()
    notifier.stopping()
    return status


def _kiosk_config(options: RunOptions) -> KioskConfig:
    """The kiosk's configuration file when running as a kiosk; the defaults otherwise."""
    if not options.kiosk:
        return KioskConfig()
    try:
        return read_config(options.config or default_path())
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def _start_qt_side(kiosk: bool) -> None:
    """Check that a window can open, route Qt's messages to the log (Qt keeps the handler)
    and, for a kiosk, the log to its file."""
    problem = window_preflight()
    if problem:
        raise Failure(problem)
    QtMessages().install()
    if kiosk:
        from exhibit.system.logs import keep_tracebacks_off_screen, log_to_file

        where = log_to_file()
        keep_tracebacks_off_screen()
        log.info("kiosk starting; log file %s", where)


def _choose_screen(app: QGuiApplication, screen: int | None) -> QScreen:
    """Screen number `screen` (UsageError when there is none such), else the primary one."""
    screens = app.screens()
    if screen is None:
        return app.primaryScreen()
    if not 0 <= screen < len(screens):
        count = len(screens)
        raise UsageError(
            f"--screen {screen}: there {'is' if count == 1 else 'are'} {count} "
            f"screen{'s' if count != 1 else ''} (0-{count - 1})"
        )
    return screens[screen]


def _build_kiosk(
    app: QGuiApplication,
    controller: Controller,
    config: KioskConfig,
    timing: KioskSettings,
    label: str,
    live: LiveReload,
    notifier: Notifier,
    lockout: Path,
) -> Kiosk:
    """The locked-down kiosk with its PIN guard and visitor analytics; exit at the admin's word.

    The configuration's idle timeout and auto-advance win over the exhibit's own (`timing`);
    the PIN guard keeps its lockout in `lockout`. A store that cannot be used never stops the
    kiosk (see `open_analytics`).
    """
    from exhibit.analytics.store import default_database_path, open_analytics
    from exhibit.kiosk.pin import PinGuard
    from exhibit.system.speech import find_speaker
    from exhibit.ui.kiosk import Kiosk

    if config.pin_hash is None:
        log.warning("no admin PIN is set: the kiosk cannot be left (exhibit kiosk set-pin)")
    analytics, analytics_note = open_analytics(default_database_path(), clock=time.time)
    if analytics is not None:
        app.aboutToQuit.connect(analytics.close)
    kiosk = Kiosk(
        controller,
        PinGuard(config.pin_hash, state=lockout),
        locked_down=True,
        idle_timeout=config.idle_timeout or timing.idle_timeout,
        auto_advance=config.auto_advance or timing.auto_advance,
        content_label=label,
        live=live,
        notifier=notifier,
        analytics=analytics,
        analytics_note=analytics_note,
        access_mode=config.access_mode,
        speaker=find_speaker(config.speech),
        max_volume=config.max_volume,
        parent=app,
    )
    kiosk.exitRequested.connect(app.exit)
    return kiosk


def _open_window(
    engine: QQmlApplicationEngine, controller: Controller, target: QScreen, kiosk: Kiosk | None
) -> QQuickWindow:
    """The viewer's window, at most 1600x900, centred on the `target` screen."""
    geometry = target.availableGeometry()
    width, height = min(1600, geometry.width()), min(900, geometry.height())
    window = create_window(engine, controller, width, height, kiosk=kiosk)
    if window is None:
        raise Failure("the viewer's QML failed to load")
    window.setScreen(target)
    window.setPosition(
        geometry.x() + (geometry.width() - width) // 2,
        geometry.y() + (geometry.height() - height) // 2,
    )
    return window


def _show(
    window: QQuickWindow,
    options: RunOptions,
    kiosk: Kiosk | None,
    engine: QQmlApplicationEngine,
    controller: Controller,
    app: QGuiApplication,
) -> None:
    """Locked down for a kiosk, with the presenter's window, fullscreen, or as it is."""
    if kiosk is not None:
        lock_down(window, kiosk, app)
    elif options.presenter:
        if not open_presenter(engine, controller, window, app, options.screen):
            raise Failure("the presenter view's QML failed to load")
    elif options.fullscreen:
        window.showFullScreen()


def open_presenter(
    engine: QQmlApplicationEngine,
    controller: Controller,
    audience: QQuickWindow,
    app: QGuiApplication,
    screen: int | None,
) -> bool:
    """The presenter window on the first screen, the audience fullscreen on another one.

    With a single screen both open as windows; F in the presenter window (or the window
    manager) makes the audience window fullscreen.
    """
    from exhibit.ui.engine import create_presenter_window
    from exhibit.ui.presenter import Presenter

    presenter = Presenter(controller, parent=app)
    window = create_presenter_window(engine, controller, presenter)
    if window is None:
        return False
    screens = app.screens()
    own = screens[0]
    if len(screens) > 1:
        target = screens[screen] if screen is not None else screens[1]
        own = screens[1] if target == screens[0] else screens[0]
        audience.setScreen(target)
        audience.setGeometry(target.geometry())
        audience.showFullScreen()
    geometry = own.availableGeometry()
    window.setScreen(own)
    window.setPosition(geometry.x() + 20, geometry.y() + 20)
    window.resize(min(1400, geometry.width() - 40), min(860, geometry.height() - 40))

    def toggle_audience() -> None:
        if audience.visibility() == QWindow.Visibility.FullScreen:
            audience.showNormal()
        else:
            audience.showFullScreen()

    window.audienceFullscreenRequested.connect(toggle_audience)  # type: ignore[attr-defined]
    window.closing.connect(app.quit)
    audience.closing.connect(app.quit)
    window.requestActivate()
    presenter.start()
    return True


def lock_down(window: QQuickWindow, kiosk: Kiosk, app: QGuiApplication) -> None:
    """Frameless fullscreen, no cursor, every close refused, input watched for the kiosk."""
    from PySide6.QtCore import Qt  # here, not at start: its enums cost 12 ms to build

    window.setFlags(window.flags() | Qt.WindowType.FramelessWindowHint)
    window.installEventFilter(kiosk)
    app.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
    app.setQuitOnLastWindowClosed(False)

    def stay_fullscreen(visibility: QWindow.Visibility) -> None:
        if kiosk.locked_down and visibility != QWindow.Visibility.FullScreen:
            QTimer.singleShot(0, window, window.showFullScreen)  # dropped if window is gone

    window.visibilityChanged.connect(stay_fullscreen)
    window.showFullScreen()
    kiosk.start_watchdog()
    from exhibit.ui.awake import ScreenAwake

    awake = ScreenAwake()
    app.aboutToQuit.connect(awake.release)


def _on_first_frame(window: QQuickWindow, action: Callable[[], object]) -> None:
    """Run `action` once the first frame is on screen (frameSwapped fires per frame: once only)."""
    done = [False]

    def first() -> None:
        if not done[0]:
            done[0] = True
            action()

    # A plain function runs on the UI thread (queued when a threaded render loop emits).
    window.frameSwapped.connect(first)
