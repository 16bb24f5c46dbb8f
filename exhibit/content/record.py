"""Frozen dataclasses without compiled methods: `@record(frozen=True)` on a `Record` subclass.

Python 3.11 compiles every method a dataclass generates (`exec` of source text), and the
viewer defines 16 frozen dataclasses as it starts: 20 ms of its start-up. `record` makes the
same dataclass (fields, defaults, `dataclasses.fields`, `replace`, `is_dataclass` all as
before) but generates no methods: `__init__`, `__eq__`, `__hash__`, `__repr__` and the
frozen `__setattr__`/`__delattr__` are written once, below, and behave as the generated ones
(fields compared in order, and only with an object of the very same class). Type checkers
see `record` as `dataclasses.dataclass` itself. `tests/content/test_record.py` holds the two
to the same behaviour.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

__all__ = ["Record", "record"]

_T = TypeVar("_T")


class _Spec:
    """What a record class's __init__ needs to know about its fields, worked out once."""

    def __init__(self, cls: type) -> None:
        fields = dataclasses.fields(cls)
        self.names = tuple(f.name for f in fields)
        self.known = frozenset(self.names)
        self.defaults = {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}
        self.factories = {
            f.name: f.default_factory
            for f in fields
            if f.default_factory is not dataclasses.MISSING
        }


_SPECS: dict[type, _Spec] = {}


def _spec(cls: type) -> _Spec:
    spec = _SPECS.get(cls)
    if spec is None:
        spec = _SPECS[cls] = _Spec(cls)
    return spec


class Record:
    """Base of a `record` class: builds, compares, hashes and prints by its fields."""

    __slots__ = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        cls = type(self)
        if args:  # else `kwargs`, a fresh dict, holds every value given
            names = _spec(cls).names
            if len(args) > len(names):
                raise TypeError(f"{cls.__name__}() takes {len(names)} arguments, {len(args)} given")
            for key in kwargs:
                if key in names[: len(args)]:
                    raise TypeError(f"{cls.__name__}() got multiple values for argument {key!r}")
            kwargs.update(zip(names, args, strict=False))
        self.__dict__.update(cls.completed(kwargs))

    @classmethod
    def completed(cls, values: dict[str, Any]) -> dict[str, Any]:
        """Every field's value: `values` with the defaults added, checked as __init__ does.

        The exhibit cache builds records from this without calling __init__ per object.
        """
        spec = _spec(cls)
        if not values.keys() <= spec.known:
            unknown = min(values.keys() - spec.known)
            raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {unknown!r}")
        filled = {**spec.defaults, **values}
        for field, factory in spec.factories.items():
            if field not in filled:
                filled[field] = factory()
        if len(filled) < len(spec.names):
            missing = next(field for field in spec.names if field not in filled)
            raise TypeError(f"{cls.__name__}() missing required argument {missing!r}")
        return filled

    def _values(self) -> tuple[object, ...]:
        return tuple([getattr(self, name) for name in _spec(type(self)).names])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        names = _spec(type(self)).names
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


if TYPE_CHECKING:
    from dataclasses import dataclass as record
else:

    def record(*, frozen: bool) -> Callable[[type[_T]], type[_T]]:
        """`dataclass(frozen=True)` for a `Record` subclass, generating none of its methods."""
        if not frozen:
            raise TypeError("record() makes frozen dataclasses only")

        def make(cls: type[_T]) -> type[_T]:
            if not issubclass(cls, Record):
                raise TypeError(f"{cls.__name__} must derive from Record")
            return dataclasses.dataclass(init=False, repr=False, eq=False)(cls)

        return make
