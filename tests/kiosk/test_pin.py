"""PIN hashing and the lockout after five failures."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from exhibit.kiosk.pin import LOCKOUT_SECONDS, PinGuard, hash_pin, verify_pin


def test_hash_is_salted_and_verifies() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second and first.startswith("scrypt$")
    assert verify_pin("2468", first) and not verify_pin("2469", first)
    assert "2468" not in first


@pytest.mark.parametrize("bad", ["", "12", "abcd", "1234567890123", "١٢٣٤"])
def test_bad_pins_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        hash_pin(bad)


@pytest.mark.parametrize("stored", ["", "md5$x", "scrypt$a$b$c$d$e", "scrypt$16$8$1$zz$00"])
def test_malformed_hash_never_matches(stored: str) -> None:
    assert not verify_pin("1234", stored)


def test_five_failures_lock_for_five_minutes(caplog: pytest.LogCaptureFixture) -> None:
    guard = PinGuard(hash_pin("1357", salt=b"0" * 16))
    with caplog.at_level(logging.WARNING, logger="exhibit.kiosk"):
        for n in range(5):
            assert not guard.attempt("0000", 10.0 + n)
        assert guard.locked(15.0)
        assert not guard.attempt("1357", 16.0)  # right PIN, still locked
        assert guard.seconds_left(16.0) == round(LOCKOUT_SECONDS - 2)
        assert guard.attempt("1357", 14.0 + LOCKOUT_SECONDS)
    assert len(guard.history) == 7
    messages = [r.getMessage() for r in caplog.records]
    assert sum("failed" in m for m in messages) == 5
    assert any("locked for 300 seconds" in m for m in messages)
    assert messages[-1] == "admin PIN accepted"


def test_no_pin_set_never_opens() -> None:
    guard = PinGuard(None)
    assert not guard.attempt("1234", 0.0)


class Wall:
    """A wall clock the test moves."""

    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_a_lockout_survives_a_restart(tmp_path: Path) -> None:
    stored, state, wall = hash_pin("1357", salt=b"0" * 16), tmp_path / "lockout.json", Wall()
    first = PinGuard(stored, state=state, wall=wall)
    for n in range(5):
        first.attempt("0000", 5.0 + n)
    assert first.locked(10.0)
    wall.now += 60
    # A restart: a new guard, a new monotonic clock starting near 0.
    second = PinGuard(stored, state=state, wall=wall)
    assert second.locked(0.5)
    assert second.seconds_left(0.5) == pytest.approx(LOCKOUT_SECONDS - 60 - 1, abs=2)
    assert not second.attempt("1357", 1.0)
    wall.now += LOCKOUT_SECONDS
    third = PinGuard(stored, state=state, wall=wall)
    assert third.attempt("1357", 0.0)
    assert json.loads(state.read_text(encoding="utf-8"))["lockouts"] == 0


def test_failures_before_a_restart_still_count(tmp_path: Path) -> None:
    stored, state, wall = hash_pin("1357", salt=b"0" * 16), tmp_path / "lockout.json", Wall()
    first = PinGuard(stored, state=state, wall=wall)
    for n in range(4):
        first.attempt("0000", float(n))
    second = PinGuard(stored, state=state, wall=wall)
    assert not second.attempt("0000", 0.0)
    assert second.locked(0.1)


def test_lockouts_in_a_row_grow() -> None:
    guard = PinGuard(hash_pin("1357", salt=b"0" * 16))
    now, lengths = 0.0, []
    for _ in range(3):
        for _ in range(5):
            guard.attempt("0000", now)
        lengths.append(guard.seconds_left(now))
        now += guard.seconds_left(now) + 1
    assert lengths == [300, 600, 1200]


def test_an_unreadable_lockout_state_errs_on_the_side_of_locked(tmp_path: Path) -> None:
    state = tmp_path / "lockout.json"
    state.write_text("{garbage", encoding="utf-8")
    guard = PinGuard(hash_pin("1357", salt=b"0" * 16), state=state, wall=Wall())
    assert guard.locked(0.0)


def test_a_hostile_hash_is_not_computed() -> None:
    hostile = "scrypt$16384$8$14000$" + "ab" * 16 + "$" + "cd" * 32
    assert not verify_pin("1234", hostile)  # refused by its parameters, in no time
