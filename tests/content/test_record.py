"""Record classes build, compare, hash, print and stay frozen as generated dataclasses do."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exhibit.content.dates import HistDate
from exhibit.content.errors import Problem
from exhibit.content.model import Credit, Exhibit, Slide
from exhibit.content.record import Record, record
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


@record(frozen=True)
class Sample(Record):
    name: str
    count: int = 0
    tags: tuple[str, ...] = ()
    extra: list[str] = dataclasses.field(default_factory=list)


def test_init_takes_positional_keyword_and_default_values() -> None:
    assert Sample("a") == Sample(name="a", count=0, tags=(), extra=[])
    assert Sample("a", 2, ("x",)).tags == ("x",)
    first, second = Sample("a"), Sample("a")
    assert first.extra == [] and first.extra is not second.extra  # a fresh list each time


def test_init_refuses_what_a_generated_init_refuses() -> None:
    with pytest.raises(TypeError, match="missing required argument 'name'"):
        Sample()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        Sample("a", colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="multiple values for argument 'name'"):
        Sample("a", name="b")  # type: ignore[misc]
    with pytest.raises(TypeError, match="takes 4 arguments, 5 given"):
        Sample("a", 1, (), [], 5)  # type: ignore[call-arg]


def test_no_attribute_can_be_set_or_deleted() -> None:
    sample = Sample("a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        sample.name = "b"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        sample.other = 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        del sample.name
    assert dataclasses.replace(sample, count=3) == Sample("a", 3)


def test_record_makes_frozen_records_only() -> None:
    with pytest.raises(TypeError):
        record(frozen=False)

    class Plain:
        name: str

    with pytest.raises(TypeError, match="must derive from Record"):
        record(frozen=True)(Plain)
