"""Strategies for the small values of the model: times, names, countries, notes, rows.

Every strategy here builds only values the model's constructors accept; the
whole-event strategies in :mod:`._events` compose the building blocks.
"""

from __future__ import annotations

from typing import Final, TypeVar

from hypothesis import strategies as st

from .._ioc import all_codes, country_name
from ..model import (
    Athlete,
    Medal,
    Medalist,
    NewRecord,
    RecordKind,
    Records,
    Result,
    StandingRecord,
)
from ..notes import Note, NoteLike, Status
from ..times import RaceTime

T = TypeVar("T")

# Name parts from many skating nations, combined into a large pool of distinct names:
# drawing a field is then one unique list from the pool, which is fast and shrinks
# towards the first names of the pool.
_GIVEN: Final = (
    "Anna",
    "Marc",
    "Kim",
    "Li",
    "Yuki",
    "Elise",
    "Pieter",
    "Sofia",
    "Jens",
    "Hanna",
    "Ryan",
    "Mei",
    "Lucas",
    "Ivana",
    "Daan",
    "Kristin",
    "Paolo",
    "Olga",
    "Jun",
    "Maud",
    "Tomas",
    "Lena",
    "Arnaud",
    "Chiara",
    "Viktor",
    "Nadia",
    "Sven",
    "Aiko",
    "Dmitri",
    "Rosa",
)
_FAMILY: Final = (
    "Park",
    "Dubois",
    "Wang",
    "Sato",
    "Jansen",
    "Rossi",
    "Novak",
    "Meyer",
    "Lee",
    "Smith",
    "Kovacs",
    "Berg",
    "Tanaka",
    "Moreau",
    "Fontana",
    "Ivanova",
    "Choi",
    "Zhang",
    "Lindqvist",
    "Brown",
    "Hamelin",
    "Knegt",
    "Ahn",
    "Nagy",
    "Kowalski",
    "Petrov",
    "Girard",
    "Sorensen",
    "Huang",
    "Oliveira",
)
NAMES: Final = tuple(f"{given} {family}" for family in _FAMILY for given in _GIVEN)

# Nations that skate short track, and the historic codes used at the Games of a year.
_NATIONS: Final = (
    "CAN",
    "KOR",
    "CHN",
    "USA",
    "NED",
    "ITA",
    "JPN",
    "GBR",
    "FRA",
    "GER",
    "HUN",
    "AUS",
    "BEL",
    "POL",
    "KAZ",
    "BUL",
    "NZL",
    "SUI",
    "AUT",
    "NOR",
    "SWE",
    "LAT",
    "UKR",
    "CZE",
)
_OF_YEAR: Final = {
    1992: ("EUN",),
    2006: ("RUS",),
    2010: ("RUS",),
    2014: ("RUS",),
    2018: ("OAR",),
    2022: ("ROC",),
    2026: ("AIN",),
}


def nations_of(year: int) -> tuple[str, ...]:
    """The NOCs a field of the Games of ``year`` is drawn from."""
    return _NATIONS + _OF_YEAR.get(year, ())


def race_times(
    min_milliseconds: int = 38_000, max_milliseconds: int = 480_000
) -> st.SearchStrategy[RaceTime]:
    """Race times written with 2 or 3 decimals, with minutes from a minute on."""

    @st.composite
    def build(draw: st.DrawFn) -> RaceTime:
        decimals = draw(st.sampled_from((3, 2)))
        step = 10 ** (3 - decimals)
        low = -(-min_milliseconds // step)
        value = draw(st.integers(low, max(low, max_milliseconds // step))) * step
        return RaceTime(value, decimals)

    return build()


def nocs() -> st.SearchStrategy[str]:
    """IOC codes from the library's table, historic ones included."""
    return st.sampled_from(sorted(all_codes()))


def notes() -> st.SearchStrategy[NoteLike]:
    """Any note: a known :class:`Note`, or an unknown one kept as written."""
    unknown = st.from_regex(r"[a-z]{3,8} [a-z]{3,8}", fullmatch=True)
    return st.one_of(st.sampled_from(list(Note)), unknown)


def names() -> st.SearchStrategy[str]:
    """Plausible skaters' names."""
    return st.sampled_from(NAMES)


def statuses() -> st.SearchStrategy[Status]:
    """Any :class:`Status`."""
    return st.sampled_from(list(Status))


def link_for(name: str, disambiguate: bool = False) -> str:
    """The article title a name links to; some skaters' articles are disambiguated."""
    return f"{name} (speed skater)" if disambiguate else name


def athletes() -> st.SearchStrategy[Athlete]:
    """Athletes with a plausible name, linked or not."""

    @st.composite
    def build(draw: st.DrawFn) -> Athlete:
        name = draw(names())
        linked = draw(st.sampled_from((None, False, True)))
        return Athlete(name, None if linked is None else link_for(name, linked))

    return build()


# A note that ends a race without a place, and the status it implies.
_STOPPED: Final = (
    Note.DISQUALIFIED,
    Note.PENALTY,
    Note.YELLOW_CARD,
    Note.DID_NOT_FINISH,
    Note.DID_NOT_START,
)


def results() -> st.SearchStrategy[Result]:
    """Single result rows: a placed finisher with a time, or an unplaced row with its status."""

    @st.composite
    def build(draw: st.DrawFn) -> Result:
        name = draw(names())
        noc = draw(st.sampled_from(_NATIONS))
        if draw(st.booleans()):
            stop = draw(st.sampled_from(_STOPPED))
            status = stop.status or Status.FINISHED
            return Result(name=name, noc=noc, status=status, notes=(stop,))
        rank = draw(st.integers(1, 8))
        note: tuple[Note, ...] = draw(
            st.sampled_from(((), (Note.QUALIFIED,), (Note.QUALIFIED_BY_TIME,)))
        )
        return Result(rank=rank, name=name, noc=noc, time=draw(race_times()), notes=note)

    return build()


def medalists() -> st.SearchStrategy[Medalist]:
    """Infobox medalists: an athlete and NOC, or a relay team with its members."""

    @st.composite
    def build(draw: st.DrawFn) -> Medalist:
        medal = draw(st.sampled_from(list(Medal)))
        noc = draw(st.sampled_from(_NATIONS))
        if draw(st.booleans()):
            members = tuple(draw(st.lists(athletes(), min_size=4, max_size=5)))
            return Medalist(medal, country_name(noc) or noc, noc, members=members)
        name = draw(names())
        return Medalist(medal, name, noc, link=draw(st.none() | st.just(name)))

    return build()


def standing_records(
    kind: RecordKind | None = None, min_milliseconds: int = 38_000, max_milliseconds: int = 480_000
) -> st.SearchStrategy[StandingRecord]:
    """Records that stood before an event: holder, country, time, place and date."""

    @st.composite
    def build(draw: st.DrawFn) -> StandingRecord:
        holder = draw(names())
        year = draw(st.integers(1988, 2025))
        return StandingRecord(
            kind=draw(st.sampled_from(list(RecordKind))) if kind is None else kind,
            holder=holder,
            link=holder,
            noc=draw(st.sampled_from(_NATIONS)),
            time=draw(race_times(min_milliseconds, max_milliseconds)),
            place=draw(st.sampled_from(("Calgary, Canada", "Salt Lake City, United States"))),
            date=f"{draw(st.integers(1, 28))} {draw(st.sampled_from(_MONTHS))} {year}",
        )

    return build()


_MONTHS: Final = ("January", "February", "March", "October", "November", "December")


def new_records() -> st.SearchStrategy[NewRecord]:
    """Records set during an event, standing alone (not tied to an event's races)."""

    @st.composite
    def build(draw: st.DrawFn) -> NewRecord:
        holder = draw(names())
        kinds = draw(
            st.sampled_from(((RecordKind.OLYMPIC,), (RecordKind.OLYMPIC, RecordKind.WORLD)))
        )
        return NewRecord(
            date=f"{draw(st.integers(1, 28))} February",
            race=f"Heat {draw(st.integers(1, 8))}",
            holder=holder,
            link=holder,
            noc=draw(st.sampled_from(_NATIONS)),
            time=draw(race_times()),
            kinds=kinds,
        )

    return build()


def records() -> st.SearchStrategy[Records]:
    """A Records section: standing records and new ones, unrelated to any event's races."""
    return st.builds(
        Records,
        standing=st.lists(standing_records(), max_size=2).map(tuple),
        new=st.lists(new_records(), max_size=3).map(tuple),
    )


def resolve(
    draw: st.DrawFn, value: T | st.SearchStrategy[T] | None, default: st.SearchStrategy[T]
) -> T:
    """A parameter's value: drawn from it if it is a strategy, from ``default`` if ``None``."""
    if value is None:
        return draw(default)
    if isinstance(value, st.SearchStrategy):
        drawn: T = draw(value)
        return drawn
    return value
