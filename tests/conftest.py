"""Test set-up: Qt runs offscreen; shared helpers for writing small exhibits."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Deliver every touch move as it comes, so a test's gesture is seen event by event.
os.environ["QML_NO_TOUCH_COMPRESSION"] = "1"
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/exhibit-test-runtime")
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)

import pytest  # noqa: E402

from tests.exhibits import make_exhibit  # noqa: E402, F401  (a fixture for every test folder)


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """The viewer is Qt Quick only: one QGuiApplication, as `exhibit` itself makes (some
    commands run in-process by the tests make it before pytest-qt would)."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication


@pytest.fixture(scope="session")
def media_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Test media made with ffmpeg once a session (tests/mediafiles.py): name → path."""
    from tests.mediafiles import make_media

    return make_media(tmp_path_factory.mktemp("media"))


@pytest.fixture(scope="session")
def sound_server() -> Iterator[None]:
    """A PulseAudio null sink for the tests that play sound (tests/mediafiles.py)."""
    from tests.mediafiles import start_null_sink

    server = start_null_sink(Path(os.environ["XDG_RUNTIME_DIR"]))
    yield
    server.terminate()
    server.wait(timeout=30)
