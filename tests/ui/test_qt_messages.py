"""Qt's own messages in the viewer's log: warnings kept, a screen reader's stale questions not."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QtMsgType

from exhibit.ui.engine import QtMessages


def test_a_screen_readers_question_about_a_replaced_object_is_no_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Orca asks after objects a language switch replaced; Qt's bridge says so once a question
    (hundreds of lines). They are logged at debug level and are not counted as warnings."""
    messages = QtMessages()
    stale = 'Could not find accessible on path: "/org/a11y/atspi/accessible/2147483745"'
    with caplog.at_level(logging.DEBUG, logger="exhibit.qt"):
        messages(QtMsgType.QtWarningMsg, None, stale)
        messages(QtMsgType.QtWarningMsg, None, "QML Text: Binding loop detected")
    assert messages.warnings == ["QML Text: Binding loop detected"]
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.DEBUG, stale),
        (logging.WARNING, "QML Text: Binding loop detected"),
    ]


def test_optional_media_libraries_missing_is_no_warning(caplog: pytest.LogCaptureFixture) -> None:
    """A machine without VA-API or PipeWire (Debian with only the README's packages): Qt
    Multimedia says it could not load them and decodes in software. Debug, not a warning;
    the same words from another category stay a warning."""
    messages = QtMessages()
    resolver = SimpleNamespace(category="qt.multimedia.symbolsresolver")
    other = SimpleNamespace(category="qt.multimedia.ffmpeg")
    with caplog.at_level(logging.DEBUG, logger="exhibit.qt"):
        messages(QtMsgType.QtWarningMsg, resolver, "Couldn't load va-x11 library")
        messages(QtMsgType.QtWarningMsg, resolver, "Couldn't resolve pipewire-0.3 symbols")
        messages(QtMsgType.QtWarningMsg, other, "Couldn't load va-x11 library")
    assert messages.warnings == ["Couldn't load va-x11 library"]
    assert [r.levelno for r in caplog.records] == [logging.DEBUG, logging.DEBUG, logging.WARNING]


def test_a_frame_converted_on_the_cpu_is_no_warning() -> None:
    messages = QtMessages()
    note = ("QRhi* {anonymous}::ThreadLocalRhiHolder::ensureRhi(QRhi::Implementation) : "
            "No RHI backend. Using CPU conversion.")
    messages(QtMsgType.QtWarningMsg, None, note)
    assert messages.warnings == []
