"""The kiosk config file: reading, one-line errors, and storing a PIN hash."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from exhibit.kiosk.config import ConfigError, KioskConfig, read_config, write_pin_hash
from exhibit.kiosk.pin import hash_pin


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
        ('{"access_mode": 1}', "error: access_mode must be true or false"),
        ('{"speech": "festival"}', "error: speech must be one of auto, spd-say, espeak-ng, off"),
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
    stored = hash_pin("1234")
    write_pin_hash(path, stored)
    config = read_config(path)
    assert config.idle_timeout == 45 and config.pin_hash == stored
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e400", "86401", "0", "-5"])
def test_timings_must_be_finite_and_bounded(tmp_path: Path, value: str) -> None:
    path = tmp_path / "kiosk.json"
    path.write_text(f'{{"idle_timeout": {value}}}', encoding="utf-8")
    with pytest.raises(ConfigError, match="idle_timeout must be a number of seconds above 0"):
        read_config(path)


@pytest.mark.parametrize(
    "stored",
    [
        "scrypt$16384$8$14000$" + "ab" * 16 + "$" + "cd" * 32,  # p=14000: minutes of CPU
        "scrypt$1048576$8$1$" + "ab" * 16 + "$" + "cd" * 32,  # 1 GB of memory
        "scrypt$1000$8$1$" + "ab" * 16 + "$" + "cd" * 32,  # N not a power of two
        "scrypt$16384$8$1$ab$cd",  # salt and digest too short
        "md5$whatever",
    ],
)
def test_a_hostile_pin_hash_is_refused(tmp_path: Path, stored: str) -> None:
    path = tmp_path / "kiosk.json"
    path.write_text(json.dumps({"pin_hash": stored}), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"pin_hash .*set it again"):
        read_config(path)


def test_a_config_others_can_write_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o666)
    with pytest.raises(ConfigError, match="other users may change this file"):
        read_config(path)
    path.chmod(0o664)  # group-writable is the default with umask 002: allowed
    assert read_config(path) == KioskConfig()


@pytest.mark.skipif(os.getuid() != 0, reason="giving a file to another user needs root")
def test_a_config_owned_by_someone_else_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.json"
    path.write_text("{}", encoding="utf-8")
    os.chown(path, 12345, 12345)
    with pytest.raises(ConfigError, match="owned by another user"):
        read_config(path)


def test_writing_the_pin_never_follows_a_planted_link(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.json"
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    for name in ("kiosk.tmp", ".kiosk.json.tmp"):
        (tmp_path / name).symlink_to(victim)
    write_pin_hash(path, hash_pin("1234"))
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not path.is_symlink() and read_config(path).pin_hash is not None


def test_accessibility_mode_and_speech_are_configured(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.json"
    path.write_text('{"access_mode": false, "speech": "espeak-ng"}', encoding="utf-8")
    config = read_config(path)
    assert not config.access_mode and config.speech == "espeak-ng"
    assert KioskConfig().access_mode and KioskConfig().speech == "auto"
