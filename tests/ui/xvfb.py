"""Helpers for end-to-end tests on a real X server (Xvfb) with a window manager (openbox)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
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


@contextlib.contextmanager
def x_server(home: Path, screen: str = "1280x800") -> Iterator[dict[str, str]]:
    """An Xvfb display of `screen` pixels with openbox on it; yields the environment to use it."""
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{screen}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as chosen:  # Xvfb picks a free display number and says which
        number = chosen.readline().strip()
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QT_QUICK_BACKEND")}
    env.update(DISPLAY=f":{number}", HOME=str(home), XDG_STATE_HOME=str(home / "st"))
    wm = subprocess.Popen(
        ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_for(
        lambda: subprocess.run(["wmctrl", "-m"], env=env, capture_output=True).returncode == 0,
        "the window manager",
    )
    try:
        yield env
    finally:
        wm.terminate()
        xvfb.terminate()
        wm.wait(10)
        xvfb.wait(10)


@pytest.fixture
def display(tmp_path: Path) -> Iterator[dict[str, str]]:
    with x_server(tmp_path) as env:
        yield env


def x(env: dict[str, str], *command: str) -> str:
    return subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=30
    ).stdout.strip()


def distinct_colours(env: dict[str, str], path: Path, grab: bool = False) -> int:
    """How many colours an image has (grabbing the whole screen into it first if asked)."""
    if grab:
        subprocess.run(["import", "-window", "root", str(path)], env=env, check=True, timeout=30)
    return int(x(env, "convert", str(path), "-format", "%k", "info:"))


def start_kiosk(env: dict[str, str], config: Path) -> Running:
    """`exhibit --kiosk` on the bundled exhibit in this display."""
    return Running(env, "--kiosk", "--config", str(config))


def window_id(env: dict[str, str], title: str) -> str:
    """The X id of the first window named `title`, once there is one (searched in one call,
    so a window that is remapped between two searches cannot be lost)."""
    found: list[str] = []

    def look() -> bool:
        found[:] = x(env, "xdotool", "search", "--name", title).split()
        return bool(found)

    wait_for(look, f"the window {title!r}")
    return found[0]


def grab(env: dict[str, str], window: str, path: Path, crop: str = "") -> Path:
    """A screenshot of one window (cropped to `crop`, an ImageMagick WxH+X+Y, if given)."""
    subprocess.run(["import", "-window", window, str(path)], env=env, check=True, timeout=30)
    if crop:
        subprocess.run(
            ["convert", str(path), "-crop", crop, "+repage", str(path)],
            env=env,
            check=True,
            timeout=30,
        )
    return path


def differing_pixels(env: dict[str, str], first: Path, second: Path, fuzz: str = "0%") -> int:
    """How many pixels two images of one size differ in (by more than `fuzz`)."""
    result = subprocess.run(
        ["compare", "-metric", "AE", "-fuzz", fuzz, str(first), str(second), "null:"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    return int(float(result.stderr.split()[0]))


def settled_grab(env: dict[str, str], window: str, path: Path, crop: str = "") -> Path:
    """Grab `window` until two grabs in a row agree: nothing on it moves by itself any more."""
    previous = path.with_suffix(".previous.png")
    grab(env, window, previous, crop)

    def same_again() -> bool:
        grab(env, window, path, crop)
        same = differing_pixels(env, previous, path) == 0
        path.replace(previous)
        return same

    wait_for(same_again, "the window to settle")
    previous.replace(path)
    return path


class Running:
    """`exhibit ARGS` started on this display. Its output goes to a file, not a pipe read
    only at the end: a viewer that fills a pipe nobody reads blocks in its next write."""

    def __init__(self, env: dict[str, str], *args: str) -> None:
        self.env = env
        fd, name = tempfile.mkstemp(prefix="viewer-", suffix=".log")
        self.output = Path(name)
        self.app = subprocess.Popen(
            [sys.executable, "-m", "exhibit", *args], env=env, stdout=fd, stderr=subprocess.STDOUT
        )
        os.close(fd)

    @property
    def pid(self) -> int:
        return self.app.pid

    def poll(self) -> int | None:
        return self.app.poll()

    def written(self) -> str:
        """What it has written so far."""
        return self.output.read_text(encoding="utf-8", errors="replace")

    def close(self) -> str:
        """Ends it; all it wrote."""
        if self.app.poll() is None:
            self.app.terminate()
        self.app.wait(20)
        written = self.written()
        self.output.unlink()
        return written


class Viewer(Running):
    """`exhibit` in a window on this display, found by its process and title."""

    def __init__(self, env: dict[str, str], *args: str, title: str = TITLE) -> None:
        super().__init__(env, *args)
        self.title = title
        found: list[str] = []

        def mapped() -> bool:  # one search: a window seen once may be remapped before the next
            found[:] = self.windows()
            return found != []

        wait_for(mapped, "the viewer's window")
        self.window = found[0]
        x(env, "xdotool", "windowmove", "--sync", self.window, "0", "0")

    def windows(self) -> list[str]:
        search = ["xdotool", "search", "--onlyvisible", "--pid", str(self.pid)]
        return x(self.env, *search, "--name", self.title).split()

    def resize(self, width: int, height: int) -> None:
        x(self.env, "xdotool", "windowsize", "--sync", self.window, str(width), str(height))
        wait_for(
            lambda: f"{width}x{height}" in x(self.env, "xdotool", "getwindowgeometry", self.window),
            f"the window to be {width}x{height}",
        )

    def go_to(self, slide: int) -> None:
        x(self.env, "xdotool", "windowactivate", "--sync", self.window)
        x(self.env, "xdotool", "key", "--window", self.window, *["Right"] * (slide - 1))


def two_windows(env: dict[str, str], title: str) -> tuple[str, str]:
    """The audience and presenter windows of `exhibit --presenter` (titled `title`, the
    presenter's "... Presenter view"), once two looks in a row agree: a window's title can
    reach X a moment after the window, and a window can be made anew as it moves to its screen."""
    seen: dict[str, str] = {}

    def settled() -> bool:
        found = x(env, "xdotool", "search", "--name", title).split()
        names = {w: x(env, "xdotool", "getwindowname", w) for w in found}
        same, before = names == seen, bool(seen)
        seen.clear()
        seen.update(names)
        titled = any("Presenter view" in name for name in names.values())
        return same and before and len(names) == 2 and titled

    wait_for(settled, "the audience and presenter windows")
    presenter = next(w for w, n in seen.items() if "Presenter view" in n)
    audience = next(w for w in seen if w != presenter)
    return audience, presenter
