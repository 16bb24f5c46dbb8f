"""PIN hashing and the lockout after five failures."""

from __future__ import annotations

import logging

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
