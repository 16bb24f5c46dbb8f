"""The kiosk admin PIN: salted scrypt hashes, and a guard that locks after repeated failures.

The guard's lockout survives a restart (kept in a small state file beside the config), and
each lockout in a row lasts twice as long as the one before.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from exhibit.system.files import write_private

log = logging.getLogger("exhibit.kiosk")

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
# The most a stored hash may ask of the machine: checking a PIN runs on the UI thread, and
# scrypt costs 128·N·r bytes and time in proportion to N·r·p.
MAX_N, MAX_R, MAX_P, MAX_MEMORY = 2**16, 16, 2, 32 * 2**20
MAX_ATTEMPTS = 5
LOCKOUT_SECONDS = 300.0
MAX_LOCKOUT_SECONDS = 4 * 3600.0


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """`scrypt$N$r$p$salt-hex$hash-hex` for a PIN of 4 to 12 digits."""
    if not (pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 12):
        raise ValueError("a PIN is 4 to 12 digits")
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


@dataclass(frozen=True)
class _Hash:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes


def _parse(stored: str) -> _Hash | str:
    """The parts of a stored hash, or why it is not one `hash_pin` could have written."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return "is not a scrypt hash"
    try:
        n, r, p = (int(part) for part in parts[1:4])
        salt, digest = bytes.fromhex(parts[4]), bytes.fromhex(parts[5])
    except ValueError:
        return "is not a scrypt hash"
    if not (2 <= n <= MAX_N and n & (n - 1) == 0 and 1 <= r <= MAX_R and 1 <= p <= MAX_P):
        return f"asks for scrypt parameters beyond N={MAX_N}, r={MAX_R}, p={MAX_P}"
    if 128 * n * r > MAX_MEMORY:
        return "asks scrypt for more memory than a PIN check may take"
    if not (8 <= len(salt) <= 64 and 16 <= len(digest) <= 64):
        return "has a salt or digest of the wrong length"
    return _Hash(n, r, p, salt, digest)


def hash_problem(stored: str) -> str | None:
    """Why a stored hash cannot be used, or None."""
    parsed = _parse(stored)
    return parsed if isinstance(parsed, str) else None


def verify_pin(pin: str, stored: str) -> bool:
    """Whether `pin` matches a stored hash; malformed or out-of-bounds hashes never match."""
    parsed = _parse(stored)
    if isinstance(parsed, str):
        return False
    digest = hashlib.scrypt(
        pin.encode(),
        salt=parsed.salt,
        n=parsed.n,
        r=parsed.r,
        p=parsed.p,
        dklen=len(parsed.digest),
        maxmem=MAX_MEMORY + 2**20,
    )
    return hmac.compare_digest(digest, parsed.digest)


@dataclass
class PinGuard:
    """Checks PIN attempts; `MAX_ATTEMPTS` failures in a row lock it, for `LOCKOUT_SECONDS`
    the first time and twice as long each time after (up to `MAX_LOCKOUT_SECONDS`).

    `now` is the caller's clock (monotonic in the kiosk); with a `state` file the failures
    and the lockout, in wall-clock time (`wall`), are kept across restarts.
    """

    stored: str | None
    state: Path | None = None
    wall: Callable[[], float] = time.time
    failures: int = 0
    lockouts: int = 0
    locked_until: float = 0.0
    history: list[tuple[float, bool]] = field(default_factory=list)
    _restored: bool = False

    def locked(self, now: float) -> bool:
        self._restore(now)
        return now < self.locked_until

    def seconds_left(self, now: float) -> int:
        self._restore(now)
        return max(0, round(self.locked_until - now + 0.499))

    def attempt(self, pin: str, now: float) -> bool:
        """Try a PIN; every attempt is logged, none succeeds while locked or unset."""
        if self.locked(now):
            log.warning("admin PIN attempt refused: locked for %ss more", self.seconds_left(now))
            self.history.append((now, False))
            return False
        ok = self.stored is not None and verify_pin(pin, self.stored)
        self.history.append((now, ok))
        if ok:
            self.failures = self.lockouts = 0
            log.warning("admin PIN accepted")
            self._save(now)
            return True
        self.failures += 1
        if self.stored is None:
            log.warning("admin PIN attempt refused: no PIN is set (exhibit kiosk set-pin)")
        else:
            log.warning("admin PIN attempt failed (%d of %d)", self.failures, MAX_ATTEMPTS)
        if self.failures >= MAX_ATTEMPTS:
            lockout = min(LOCKOUT_SECONDS * 2**self.lockouts, MAX_LOCKOUT_SECONDS)
            self.failures = 0
            self.lockouts += 1
            self.locked_until = now + lockout
            log.warning(
                "admin PIN locked for %d seconds after %d failures", lockout, MAX_ATTEMPTS
            )
        self._save(now)
        return False

    def _restore(self, now: float) -> None:
        """Once, before the first use: the state a previous run left."""
        if self._restored or self.state is None:
            return
        self._restored = True
        try:
            data = json.loads(self.state.read_text(encoding="utf-8"))
            failures, lockouts = int(data["failures"]), int(data["lockouts"])
            remaining = float(data["locked_until"]) - self.wall()
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError, OverflowError) as exc:
            log.warning("PIN lockout state %s unreadable (%s); treating as locked", self.state, exc)
            failures, lockouts, remaining = 0, 1, LOCKOUT_SECONDS
        self.failures = max(0, min(failures, MAX_ATTEMPTS - 1))
        self.lockouts = max(0, min(lockouts, 16))
        if remaining == remaining and remaining > 0:  # not NaN
            self.locked_until = now + min(remaining, MAX_LOCKOUT_SECONDS)

    def _save(self, now: float) -> None:
        if self.state is None:
            return
        state = {
            "failures": self.failures,
            "lockouts": self.lockouts,
            "locked_until": self.wall() + max(0.0, self.locked_until - now),
        }
        try:
            write_private(self.state, json.dumps(state) + "\n")
        except OSError as exc:
            log.warning("cannot keep the PIN lockout in %s (%s)", self.state, exc)
