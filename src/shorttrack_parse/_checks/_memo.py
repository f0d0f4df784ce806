"""Per-event memory for the structures many checks derive (stages, extent, finals).

Each check derives them again from the event; remembered, they are built once per
validation instead of once per check, stage or race (which made validation
quadratic in the number of rounds).  Events are immutable, so a result stays true.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable
from typing import Final, TypeVar

from ..model import Event

T = TypeVar("T")
_KEPT: Final = 4  # events remembered per function: validation works on one at a time


def per_event(function: Callable[[Event], T]) -> Callable[[Event], T]:
    """``function(event)`` computed once for each of the last few events seen."""
    # Keyed by identity and holding the event, so that an id is never reused meanwhile.
    memory: OrderedDict[int, tuple[Event, T]] = OrderedDict()

    @functools.wraps(function)
    def remembered(event: Event) -> T:
        found = memory.get(id(event))
        if found is not None and found[0] is event:
            memory.move_to_end(id(event))
            return found[1]
        value = function(event)
        memory[id(event)] = (event, value)
        if len(memory) > _KEPT:
            memory.popitem(last=False)
        return value

    return remembered
