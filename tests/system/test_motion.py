"""Reduced motion follows the desktop setting."""

from __future__ import annotations

from exhibit.system.motion import system_prefers_reduced_motion


def test_gnome_animations_off() -> None:
    assert system_prefers_reduced_motion({}, run=lambda command: "false\n")
    assert not system_prefers_reduced_motion({}, run=lambda command: "true\n")
    assert not system_prefers_reduced_motion({}, run=lambda command: "")


def test_gtk_environment() -> None:
    assert system_prefers_reduced_motion({"GTK_ENABLE_ANIMATIONS": "0"}, run=lambda c: "true")
