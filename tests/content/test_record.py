"""The frozen dataclasses' shared equality, hashing and repr behave as generated ones would."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exhibit.content.dates import HistDate
from exhibit.content.errors import Problem
from exhibit.content.model import Credit, Exhibit, Slide
from exhibit.content.record import Record
from exhibit.content.text import LocalText


@dataclasses.dataclass(frozen=True)
class Generated:
    """What dataclass itself makes, to compare with."""

    year: int
    month: int = 0
    day: int = 0


dates = st.builds(HistDate, st.integers(-3000, 3000), st.integers(0, 12), st.integers(0, 28))


@given(dates, dates)
def test_equality_hash_and_order_match_generated_methods(a: HistDate, b: HistDate) -> None:
    ga, gb = Generated(a.year, a.month, a.day), Generated(b.year, b.month, b.day)
    assert (a == b) == (ga == gb)
    assert (a != b) == (ga != gb)
    assert hash(a) == hash(ga)  # both hash the tuple of fields
    assert (a < b) == (a.sort_key() < b.sort_key())
    assert (a <= b) == (a.sort_key() <= b.sort_key())
    assert (a > b) == (a.sort_key() > b.sort_key())
    assert (a >= b) == (a.sort_key() >= b.sort_key())


def test_objects_of_another_class_are_never_equal() -> None:
    assert HistDate(1993) != Generated(1993)
    assert HistDate(1993) != (1993, 0, 0)
    assert Problem("f", 1, 1, "m") != "f:1:1: error: m"
    assert LocalText((("en", "x"),)) == LocalText((("en", "x"),))
    assert LocalText((("en", "x"),)) != LocalText((("ru", "x"),))


def test_usable_as_keys_and_in_sets() -> None:
    seen = {HistDate(1993, 4, 25), HistDate(1993, 4, 25), HistDate(1993)}
    assert len(seen) == 2
    assert {Credit(LocalText.plain("a"), LocalText.plain("b")): 1}[
        Credit(LocalText.plain("a"), LocalText.plain("b"))
    ] == 1


def test_repr_names_every_field() -> None:
    assert repr(HistDate(1993, 4)) == "HistDate(year=1993, month=4, day=0)"
    assert repr(Problem("f.yaml", 2, 3, "bad")) == (
        "Problem(file='f.yaml', line=2, column=3, message='bad', severity='error')"
    )


def test_still_frozen_and_still_dataclasses() -> None:
    date = HistDate(1993)
    with pytest.raises(dataclasses.FrozenInstanceError):
        date.year = 1994  # type: ignore[misc]
    assert dataclasses.replace(date, month=4) == HistDate(1993, 4)
    assert [f.name for f in dataclasses.fields(Slide)][:3] == ["id", "kind", "section_id"]
    assert isinstance(date, Record) and dataclasses.is_dataclass(date)


def test_cached_properties_do_not_take_part_in_equality() -> None:
    first = Exhibit(root=Path("x"), title=LocalText.plain("T"))
    second = Exhibit(root=Path("x"), title=LocalText.plain("T"))
    assert first.slides == ()  # fills first's cache, not second's
    assert first == second and hash(first) == hash(second)
