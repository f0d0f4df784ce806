"""The public Hypothesis strategies build what they promise."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import shorttrack_parse as sp
from shorttrack_parse import strategies
from shorttrack_parse._ioc import is_ioc_code


@given(strategies.race_times(40_000, 50_000))
def test_race_times_lie_in_range_and_print_back(time: sp.RaceTime) -> None:
    assert 40_000 <= time.milliseconds <= 50_000
    assert sp.RaceTime.parse(str(time)) == time


@given(strategies.nocs())
def test_nocs_are_codes_of_the_table(noc: str) -> None:
    assert is_ioc_code(noc)


@given(strategies.races(name="Heat 3"))
def test_a_race_is_ranked_in_time_order(race: sp.Race) -> None:
    ranked = [row for row in race.results if row.rank is not None]
    assert [row.rank for row in ranked] == list(range(1, len(ranked) + 1))
    times = [row.time.milliseconds for row in ranked if row.time is not None]
    assert times == sorted(times)
    assert len(times) == len(ranked)
    assert all(row.status is not sp.Status.FINISHED for row in race.results if row.rank is None)


@settings(max_examples=20, deadline=None)
@given(strategies.events(relay=True))
def test_relay_events_have_teams_with_members(event: sp.Event) -> None:
    assert event.is_relay
    assert all(row.team and row.members for race in event.races() for row in race.results)


def test_register_makes_from_type_give_the_librarys_strategies() -> None:
    strategies.register()

    @settings(max_examples=10)
    @given(st.from_type(sp.RaceTime))
    def check(time: sp.RaceTime) -> None:
        assert isinstance(time, sp.RaceTime)
        assert 38_000 <= time.milliseconds <= 480_000  # the library's range, not any int

    check()
