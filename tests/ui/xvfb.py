"""Helpers for end-to-end tests on a real X server (Xvfb) with a window manager (openbox)."""

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
needs_x = pytest.mark.skipif(
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


def distinct_colours(env: dict[str, str], path: Path, grab: bool = False) -> int:
    """How many colours an image has (grabbing the whole screen into it first if asked)."""
    if grab:
        subprocess.run(["import", "-window", "root", str(path)], env=env, check=True, timeout=30)
    return int(x(env, "convert", str(path), "-format", "%k", "info:"))


def start_kiosk(env: dict[str, str], config: Path) -> subprocess.Popen[str]:
    """`exhibit --kiosk` on the bundled exhibit in this display, its output in one pipe."""
    return subprocess.Popen(
        [sys.executable, "-m", "exhibit", "--kiosk", "--config", str(config)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def window_id(env: dict[str, str], title: str) -> str:
    """The X id of the first window named `title`, once there is one (searched in one call,
    so a window that is remapped between two searches cannot be lost)."""
    found: list[str] = []

    def look() -> bool:
        found[:] = x(env, "xdotool", "search", "--name", title).split()
        return bool(found)

    wait_for(look, f"the window {title!r}")
    return found[0]
