"""Keeps the display awake through the freedesktop ScreenSaver D-Bus interface, where present."""

from __future__ import annotations

import logging

from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

log = logging.getLogger("exhibit.kiosk")

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"


class ScreenAwake:
    """Inhibits screen blanking while alive; releases it on `release`."""

    def __init__(self) -> None:
        self.cookie: int | None = None
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            log.info(
                "no session D-Bus: screen blanking is not inhibited; turn it off in the "
                "system (xset s off -dpms) as the README describes"
            )
            return
        self.interface = QDBusInterface(SERVICE, PATH, SERVICE, bus)
        if not self.interface.isValid():
            log.info("no ScreenSaver service on D-Bus: screen blanking is not inhibited")
            return
        reply = self.interface.call("Inhibit", "exhibit", "Exhibit kiosk is showing")
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments():
            self.cookie = int(reply.arguments()[0])
            log.info("screen blanking inhibited")
        else:
            log.info("screen blanking could not be inhibited: %s", reply.errorMessage())

    def release(self) -> None:
        if self.cookie is not None:
            self.interface.call("UnInhibit", self.cookie)
            self.cookie = None
