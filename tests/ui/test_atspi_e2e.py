"""The viewer as a screen reader meets it: a real AT-SPI client (pyatspi, from the system's
python3) walks the running `python -m exhibit` under Xvfb in its own D-Bus session."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from exhibit.content.model import Exhibit
from exhibit.show.rows import slide_row
from tests.ui.xvfb import TITLE, display, needs_x

__all__ = ["display"]  # the fixture, imported for the tests below

SYSTEM_PYTHON = "/usr/bin/python3"
CLIENT = Path(__file__).with_name("atspi_client.py")


def has_pyatspi() -> bool:
    if not Path(SYSTEM_PYTHON).is_file():
        return False
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    return probe.returncode == 0


needs_atspi = pytest.mark.skipif(
    shutil.which("dbus-run-session") is None
    or not Path("/usr/libexec/at-spi-bus-launcher").is_file()
    or not has_pyatspi(),
    reason="needs dbus-run-session, at-spi2-core and python3-pyatspi (CI installs them)",
)
pytestmark = [pytest.mark.e2e, needs_x, needs_atspi]


def client(
    env: dict[str, str],
    tmp_path: Path,
    steps: list[dict[str, Any]],
    lang: str = "en",
    title: str = TITLE,
) -> dict[str, Any]:
    """Run the AT-SPI client on a fresh viewer with these steps; its JSON answer."""
    plan = tmp_path / "steps.json"
    plan.write_text(json.dumps([{"title": title}, *steps]), encoding="utf-8")
    viewer = [sys.executable, "-m", "exhibit", "--reduced-motion", "--lang", lang]
    done = subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(CLIENT), str(plan), "--", *viewer],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert "error" not in answer, answer
    return answer


def names(step: dict[str, Any]) -> list[str]:
    return [node["name"] for node in step["tree"]]


def announcements(step: dict[str, Any]) -> list[str]:
    return [e["text"] for e in step["events"] if e["type"].startswith("object:announcement")]


def spoken(step: dict[str, Any], pattern: str = r"Slide \d+ of \d+") -> list[str]:
    """What the step said: its announcements, and the new names (matching `pattern`) of the
    focused show's node, which Orca 43, blind to announcements, speaks."""
    renamed = [
        e["text"]
        for e in step["events"]
        if e["type"] == "object:property-change:accessible-name"
        and e["role"] == "panel"
        and re.search(pattern, e["text"])
    ]
    return announcements(step) + renamed


# The words of "Slide n of m" and the window title, per language.
POSITION = {"en": "Slide {} of {}", "ru": "Слайд {} из {}"}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_slide_is_read_and_announced_once(
    display: dict[str, str], tmp_path: Path, bundled: Exhibit, lang: str
) -> None:
    """Every slide's words and alt text, stepping with →, in English and in Russian with a
    Russian locale (the voice a screen reader picks)."""
    count = len(bundled.slides)
    position = POSITION[lang]
    steps = [
        {"do": "key", "key": "Right", "wait": ["object:property-change:accessible-name", 1]}
        for _ in range(count - 1)
    ]
    first = {"do": "none", "until": position.format(1, count)}
    title = bundled.title.get(lang)
    answer = client(display, tmp_path, [first, *steps], lang=lang, title=title)
    assert answer["steps"][0]["locale"].startswith(lang)
    pattern = position.format(r"\d+", r"\d+")
    for index, step in enumerate(answer["steps"]):
        slide = bundled.slides[index]
        row = slide_row(bundled, slide, "", 0, lang)
        read = names(step)
        # Each text a node of its own, read line by line: not only inside the announcement
        # (the show's name says the slide's words too).
        wanted = [(row["readText"][r], "paragraph") for r in ("text", "body", "excerpt")]
        for text, role in [*wanted, (row["alt"], "image")]:
            own = [n["name"] for n in step["tree"] if n["role"] == role]
            assert not text or any(text in name for name in own), (index, role, text)
        assert position.format(index + 1, count) in read
        if index:  # the first slide is on screen before any change
            heard = spoken(step, pattern)
            assert len(heard) == 1 and f"{position.format(index + 1, count)}." in heard[0], heard
            assert heard[0].endswith(row["narration"]) and not announcements(step)


def test_press_sections_and_language(
    display: dict[str, str], tmp_path: Path, bundled: Exhibit
) -> None:
    event = next(e for e in bundled.timeline.events if bundled.first_slide_for_event(e.id) > 0)
    target = bundled.first_slide_for_event(event.id)
    count = len(bundled.slides)
    steps = [
        {"do": "none", "until": "Slide 1 of", "walk": False},
        {
            "do": "press",
            "role": "list item",
            "name": event.title.get("en"),
            "wait": ["object:property-change:accessible-name", 1],
        },
        {"do": "key", "key": "m", "wait": ["focus", 1]},
        {"do": "key", "key": "Down", "wait": ["focus", 1]},
        {"do": "key", "key": "Escape", "wait": ["focus", 1]},
        {
            "do": "press",
            "role": "radio button",
            "name": "Русский",
            "wait": ["object:property-change:accessible-name", 1],
        },
    ]
    _, jump, menu, down, _closed, russian = client(display, tmp_path, steps)["steps"]
    assert jump["pressed"] and f"Slide {target + 1} of {count}" in names(jump)
    assert len(spoken(jump)) == 1
    focused = [n for n in menu["tree"] if n["focused"]][-1]  # the deepest: scopes hold focus too
    assert focused["role"] == "menu item", menu["tree"]
    assert any(n["role"] == "dialog" and n["name"] == "Sections" for n in menu["tree"])
    assert f"Slide {target + 1} of {count}" in names(down)  # ↓ moved the menu, not the show
    moved = [n for n in down["tree"] if n["focused"]][-1]
    assert moved["role"] == "menu item" and moved["name"] != focused["name"]
    radios = [n for n in russian["tree"] if n["role"] == "radio button"]
    radio = next(n for n in radios if n["name"] == "Русский")
    assert radio["checked"]
    assert spoken(russian, "^Язык: ") == ["Язык: Русский"]
    assert jump["locale"].startswith("en") and russian["locale"].startswith("ru")  # the voice
