"""Kiosk mode around the viewer: lockdown, admin gesture and PIN, attract loop, live reload."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable

from PySide6.QtCore import (
    Property,
    QEvent,
    QObject,
    QPointF,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTouchEvent, QWindow
from PySide6.QtQml import QmlElement, QmlUncreatable
from PySide6.QtQuick import QQuickItem, QQuickWindow

from exhibit import __version__
from exhibit.analytics.store import Analytics
from exhibit.content.model import Exhibit
from exhibit.kiosk.pin import MAX_ATTEMPTS, PinGuard
from exhibit.kiosk.sdnotify import Notifier
from exhibit.show.attract import AttractLoop, Mode
from exhibit.show.gesture import SecretTaps, in_corner
from exhibit.show.spoken import spoken_slide
from exhibit.system.speech import SilentSpeaker, Speaker
from exhibit.ui.controller import Controller
from exhibit.ui.live import LiveReload

# The PIN pad and admin panel close by themselves after this long without a touch (or the
# idle timeout, if longer): long enough to read the status, short enough not to stay open.
ADMIN_IDLE_SECONDS = 300.0
log = logging.getLogger("exhibit.kiosk")
# Registered in the views' QML module when a kiosk starts (this module is imported only then):
# KioskOverlay.qml, which names the type, is loaded by URL, only for a kiosk.
QML_IMPORT_NAME = "Exhibit"
QML_IMPORT_MAJOR_VERSION = 1
Clock = Callable[[], float]
_INPUT = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


@QmlElement
@QmlUncreatable("the kiosk is made by `exhibit run --kiosk`")
class Kiosk(QObject):  # type: ignore[operator]  # QmlUncreatable's stub lacks __call__
    """Everything that makes the viewer safe to leave alone on a museum floor."""

    changed = Signal()
    exitRequested = Signal(int)
    overlaysTimedOut = Signal()  # the visit ended with the PIN pad or admin panel open

    def __init__(
        self,
        controller: Controller,
        guard: PinGuard,
        *,
        locked_down: bool,
        idle_timeout: float,
        auto_advance: float,
        content_label: str,
        live: LiveReload | None = None,
        notifier: Notifier | None = None,
        analytics: Analytics | None = None,
        analytics_note: str = "",
        access_mode: bool = True,
        speaker: Speaker | None = None,
        max_volume: float = 1.0,
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.guard = guard
        self.locked_down = locked_down
        self.clock = clock
        self.content_label = content_label
        self.live = live
        self.analytics = analytics
        self.analytics_note = analytics_note
        self.notifier = notifier or Notifier({})
        self.access_offered = access_mode
        self.access_on = False
        self.speaker = speaker or SilentSpeaker()
        self.scale_before = 1.0
        self.started = clock()
        self.pin_visible = False
        self.admin_visible = False
        self.pin_message = ""
        self.exit_pending = False  # Exit pressed once in the admin panel: press it again
        self.escape_taps = SecretTaps()
        self.corner_taps = SecretTaps()
        self.idle_timeout = idle_timeout
        self.auto_advance = auto_advance
        self.attract_failed = False  # the attract video would not play: the slides show
        self._swapping_video = False
        self.loop = self._new_loop(controller.exhibit)
        # No sound until a visitor touches the screen (a muted attract video may play).
        controller.set_sound(False, max_volume)
        controller.mediaPlayed.connect(self._media_played)
        self.loop.start(clock())
        controller.moved()
        self._moving = False
        controller.currentIndexChanged.connect(self._visitor_moved)
        controller.exhibitChanged.connect(self._exhibit_swapped)
        controller.languageChanged.connect(self.changed)
        controller.languageChanged.connect(self._language_chosen)
        controller.reducedMotionChanged.connect(self._cover_changed)
        controller.eventTapped.connect(self._event_tapped)
        controller.currentIndexChanged.connect(self._slide_shown)
        controller.currentIndexChanged.connect(self._speak_slide)
        controller.languageChanged.connect(self._speak_slide)
        if analytics is not None:
            analytics.attract_started()
        if live is not None:
            live.errorChanged.connect(self.changed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.tick)
        self._schedule()

    # -- the attract loop ------------------------------------------------------------------

    def _new_loop(self, exhibit: Exhibit) -> AttractLoop:
        attract = [exhibit.slide_index(s) for s in exhibit.kiosk.attract_slides]
        return AttractLoop(
            self.controller.show,
            idle_timeout=self.idle_timeout,
            auto_advance=self.auto_advance,
            durations=[slide.duration for slide in exhibit.slides],
            attract=[i for i in attract if i >= 0],
            held=self._covered(exhibit),
        )

    # -- the attract video: one player, in KioskOverlay.qml, over the attract slides -------

    def _covered(self, exhibit: Exhibit) -> bool:
        """Whether the attract video (or, with reduced motion, its poster) covers the attract
        loop's slides, which then wait under it."""
        settings = exhibit.kiosk
        if settings.attract_video is None or self.attract_failed:
            return False
        return settings.attract_poster is not None or not self.controller.property(
            "reducedMotion"
        )

    def _cover_changed(self) -> None:
        self.loop.held = self._covered(self.controller.exhibit)
        self.loop.slide_changed(self.clock())
        self.changed.emit()
        self._schedule()

    @Slot(str)
    def attractVideoFailed(self, message: str) -> None:
        """The attract video cannot be played here: the attract slides show instead."""
        if self.attract_failed:
            return
        log.warning("the attract video cannot be played (%s); the attract slides show", message)
        self.attract_failed = True
        self._cover_changed()

    def _overlay_deadline(self) -> float | None:
        """While the PIN pad or admin panel is open: when it closes by itself (the visitors'
        idle timeout does not close it under the technician's hands)."""
        if not (self.pin_visible or self.admin_visible):
            return None
        return self.loop.last_input + max(self.idle_timeout, ADMIN_IDLE_SECONDS)

    def _schedule(self) -> None:
        deadline = self._overlay_deadline()
        due = deadline if deadline is not None else self.loop.next_deadline()
        if math.isinf(due):  # nothing happens until a touch (the attract video plays)
            self.timer.stop()
            return
        self.timer.start(max(1, round(max(0.0, due - self.clock()) * 1000)))

    @Slot()
    def tick(self) -> None:
        """Let time pass: end idle sessions, advance the attract loop."""
        deadline = self._overlay_deadline()
        if deadline is not None and self.clock() < deadline:
            self._schedule()
            return
        before = self.loop.mode
        moved = self.loop.tick(self.clock())
        ended = before is Mode.VISITOR and self.loop.mode is Mode.ATTRACT
        if ended and self.analytics is not None:
            # Before the attract loop's first slide shows: it is no part of the visit.
            self.analytics.session_ended(idle_for=self.idle_timeout)
            self.analytics.attract_started()
        if moved:
            self._moving = True
            self.controller.moved()
            self._moving = False
        if ended:
            log.info("visitor session ended; attract loop started")
            self._set_access(False)  # the mode ends with the visit
            self.controller.end_visit()
            if self.pin_visible or self.admin_visible:
                self.overlaysTimedOut.emit()
            self.controller.stop_media()  # the visit is over: whatever plays stops, unheard
            self.controller.set_sound(False)
            self.close_overlays()
            self.changed.emit()
        self._schedule()

    def activity(self) -> bool:
        """A touch, click or key press. True when it began a session (and should be eaten)."""
        began = self.loop.touched(self.clock())
        self.controller.set_sound(True)
        if began:
            self._moving = True
            self.controller.moved()
            self._moving = False
            log.info("visitor session started")
            self.changed.emit()
        if self.analytics is not None:
            # After the move back to the first slide: the attract slide that was on screen
            # when the visitor touched it is not counted as viewed.
            self.analytics.touched()
        self._schedule()
        return began

    def _visitor_moved(self) -> None:
        if not self._moving:
            self.loop.slide_changed(self.clock())
            self._schedule()

    def _slide_shown(self) -> None:
        if self.analytics is not None:
            slide = self.controller.exhibit.slides[self.controller.show.index]
            self.analytics.slide_shown(slide.id, slide.section_id)

    def _language_chosen(self) -> None:
        if self.analytics is not None and self.loop.mode is Mode.VISITOR:
            self.analytics.language_chosen(self.controller.words_language())

    def _media_played(self, what: str, slide_id: str) -> None:
        if self.analytics is None or self.loop.mode is not Mode.VISITOR:
            return
        if what.startswith("captions-"):
            on = what == "captions-on"
            self.analytics.captions_switched(slide_id, on, self.controller.words_language())
        else:
            self.analytics.media_event(what, slide_id)

    def _event_tapped(self, event_id: str) -> None:
        if self.analytics is not None:
            self.analytics.timeline_tapped(event_id)

    # -- the accessibility mode: larger text, step buttons, each slide spoken -------------

    @Slot()
    def toggleAccessMode(self) -> None:
        if self.access_offered:
            if not self.access_on:
                self.activity()  # from the attract loop (a screen reader's Press): a visit
            self._set_access(not self.access_on)
            words = self.controller.words()
            self.speaker.say(
                words["accessModeOn" if self.access_on else "accessModeOff"]
                + (".\n" + self._slide_words() if self.access_on else ""),
                self.controller.words_language(),
            )

    def _set_access(self, on: bool) -> None:
        if on == self.access_on:
            return
        self.access_on = on
        log.info("accessibility mode %s", "on" if on else "off")
        if on:
            self.scale_before = float(self.controller.property("textScale"))
            self.controller.set_text_scale(1.5)
        else:
            self.speaker.stop()
            self.controller.set_text_scale(self.scale_before)
        self.changed.emit()

    def _slide_words(self) -> str:
        index = self.controller.show.index
        row = self.controller.slideRow(index)
        return spoken_slide(row, self.controller.words(), index, self.controller.show.count)

    def _speak_slide(self) -> None:
        if self.access_on and not self._moving:  # the loop's own moves end the visit
            self.speaker.say(self._slide_words(), self.controller.words_language())

    @Slot()
    def restartShow(self) -> None:
        """The admin panel's Restart: only while the panel is open (after the PIN)."""
        if not self.admin_visible:
            log.info("restart refused: the admin panel is not open")
            return
        self.close_overlays()
        self._set_access(False)
        self.controller.reset_language()
        self.loop.start(self.clock())
        self.controller.moved()
        self._schedule()
        log.info("show restarted by the admin")

    # -- input: gestures and lockdown ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close and self.locked_down:
            event.ignore()
            log.info("close request refused (kiosk)")
            return True
        if kind not in _INPUT:
            return False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if self._key(event):
                return True
        elif isinstance(watched, QWindow):
            point = self._press_point(event)
            if point is not None and in_corner(
                point.x(), point.y(), watched.width(), watched.height()
            ):
                self.activity()
                if self.corner_taps.tap(self.clock()):
                    self.open_pin()
                return True
            if point is not None and self._on_access_button(watched, point):
                self.activity()  # begins the visit, and the button still gets its hold
                return False
        if self.pin_visible or self.admin_visible:
            self.loop.touched(self.clock())
            self._schedule()
            return False
        return self.activity()

    def _key(self, event: QKeyEvent) -> bool:
        """Refuse the keys that close or leave windows; count the Escape gesture."""
        key = event.key()
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_Escape:
            if self.pin_visible or self.admin_visible:
                return False  # the overlay uses Escape to close itself
            self.activity()
            self.controller.closeTranscript()  # Escape closes a visitor's transcript, too
            if self.escape_taps.tap(self.clock()):
                self.open_pin()
            return True
        if not self.locked_down:
            return False
        if (
            (alt and key == Qt.Key.Key_F4)
            or key in (Qt.Key.Key_F11, Qt.Key.Key_Close)
            or (ctrl and key in (Qt.Key.Key_Q, Qt.Key.Key_W))
        ):
            self.activity()
            return True
        return False

    def _on_access_button(self, window: QWindow, point: QPointF) -> bool:
        """A press on the accessibility button, which shows in the attract loop too: a
        visitor who cannot see the slides holds it to begin, and the hold is not eaten."""
        if not (self.access_offered and isinstance(window, QQuickWindow)):
            return False
        button = window.findChild(QQuickItem, "accessButton")
        if not isinstance(button, QQuickItem) or not button.isVisible():
            return False
        return button.contains(button.mapFromScene(point))

    @staticmethod
    def _press_point(event: QEvent) -> QPointF | None:
        if isinstance(event, QMouseEvent):
            return event.position()
        if isinstance(event, QTouchEvent) and event.points():
            return event.points()[0].position()
        return None

    # -- admin: PIN pad and panel ----------------------------------------------------------

    def open_pin(self) -> None:
        self.pin_visible = True
        self.admin_visible = False
        now = self.clock()
        if self.analytics is not None:  # the gesture's taps were the technician's, no visit
            self.analytics.admin_opened(since=now - self.corner_taps.window)
        self.pin_message = (
            self.controller.words()["lockedPin"].replace("%1", str(self.guard.seconds_left(now)))
            if self.guard.locked(now)
            else self.controller.words()["enterPin"]
        )
        log.info("admin gesture: PIN pad opened")
        self.changed.emit()

    @Slot(str, result=bool)
    def submitPin(self, pin: str) -> bool:
        now = self.clock()
        if self.guard.attempt(pin, now):
            self.pin_visible = False
            self.admin_visible = True
            self.pin_message = ""
            self.changed.emit()
            return True
        if self.guard.locked(now):
            self.pin_message = self.controller.words()["lockedPin"].replace(
                "%1", str(self.guard.seconds_left(now))
            )
        elif self.guard.stored is None:
            self.pin_message = self.controller.words()["noPin"]
        else:
            left = max(1, MAX_ATTEMPTS - self.guard.failures)
            self.pin_message = self.controller.words()["wrongPin"].replace("%1", str(left))
        self.changed.emit()
        return False

    @Slot()
    def close_overlays(self) -> None:
        self.exit_pending = False
        if self.pin_visible or self.admin_visible:
            self.pin_visible = self.admin_visible = False
            self.changed.emit()

    @Slot()
    def exitApp(self) -> None:
        """The admin panel's Exit: the first press asks for a second one, which exits."""
        if not self.admin_visible:
            return
        if not self.exit_pending:
            self.exit_pending = True
            self.changed.emit()
            return
        log.warning("exit chosen in the admin panel")
        self.exitRequested.emit(0)

    @Slot()
    def reloadContent(self) -> None:
        if self.live is not None:
            self.live.reload_now()

    def _exhibit_swapped(self) -> None:
        """New content came in: rebuild the loop over it, keeping the current mode."""
        mode = self.loop.mode
        self.attract_failed = False  # a new exhibit was checked: its video gets a new try
        self.loop = self._new_loop(self.controller.exhibit)
        self.loop.mode = mode
        self.loop.shown_at = self.loop.last_input = self.clock()
        # The attract player lets go of its file before it opens the new one, even under the
        # same name (the file may have been replaced).
        self._swapping_video = True
        self.changed.emit()
        self._swapping_video = False
        self.changed.emit()
        self._schedule()

    # -- watchdog --------------------------------------------------------------------------

    def start_watchdog(self) -> None:
        """Ping systemd's watchdog from the UI thread, so a frozen UI gets restarted."""
        if self.notifier.watchdog_seconds <= 0:
            return
        self.watchdog = QTimer(self)
        self.watchdog.setInterval(max(500, round(self.notifier.watchdog_seconds * 500)))
        self.watchdog.timeout.connect(self.notifier.ping)
        self.watchdog.start()

    # -- what QML reads --------------------------------------------------------------------

    def _status(self) -> str:
        uptime = int(self.clock() - self.started)
        hours, rest = divmod(uptime, 3600)
        return "\n".join(
            [
                f"Exhibit {__version__}",
                f"Content: {self.content_label}",
                f"Slides: {self.controller.count}",
                f"Up for {hours} h {rest // 60:02d} min",
                f"Last content error: {(self.live.last_error if self.live else '') or 'none'}",
                *([f"Analytics: {self.analytics_note}"] if self.analytics_note else []),
            ]
        )

    def _enabled(self) -> bool:
        return self.locked_down

    def _attract(self) -> bool:
        return self.loop.mode is Mode.ATTRACT

    def _pin_visible(self) -> bool:
        return self.pin_visible

    def _admin_visible(self) -> bool:
        return self.admin_visible

    def _pin_message(self) -> str:
        return self.pin_message

    def _access_offered(self) -> bool:
        return self.access_offered

    def _access_on(self) -> bool:
        return self.access_on

    def _exit_pending(self) -> bool:
        return self.exit_pending

    def _attract_video(self) -> str:
        video = self.controller.exhibit.kiosk.attract_video
        if video is None or self.attract_failed or self._swapping_video:
            return ""
        return video.as_uri()

    def _attract_poster(self) -> str:
        poster = self.controller.exhibit.kiosk.attract_poster
        return "" if poster is None else poster.as_uri()

    def _attract_covered(self) -> bool:
        return self.loop.held

    # Named getters, not lambdas: pyside6-metaobjectdump reads these lines for exhibit.qmltypes.
    enabled = Property(bool, _enabled, constant=True)
    attract = Property(bool, _attract, notify=changed)
    pinVisible = Property(bool, _pin_visible, notify=changed)
    adminVisible = Property(bool, _admin_visible, notify=changed)
    pinMessage = Property(str, _pin_message, notify=changed)
    exitPending = Property(bool, _exit_pending, notify=changed)
    status = Property(str, _status, notify=changed)
    accessOffered = Property(bool, _access_offered, constant=True)
    accessMode = Property(bool, _access_on, notify=changed)
    attractVideo = Property(str, _attract_video, notify=changed)  # "" without one, or failed
    attractPoster = Property(str, _attract_poster, notify=changed)
    # The attract video (or its poster) is over the attract slides, which wait under it.
    attractCovered = Property(bool, _attract_covered, notify=changed)
