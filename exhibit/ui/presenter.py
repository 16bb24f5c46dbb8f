"""The presenter's view-model: talk clock, wall clock, plan status and typed slide numbers."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

from exhibit.show.presenter import (
    NumberEntry,
    PlanStatus,
    TalkClock,
    clock_text,
    plan_status,
    remaining_seconds,
)
from exhibit.ui.controller import Controller

Clock = Callable[[], float]
# Registered in the views' QML module (PresenterWindow.qml names the type) when the presenter
# view opens: this module is imported only then.
QML_IMPORT_NAME = "Exhibit"
QML_IMPORT_MAJOR_VERSION = 1


@QmlElement
@QmlUncreatable("the presenter view is made by `exhibit run --presenter`")
class Presenter(QObject):  # type: ignore[operator]  # QmlUncreatable's stub lacks __call__
    """What the presenter window shows beyond the slides; ticks once a second."""

    changed = Signal()

    def __init__(
        self,
        controller: Controller,
        clock: Clock = time.monotonic,
        wall: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.clock = clock
        self.wall = wall
        self.talk = TalkClock()
        self.talk.start(clock())
        self.entry = NumberEntry()
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.changed)
        controller.currentIndexChanged.connect(self.changed)
        controller.languageChanged.connect(self.changed)

    def start(self) -> None:
        self.timer.start()

    @Slot()
    def restartClock(self) -> None:
        self.talk.start(self.clock())
        self.changed.emit()

    @Slot(str)
    def typeDigit(self, digit: str) -> None:
        self.entry.type(digit)
        self.changed.emit()

    @Slot(result=bool)
    def enterNumber(self) -> bool:
        """Jump to the typed slide number; False (and nothing happens) when out of range."""
        index = self.entry.enter(self.controller.show.count)
        self.changed.emit()
        return index is not None and (
            self.controller.goTo(index) or index == self.controller.show.index
        )

    @Slot()
    def clearNumber(self) -> None:
        self.entry.clear()
        self.changed.emit()

    def _elapsed(self) -> str:
        return clock_text(self.talk.elapsed(self.clock()))

    def _wall(self) -> str:
        return self.wall().strftime("%H:%M")

    def _status(self) -> PlanStatus | None:
        exhibit = self.controller.exhibit
        return plan_status(
            [s.minutes for s in exhibit.sections],
            [len(s.slides) for s in exhibit.sections],
            self.controller.show.index,
            self.talk.elapsed(self.clock()),
        )

    def _plan(self) -> str:
        status = self._status()
        if status is None:
            return ""
        words = self.controller.words()
        if abs(status.delta_seconds) < 30:
            return words["onTime"]
        side = "behind" if status.delta_seconds > 0 else "ahead"
        return words[side].replace("%1", clock_text(status.delta_seconds))

    def _remaining(self) -> str:
        left = remaining_seconds(
            [s.minutes for s in self.controller.exhibit.sections], self.talk.elapsed(self.clock())
        )
        if left is None:
            return ""
        return self.controller.words()["remaining"].replace("%1", clock_text(left))

    def _behind(self) -> bool:
        status = self._status()
        return status is not None and status.delta_seconds >= 30

    elapsed = Property(str, _elapsed, notify=changed)
    wallClock = Property(str, _wall, notify=changed)
    plan = Property(str, _plan, notify=changed)
    remaining = Property(str, _remaining, notify=changed)
    behind = Property(bool, _behind, notify=changed)

    def _typed(self) -> str:
        return self.entry.text

    typedNumber = Property(str, _typed, notify=changed)
