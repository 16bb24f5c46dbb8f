"""Qt's own messages in the viewer's log: warnings kept, a screen reader's stale questions not."""

from __future__ import annotations

import logging

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
