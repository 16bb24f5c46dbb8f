"""Hostile text in every plain field, through the real commands: nothing is fetched.

`check` accepts such text (it is shown literally, as text), and `render` and `handout` draw
it without a single request reaching the loopback canary.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.exhibits import SVG
from tests.ui.test_media_and_safety import canary

pytestmark = pytest.mark.slow
__all__ = ["canary"]  # the loopback canary fixture, shared with the viewer's tests


def hostile_exhibit(root: Path, host: str) -> Path:
    bad = f"'<img src=\"http://{host}/x.png\"> <b>b</b> &lt;'"
    files = {
        "exhibit.yaml": f"title: {bad}\nsubtitle: {bad}\nsections: [one]\n"
        f"sources: [{{id: memo, title: {bad}, author: {bad}, publisher: {bad}}}]\n"
        f"credits: [{{role: {bad}, name: {bad}}}]\n",
        "timeline.yaml": f"events: [{{id: ev, date: 1993, title: {bad}, display_date: {bad}}}]\n"
        f"eras: [{{id: era, title: {bad}, start: 1990, end: 1999}}]\n",
        "one/section.yaml": f"id: one\ntitle: {bad}\nsubtitle: {bad}\nslides:\n"
        f"  - {{id: t, kind: title, title: {bad}, subtitle: {bad}, caption: {bad}, events: [ev]}}\n"
        f"  - {{id: q, kind: quote, text: Words, speaker: {bad}, role: {bad}, date: 1993,\n"
        f"      source: memo, context: {bad}, language_note: {bad}, caption: {bad}}}\n"
        f"  - {{id: i, kind: image, image: one/pic.svg, alt: {bad}, credit: {bad},"
        f" title: {bad}}}\n"
        f"  - {{id: d, kind: document, title: {bad}, excerpt: Words, classification: {bad},\n"
        f"      source: memo, date: 1993, from: {bad}, to: {bad}, citation: {bad}}}\n"
        "  - {id: c, kind: credits}\n",
        "one/pic.svg": SVG,
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_render_and_handout_fetch_nothing_from_any_field(
    tmp_path: Path, canary: tuple[str, list[str]]
) -> None:
    host, hits = canary
    root = hostile_exhibit(tmp_path / "ex", host)
    checked = run("check", str(root))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    rendered = run("render", str(root), "--out", str(tmp_path / "png"), "--size", "1280x720")
    assert rendered.returncode == 0, rendered.stderr
    assert len(list((tmp_path / "png").glob("*.png"))) == 5
    handout = run("handout", str(root), "--out", str(tmp_path / "h.pdf"), "--notes")
    assert handout.returncode == 0, handout.stderr
    assert hits == []


def test_an_svg_reaching_outside_fails_check(tmp_path: Path, canary: tuple[str, list[str]]) -> None:
    host, hits = canary
    root = hostile_exhibit(tmp_path / "ex", host)
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "one" / "pic.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        f'<image xlink:href="{outside}" width="9" height="9"/></svg>',
        encoding="utf-8",
    )
    checked = run("check", str(root))
    assert checked.returncode == 1
    assert "pic.svg' refers to" in checked.stdout and "must be self-contained" in checked.stdout
    rendered = run("render", str(root), "--out", str(tmp_path / "png"))
    assert rendered.returncode == 1 and not (tmp_path / "png").exists()
    assert hits == []
