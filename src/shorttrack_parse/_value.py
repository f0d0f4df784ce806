"""Bases for the parser's internal record classes: equality and repr by field.

attrs writes and compiles the methods of each class it builds, about half a
millisecond a class at import.  The public model keeps attrs; the internal
records (document pieces, table readers' state) are plain slotted classes with
their ``__init__`` written out, taking equality and ``repr`` from these bases.
"""

from __future__ import annotations

from typing import ClassVar, Self


class Value:
    """Compares and prints by the values of ``__slots__``; mutable, so not hashable."""

    __slots__: ClassVar[tuple[str, ...]] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Value) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def replace(self, **changes: object) -> Self:
        """A copy with the fields named in ``changes`` set to their values."""
        unknown = changes.keys() - set(self.__slots__)
        if unknown:
            raise TypeError(f"{self.__class__.__qualname__} has no field {min(unknown)!r}")
        copy = object.__new__(self.__class__)
        for name in self.__slots__:
            object.__setattr__(copy, name, changes.get(name, getattr(self, name)))
        return copy

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{self.__class__.__qualname__}({fields})"


class FrozenValue(Value):
    """A :class:`Value` whose fields are never reassigned (declared ``Final``): hashable."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash((self.__class__, self._values()))
