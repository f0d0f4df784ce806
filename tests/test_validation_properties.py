"""Properties over generated events: consistent events pass; one planted error, one finding."""

from __future__ import annotations

import attrs
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import shorttrack_parse as sp
from shorttrack_parse import strategies

FEW = settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FEW
@given(strategies.events())
def test_a_consistent_event_has_no_findings(event: sp.Event) -> None:
    assert str(sp.validate(event)) == ""


def _replace(event: sp.Event, old: sp.Result, new: sp.Result) -> sp.Event:
    return attrs.evolve(
        event,
        rounds=tuple(
            attrs.evolve(
                round_,
                races=tuple(
                    attrs.evolve(race, results=tuple(new if r is old else r for r in race.results))
                    for race in round_.races
                ),
            )
            for round_ in event.rounds
        ),
    )


@FEW
# A tie's place, or a q given by the mistyped time, would be another finding.
@given(strategies.events(ties=False, time_qualifiers=0), st.data())
def test_a_mistyped_time_is_reported_once_at_its_row(event: sp.Event, data: st.DataObject) -> None:
    # Between two finishers, a time typed with ten minutes too many (12:27.696 for 2:27.696).
    middles = [
        race.results[i]
        for race in event.races()
        for i in range(1, len(race.results) - 1)
        if race.results[i + 1].rank is not None and race.results[i].time is not None
    ]
    assume(middles)  # every generated event has one; say so rather than pass vacuously
    row = data.draw(st.sampled_from(middles))
    assert row.time is not None
    wrong = attrs.evolve(row, time=sp.RaceTime(row.time.milliseconds + 600_000), line=999)
    report = sp.validate(_replace(event, row, wrong))
    assert [(f.code, f.line) for f in report.findings] == [("rank-time-order", 999)]
