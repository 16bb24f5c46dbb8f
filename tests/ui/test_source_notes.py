"""The source note under a document is readable: its letters, as drawn, stand out from the
desk by 4.5:1 or more (WCAG AA) at every window size, measured from the rendered pixels: the
median of the pixels that differ from the desk, against the desk."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from exhibit.content.model import Exhibit
from tests.ui.conftest import OpenViewer

AA = 4.5


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: float, second: float) -> float:
    low, high = sorted((first, second))
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("size", [(800, 600), (1280, 720), (1920, 1080)])
def test_source_notes_under_documents_are_readable(
    open_viewer: OpenViewer, bundled: Exhibit, size: tuple[int, int]
) -> None:
    viewer = open_viewer(bundled, size=size)
    faint = []
    for index, slide in enumerate(bundled.slides):
        if slide.kind != "document":
            continue
        viewer.controller.goTo(index)
        viewer.wait_ready()
        page = viewer.item(f"slide-{index}")
        note = next(
            t
            for t in viewer.items()
            if t.inherits("QQuickText")
            and t.property("text") == page.property("slide").get("sourceLine")
            and t.isVisible()
        )
        box = note.mapRectToScene(note.boundingRect()).toRect()
        shot = viewer.window.grabWindow()
        values = sorted(
            luminance(shot.pixelColor(x, y))
            for x in range(box.left(), box.right())
            for y in range(box.top(), box.bottom())
        )
        ground = values[len(values) // 2]  # most of the box is the desk
        inked = [v for v in values if contrast(v, ground) > 1.5]
        # A typical pixel of the letters as drawn (antialiased small italics wash out).
        letters = inked[len(inked) // 2] if inked else ground
        ratio = contrast(ground, letters)
        if ratio < AA:
            faint.append(f"{slide.id}: {ratio:.1f}:1 at {note.property('font').pixelSize()} px")
    assert faint == []
