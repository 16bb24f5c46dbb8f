"""A machine without Qt's X11 libraries gets the packages named, not Qt's abort."""

from __future__ import annotations

import ctypes.util

import pytest

from exhibit.system import qtlibs as systemlibs


def test_missing_libraries_are_named_as_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    absent = {"xcb-cursor", "xcb-icccm"}
    monkeypatch.setattr(
        ctypes.util,
        "find_library",
        lambda name: None if name in absent else f"lib{name}.so",
    )
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert systemlibs.window_preflight() == (
        "Qt cannot open a window: system libraries are missing; install them with: "
        "sudo apt-get install libxcb-cursor0 libxcb-icccm4"
    )


def test_nothing_to_say_when_complete_or_not_x11(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert systemlibs.window_preflight() is None
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: "lib.so")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert systemlibs.window_preflight() is None


def test_uses_xcb_from_the_environment() -> None:
    assert systemlibs.uses_xcb({"QT_QPA_PLATFORM": "xcb:foo"})
    assert not systemlibs.uses_xcb({"QT_QPA_PLATFORM": "wayland"})
    assert not systemlibs.uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})
