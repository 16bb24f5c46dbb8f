"""Equality, hashing and repr for the frozen dataclasses, written once instead of per class.

Python 3.11 compiles every method a dataclass generates, and the viewer defines 16 frozen
dataclasses as it starts: 20 ms. Declared `@dataclass(frozen=True, eq=False, repr=False)`
on this base, a class generates only its __init__ and the frozen __setattr__/__delattr__;
the three methods here behave as the generated ones (fields compared in order, and only
with an object of the very same class). `tests/content/test_record.py` holds them to that.
"""

from __future__ import annotations

from dataclasses import fields

_NAMES: dict[type, tuple[str, ...]] = {}


def _names(cls: type) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(field.name for field in fields(cls))
    return names


class Record:
    """Base of a frozen dataclass: compares, hashes and prints by its fields."""

    __slots__ = ()

    def _values(self) -> tuple[object, ...]:
        return tuple([getattr(self, name) for name in _names(type(self))])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _names(type(self)))
        return f"{type(self).__qualname__}({shown})"
