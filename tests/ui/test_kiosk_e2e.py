"""End to end under Xvfb and a real window manager: the kiosk survives every way out."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "openbox", "xdotool", "wmctrl", "import")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS) and not os.environ.get("CI"),
    reason="needs Xvfb, openbox, xdotool, wmctrl and ImageMagick (CI installs them)",
)

TITLE = "A Path Not Taken"


def wait_for(check: object, what: str, timeout: float = 30.0) -> None:
    """Poll until `check()` is true; this waits for start-up, it measures nothing."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


@pytest.fixture
def display(tmp_path: Path) -> Iterator[dict[str, str]]:
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as chosen:  # Xvfb picks a free display number and says which
        number = chosen.readline().strip()
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_QUICK_BACKEND")}
    env.update(DISPLAY=f":{number}", HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path / "st"))
    wm = subprocess.Popen(
        ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_for(
        lambda: subprocess.run(["wmctrl", "-m"], env=env, capture_output=True).returncode == 0,
        "the window manager",
    )
    yield env
    wm.terminate()
    xvfb.terminate()
    wm.wait(10)
    xvfb.wait(10)


def x(env: dict[str, str], *command: str) -> str:
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=30
    ).stdout.strip()


def distinct_colours(env: dict[str, str], path: Path) -> int:
    subprocess.run(["import", "-window", "root", str(path)], env=env, check=True, timeout=30)
    return int(x(env, "convert", str(path), "-format", "%k", "info:"))


def test_kiosk_survives_keys_and_window_manager_close(
    display: dict[str, str], tmp_path: Path
) -> None:
    config = tmp_path / "kiosk.json"
    config.write_text("{}", encoding="utf-8")
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "exhibit", "--kiosk", "--config", str(config)],
        env=display,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_for(lambda: x(display, "xdotool", "search", "--name", TITLE) != "", "the kiosk window")
        window = x(display, "xdotool", "search", "--name", TITLE).split()[0]
        wait_for(
            lambda: "1280x800" in x(display, "xdotool", "getwindowgeometry", window), "fullscreen"
        )
        x(display, "xdotool", "windowactivate", "--sync", window)
        for keys in (["alt+F4"], ["Escape"], ["ctrl+q"], ["ctrl+w"], ["F11"]):
            x(display, "xdotool", "key", *keys)  # through the X server and the window manager
            time.sleep(0.3)
        x(display, "wmctrl", "-c", TITLE)
        time.sleep(1.0)
        assert kiosk.poll() is None, kiosk.stdout.read() if kiosk.stdout else ""
        geometry = x(display, "xdotool", "getwindowgeometry", window)
        assert "Position: 0,0" in geometry and "1280x800" in geometry, geometry
        assert distinct_colours(display, tmp_path / "shot.png") > 50  # not a blank screen
    finally:
        kiosk.terminate()
        output, _ = kiosk.communicate(timeout=20)
    assert "close request refused" in output
    assert "Traceback" not in output
