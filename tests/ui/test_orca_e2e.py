"""What a blind visitor hears: Orca itself runs beside the viewer under Xvfb and its spoken words
are read from Orca's own speech log (tests/ui/orca_client.py), through slide changes, the
Sections menu and the language switch."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from exhibit.content.model import Exhibit
from exhibit.show.rows import slide_row
from tests.ui.test_atspi_e2e import SYSTEM_PYTHON, needs_atspi
from tests.ui.xvfb import TITLE, display, needs_x

__all__ = ["display"]  # the fixture, imported for the tests below

CLIENT = Path(__file__).with_name("orca_client.py")
needs_orca = pytest.mark.skipif(
    shutil.which("orca") is None and not os.environ.get("CI"),
    reason="needs Orca, the screen reader (apt-get install orca; CI installs it)",
)
pytestmark = [pytest.mark.e2e, needs_x, needs_atspi, needs_orca]


def listen(env: dict[str, str], tmp_path: Path, steps: list[dict[str, Any]]) -> dict[str, Any]:
    """Orca's words at the viewer's start and after each step's key."""
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"title": TITLE, "steps": steps}), encoding="utf-8")
    viewer = [sys.executable, "-m", "exhibit", "--reduced-motion", "--lang", "en"]
    done = subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(CLIENT), str(plan), "--", *viewer],
        env={**env, "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    # Orca asking after objects a language switch replaced is no warning of the viewer's.
    assert "WARNING: Could not find accessible" not in answer["output"], answer["output"][-2000:]
    return answer


def test_orca_speaks_slides_the_sections_menu_and_the_language_switch(
    display: dict[str, str], tmp_path: Path, bundled: Exhibit
) -> None:
    count = len(bundled.slides)
    rows = [slide_row(bundled, slide, "", 0, "en") for slide in bundled.slides[:3]]
    steps = [
        {"key": "Right", "until": f"Slide 2 of {count}"},
        {"key": "m", "until": "Sections"},
        {"key": "Down", "until": ""},
        {"key": "Escape", "until": f"Slide 2 of {count}"},
        *[{"key": "Tab", "until": ""} for _ in range(3)],  # Sections, English, Русский
        {"key": "Right", "until": f"Slide 3 of {count}"},  # from a control, back to the show
    ]
    answer = listen(display, tmp_path, steps)
    window, said = " ".join(answer["window"]), [" ".join(s["said"]) for s in answer["steps"]]
    right, menu, down, closed, _sections, english, russian_radio, from_radio = said
    # The window opens on the first slide, said in full; each step says the next one in full.
    assert f"Slide 1 of {count}" in window and rows[0]["caption"] in window
    assert f"{rows[1]['announcement']}. Slide 2 of {count}." in right
    assert rows[1]["readText"]["body"].split("\n")[0] in right and rows[1]["caption"] in right
    # The Sections menu is a dialog that takes the focus; ↓ moves in it; Esc goes back.
    sections = bundled.sections
    assert "Sections dialog" in menu and sections[0].title.get("en") in menu
    assert sections[1].title.get("en") in down and f"Slide 3 of {count}" not in down
    assert f"Slide 2 of {count}" in closed
    # The language switch is a radio group that says which is chosen.
    assert "English" in english and "selected radio button" in english
    assert "Русский" in russian_radio and "not selected radio button" in russian_radio
    # A slide key pressed on a control moves the show and is heard, as on the show itself.
    assert f"{rows[2]['announcement']}. Slide 3 of {count}." in from_radio


def test_orca_hears_the_language_switch_and_then_russian(
    display: dict[str, str], tmp_path: Path, bundled: Exhibit
) -> None:
    count = len(bundled.slides)
    russian = slide_row(bundled, bundled.slides[1], "", 0, "ru")
    steps = [
        *[{"key": "Tab", "until": ""} for _ in range(3)],  # Sections, English, Русский
        {"key": "space", "until": "selected"},
        *[{"key": "shift+Tab", "until": ""} for _ in range(3)],  # back to the show
        {"key": "Right", "until": f"Слайд 2 из {count}"},
    ]
    answer = listen(display, tmp_path, steps)
    said = [" ".join(s["said"]) for s in answer["steps"]]
    *_tabs, chosen, _b1, _b2, back, russian_next = said
    assert "selected" in chosen
    assert "Слайд 1 из" in back
    assert f"{russian['announcement']}. Слайд 2 из {count}." in russian_next
    assert russian["caption"] in russian_next
