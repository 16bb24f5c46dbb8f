"""Every bundled slide fits at the four screen sizes: no clipped, overflowing or stray text.

A slide whose text, set larger than 100 %, needs more room than the slide has scrolls: its
texts must then fit the page they sit on, which is as tall as they need.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtQuick import QQuickItem

from exhibit.content.model import Exhibit
from tests.ui.conftest import OpenViewer, Viewer, find_item

SIZES = [(1280, 720), (1920, 1080), (3840, 2160), (1080, 1920)]


def visible_texts(root: QQuickItem) -> list[QQuickItem]:
    found: list[QQuickItem] = []
    stack = [root]
    while stack:
        item = stack.pop()
        if not item.isVisible() or item.opacity() == 0:
            continue
        if item.inherits("QQuickText") and item.property("text"):
            found.append(item)
        stack.extend(item.childItems())
    return found


def fit_problems(viewer: Viewer, container: QQuickItem, label: str) -> list[str]:
    """Text that is truncated, taller than its box, or outside its container."""
    problems = []
    bounds = QRectF(0, 0, container.width(), container.height()).adjusted(-1, -1, 1, 1)
    for text in visible_texts(container):
        words = str(text.property("text"))[:40]
        if text.property("truncated"):
            problems.append(f"{label}: truncated: {words!r}")
        content_height = float(text.property("contentHeight"))
        if content_height > text.height() + 1:
            problems.append(
                f"{label}: {content_height:.0f}px of text in a {text.height():.0f}px box: {words!r}"
            )
        drawn = QRectF(
            0,
            0,
            min(text.width(), float(text.property("contentWidth")) or 1),
            min(text.height(), content_height),
        )
        box = text.mapRectToItem(container, drawn)
        if not bounds.contains(box):
            problems.append(f"{label}: outside its area {box}: {words!r}")
    return problems


def slide_page(viewer: Viewer, index: int) -> QQuickItem:
    """The page a slide's items sit on: the slide's size, or taller when it scrolls."""
    page = find_item(viewer.item(f"slide-{index}"), "slidePage")
    assert page is not None
    return page


CASES = [(size, 1.0, "en") for size in SIZES] + [
    ((1920, 1080), 1.5, "en"),
    ((1080, 1920), 1.5, "en"),
    *[(size, 1.0, "ru") for size in SIZES],
    ((1920, 1080), 1.5, "ru"),
]


@pytest.mark.parametrize(
    ("size", "text_scale", "lang"),
    [
        # Every slide at 4K is drawn by the software renderer: 3 to 4 s each.
        pytest.param(*case, marks=[pytest.mark.slow] if case[0] == (3840, 2160) else [])
        for case in CASES
    ],
    ids=[f"{w}x{h}-{round(s * 100)}pct-{lang}" for (w, h), s, lang in CASES],
)
def test_every_slide_fits(
    open_viewer: OpenViewer,
    bundled: Exhibit,
    size: tuple[int, int],
    text_scale: float,
    lang: str,
) -> None:
    viewer = open_viewer(bundled, size=size)
    viewer.controller.set_text_scale(text_scale)
    viewer.controller.language = lang
    band = viewer.item("captionBand")
    problems: list[str] = []
    for index, slide in enumerate(bundled.slides):
        viewer.controller.goTo(index)
        viewer.wait_ready()
        problems += fit_problems(viewer, slide_page(viewer, index), slide.id)
        problems += fit_problems(viewer, band, f"{slide.id} caption band")
    assert problems == [], "\n".join(problems)


def test_fit_check_catches_overflow(open_viewer: OpenViewer, bundled: Exhibit) -> None:
    """The check above can fail: a quote forced too big for its box is reported."""
    viewer = open_viewer(bundled)
    index = next(i for i, s in enumerate(bundled.slides) if s.kind == "quote")
    viewer.controller.goTo(index)
    viewer.wait_ready()
    slide = viewer.item(f"slide-{index}")
    label = next(t for t in visible_texts(slide) if t.objectName() == "fitText")
    label.setProperty("fontSizeMode", 0)  # Text.FixedSize
    label.setProperty("font", label.property("font"))
    font = label.property("font")
    font.setPixelSize(400)
    label.setProperty("font", font)
    problems = fit_problems(viewer, slide_page(viewer, index), "forced")
    assert any("box" in p or "outside" in p for p in problems)
