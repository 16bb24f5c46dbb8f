"""READY and watchdog pings reach a real notify socket."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from exhibit.kiosk.sdnotify import Notifier


def test_messages_reach_the_socket(tmp_path: Path) -> None:
    path = tmp_path / "notify"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(str(path))
        server.settimeout(5)
        notifier = Notifier(
            {
                "NOTIFY_SOCKET": str(path),
                "WATCHDOG_USEC": "10000000",
                "WATCHDOG_PID": str(os.getpid()),
            }
        )
        assert notifier.enabled and notifier.watchdog_seconds == 10.0
        assert notifier.ready() and notifier.ping()
        assert server.recv(64) == b"READY=1"
        assert server.recv(64) == b"WATCHDOG=1"


def test_abstract_socket_address() -> None:
    assert Notifier({"NOTIFY_SOCKET": "@/org/x"}).address == "\0/org/x"


def test_without_systemd_nothing_is_sent() -> None:
    notifier = Notifier({})
    assert not notifier.enabled and notifier.watchdog_seconds == 0.0
    assert not notifier.ready()


def test_watchdog_for_another_process_is_ignored() -> None:
    assert Notifier({"WATCHDOG_USEC": "1000", "WATCHDOG_PID": "1"}).watchdog_seconds == 0.0


def test_dead_socket_does_not_raise(tmp_path: Path) -> None:
    assert not Notifier({"NOTIFY_SOCKET": str(tmp_path / "gone")}).ping()
