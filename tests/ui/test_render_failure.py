"""`render` and `handout` fail, with one line, when a slide could not be drawn."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtQuick import QQuickWindow

from exhibit.system.console import Failure
from exhibit.ui import handout, render
from tests.exhibits import MakeExhibit


def _second_slide_never_ready(monkeypatch: pytest.MonkeyPatch, module: object) -> None:
    real = render.wait_until_ready
    calls = []

    def flaky(window: QQuickWindow, timeout: float = 10.0) -> bool:
        calls.append(1)
        return real(window, timeout) and len(calls) != 2

    monkeypatch.setattr(module, "wait_until_ready", flaky)


def test_render_fails_when_a_slide_was_not_drawn(
    make_exhibit: MakeExhibit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _second_slide_never_ready(monkeypatch, render)
    with pytest.raises(Failure, match="1 of 3 slides were not drawn in time"):
        render.render_exhibit(make_exhibit(), "ex", tmp_path / "out", (640, 360), None)
    assert "slide s2 was not drawn in time" in capsys.readouterr().err
    assert len(list((tmp_path / "out").glob("*.png"))) == 3  # the others are still there


def test_handout_fails_when_a_slide_was_not_drawn(
    make_exhibit: MakeExhibit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _second_slide_never_ready(monkeypatch, handout)
    out = tmp_path / "h.pdf"
    with pytest.raises(Failure, match="slide s2 was not drawn in time"):
        handout.handout(make_exhibit(), "ex", out, None, False, "a4")
    assert not out.exists()
