"""The presenter's clock, plan and typed slide numbers, on a fake clock."""

from __future__ import annotations

import pytest

from exhibit.show.presenter import (
    NumberEntry,
    PlanStatus,
    TalkClock,
    clock_text,
    plan_status,
    remaining_seconds,
)


def test_talk_clock() -> None:
    clock = TalkClock()
    assert clock.elapsed(100.0) == 0.0
    clock.start(100.0)
    assert clock.elapsed(165.0) == 65.0
    clock.start(200.0)
    assert clock.elapsed(201.0) == 1.0


def test_plan_spreads_section_minutes_over_slides() -> None:
    minutes, sizes = (10.0, 5.0), (4, 2)
    assert plan_status(minutes, sizes, 0, 0.0) == PlanStatus(150.0, -150.0)
    assert plan_status(minutes, sizes, 0, 41.0) == PlanStatus(150.0, -109.0)  # not behind yet
    assert plan_status(minutes, sizes, 2, 240.0) == PlanStatus(450.0, -210.0)  # ahead
    assert plan_status(minutes, sizes, 4, 800.0) == PlanStatus(750.0, 50.0)  # behind
    assert plan_status(minutes, sizes, 5, 900.0) == PlanStatus(900.0, 0.0)


def test_no_plan() -> None:
    assert plan_status((None, None), (3, 3), 1, 50.0) is None


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "0:00"), (65, "1:05"), (3725, "1:02:05"), (-90, "1:30")]
)
def test_clock_text(seconds: float, text: str) -> None:
    assert clock_text(seconds) == text


def test_number_entry() -> None:
    entry = NumberEntry()
    for digit in "12x":
        entry.type(digit)
    assert entry.text == "12"
    assert entry.enter(28) == 11 and entry.text == ""
    entry.type("9")
    entry.type("9")
    assert entry.enter(28) is None
    assert entry.enter(28) is None


def test_remaining_is_the_whole_plan_less_the_time_spoken() -> None:
    assert remaining_seconds([5, None, 10], 90) == 15 * 60 - 90
    assert remaining_seconds([1], 600) == 0  # past the plan: nothing left, never negative
    assert remaining_seconds([None, None], 10) is None
