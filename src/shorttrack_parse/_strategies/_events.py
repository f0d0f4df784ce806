"""Whole consistent events: the field is run through the rounds of a plan.

Each round's field is exactly what the round before sent on (by place, by time
or by the referee); ranks follow times; Final B goes on from Final A; records,
infobox and dates are derived from the results.  Nothing is filtered: every draw
gives an event.
"""

from __future__ import annotations

import functools
import math
import operator
import random
from collections.abc import Collection, Sequence
from typing import Final

import attrs
from hypothesis import strategies as st

from .._ioc import country_name
from .._labels import race_name, round_name, stage_of_round
from ..model import (
    Athlete,
    Event,
    EventInfo,
    Race,
    Result,
    Round,
    RoundKind,
)
from ..notes import Note, Status
from ..times import RaceTime
from ._derived import infobox, schedules, set_records, standing, title_of
from ._plan import Plan, draw_plan
from ._values import NAMES, link_for, nations_of

# Chances as integers that shrink to 0 ("no"), times as steps above a pace.
_ONE_IN: Final[dict[int, st.SearchStrategy[bool]]] = {
    n: st.integers(0, n - 1).map(functools.partial(operator.eq, n - 1)) for n in (5, 6)
}
_STRIDES: Final = (1, 7, 11, 13, 17, 19, 23, 29, 31, 37)
# Small ranges shrink in few steps; 2**16 covers the orders of 8 (8! = 40320).
_SEED: Final = st.integers(0, 2**16 - 1)
_INDEX: Final = st.integers(0, 2**16 - 1)
# order (a Lehmer code), a non-finisher or not, which note, winner's hundredths above
# the pace, seed of the gaps
_RACE_CHOICES: Final = st.tuples(
    _INDEX,
    st.integers(0, 4).map(functools.partial(operator.eq, 4)),
    st.integers(0, 7),
    st.integers(0, 300),
    _SEED,
)
_ONWARD: Final = (Note.QUALIFIED, Note.QUALIFIED_BY_TIME, Note.ADVANCED)
_TO_FINAL_A: Final = (Note.QUALIFIED_FINAL_A, Note.ADVANCED_FINAL_A)


def pick(draw: st.DrawFn, count: int) -> int:
    """An index below ``count``, from a draw whose range does not depend on ``count``:
    when shrinking changes sizes, the recorded choices still replay."""
    return draw(_INDEX) % count if count > 1 else 0


def _distinct(draw: st.DrawFn, pool: tuple[str, ...], count: int) -> list[str]:
    """``count`` distinct items of ``pool`` from two draws: a start and a stride
    coprime with the pool's size (shrinks towards the pool's first items)."""
    start = pick(draw, len(pool))
    strides = [s for s in _STRIDES if math.gcd(s, len(pool)) == 1]
    stride = strides[pick(draw, len(strides))]
    return [pool[(start + i * stride) % len(pool)] for i in range(min(count, len(pool)))]


def _order(code: int, entries: list[Result]) -> list[Result]:
    """A finishing order from one number: a Lehmer code (0 keeps the order)."""
    code %= math.factorial(len(entries))
    pending, order = list(entries), []
    for position in range(len(entries), 0, -1):
        code, index = divmod(code, position)
        order.append(pending.pop(index))
    return order


def _field(draw: st.DrawFn, plan: Plan) -> list[Result]:
    """The competitors, not yet raced: athletes with their NOC, or countries' teams."""
    size = plan.field_size
    nations = nations_of(plan.year)
    if not plan.relay:
        people = _distinct(draw, NAMES, size)
        chooser = random.Random(draw(_SEED))
        countries = chooser.choices(nations, k=size)
        return [
            Result(name=name, noc=noc, link=link_for(name) if plan.links else None)
            for name, noc in zip(people, countries, strict=True)
        ]
    size = min(size, len(nations))
    countries = _distinct(draw, nations, size)
    people = _distinct(draw, NAMES, size * plan.team_size)
    teams = []
    for index, noc in enumerate(countries):
        names = people[index * plan.team_size : (index + 1) * plan.team_size]
        members = tuple(Athlete(n, link_for(n) if plan.links else None) for n in names)
        teams.append(
            Result(
                name=country_name(noc) or noc,
                noc=noc,
                team=True,
                members=members,
                members_text="\n".join(names),
            )
        )
    return teams


def _raced(
    entry: Result, rank: int | None, time: RaceTime | None, notes: tuple[Note, ...]
) -> Result:
    status = next((n.status for n in notes if n.status is not None), Status.FINISHED)
    return attrs.evolve(entry, rank=rank, time=time, notes=notes, status=status)


def run_race(
    draw: st.DrawFn,
    plan: Plan,
    name: str,
    entries: list[Result],
    qualify: tuple[tuple[int, Note], ...] = (),
    first_rank: int = 1,
    medals: bool = False,
) -> Race:
    """Race ``entries``: finishers ranked in time order, then at most one non-finisher.

    ``qualify`` gives, in order, how many places get which note: ``((2, Q),)``.
    Ties (equal times, equal place) fall only where they decide nothing: below the
    qualifying places, and below the medals of a final (both tied rows must be).
    """
    # A race's choices are one draw of fixed shape, whatever its size: Hypothesis
    # can then drop or reorder whole races while shrinking, and the choices of
    # the races after still mean what they meant.
    code, stop_flag, stop_index, spread, seed = draw(_RACE_CHOICES)
    order = _order(code, entries)
    notes_by_place = [(note,) for places, note in qualify for _ in range(places)]
    # A non-finisher only where the race keeps a finisher for every qualifying place
    # (else its round would qualify unequal numbers by place).
    room = len(order) > max(1, len(notes_by_place))
    stopped = 1 if room and plan.stops and stop_flag else 0
    finishers, others = order[: len(order) - stopped], order[len(order) - stopped :]
    untied = max(len(notes_by_place), 3 if medals else 1)
    step = plan.step
    ms = plan.base_ms + spread * 10  # up to 3 s above the pace, in hundredths
    gaps = random.Random(seed)  # the gaps behind the winner
    rows: list[Result] = []
    rank = first_rank
    for index, entry in enumerate(finishers):
        if index:
            tie = plan.ties and index > untied and gaps.randrange(5) == 0
            ms += 0 if tie else gaps.randint(1, 1_500 // step) * step
            rank = rank if tie else first_rank + index
        notes = notes_by_place[index] if index < len(notes_by_place) else ()
        rows.append(_raced(entry, rank, RaceTime(ms, plan.decimals), notes))
    for entry in others:
        rows.append(_raced(entry, None, None, (plan.stops[stop_index % len(plan.stops)],)))
    return Race(name=name, results=tuple(rows))


def _split(field: list[Result], count: int) -> list[list[Result]]:
    """Seed ``field`` into ``count`` races, round robin (sizes differ by at most one)."""
    return [field[index::count] for index in range(count)]


def _race_count(size: int, per_race: int) -> int:
    return max(1, min(-(-size // per_race), size // 2))


def _onward(races: list[Race], notes: tuple[Note, ...]) -> list[Result]:
    """The rows of ``races`` that a note in ``notes`` sends on, as entries of the next round."""
    return [
        attrs.evolve(row, rank=None, time=None, notes=(), status=Status.FINISHED)
        for race in races
        for row in race.results
        if any(note in row.notes for note in notes)
    ]


def _unsent(races: list[Race]) -> list[Result]:
    """The placed rows of ``races`` without a note, as entries of a repechage."""
    return [
        attrs.evolve(row, rank=None, time=None, notes=(), status=Status.FINISHED)
        for race in races
        for row in race.results
        if row.rank is not None and not row.notes
    ]


def _left_out(races: list[Race]) -> list[tuple[int, int, Result]]:
    """Finishers with a time and no note: (race index, row index, row)."""
    return [
        (r, i, row)
        for r, race in enumerate(races)
        for i, row in enumerate(race.results)
        if row.rank is not None and row.time is not None and not row.notes
    ]


def _mark(races: list[Race], race_index: int, row_index: int, note: Note) -> None:
    race = races[race_index]
    rows = list(race.results)
    rows[row_index] = attrs.evolve(rows[row_index], notes=(*rows[row_index].notes, note))
    races[race_index] = attrs.evolve(race, results=tuple(rows))


def _extra_qualifiers(
    draw: st.DrawFn, plan: Plan, races: list[Race], to_finals: bool, by_time: bool
) -> None:
    """Send on more than the top places: the fastest others by time (``q``), and
    sometimes a skater advanced by the referee (``ADV``, ``ADVA`` before the finals)."""
    if by_time and not to_finals:
        fastest = sorted(_left_out(races), key=lambda item: item[2].time or RaceTime(0))
        for race_index, row_index, _row in fastest[: plan.time_qualifiers]:
            _mark(races, race_index, row_index, Note.QUALIFIED_BY_TIME)
    candidates = _left_out(races)
    advance = draw(_ONE_IN[6])
    if candidates and advance:
        race_index, row_index, _row = candidates[pick(draw, len(candidates))]
        _mark(races, race_index, row_index, Note.ADVANCED_FINAL_A if to_finals else Note.ADVANCED)


def _rounds(draw: st.DrawFn, plan: Plan, field: list[Result]) -> tuple[Round, ...]:
    """Run the rounds of the plan; each round's field is what the round before sent on."""
    built: list[Round] = []
    final_b_field: list[Result] = []
    heats_sent: list[Result] = []
    for position, kind in enumerate(plan.rounds):
        if kind is RoundKind.FINALS:
            final_a = run_race(draw, plan, "Final A", field, medals=True)
            races = [final_a]
            if plan.final_b and len(final_b_field) >= 2:
                after = sum(1 for row in final_a.results if row.rank is not None)
                races.append(run_race(draw, plan, "Final B", final_b_field, first_rank=after + 1))
            built.append(Round(name=round_name(kind), kind=kind, races=tuple(races)))
            break
        following = plan.rounds[position + 1]
        to_finals = following is RoundKind.FINALS
        if to_finals:
            qualify: tuple[tuple[int, Note], ...] = ((2, Note.QUALIFIED_FINAL_A),)
            if plan.final_b:
                qualify += ((2, Note.QUALIFIED_FINAL_B),)
        else:
            qualify = ((plan.qualifiers, Note.QUALIFIED),)
        if kind is RoundKind.REPECHAGE and len(field) < 2:
            # Nobody left to race a repechage: the round is not held.
            field, heats_sent = heats_sent, []
            continue
        per_race = plan.heat_size if position == 0 else 4
        stage = stage_of_round(kind) or "race"
        count = _race_count(len(field), per_race)
        if to_finals:  # two semifinals feed the finals; the 1500 m, three
            count = min(count, 3 if plan.distance == 1500 else 2)
        groups = _split(field, count)
        races = [
            run_race(draw, plan, race_name(stage, str(number)), group, qualify)
            for number, group in enumerate(groups, 1)
        ]
        by_time = kind is not RoundKind.REPECHAGE and following is not RoundKind.REPECHAGE
        _extra_qualifiers(draw, plan, races, to_finals, by_time)
        built.append(Round(name=round_name(kind), kind=kind, races=tuple(races)))
        sent = _onward(races, (qualify[0][1], Note.ADVANCED_FINAL_A) if to_finals else _ONWARD)
        if following is RoundKind.REPECHAGE:
            # The repechage is raced by the finishers the heats did not send on.
            heats_sent, field = sent, _unsent(races)
        else:
            field, heats_sent = heats_sent + sent, []
        if to_finals:
            final_b_field = _onward(races, (Note.QUALIFIED_FINAL_B,))
    return tuple(built)


@st.composite
def events(
    draw: st.DrawFn,
    *,
    distance: int | st.SearchStrategy[int] | None = None,
    gender: str | st.SearchStrategy[str] | None = None,
    relay: bool | st.SearchStrategy[bool] | None = None,
    rounds: Sequence[RoundKind] | st.SearchStrategy[Sequence[RoundKind]] | None = None,
    field_size: int | st.SearchStrategy[int] | None = None,
    heat_size: int | st.SearchStrategy[int] | None = None,
    qualifiers: int | st.SearchStrategy[int] | None = None,
    time_qualifiers: int | st.SearchStrategy[int] | None = None,
    final_b: bool | st.SearchStrategy[bool] | None = None,
    repechage: bool | st.SearchStrategy[bool] | None = None,
    ties: bool | st.SearchStrategy[bool] | None = None,
    statuses: Collection[Note] | st.SearchStrategy[Collection[Note]] | None = None,
    standing_records: bool | st.SearchStrategy[bool] | None = None,
    games_year: int | st.SearchStrategy[int] | None = None,
    links: bool | st.SearchStrategy[bool] | None = None,
) -> Event:
    """Whole consistent events, shaped like the Games' own.

    Every parameter takes a value or a strategy; ``None`` draws it.  ``distance``
    500, 1000, 1500 or the 2000 (mixed), 3000 (women), 5000 (men) m relays;
    ``gender`` ``"men"``, ``"women"``, ``"mixed"``; ``rounds`` a sequence of
    :class:`RoundKind` ending with ``FINALS`` (drawn as the Games ran them);
    ``field_size`` and ``heat_size`` the first round's competitors and race
    size; ``qualifiers`` the places qualifying by place before the round leading
    to the finals, ``time_qualifiers`` the fastest others sent on by time (``q``);
    ``final_b``, ``repechage`` (1992–1998), ``ties``; ``statuses`` the notes of
    non-finishers (``()`` for none); ``standing_records``; ``games_year``;
    ``links``.  Each round is raced by exactly those the round before sent on;
    infobox, records and dates are derived from the results.  Contradictory
    values raise :class:`hypothesis.errors.InvalidArgument`.
    """
    options = {name: value for name, value in locals().items() if name != "draw"}
    return draw(events_of(draw_plan(draw, options)))


@st.composite
def events_of(draw: st.DrawFn, plan: Plan) -> Event:
    """The event of a drawn plan."""
    built = _rounds(draw, plan, _field(draw, plan))
    schedule = draw(schedules(plan, len(built)))
    before = draw(standing(plan)) if plan.standing_records else ()
    built, records = set_records(built, before, schedule)
    return Event(
        title=title_of(plan.year, plan.event_name),
        info=infobox(plan, built, schedule, plan.links),
        records=records,
        rounds=built,
    )


@st.composite
def races(draw: st.DrawFn, name: str = "Heat 1", team: bool = False) -> Race:
    """One race of 2 to 6 competitors with consistent results and ``Q`` on the top two."""
    size = draw(st.integers(2, 6))
    plan = draw_plan(draw, {"relay": team, "field_size": size})
    return run_race(draw, plan, name, _field(draw, plan), ((2, Note.QUALIFIED),))


def rounds() -> st.SearchStrategy[Round]:
    """Single rounds of a consistent event."""
    return events().flatmap(lambda event: st.sampled_from(event.rounds))


def event_infos() -> st.SearchStrategy[EventInfo]:
    """Infoboxes of consistent events."""
    return events().map(lambda event: event.info)
