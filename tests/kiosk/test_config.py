"""The kiosk config file: reading, one-line errors, and storing a PIN hash."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from exhibit.kiosk.config import ConfigError, KioskConfig, read_config, write_pin_hash


def test_missing_file_is_empty_config(tmp_path: Path) -> None:
    assert read_config(tmp_path / "none.json") == KioskConfig()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"idle_timeout": 30,\n "x": }', "kiosk.json:2:7: error: Expecting value"),
        ("[1]", "kiosk.json:1:1: error: expected a JSON object"),
        ('{"idle": 3}', "error: unknown key 'idle'"),
        ('{"idle_timeout": -3}', "error: idle_timeout must be a number of seconds above 0"),
        ('{"pin_hash": 5}', "error: pin_hash must be text"),
        ('{"reduced_motion": "yes"}', "error: reduced_motion must be true or false"),
    ],
)
def test_bad_config_is_one_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "kiosk.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        read_config(path)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_write_pin_keeps_other_keys_and_is_private(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "kiosk.json"
    path.parent.mkdir()
    path.write_text('{"idle_timeout": 45}', encoding="utf-8")
    write_pin_hash(path, "scrypt$1$2$3$aa$bb")
    config = read_config(path)
    assert config.idle_timeout == 45 and config.pin_hash == "scrypt$1$2$3$aa$bb"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
