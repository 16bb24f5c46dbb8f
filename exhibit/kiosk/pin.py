"""The kiosk admin PIN: salted scrypt hashes, and a guard that locks after repeated failures."""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass, field

log = logging.getLogger("exhibit.kiosk")

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MAX_ATTEMPTS = 5
LOCKOUT_SECONDS = 300.0


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """`scrypt$N$r$p$salt-hex$hash-hex` for a PIN of 4 to 12 digits."""
    if not (pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 12):
        raise ValueError("a PIN is 4 to 12 digits")
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether `pin` matches a stored hash; malformed hashes never match."""
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            pin.encode(),
            salt=bytes.fromhex(salt_hex),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(bytes.fromhex(digest_hex)),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)


@dataclass
class PinGuard:
    """Checks PIN attempts; `MAX_ATTEMPTS` failures in a row lock it for `LOCKOUT_SECONDS`."""

    stored: str | None
    failures: int = 0
    locked_until: float = 0.0
    history: list[tuple[float, bool]] = field(default_factory=list)

    def locked(self, now: float) -> bool:
        return now < self.locked_until

    def seconds_left(self, now: float) -> int:
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
            self.failures = 0
            log.warning("admin PIN accepted")
            return True
        self.failures += 1
        if self.stored is None:
            log.warning("admin PIN attempt refused: no PIN is set (exhibit kiosk set-pin)")
        else:
            log.warning("admin PIN attempt failed (%d of %d)", self.failures, MAX_ATTEMPTS)
        if self.failures >= MAX_ATTEMPTS:
            self.failures = 0
            self.locked_until = now + LOCKOUT_SECONDS
            log.warning(
                "admin PIN locked for %d seconds after %d failures", LOCKOUT_SECONDS, MAX_ATTEMPTS
            )
        return False
