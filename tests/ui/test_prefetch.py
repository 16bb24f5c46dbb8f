"""Which slides the stage builds: the one on screen and, once it is drawn, its neighbours
(prefetched, so a move to one shows its picture at once). After a jump the target is built
and decoded alone first: its neighbours wait until it is drawn, as at start-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage

from tests.exhibits import MakeExhibit
from tests.ui.conftest import OpenViewer, Viewer, find_item

COUNT = 8


def picture_exhibit(make_exhibit: MakeExhibit) -> Path:
    """COUNT picture slides, each its own picture (none is in the pixmap cache of another)."""
    slides = "".join(
        f"  - {{id: p{n}, kind: image, image: one/p{n}.png, alt: Picture {n}, credit: Tests}}\n"
        for n in range(COUNT)
    )
    root = make_exhibit(one__section_yaml=f"id: one\ntitle: One\nslides:\n{slides}")
    for n in range(COUNT):
        picture = QImage(1600, 1200, QImage.Format.Format_RGB32)
        picture.fill(QColor.fromHsv(n * 40, 120, 200))
        assert picture.save(str(root / "one" / f"p{n}.png"))
    return root


def built(viewer: Viewer) -> set[int]:
    """The indexes of the slides whose views exist."""
    return {
        int(item.objectName().removeprefix("slide-"))
        for item in viewer.items()
        if item.objectName().startswith("slide-")
    }


def ready(viewer: Viewer, index: int) -> bool:
    view = find_item(viewer.window.contentItem(), f"slide-{index}")
    return view is not None and bool(view.property("ready"))


def test_a_jump_builds_the_neighbours_only_once_the_target_is_drawn(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit
) -> None:
    viewer = open_viewer(picture_exhibit(make_exhibit))
    viewer.qtbot.waitUntil(lambda: built(viewer) == {0, 1})  # start-up's prefetch
    viewer.controller.goTo(5)
    assert built(viewer) == {5}  # the target alone: slides 4 and 6 are not built yet
    assert not ready(viewer, 5)  # its picture decodes in the background
    # Until the neighbours appear, every look finds the target alone or the target drawn.
    looks: list[tuple[set[int], bool]] = []

    def neighbours_built() -> None:
        looks.append((built(viewer), ready(viewer, 5)))
        assert looks[-1][0] == {4, 5, 6}

    viewer.qtbot.waitUntil(neighbours_built, timeout=10_000)
    early = [look for look in looks if look[0] != {5} and not look[1]]
    assert not early, early
    assert any(shown == {5} for shown, _ in looks)  # they were not built at once
    viewer.wait_ready()


def test_a_move_to_a_neighbour_keeps_the_next_one_prefetched(
    open_viewer: OpenViewer, make_exhibit: MakeExhibit
) -> None:
    viewer = open_viewer(picture_exhibit(make_exhibit))
    viewer.controller.goTo(3)
    viewer.qtbot.waitUntil(lambda: built(viewer) == {2, 3, 4} and ready(viewer, 4))
    viewer.controller.goTo(4)
    assert {3, 4, 5} <= built(viewer)  # the next neighbour at once: no wait for a frame
    assert ready(viewer, 4)  # the slide moved to was decoded before it came on stage
    viewer.wait_ready()
