"""Per-validation memory for the structures many checks derive (stages, extent, finals).

Each check derives them again from the event; remembered, they are built once per
validation instead of once per check, stage or race (which made validation
quadratic in the number of rounds).  The memory lives only while one
:func:`~shorttrack_parse.validate` call runs (:func:`one_validation`), in a context
variable, so threads never share it and nothing keeps an event alive afterwards.
Called outside a validation, a remembered function simply computes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Final, TypeVar

from ..model import Event

T = TypeVar("T")
K = TypeVar("K")

# (function, id(value)) -> (value, result); the value is held so its id is not reused.
_Memory = dict[tuple[Callable[[Any], Any], int], tuple[Any, Any]]
_MEMORY: Final[ContextVar[_Memory | None]] = ContextVar("shorttrack_validation", default=None)


@contextmanager
def one_validation() -> Iterator[None]:
    """Remember per-event structures until the block ends (nested blocks share it)."""
    if _MEMORY.get() is not None:
        yield
        return
    token = _MEMORY.set({})
    try:
        yield
    finally:
        _MEMORY.reset(token)


def per_object(function: Callable[[K], T]) -> Callable[[K], T]:
    """``function(value)`` computed once per object (by identity) within one validation.

    For the parts of an event (a race, a row), which the event holds while it is validated.
    """

    @functools.wraps(function)
    def remembered(value: K) -> T:
        memory = _MEMORY.get()
        if memory is None:
            return function(value)
        key = (function, id(value))
        found = memory.get(key)
        if found is not None and found[0] is value:
            result: T = found[1]
            return result
        result = function(value)
        memory[key] = (value, result)
        return result

    return remembered


def per_event(function: Callable[[Event], T]) -> Callable[[Event], T]:
    """``function(event)`` computed once per event within one validation."""
    return per_object(function)


def per_event_and_text(function: Callable[[Event, str], T]) -> Callable[[Event, str], T]:
    """``function(event, text)`` computed once per event and text within one validation."""

    @per_event
    def known(event: Event) -> dict[str, T]:
        return {}

    @functools.wraps(function)
    def remembered(event: Event, text: str) -> T:
        values = known(event)
        if text in values:
            return values[text]
        value = values[text] = function(event, text)
        return value

    return remembered
