"""Per-validation memory: each event's derived structures computed once per validate call."""

from __future__ import annotations

import gc
import sys
import threading
import weakref

import attrs

import shorttrack_parse as sp
from shorttrack_parse._checks._memo import one_validation, per_event


def test_a_value_is_computed_once_per_event_and_kept_apart_from_others() -> None:
    calls: list[sp.Event] = []

    @per_event
    def title(event: sp.Event) -> str | None:
        calls.append(event)
        return event.title

    first, second = sp.Event(title="A"), sp.Event(title="A")  # equal, not the same
    with one_validation():
        assert [title(first), title(first), title(second), title(first)] == ["A"] * 4
    assert [id(event) for event in calls] == [id(first), id(second)]


def test_outside_a_validation_nothing_is_remembered() -> None:
    calls: list[int] = []

    @per_event
    def count(event: sp.Event) -> int:
        calls.append(1)
        return len(event.rounds)

    event = sp.Event(title="x")
    count(event)
    count(event)
    with one_validation():
        count(event)
        count(event)
    count(event)
    assert len(calls) == 4


def test_validate_keeps_no_event_alive() -> None:
    event = sp.parse_file("fixtures/text/2002-men-1000m.txt")
    sp.validate(event)
    alive = weakref.ref(event)
    del event
    gc.collect()
    assert alive() is None


def test_validation_of_two_events_in_turn_reports_each_its_own_findings() -> None:
    clean = sp.parse_file("fixtures/text/2002-men-1000m.txt")
    broken = sp.parse_file("fixtures/text/errors-rank-time.txt")
    codes = [{f.code for f in sp.validate(event).findings} for event in (clean, broken, clean)]
    assert codes[0] == codes[2]
    assert codes[0] != codes[1]


def test_validate_from_many_threads_at_once() -> None:
    base = sp.parse_file("fixtures/text/errors-rank-time.txt")
    expected = sp.validate(base).findings
    errors: list[BaseException] = []
    wrong: list[str] = []

    def work(thread: int) -> None:
        for turn in range(15):
            event = attrs.evolve(base, title=f"{base.title} {thread}-{turn}")
            try:
                found = sp.validate(event).findings
            except BaseException as error:
                errors.append(error)
                return
            if [f.code for f in found] != [f.code for f in expected]:
                wrong.append(f"{thread}-{turn}")

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []
    assert wrong == []
