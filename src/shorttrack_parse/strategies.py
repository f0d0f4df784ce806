"""Hypothesis strategies for the event model, for property-testing code that consumes it.

Install the extra (``pip install shorttrack_parse[hypothesis]``).  The strategies
build *consistent* events — ranks 1..n in time order, unranked rows only with a
non-finishing status, qualification notes on the top places, Final B ranked after
Final A, medalists and winning time taken from Final A — so consumers can rely on
what a correct article says.  They are also registered for ``st.from_type``:

>>> from hypothesis import strategies as st
>>> from shorttrack_parse import Event
>>> isinstance(st.from_type(Event).example(), Event)
True
"""

from __future__ import annotations

from typing import Final

import attrs
from hypothesis import strategies as st

from ._ioc import all_codes, country_name
from ._labels import race_name, round_name, stage_of_round
from .model import (
    Athlete,
    Event,
    EventInfo,
    Medal,
    Medalist,
    NewRecord,
    Race,
    RecordKind,
    Records,
    Result,
    Round,
    RoundKind,
)
from .notes import Note, NoteLike, Status
from .times import RaceTime

__all__ = [
    "athletes",
    "events",
    "nocs",
    "notes",
    "race_times",
    "races",
    "register",
]

_GAMES_YEARS: Final = (1992, 1994, 1998, 2002, 2006, 2010, 2014, 2018, 2022, 2026)
_BASE_TIME: Final = {500: 40_000, 1000: 83_000, 1500: 132_000, 5000: 400_000}
_ROUND_PLANS: Final = (
    (RoundKind.HEATS, RoundKind.QUARTERFINALS, RoundKind.SEMIFINALS, RoundKind.FINALS),
    (RoundKind.HEATS, RoundKind.SEMIFINALS, RoundKind.FINALS),
    (RoundKind.SEMIFINALS, RoundKind.FINALS),
)
_NOT_FINISHED: Final = (
    (Status.DISQUALIFIED, Note.DISQUALIFIED),
    (Status.DISQUALIFIED, Note.PENALTY),
    (Status.DID_NOT_FINISH, Note.DID_NOT_FINISH),
    (Status.DID_NOT_START, Note.DID_NOT_START),
)


def race_times(
    min_milliseconds: int = 38_000, max_milliseconds: int = 480_000
) -> st.SearchStrategy[RaceTime]:
    """Race times written with 2 or 3 decimals, with minutes from a minute on."""

    @st.composite
    def build(draw: st.DrawFn) -> RaceTime:
        decimals = draw(st.sampled_from((3, 3, 2)))
        step = 10 ** (3 - decimals)
        value = draw(st.integers(min_milliseconds // step, max_milliseconds // step)) * step
        return RaceTime(value, decimals)

    return build()


def nocs() -> st.SearchStrategy[str]:
    """IOC codes from the library's table, historic ones included."""
    return st.sampled_from(sorted(all_codes()))


def notes() -> st.SearchStrategy[NoteLike]:
    """Any note: a known :class:`Note`, or an unknown one kept as written."""
    unknown = st.from_regex(r"[a-z]{3,8} [a-z]{3,8}", fullmatch=True)
    return st.one_of(st.sampled_from(list(Note)), unknown)


_NAMES: Final = st.from_regex(r"[A-Z][a-z]{2,8} [A-Z][a-z]{2,10}", fullmatch=True)


def athletes() -> st.SearchStrategy[Athlete]:
    """Athletes with a plausible name, linked or not."""
    return st.builds(
        Athlete,
        name=_NAMES,
        link=st.none() | _NAMES,
    )


def _competitors(team: bool) -> st.SearchStrategy[Result]:
    """A competitor as a not-yet-raced row: an athlete, or a country's team."""
    if not team:
        return st.builds(lambda name, noc: Result(name=name, noc=noc), _NAMES, nocs())

    @st.composite
    def build(draw: st.DrawFn) -> Result:
        noc = draw(nocs())
        members = tuple(draw(st.lists(athletes(), min_size=4, max_size=5)))
        return Result(
            name=country_name(noc) or noc,
            noc=noc,
            team=True,
            members=members,
            members_text="\n".join(member.name for member in members),
        )

    return build()


def _raced(
    entry: Result, rank: int | None, time: RaceTime | None, notes: tuple[Note, ...]
) -> Result:
    status = next((n.status for n in notes if n.status is not None), Status.FINISHED)
    return attrs.evolve(entry, rank=rank, time=time, notes=notes, status=status)


@st.composite
def _race(
    draw: st.DrawFn,
    name: str,
    entries: list[Result],
    qualify: tuple[tuple[int, Note], ...],
    base: int,
    first_rank: int = 1,
) -> Race:
    """Race ``entries``: finishers ranked in time order, then at most one non-finisher.

    ``qualify`` gives, in order, how many places get which note: ``((2, Q),)``;
    times lie within five seconds above ``base`` milliseconds.
    """
    order = draw(st.permutations(entries))
    out = draw(st.integers(0, 1)) if len(order) >= 3 else 0
    finishers, others = order[: len(order) - out], order[len(order) - out :]
    times = sorted(
        draw(
            st.lists(
                race_times(base, base + 5_000),
                min_size=len(finishers),
                max_size=len(finishers),
                unique_by=lambda time: time.milliseconds,
            )
        )
    )
    notes_by_place = [(note,) for places, note in qualify for _ in range(places)]
    rows = [
        _raced(
            entry,
            first_rank + index,
            time,
            notes_by_place[index] if index < len(notes_by_place) else (),
        )
        for index, (entry, time) in enumerate(zip(finishers, times, strict=True))
    ]
    for entry in others:
        _status, note = draw(st.sampled_from(_NOT_FINISHED))
        rows.append(_raced(entry, None, None, (note,)))
    return Race(name=name, results=tuple(rows))


def _split(field: list[Result], size: int) -> list[list[Result]]:
    count = max(1, -(-len(field) // size))
    return [field[index::count] for index in range(count)]


def _qualified(race: Race, *notes: Note) -> list[Result]:
    return [
        attrs.evolve(row, rank=None, time=None, notes=(), status=Status.FINISHED)
        for row in race.results
        if any(note in row.notes for note in notes)
    ]


@st.composite
def _rounds(
    draw: st.DrawFn, plan: tuple[RoundKind, ...], field: list[Result], base: int
) -> tuple[Round, ...]:
    """Run the rounds of ``plan``: each round's field is the previous round's qualifiers."""
    built: list[Round] = []
    final_b_field: list[Result] = []
    for position, kind in enumerate(plan):
        plural, stage = round_name(kind), stage_of_round(kind) or "race"
        if kind is RoundKind.FINALS:
            final_a = draw(_race("Final A", field, (), base))
            races = [final_a]
            if len(final_b_field) >= 2:
                after = sum(1 for row in final_a.results if row.rank is not None)
                races.append(draw(_race("Final B", final_b_field, (), base, after + 1)))
            built.append(Round(name=plural, kind=kind, races=tuple(races)))
            break
        to_finals = plan[position + 1] is RoundKind.FINALS
        qualify = (
            ((2, Note.QUALIFIED_FINAL_A), (2, Note.QUALIFIED_FINAL_B))
            if to_finals
            else ((2, Note.QUALIFIED),)
        )
        races = [
            draw(_race(race_name(stage, str(number)), group, qualify, base))
            for number, group in enumerate(_split(field, 4), start=1)
        ]
        if draw(st.booleans()):
            races = _mark_extra(races, draw, to_finals)
        built.append(Round(name=plural, kind=kind, races=tuple(races)))
        first_note = qualify[0][1]
        onward = (first_note, Note.ADVANCED_FINAL_A) if to_finals else _ONWARD
        field = [row for race in races for row in _qualified(race, *onward)]
        if to_finals:
            final_b_field = [
                row for race in races for row in _qualified(race, Note.QUALIFIED_FINAL_B)
            ]
    return tuple(built)


_ONWARD: Final = (Note.QUALIFIED, Note.QUALIFIED_BY_TIME, Note.ADVANCED)


def _mark_extra(races: list[Race], draw: st.DrawFn, to_finals: bool) -> list[Race]:
    """Send on more than the top places: the fastest other finisher by time (``q``)
    before a final-less round, or a skater advanced by the referee (``ADV``)."""
    others = [
        (race, row)
        for race in races
        for row in race.results
        if row.rank is not None and row.time is not None and not row.notes
    ]
    if not others:
        return races
    if to_finals:
        race, row = draw(st.sampled_from(others))
        note = Note.ADVANCED_FINAL_A
    elif draw(st.booleans()):
        race, row = min(others, key=lambda pair: pair[1].time or RaceTime(0))
        note = Note.QUALIFIED_BY_TIME
    else:
        race, row = draw(st.sampled_from(others))
        note = Note.ADVANCED
    marked = attrs.evolve(row, notes=(note,))
    return [
        attrs.evolve(r, results=tuple(marked if x is row else x for x in r.results))
        if r is race
        else r
        for r in races
    ]


@st.composite
def races(draw: st.DrawFn, name: str = "Heat 1", team: bool = False) -> Race:
    """One race of 2 to 6 competitors with consistent results and ``Q`` on the top two."""
    entries = draw(st.lists(_competitors(team), min_size=2, max_size=6, unique_by=_identity))
    base = draw(st.integers(40_000, 420_000))
    return draw(_race(name, entries, ((2, Note.QUALIFIED),), base))


def _identity(row: Result) -> str:
    return row.noc or "" if row.team else row.name


@st.composite
def events(draw: st.DrawFn, relay: bool | None = None) -> Event:
    """A whole consistent event: infobox, a new record, and rounds in which exactly
    the qualified skaters (or teams) of each round race the next — by place (Q,
    QA, QB), by time (q) or advanced by the referee (ADV, ADVA)."""
    team = draw(st.booleans()) if relay is None else relay
    plan = draw(st.sampled_from(_ROUND_PLANS[1:] if team else _ROUND_PLANS))
    first_round_races = {4: 8, 3: 4, 2: 2}[len(plan)]
    size = first_round_races * 4 - draw(st.integers(0, 2))
    field = draw(st.lists(_competitors(team), min_size=size, max_size=size, unique_by=_identity))
    distance = 5000 if team else draw(st.sampled_from((500, 1000, 1500)))
    built = draw(_rounds(plan, field, _BASE_TIME[distance]))
    built, record = _with_record(built)
    final_a = built[-1].races[0].results
    year = draw(st.sampled_from(_GAMES_YEARS))
    event_name = "Men's 5000 metre relay" if team else f"Men's {distance} metres"
    medalists = tuple(
        Medalist(medal, row.name, row.noc, members=row.members)
        for medal, row in zip(Medal, final_a, strict=False)
        if row.rank is not None
    )
    first = [row for race in built[0].races for row in race.results]
    info = EventInfo(
        event=event_name,
        games=f"{year} Winter",
        games_year=year,
        games_season="Winter",
        venue=draw(_NAMES),
        competitors=None if team else len(first),
        teams=len(first) if team else None,
        nations=len({row.noc for row in first}),
        medalists=medalists,
        winning_time=final_a[0].time,
    )
    title = f"Short-track speed skating at the {year} Winter Olympics – {event_name}"
    return Event(title=title, info=info, records=Records(new=(record,)), rounds=built)


def _with_record(built: tuple[Round, ...]) -> tuple[tuple[Round, ...], NewRecord]:
    """Mark the event's fastest time as a new Olympic record, in its race and the records."""
    fastest_race, fastest = min(
        (
            (race, row)
            for round_ in built
            for race in round_.races
            for row in race.results
            if row.time is not None
        ),
        key=lambda pair: pair[1].time or RaceTime(0),
    )
    marked = attrs.evolve(fastest, notes=(*fastest.notes, Note.OLYMPIC_RECORD))
    rounds_ = tuple(
        attrs.evolve(
            round_,
            races=tuple(
                attrs.evolve(
                    race, results=tuple(marked if row is fastest else row for row in race.results)
                )
                if race is fastest_race
                else race
                for race in round_.races
            ),
        )
        for round_ in built
    )
    record = NewRecord(
        race=fastest_race.name,
        holder=fastest.name,
        noc=fastest.noc,
        time=fastest.time,
        kinds=(RecordKind.OLYMPIC,),
    )
    return rounds_, record


def register() -> None:
    """Register the strategies for ``st.from_type``.

    Hypothesis does this by itself through the ``hypothesis`` entry point, so this
    is only needed where entry points are disabled.
    """
    st.register_type_strategy(RaceTime, race_times())
    st.register_type_strategy(Athlete, athletes())
    st.register_type_strategy(Race, races())
    st.register_type_strategy(Event, events())
