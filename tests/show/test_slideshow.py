"""The slideshow position and its moves."""

from __future__ import annotations

import pytest

from exhibit.show.slideshow import Slideshow


def test_moves_and_bounds() -> None:
    show = Slideshow(5, (0, 2))
    assert not show.previous() and show.index == 0
    assert show.next() and show.index == 1
    assert show.last() and show.index == 4
    assert not show.next() and show.index == 4
    assert show.first() and show.index == 0
    assert not show.go(9) and not show.go(-1) and show.index == 0


def test_sections() -> None:
    show = Slideshow(5, (0, 2))
    assert show.section == 0
    assert show.go_section(1) and show.index == 2 and show.section == 1
    assert not show.go_section(2)


def test_empty_show_refused() -> None:
    with pytest.raises(ValueError):
        Slideshow(0)
