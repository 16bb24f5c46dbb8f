"""Broken images become placeholders; hostile Markdown never reaches the network."""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtQml import QQmlComponent
from pytestqt.qtbot import QtBot

from exhibit.content.loader import load
from exhibit.content.markup import render_markdown
from exhibit.content.model import Exhibit
from exhibit.content.text import LocalText
from tests.exhibits import BASE
from tests.ui.conftest import OpenViewer

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000b49444154789c63f80f040009fb03fdfb5e6b2b0000000049454e44ae426082"
)  # one white pixel


def small_exhibit(tmp_path: Path) -> Path:
    root = tmp_path / "ex"
    for name, text in BASE.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("one/pic.svg", "one/pic.png"), encoding="utf-8")
    (root / "one" / "pic.png").write_bytes(PNG_1PX)
    return root


@pytest.mark.qt_log_ignore("QML Image: .*")
@pytest.mark.parametrize("damage", ["corrupt", "missing"])
def test_broken_image_shows_placeholder(
    open_viewer: OpenViewer, tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: str
) -> None:
    root = small_exhibit(tmp_path)
    exhibit = load(root)
    picture = root / "one" / "pic.png"
    if damage == "corrupt":
        picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 20)
    else:
        picture.unlink()
    viewer = open_viewer(exhibit)
    with caplog.at_level(logging.WARNING, logger="exhibit.ui"):
        viewer.controller.goTo(2)
        viewer.wait_ready()
    slide = viewer.item("slide-2")
    placeholder = next(
        i
        for i in viewer.items()
        if i.objectName() == "imagePlaceholder" and i.isVisible() and _inside(i, slide)
    )
    alt = next(
        i for i in placeholder.childItems()[0].childItems() if i.objectName() == "placeholderAlt"
    )
    assert alt.property("text") == "A picture"
    assert any(
        "placeholder used" in r.getMessage() and "pic.png" in r.getMessage() for r in caplog.records
    )
    viewer.controller.previous()  # the show goes on, both ways
    viewer.controller.next()
    viewer.wait_ready()
    assert viewer.controller.currentIndex == 2


def _inside(item: object, ancestor: object) -> bool:
    node = item
    while node is not None:
        if node is ancestor:
            return True
        node = node.parentItem()  # type: ignore[attr-defined]
    return False


CONTROL = "/control.png"


class _Canary(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Canary.hits.append(self.path)
        if self.path == CONTROL:  # the one picture it has: loading it warns of nothing
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(PNG_1PX)))
            self.end_headers()
            self.wfile.write(PNG_1PX)
            return
        self.send_response(404)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def canary() -> Iterator[tuple[str, list[str]]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Canary)
    _Canary.hits = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}", _Canary.hits
    finally:
        server.shutdown()
        server.server_close()


def hostile_markdown(host: str) -> str:
    return "\n\n".join(
        [
            f"![remote](http://{host}/markdown-image.png)",
            f'<img src="http://{host}/raw-img.png"> <img srcset="http://{host}/srcset.png 2x">',
            f'<img src="//{host}/protocol-relative.png">',
            f'<iframe src="http://{host}/iframe"></iframe>',
            f'<script src="http://{host}/script.js"></script>',
            f'<link rel="stylesheet" href="http://{host}/style.css">',
            f'<p style="background: url(http://{host}/css-url.png)">styled</p>',
            f'<object data="http://{host}/object"></object> <embed src="http://{host}/embed">',
            f'<a href="http://{host}/link">a link</a> and <font face="x">font</font>',
            f"<svg><image href='http://{host}/svg-image.png'/></svg>",
        ]
    )


def test_hostile_markdown_makes_no_request(
    open_viewer: OpenViewer, bundled: Exhibit, canary: tuple[str, list[str]], qtbot: QtBot
) -> None:
    host, hits = canary
    rich = render_markdown(hostile_markdown(host), lambda src: None)
    assert host not in rich.html
    assert len(rich.removed) >= 8
    hostile = LocalText.plain(rich.html)
    sections = list(bundled.sections)
    slides = [
        s.with_texts(text=hostile, body=hostile, excerpt=hostile)
        for s in sections[0].slides
    ]
    sections[0] = dataclasses.replace(sections[0], slides=tuple(slides))
    viewer = open_viewer(dataclasses.replace(bundled, sections=tuple(sections)))
    for index in range(len(slides)):
        viewer.controller.goTo(index)
        viewer.wait_ready()
    # Every hostile slide has been drawn. A picture asked for now is sent after any request
    # those slides made: once it has arrived, the canary has seen all there was to see.
    component = QQmlComponent(viewer.engine)
    component.setData(f'import QtQuick; Image {{ source: "http://{host}{CONTROL}" }}'.encode(), "")
    control = component.create()
    assert control is not None
    qtbot.waitUntil(lambda: CONTROL in hits, timeout=30_000)
    assert hits == [CONTROL]
    qtbot.waitUntil(lambda: control.property("implicitWidth") == 1, timeout=30_000)  # loaded


def test_plain_text_fields_are_shown_literally_and_fetch_nothing(
    open_viewer: OpenViewer, bundled: Exhibit, canary: tuple[str, list[str]], qtbot: QtBot
) -> None:
    """Markup in a caption, title, speaker, credit, section or event title… is text."""
    from exhibit.content import fields

    host, hits = canary
    hostile = f'<img src="http://{host}/plain.png"><b>bold</b> &lt;x&gt;'
    text = LocalText.plain(hostile)
    plain = {f.name: text for f in fields.SLIDE if f.type == "plain"}
    sections = [
        dataclasses.replace(
            section, title=text, slides=tuple(s.with_texts(**plain) for s in section.slides)
        )
        for section in bundled.sections
    ]
    events = tuple(
        dataclasses.replace(e, title=text, display_date=text) for e in bundled.timeline.events
    )
    eras = tuple(dataclasses.replace(e, title=text) for e in bundled.timeline.eras)
    sources = tuple(dataclasses.replace(s, title=text) for s in bundled.sources)
    exhibit = dataclasses.replace(
        bundled,
        sections=tuple(sections),
        timeline=dataclasses.replace(bundled.timeline, events=events, eras=eras),
        sources=sources,
    )
    viewer = open_viewer(exhibit)
    for index in range(len(exhibit.slides)):
        viewer.controller.goTo(index)
        viewer.wait_ready()
    component = QQmlComponent(viewer.engine)
    component.setData(f'import QtQuick; Image {{ source: "http://{host}{CONTROL}" }}'.encode(), "")
    control = component.create()
    assert control is not None
    qtbot.waitUntil(lambda: CONTROL in hits, timeout=30_000)
    assert hits == [CONTROL]
    texts = [i for i in viewer.items() if i.metaObject().className().startswith("QQuickText")]
    showing = [i for i in texts if hostile in str(i.property("text"))]
    assert len(showing) >= 5, "the hostile text is on screen, in its fields"
    assert {_text_format(i) for i in showing} == {PLAIN_TEXT}


PLAIN_TEXT = 0  # Text.PlainText (AutoText is 2)


def _text_format(item: object) -> int:
    """A Text's textFormat, read through QML (PySide6 cannot convert the enum itself)."""
    from PySide6.QtQml import QQmlEngine, QQmlExpression

    expression = QQmlExpression(QQmlEngine.contextForObject(item), item, "textFormat")
    value, undefined = expression.evaluate()
    assert not undefined
    return int(value)
