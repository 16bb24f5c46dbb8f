"""Idle → attract → touch, and auto-advance that pauses for visitors, on a fake clock."""

from __future__ import annotations

from exhibit.show.attract import AttractLoop, Mode
from exhibit.show.slideshow import Slideshow


def make(durations: tuple[float | None, ...] = (), attract: tuple[int, ...] = ()) -> AttractLoop:
    loop = AttractLoop(
        Slideshow(6), idle_timeout=90, auto_advance=10, durations=durations, attract=attract
    )
    loop.start(0.0)
    return loop


def test_attract_loop_auto_advances_and_wraps() -> None:
    loop = make(attract=(1, 3))
    assert loop.mode is Mode.ATTRACT and loop.show.index == 1
    assert not loop.tick(9.9)
    assert loop.tick(10.0) and loop.show.index == 3
    assert loop.next_deadline() == 20.0
    assert loop.tick(20.0) and loop.show.index == 1


def test_per_slide_duration_overrides() -> None:
    loop = make(durations=(4.0, None))
    assert loop.next_deadline() == 4.0
    assert loop.tick(4.0) and loop.show.index == 1
    assert loop.next_deadline() == 14.0


def test_touch_starts_session_at_the_start_and_pauses_advance() -> None:
    loop = make()
    loop.tick(10.0)
    modes: list[Mode] = []
    loop.on_mode.append(modes.append)
    assert loop.touched(12.0) is True
    assert loop.mode is Mode.VISITOR and loop.show.index == 0 and modes == [Mode.VISITOR]
    assert not loop.tick(50.0)  # no auto-advance while a visitor is here
    assert loop.show.index == 0
    assert loop.touched(60.0) is False  # same session
    assert loop.next_deadline() == 150.0


def test_idle_ends_session_into_attract() -> None:
    loop = make(attract=(2,))
    loop.touched(5.0)
    loop.show.go(4)
    assert not loop.tick(94.9)
    assert loop.tick(95.0)
    assert loop.mode is Mode.ATTRACT and loop.show.index == 2
    assert loop.touched(96.0) and loop.show.index == 0


def test_slide_change_restarts_display_time() -> None:
    loop = make()
    loop.slide_changed(7.0)
    assert loop.next_deadline() == 17.0


def test_a_held_loop_waits_for_a_touch_and_still_ends_visits() -> None:
    """An attract video covers the slides: they do not advance under it, a touch still
    starts a visit, and the idle timeout still ends it."""
    import math

    loop = make(attract=(1, 3))
    loop.held = True
    assert loop.next_deadline() == math.inf
    assert not loop.tick(1_000.0) and loop.show.index == 1
    assert loop.touched(1_000.0) and loop.show.index == 0
    assert loop.next_deadline() == 1_090.0
    assert loop.tick(1_090.0) and loop.mode is Mode.ATTRACT and loop.show.index == 1
    loop.held = False  # the video could not play: the slides go on
    assert loop.tick(1_100.0) and loop.show.index == 3
