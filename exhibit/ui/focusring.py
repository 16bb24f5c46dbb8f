"""Show the keyboard-focus ring while the keyboard is in use, hide it once the mouse or a
finger is: a ring left behind on a control after a click or tap reads as a stale selection."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtQml import QQmlEngine
from PySide6.QtQuick import QQuickWindow

_POINTER = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.TabletPress)


class FocusRingSwitch(QObject):
    """Watches a window's input and sets the Theme's `focusVisible` to match (never eats it)."""

    def __init__(self, theme: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.theme = theme

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            self.theme.setProperty("focusVisible", True)
        elif kind in _POINTER:
            self.theme.setProperty("focusVisible", False)
        return False


def watch_input(engine: QQmlEngine, window: QQuickWindow) -> None:
    """Let `window`'s key presses show the focus ring and its presses and touches hide it."""
    theme = engine.singletonInstance("Exhibit", "Theme")
    if isinstance(theme, QObject):
        window.installEventFilter(FocusRingSwitch(theme, window))
