"""The hidden admin gesture."""

from __future__ import annotations

from exhibit.show.gesture import SecretTaps, in_corner


def test_five_taps_within_three_seconds() -> None:
    taps = SecretTaps()
    assert [taps.tap(t) for t in (0.0, 0.5, 1.0, 1.5)] == [False] * 4
    assert taps.tap(2.0)
    assert not taps.tap(2.1)  # counting starts again


def test_slow_taps_do_not_count() -> None:
    taps = SecretTaps()
    assert not any(taps.tap(t) for t in (0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0))


def test_corner() -> None:
    assert in_corner(10, 10, 1920, 1080)
    assert not in_corner(200, 10, 1920, 1080)
    assert in_corner(40, 40, 320, 240)  # never smaller than a 48 px touch target
