"""Parsing, validating and serialising leave nothing for the cyclic collector.

A reference cycle among a parse's objects (a reader holding a bound method of
itself, say) keeps all they refer to alive until the collector's next pass: in a
batch that is memory held and a collector pass paid per article, and under a
paused collector (as in a timing loop) memory that grows without bound.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from builders import ARTICLE_FILES

import shorttrack_parse as sp


@contextmanager
def _collector_off() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()  # an automatic pass would free the garbage before it is counted
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _cyclic_garbage(action: Callable[[], object]) -> list[str]:
    """The types of what ``action`` left in reference cycles (after a first, warming run)."""
    action()  # first uses build what later calls share (patterns, structure functions)
    with _collector_off():
        gc.collect()
        gc.set_debug(gc.DEBUG_SAVEALL)
        try:
            action()
            gc.collect()
            found = [type(item).__name__ for item in gc.garbage]
        finally:
            gc.set_debug(0)
            gc.garbage.clear()
    return found


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_parse_validate_and_round_trip_leave_no_cycles(path: Path) -> None:
    text = path.read_text(encoding="utf-8")

    def use() -> None:
        event = sp.parse(text)
        sp.validate(event)
        assert sp.from_dict(sp.to_dict(event)) == event

    assert _cyclic_garbage(use) == []


def test_a_cycle_is_found() -> None:
    class Holder:
        def __init__(self) -> None:
            self.me = self.method

        def method(self) -> None: ...

    assert "Holder" in _cyclic_garbage(Holder)
