"""Python's cyclic garbage collector, paused while one input is read.

A parse allocates objects that all live until it returns (a cell, a row, a
value per source cell), and the collector's full passes walk every one of them
again each time the heap has grown by a quarter.  On one long line of ``||``
cells that is most of the time and, with the caches missed on a bigger heap,
grows faster than the input.  The objects of a parse are referenced, not
garbage, so nothing is lost by pausing the collector until the parse is done.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.Lock()
_state = {"depth": 0, "was_enabled": False}  # shared by every thread


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector inside the block; restore it after the last one."""
    with _LOCK:
        if _state["depth"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["depth"] += 1
    try:
        yield
    finally:
        with _LOCK:
            _state["depth"] -= 1
            if _state["depth"] == 0 and _state["was_enabled"]:
                gc.enable()
