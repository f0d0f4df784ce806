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

# (function, id(event)) -> (event, value); the event is held so its id is not reused.
_Memory = dict[tuple[Callable[[Event], Any], int], tuple[Event, Any]]
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


def per_event(function: Callable[[Event], T]) -> Callable[[Event], T]:
    """``function(event)`` computed once per event within one validation."""

    @functools.wraps(function)
    def remembered(event: Event) -> T:
        memory = _MEMORY.get()
        if memory is None:
            return function(event)
        key = (function, id(event))
        found = memory.get(key)
        if found is not None and found[0] is event:
            value: T = found[1]
            return value
        value = function(event)
        memory[key] = (event, value)
        return value

    return remembered


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
