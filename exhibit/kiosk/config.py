"""The kiosk config file (JSON): the admin PIN hash and overrides of the exhibit's timings."""

from __future__ import annotations

import json
import os
from pathlib import Path

from exhibit.content.record import Record, record
from exhibit.system.dirs import config_dir

CONFIG_NAME = "kiosk.json"
KEYS = {"pin_hash", "idle_timeout", "auto_advance", "reduced_motion"}


class ConfigError(ValueError):
    """A config file that cannot be used; the message names the file."""


@record(frozen=True)
class KioskConfig(Record):
    pin_hash: str | None = None
    idle_timeout: float | None = None
    auto_advance: float | None = None
    reduced_motion: bool = False


def default_path() -> Path:
    return config_dir() / CONFIG_NAME


def read_config(path: Path) -> KioskConfig:
    """Read the config; a missing file is an empty config, a broken one a ConfigError."""
    if not path.exists():
        return KioskConfig()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path}:{exc.lineno}:{exc.colno}: error: {exc.msg}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: error: cannot read ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1:1: error: expected a JSON object")
    unknown = sorted(set(data) - KEYS)
    if unknown:
        raise ConfigError(
            f"{path}: error: unknown key '{unknown[0]}' (known: {', '.join(sorted(KEYS))})"
        )
    for key in ("idle_timeout", "auto_advance"):
        value = data.get(key)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int | float) or value <= 0
        ):
            raise ConfigError(f"{path}: error: {key} must be a number of seconds above 0")
    pin_hash = data.get("pin_hash")
    if pin_hash is not None and not isinstance(pin_hash, str):
        raise ConfigError(
            f"{path}: error: pin_hash must be text (set it with exhibit kiosk set-pin)"
        )
    reduced = data.get("reduced_motion", False)
    if not isinstance(reduced, bool):
        raise ConfigError(f"{path}: error: reduced_motion must be true or false")
    return KioskConfig(pin_hash, data.get("idle_timeout"), data.get("auto_advance"), reduced)


def write_pin_hash(path: Path, pin_hash: str) -> None:
    """Store a PIN hash, keeping the file's other keys; written atomically, owner-only."""
    data: dict[str, object] = {}
    if path.exists():
        read_config(path)  # refuse to rewrite a broken file
        data = json.loads(path.read_text(encoding="utf-8"))
    data["pin_hash"] = pin_hash
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)
