"""Content comparison: events equal by what they say, whatever their source positions."""

from __future__ import annotations

import doctest

import attrs
from conftest import FIXTURES

import shorttrack_parse as sp
from shorttrack_parse import compare


def _event() -> sp.Event:
    return sp.parse_file(FIXTURES / "text" / "2002-men-1000m.txt")


def test_same_content_ignores_lines_and_cells() -> None:
    event = _event()
    race = event.rounds[0].races[0]
    moved = attrs.evolve(
        race,
        line=999,
        columns=(),
        results=tuple(attrs.evolve(r, line=None, cells=("x",)) for r in race.results),
    )
    rounds = (attrs.evolve(event.rounds[0], races=(moved, *event.rounds[0].races[1:])),)
    other = attrs.evolve(event, rounds=rounds + event.rounds[1:])
    assert other != event
    assert sp.same_content(other, event)
    assert sp.without_sources(other) == sp.without_sources(event)


def test_same_content_sees_a_changed_value() -> None:
    event = _event()
    race = event.rounds[0].races[0]
    first = attrs.evolve(race.results[0], name="Someone Else")
    changed_race = attrs.evolve(race, results=(first, *race.results[1:]))
    rounds = (attrs.evolve(event.rounds[0], races=(changed_race, *event.rounds[0].races[1:])),)
    assert not sp.same_content(attrs.evolve(event, rounds=rounds + event.rounds[1:]), event)


def test_diagnostics_compare_by_code_and_message() -> None:
    first = sp.Event(diagnostics=(sp.Diagnostic(line=3, message="m", code="c", source="x"),))
    second = sp.Event(diagnostics=(sp.Diagnostic(line=9, message="m", code="c"),))
    third = sp.Event(diagnostics=(sp.Diagnostic(line=3, message="other", code="c"),))
    assert sp.same_content(first, second)
    assert not sp.same_content(first, third)


def test_without_sources_clears_every_line() -> None:
    stripped = sp.without_sources(_event())
    assert stripped.info.line is None
    assert stripped.info.key_lines == ()
    assert all(r.line is None for r in stripped.records.new)
    assert all(race.line is None and race.columns == () for race in stripped.races())
    assert all(
        row.line is None and row.cells == () for race in stripped.races() for row in race.results
    )


def test_module_examples_run() -> None:
    assert doctest.testmod(compare).failed == 0
