"""What an article derives from its results: the records set, the infobox, the dates."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

import attrs
from hypothesis import strategies as st

from ..model import (
    EventInfo,
    Medal,
    Medalist,
    NewRecord,
    Race,
    RecordKind,
    Records,
    Result,
    Round,
    StandingRecord,
)
from ..notes import Note, Status
from ..times import RaceTime
from ._plan import Plan, held_in
from ._values import NAMES, nations_of

_RECORD_NOTE: Final = {RecordKind.OLYMPIC: Note.OLYMPIC_RECORD, RecordKind.WORLD: Note.WORLD_RECORD}
_VENUES: Final = {
    1992: "Halle de glace Olympique",
    1994: "Hamar Olympic Amphitheatre",
    1998: "White Ring",
    2002: "Salt Lake Ice Center",
    2006: "Palavela",
    2010: "Pacific Coliseum",
    2014: "Iceberg Skating Palace",
    2018: "Gangneung Ice Arena",
    2022: "Capital Indoor Stadium",
    2026: "Milano Ice Skating Arena",
}
_RECORD_PLACES: Final = ("Calgary, Canada", "Salt Lake City, United States", "Shanghai, China")


def title_of(year: int, event_name: str) -> str:
    """The article title of an event."""
    return f"Short-track speed skating at the {year} Winter Olympics – {event_name}"


@attrs.frozen
class Schedule:
    """The event's days: round ``i`` is skated on ``days[i]``."""

    days: tuple[date, ...]

    @property
    def text(self) -> str:
        """``13–16 February 2002`` or ``20 February 2002``, as infoboxes write it."""
        first, last = self.days[0], self.days[-1]
        if first == last:
            return f"{first.day} {first:%B} {first.year}"
        return f"{first.day}–{last.day} {last:%B} {last.year}"


@st.composite
def schedules(draw: st.DrawFn, plan: Plan, rounds: int) -> Schedule:
    """Days in February for each round, the first round alone on the first day."""
    start = date(plan.year, 2, draw(st.integers(7, 20)))
    span = draw(st.integers(0, min(rounds - 1, 3)))
    return Schedule(tuple(start + timedelta(days=min(i, span)) for i in range(rounds)))


@st.composite
def standing(draw: st.DrawFn, plan: Plan) -> tuple[StandingRecord, ...]:
    """A world and an Olympic record that stood before the event, near its pace."""
    step = plan.step
    olympic = plan.base_ms + draw(st.integers(0, 3_000 // step)) * step
    world = olympic - draw(st.integers(0, 2_000 // step)) * step
    held = held_in(plan.gender, plan.distance)
    earlier = [year for year in held if year < plan.year]
    found = []
    for kind, ms, year in (
        (RecordKind.WORLD, world, plan.year - 1),
        (RecordKind.OLYMPIC, olympic, earlier[-1] if earlier else plan.year - 1),
    ):
        holder = draw(st.sampled_from(NAMES))
        found.append(
            StandingRecord(
                kind=kind,
                holder=holder,
                link=holder if plan.links else None,
                noc=draw(st.sampled_from(nations_of(plan.year))),
                time=RaceTime(ms, plan.decimals),
                place=draw(st.sampled_from(_RECORD_PLACES)),
                date=f"{draw(st.integers(1, 28))} February {year}",
            )
        )
    return tuple(found)


def _best(records: tuple[StandingRecord, ...], kind: RecordKind) -> int | None:
    times = [r.time.milliseconds for r in records if r.kind is kind and r.time is not None]
    return min(times, default=None)


def _fastest(race: Race) -> Result | None:
    finishers = [r for r in race.results if r.time is not None and r.status is Status.FINISHED]
    return min(finishers, key=lambda r: r.time.milliseconds if r.time else 0, default=None)


def set_records(
    rounds: tuple[Round, ...], before: tuple[StandingRecord, ...], schedule: Schedule
) -> tuple[tuple[Round, ...], Records]:
    """Follow the races in running order and list every time that beat the record of the
    moment, marking its row OR (WR when it beat the world record too).

    Without standing records only the event's fastest time is a new Olympic record.
    """
    best = {kind: _best(before, kind) for kind in RecordKind}
    if best[RecordKind.OLYMPIC] is None:
        every = [
            (race, row) for round_ in rounds for race in round_.races if (row := _fastest(race))
        ]
        if not every:
            return rounds, Records(standing=before)
        fastest = min(every, key=lambda pair: pair[1].time.milliseconds if pair[1].time else 0)
        best[RecordKind.OLYMPIC] = (fastest[1].time.milliseconds if fastest[1].time else 0) + 1
    new: list[NewRecord] = []
    out_rounds: list[Round] = []
    for index, round_ in enumerate(rounds):
        out_races: list[Race] = []
        for race in round_.races:
            row = _fastest(race)
            olympic = best[RecordKind.OLYMPIC]
            if (
                row is None
                or row.time is None
                or olympic is None
                or row.time.milliseconds >= olympic
            ):
                out_races.append(race)
                continue
            ms = row.time.milliseconds
            world = best[RecordKind.WORLD]
            kinds: tuple[RecordKind, ...] = (RecordKind.OLYMPIC,)
            if world is not None and ms < world:
                kinds = (RecordKind.OLYMPIC, RecordKind.WORLD)
            for kind in kinds:
                best[kind] = ms
            marked = attrs.evolve(row, notes=(*row.notes, _RECORD_NOTE[kinds[-1]]))
            out_races.append(
                attrs.evolve(race, results=tuple(marked if r is row else r for r in race.results))
            )
            day = schedule.days[index]
            new.append(
                NewRecord(
                    date=f"{day.day} {day:%B}",
                    race=race.name,
                    holder=row.name,
                    link=row.link,
                    noc=row.noc,
                    time=row.time,
                    kinds=kinds,
                )
            )
        out_rounds.append(attrs.evolve(round_, races=tuple(out_races)))
    return tuple(out_rounds), Records(standing=before, new=tuple(new))


def infobox(
    plan: Plan, rounds: tuple[Round, ...], schedule: Schedule, venue_link: bool
) -> EventInfo:
    """The infobox an article with these results has."""
    final_a = rounds[-1].races[0].results
    placed = [row for row in final_a if row.rank is not None]
    medalists = tuple(
        Medalist(medal, row.name, row.noc, link=row.link, members=row.members)
        for medal, row in zip(Medal, placed, strict=False)
    )
    first = [row for race in rounds[0].races for row in race.results]
    held = held_in(plan.gender, plan.distance)
    at = held.index(plan.year)
    previous = held[at - 1] if at > 0 else None
    following = held[at + 1] if at + 1 < len(held) else None
    winner = placed[0] if placed else None
    venue = _VENUES[plan.year]
    return EventInfo(
        event=plan.event_name,
        games=f"{plan.year} Winter",
        games_year=plan.year,
        games_season="Winter",
        venue=venue,
        venue_link=venue if venue_link else None,
        dates=schedule.text,
        start_date=schedule.days[0],
        end_date=schedule.days[-1],
        competitors=sum(len(row.members) for row in first) if plan.relay else len(first),
        teams=len(first) if plan.relay else None,
        nations=len({row.noc for row in first}),
        winning_time=winner.time if winner else None,
        winning_notes=tuple(n for n in winner.notes if isinstance(n, Note) and n.is_record)
        if winner
        else (),
        medalists=medalists,
        previous=None if previous is None else str(previous),
        previous_link=_other_games(plan, previous, venue_link),
        next=None if following is None else str(following),
        next_link=_other_games(plan, following, venue_link),
    )


def _other_games(plan: Plan, year: int | None, linked: bool) -> str | None:
    return title_of(year, plan.event_name) if linked and year is not None else None
