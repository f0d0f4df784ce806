"""The public Hypothesis strategies build what they promise, for every parameter."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from conftest import examples
from hypothesis import find, given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import shorttrack_parse as sp
from shorttrack_parse import strategies
from shorttrack_parse._hypothesis_plugin import STRATEGY_FACTORIES
from shorttrack_parse._ioc import is_ioc_code


def rows(event: sp.Event) -> Iterator[sp.Result]:
    for race in event.races():
        yield from race.results


@given(strategies.race_times(40_000, 50_000))
def test_race_times_lie_in_range_and_print_back(time: sp.RaceTime) -> None:
    assert 40_000 <= time.milliseconds <= 50_000
    again = sp.RaceTime.parse(str(time))
    assert (again.milliseconds, again.decimals, again.with_minutes) == (
        time.milliseconds,
        time.decimals,
        time.with_minutes,
    )


@given(strategies.nocs())
def test_nocs_are_codes_of_the_table(noc: str) -> None:
    assert is_ioc_code(noc)


def assert_ranked_in_time_order(race: sp.Race) -> None:
    ranked = [row for row in race.results if row.rank is not None]
    first = ranked[0].rank if ranked else 1
    for row in ranked:
        assert row.time is not None
        faster = sum(1 for other in ranked if other.time and other.time < row.time)
        assert row.rank == first + faster  # a tie shares a place and skips the next
    assert all(row.status is not sp.Status.FINISHED for row in race.results if row.rank is None)


@given(strategies.races(name="Heat 3"))
def test_a_race_is_ranked_in_time_order(race: sp.Race) -> None:
    assert race.name == "Heat 3"
    assert_ranked_in_time_order(race)


@examples(20)
@given(strategies.events())
def test_every_race_of_an_event_is_ranked_in_time_order(event: sp.Event) -> None:
    for race in event.races():
        assert_ranked_in_time_order(race)


@examples(20)
@given(strategies.events(relay=True))
def test_relay_events_have_teams_with_members(event: sp.Event) -> None:
    assert event.is_relay
    assert all(row.team and row.members for row in rows(event))
    assert "relay" in (event.title or "")


KINDS = [
    ("men", 500, "Men's 500 metres"),
    ("women", 1000, "Women's 1000 metres"),
    ("women", 1500, "Women's 1500 metres"),
    ("mixed", 2000, "Mixed 2000 metre relay"),
    ("women", 3000, "Women's 3000 metre relay"),
    ("men", 5000, "Men's 5000 metre relay"),
]


@pytest.mark.parametrize(("gender", "distance", "name"), KINDS)
def test_gender_and_distance_name_the_event(gender: str, distance: int, name: str) -> None:
    @examples(5)
    @given(strategies.events(gender=gender, distance=distance))
    def check(event: sp.Event) -> None:
        assert event.info.event == name
        assert event.title is not None
        assert event.title.endswith(f"Winter Olympics – {name}")
        assert event.is_relay is (distance in (2000, 3000, 5000))

    check()


ROUNDS = sp.RoundKind


@pytest.mark.parametrize(
    ("options", "plan"),
    [
        (
            {"distance": 1000, "repechage": False},
            ["HEATS", "QUARTERFINALS", "SEMIFINALS", "FINALS"],
        ),
        ({"distance": 1500}, ["HEATS", "SEMIFINALS", "FINALS"]),
        ({"distance": 5000}, ["SEMIFINALS", "FINALS"]),
        ({"distance": 2000}, ["QUARTERFINALS", "SEMIFINALS", "FINALS"]),
        ({"rounds": (ROUNDS.SEMIFINALS, ROUNDS.FINALS), "relay": False}, ["SEMIFINALS", "FINALS"]),
    ],
)
def test_round_plans_are_those_of_the_games(options: dict[str, object], plan: list[str]) -> None:
    @examples(5)
    @given(strategies.events(**options, field_size=20))  # type: ignore[arg-type]
    def check(event: sp.Event) -> None:
        assert [r.kind.name for r in event.rounds] == plan

    check()


@examples(10)
@given(strategies.events(repechage=True, field_size=st.integers(16, 32), statuses=()))
def test_a_repechage_is_raced_by_heat_finishers_who_did_not_qualify(event: sp.Event) -> None:
    assert event.info.games_year is not None
    assert event.info.games_year <= 1998
    kinds = [r.kind for r in event.rounds]
    assert kinds[:2] == [ROUNDS.HEATS, ROUNDS.REPECHAGE]
    heats, repechage, following = event.rounds[0], event.rounds[1], event.rounds[2]
    left = {r.name for race in heats.races for r in race.results if not r.qualified}
    assert {r.name for race in repechage.races for r in race.results} <= left
    sent = {
        r.name
        for rnd in (heats, repechage)
        for race in rnd.races
        for r in race.results
        if r.qualified
    }
    assert {r.name for race in following.races for r in race.results} == sent


@examples(10)
@given(strategies.events(field_size=st.integers(5, 30), heat_size=5, relay=False))
def test_field_and_heat_sizes_shape_the_first_round(event: sp.Event) -> None:
    first = event.rounds[0]
    size = sum(len(race.results) for race in first.races)
    assert size == event.info.competitors
    sizes = [len(race.results) for race in first.races]
    assert max(sizes) - min(sizes) <= 1
    assert max(sizes) <= 5 or len(sizes) == size // 2


@examples(10)
@given(strategies.events(qualifiers=3, time_qualifiers=0, distance=1500, heat_size=6))
def test_qualifiers_set_the_places_that_qualify(event: sp.Event) -> None:
    for race in event.rounds[0].races:
        by_place = [r.rank for r in race.results if sp.Note.QUALIFIED in r.notes]
        finishers = sum(1 for r in race.results if r.rank is not None)
        assert by_place == list(range(1, min(3, finishers) + 1))
    assert not any(sp.Note.QUALIFIED_BY_TIME in r.notes for r in rows(event))


@examples(10)
@given(
    strategies.events(
        time_qualifiers=2, distance=1000, repechage=False, field_size=st.integers(20, 40)
    )
)
def test_time_qualifiers_are_the_fastest_left_out(event: sp.Event) -> None:
    heats = event.rounds[0]
    marked = [
        r for race in heats.races for r in race.results if sp.Note.QUALIFIED_BY_TIME in r.notes
    ]
    others = [
        r for race in heats.races for r in race.results if r.time is not None and not r.qualified
    ]
    assert len(marked) == 2 or not others
    assert all(
        m.time is not None and o.time is not None and m.time <= o.time
        for m in marked
        for o in others
    )


@examples(10)
@given(strategies.events(final_b=False))
def test_without_final_b_the_finals_are_final_a_alone(event: sp.Event) -> None:
    assert [race.name for race in event.rounds[-1].races] == ["Final A"]
    assert not any(sp.Note.QUALIFIED_FINAL_B in r.notes for r in rows(event))


@examples(10)
@given(strategies.events(ties=False, statuses=()))
def test_without_ties_or_statuses_every_place_is_distinct(event: sp.Event) -> None:
    for race in event.races():
        ranks = [r.rank for r in race.results]
        assert None not in ranks
        assert len(set(ranks)) == len(ranks)


@examples(10)
@given(strategies.events(statuses=[sp.Note.DID_NOT_FINISH], field_size=40, relay=False))
def test_statuses_choose_the_notes_of_non_finishers(event: sp.Event) -> None:
    stopped = [r for r in rows(event) if r.rank is None]
    assert all(r.notes == (sp.Note.DID_NOT_FINISH,) for r in stopped)
    assert all(r.status is sp.Status.DID_NOT_FINISH for r in stopped)


@examples(10)
@given(strategies.events(standing_records=True, games_year=2010, links=False))
def test_standing_records_year_and_links(event: sp.Event) -> None:
    assert event.info.games_year == 2010
    assert "2010 Winter Olympics" in (event.title or "")
    assert [r.kind for r in event.records.standing] == [sp.RecordKind.WORLD, sp.RecordKind.OLYMPIC]
    assert all(r.link is None for r in rows(event))
    olympic = event.records.standing[1].time
    assert olympic is not None
    assert all(r.time is not None and r.time < olympic for r in event.records.new)


@examples(10)
@given(strategies.events(links=True, games_year=st.sampled_from([1994, 1998])))
def test_links_and_the_times_of_the_era(event: sp.Event) -> None:
    assert all(r.link for r in rows(event) if not r.team)
    assert all(r.time.decimals == 2 for r in rows(event) if r.time is not None)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"gender": "mixed", "distance": 500}, "distance"),
        ({"distance": 1500, "games_year": 1994}, "distance|not held"),
        ({"rounds": (sp.RoundKind.HEATS,)}, "FINALS"),
    ],
)
def test_parameters_that_contradict_each_other_are_refused(
    options: dict[str, object], message: str
) -> None:
    @given(strategies.events(**options))  # type: ignore[arg-type]
    def check(event: sp.Event) -> None:
        raise AssertionError("never reached")

    with pytest.raises(InvalidArgument, match=message):
        check()


@pytest.mark.parametrize("type_", list(STRATEGY_FACTORIES), ids=lambda t: t.__name__)
def test_every_model_type_is_registered_for_from_type(type_: type) -> None:
    strategies.register()

    @examples(5)
    @given(st.from_type(type_))
    def check(value: object) -> None:
        assert isinstance(value, type_)
        if isinstance(value, sp.RaceTime):
            assert 38_000 <= value.milliseconds <= 480_000  # the library's range, not any int

    check()


def test_the_entry_point_registers_without_importing_the_strategies() -> None:
    code = (
        "from hypothesis import strategies as st\n"
        "import shorttrack_parse as sp\n"
        "print(type(st.from_type(sp.Result).example()).__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "Result"


def test_without_hypothesis_the_import_names_the_extra() -> None:
    code = (
        "import sys\n"
        "sys.modules['hypothesis'] = None  # as if it were not installed\n"
        "import shorttrack_parse\n"
        "try:\n"
        "    import shorttrack_parse.strategies\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install shorttrack_parse[hypothesis]" in done.stdout


def _size(event: sp.Event) -> tuple[int, int, int]:
    races = list(event.races())
    return len(event.rounds), len(races), max(len(r.results) for r in races)


def test_a_failing_property_shrinks_to_a_small_event() -> None:
    # "No skater is ever disqualified" is false; the counterexample Hypothesis
    # keeps must be small enough to read.
    found = find(
        strategies.events(),
        lambda e: any(r.status is sp.Status.DISQUALIFIED for r in rows(e)),
    )
    rounds, races, widest = _size(found)
    assert rounds <= 2
    assert races <= 2
    assert widest <= 3
