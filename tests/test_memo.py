"""Per-event memory: each event gets its own derived structures, computed once."""

from __future__ import annotations

import shorttrack_parse as sp
from shorttrack_parse._checks._memo import per_event


def test_a_value_is_computed_once_per_event_and_kept_apart_from_others() -> None:
    calls: list[sp.Event] = []

    @per_event
    def title(event: sp.Event) -> str | None:
        calls.append(event)
        return event.title

    first, second = sp.Event(title="A"), sp.Event(title="A")  # equal, not the same
    assert [title(first), title(first), title(second), title(first)] == ["A"] * 4
    assert [id(event) for event in calls] == [id(first), id(second)]


def test_memory_is_bounded() -> None:
    calls: list[int] = []

    @per_event
    def count(event: sp.Event) -> int:
        calls.append(1)
        return len(event.rounds)

    events = [sp.Event(title=str(n)) for n in range(10)]
    for event in events:
        count(event)
    count(events[0])  # forgotten by now: computed again
    assert len(calls) == 11


def test_validation_of_two_events_in_turn_reports_each_its_own_findings() -> None:
    clean = sp.parse_file("fixtures/text/2002-men-1000m.txt")
    broken = sp.parse_file("fixtures/text/errors-rank-time.txt")
    codes = [{f.code for f in sp.validate(event).findings} for event in (clean, broken, clean)]
    assert codes[0] == codes[2]
    assert codes[0] != codes[1]
