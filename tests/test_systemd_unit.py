"""The kiosk's systemd unit: the settings supervision relies on, and `systemd-analyze verify`."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

UNIT = Path(__file__).resolve().parent.parent / "packaging" / "linux" / "exhibit-kiosk.service"


def test_unit_restarts_forever_and_is_watched() -> None:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(UNIT)
    service = parser["Service"]
    assert service["Type"] == "notify"
    assert service["Restart"] == "always"
    assert int(service["WatchdogSec"]) > 0
    assert parser["Unit"]["StartLimitIntervalSec"] == "0"
    assert service["ExecStart"].split()[1] == "--kiosk"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="needs systemd-analyze")
def test_systemd_analyze_verify(tmp_path: Path) -> None:
    """Verified with ExecStart pointing at this environment's `exhibit` executable."""
    executable = shutil.which("exhibit") or str(Path(sys.executable).parent / "exhibit")
    if not Path(executable).exists():
        pytest.skip("the exhibit command is not installed in this environment")
    unit = tmp_path / "exhibit-kiosk.service"
    unit.write_text(
        UNIT.read_text(encoding="utf-8").replace("/usr/bin/exhibit", executable), encoding="utf-8"
    )
    result = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=60
    )
    problems = [line for line in result.stderr.splitlines() if "exhibit-kiosk" in line]
    assert result.returncode == 0 and problems == [], result.stderr
