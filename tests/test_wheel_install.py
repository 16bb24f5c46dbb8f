"""The built wheel, installed into a fresh virtual environment, gives a working `exhibit`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str | Path], cwd: Path | str = ROOT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        [str(arg) for arg in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=1200
    )
    assert done.returncode == 0, f"{args}:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.mark.slow
def test_the_wheel_installs_into_a_fresh_venv_and_checks_from_the_root(tmp_path: Path) -> None:
    """pip builds the wheel (as `python -m build` would, hatchling in its own environment),
    a new venv installs it with its dependencies (pip's cache may serve them), and `exhibit
    check` of the bundled exhibit passes from `/`, far from this checkout."""
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, ROOT])
    wheels = list(dist.glob("exhibit_viewer-*-py3-none-any.whl"))
    assert len(wheels) == 1, list(dist.iterdir())
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", venv])
    _run([venv / "bin" / "python", "-m", "pip", "install", "-q", wheels[0]])
    meta = "import importlib.metadata as m; d = m.metadata('exhibit-viewer'); "
    meta += "print(d['Name'], d['License-Expression'], sep='|')"
    shown = _run([venv / "bin" / "python", "-c", meta], "/").stdout
    assert shown == "exhibit-viewer|MIT AND OFL-1.1\n"
    check = _run([venv / "bin" / "exhibit", "check"], cwd="/")
    assert " ok (" in check.stderr and "sections" in check.stderr, check.stderr
    where = _run([venv / "bin" / "python", "-c", "import exhibit; print(exhibit.__file__)"], "/")
    assert where.stdout.startswith(str(venv)), where.stdout
    fonts = "from exhibit.system.assets import font_dir, window_icon; "
    fonts += "print(font_dir(), len(list(font_dir().glob('*.ttf'))), window_icon().is_file())"
    found = _run([venv / "bin" / "python", "-c", fonts], "/").stdout.split()
    assert found[0].startswith(str(venv)) and found[0].endswith("exhibit/assets/fonts"), found
    assert found[1:] == ["8", "True"], found
