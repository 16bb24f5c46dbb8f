"""The kiosk config file (JSON): the admin PIN hash and overrides of the exhibit's timings."""

from __future__ import annotations

import json
import math
import os
import sys
from pathlib import Path
from typing import Any

from exhibit.content.fields import MAX_IDLE_SECONDS, MAX_SLIDE_SECONDS
from exhibit.content.record import Record, record
from exhibit.kiosk.pin import hash_problem
from exhibit.system.dirs import config_dir
from exhibit.system.files import write_private

CONFIG_NAME = "kiosk.json"
KEYS = {
    "pin_hash", "idle_timeout", "auto_advance", "reduced_motion", "access_mode", "speech",
    "max_volume",
}
# How the accessibility mode speaks: the first of speech-dispatcher and espeak-ng found, one of
# them, or not at all.
SPEECH = ("auto", "spd-say", "espeak-ng", "off")
LIMITS = {"idle_timeout": MAX_IDLE_SECONDS, "auto_advance": MAX_SLIDE_SECONDS}


class ConfigError(ValueError):
    """A config file that cannot be used; the message names the file."""


@record(frozen=True)
class KioskConfig(Record):
    pin_hash: str | None = None
    idle_timeout: float | None = None
    auto_advance: float | None = None
    reduced_motion: bool = False
    access_mode: bool = True  # the accessibility button is offered to visitors
    speech: str = "auto"
    max_volume: float = 1.0  # the loudest a recording may play (0 to 1)


def default_path() -> Path:
    return config_dir() / CONFIG_NAME


def lockout_path(config: Path) -> Path:
    """Where the PIN guard keeps its failures and lockout, beside the config file."""
    return config.with_name("kiosk-lockout.json")


def read_config(path: Path) -> KioskConfig:
    """Read the config; a missing file is an empty config, a broken one a ConfigError."""
    if not path.exists():
        return KioskConfig()
    _refuse_if_others_can_write(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}:{exc.lineno}:{exc.colno}: error: {exc.msg}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: error: cannot read ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1:1: error: expected a JSON object")
    return _config(path, data)


def _config(path: Path, data: dict[str, Any]) -> KioskConfig:
    """The config of a JSON object read from `path`, every value checked."""
    unknown = sorted(set(data) - KEYS)
    if unknown:
        raise ConfigError(
            f"{path}: error: unknown key '{unknown[0]}' (known: {', '.join(sorted(KEYS))})"
        )
    for key, limit in LIMITS.items():
        value = data.get(key)
        if value is not None and not _seconds(value, limit):
            raise ConfigError(
                f"{path}: error: {key} must be a number of seconds above 0 and at most {limit:g}"
            )
    pin_hash = data.get("pin_hash")
    if pin_hash is not None and not isinstance(pin_hash, str):
        raise ConfigError(
            f"{path}: error: pin_hash must be text (set it with exhibit kiosk set-pin)"
        )
    if pin_hash is not None and (problem := hash_problem(pin_hash)):
        raise ConfigError(
            f"{path}: error: pin_hash {problem}; set it again with exhibit kiosk set-pin"
        )
    for flag in ("reduced_motion", "access_mode"):
        if not isinstance(data.get(flag, False), bool):
            raise ConfigError(f"{path}: error: {flag} must be true or false")
    speech = data.get("speech", "auto")
    if speech not in SPEECH:
        raise ConfigError(f"{path}: error: speech must be one of {', '.join(SPEECH)}")
    volume = data.get("max_volume", 1.0)
    if isinstance(volume, bool) or not isinstance(volume, int | float) or not 0 <= volume <= 1:
        raise ConfigError(f"{path}: error: max_volume must be a number from 0 to 1")
    return KioskConfig(
        pin_hash,
        data.get("idle_timeout"),
        data.get("auto_advance"),
        data.get("reduced_motion", False),
        data.get("access_mode", True),
        speech,
        float(volume),
    )


def _seconds(value: object, limit: float) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value) and 0 < value <= limit


def _refuse_if_others_can_write(path: Path) -> None:
    """The config holds the admin PIN's hash: a file others may rewrite cannot be trusted."""
    if sys.platform.startswith("win"):
        return
    try:
        stat = path.stat()
    except OSError as exc:
        raise ConfigError(f"{path}: error: cannot read ({exc.strerror or exc})") from None
    if stat.st_mode & 0o002:
        raise ConfigError(
            f"{path}: error: other users may change this file; make it the owner's only "
            f"(chmod o-w {path})"
        )
    if stat.st_uid not in (os.getuid(), 0):
        raise ConfigError(
            f"{path}: error: owned by another user (uid {stat.st_uid}); it must be yours or root's"
        )


def write_pin_hash(path: Path, pin_hash: str) -> None:
    """Store a PIN hash, keeping the file's other keys; written atomically, owner-only."""
    data: dict[str, object] = {}
    if path.exists():
        read_config(path)  # refuse to rewrite a broken file
        data = json.loads(path.read_text(encoding="utf-8"))
    data["pin_hash"] = pin_hash
    write_private(path, json.dumps(data, indent=2) + "\n")
