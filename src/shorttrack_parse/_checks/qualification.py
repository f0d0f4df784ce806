"""Checks of qualification notes: who goes on, by place, by time or by the referee."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Final, NamedTuple

import attrs

from .._findings import Location, check
from ..model import Event, Race, Result
from ..notes import Note, Status
from ._extent import extent
from ._facts import row_facts
from ._identity import display
from ._marks import (
    BY_PLACE,
    MARKS,
    advanced,
    by_place,
    by_time,
    destination,
    finisher,
    placed,
    qualifying,
    race_timed,
    sends_on,
)
from ._memo import per_event
from ._stages import Stage, is_final, stages
from ._where import at_race, at_row, ordinal

Found = Iterator[tuple[Location, str]]

# Bound once: in Python 3.11 a member looked up on its class takes EnumType's slow
# attribute path, which costs as much as a call, and every row asks.
_QUALIFIED_FINAL_B: Final = Note.QUALIFIED_FINAL_B
_FINISHED: Final = Status.FINISHED


class _Tally(NamedTuple):  # a tuple: built for every race, and attrs' frozen init costs more
    """A race's rows counted once: qualified by place at each level, advanced, finishers."""

    by_place: dict[int, int]
    advanced: int
    finishers: int
    final_b: bool  # some row is QB

    def taken(self, level: int) -> int:
        """Rows sent on by place at ``level`` or advanced by the referee."""
        return self.by_place[level] + self.advanced


def _tally(race: Race) -> _Tally:
    counts = dict.fromkeys(BY_PLACE, 0)
    advanced_rows = finishers = 0
    final_b = False
    for row in race.results:
        finishers += row.rank is not None and row.status is _FINISHED  # finisher(row)
        if not row.notes:
            continue  # most rows: nothing to count but the finish
        marks = MARKS[row.notes]
        for level in counts:
            counts[level] += marks.by_place[level]
        advanced_rows += marks.advanced
        final_b = final_b or _QUALIFIED_FINAL_B in row.notes
    return _Tally(counts, advanced_rows, finishers, final_b)


@attrs.frozen
class _Leading:
    """A stage that leads somewhere: the races whose notes are fully present, and their quotas."""

    stage: Stage
    races: tuple[Race, ...]
    levels: tuple[int, ...]
    quotas: dict[int, int | None]  # by level
    tallies: dict[int, _Tally]  # by id(race), the stage holding the races


@per_event
def _qualifying_stages(event: Event) -> tuple[_Leading, ...]:
    """Stages that lead somewhere, worked out once for the checks below."""
    known = extent(event)
    found = []
    for stage in stages(event):
        races = tuple(r for r in stage.races if r.results and not is_final(r, stage))
        if not stage.known or not races:
            continue
        if known.partial(stage) and races[-1] is stage.races[-1]:
            races = races[:-1]  # the article may stop inside this race
        tallies = [_tally(race) for race in races]
        # Level 1 (Q/QA) always; level 2 (QA and QB) when some row is QB.
        levels = (1, 2) if any(tally.final_b for tally in tallies) else (1,)
        quotas = {n: quota(tallies, n) for n in levels}
        by_race = {id(race): tally for race, tally in zip(races, tallies, strict=True)}
        found.append(_Leading(stage, races, levels, quotas, by_race))
    return tuple(found)


def quota(tallies: list[_Tally], level: int) -> int | None:
    """How many a race of the stage qualifies by place: the most common count (ties: more).

    Races that qualify nobody are left out: they are short of finishers or short
    of notes, which is what the count check is there to tell.  When every race
    sent on all its finishers (by place or advanced), the races with fewer
    finishers only show that they had too few: the quota is the largest count.
    """
    counted = [tally for tally in tallies if tally.by_place[level]]
    if not counted:
        return None
    if all(tally.taken(level) >= tally.finishers for tally in counted):
        return max(tally.by_place[level] for tally in counted)
    counts = Counter(tally.by_place[level] for tally in counted)
    return max(counts, key=lambda count: (counts[count], count))


def _label(races: tuple[Race, ...], level: int) -> str:
    if level == 2:
        return "QA/QB"
    rows = [row for race in races for row in race.results]
    final_a = any(Note.QUALIFIED_FINAL_A in row.notes for row in rows)
    return "QA" if final_a and not any(Note.QUALIFIED in row.notes for row in rows) else "Q"


@check("qualification-in-final")
def qualification_in_final(event: Event) -> Found:
    """Q, q, QA, QB and ADV only in rounds that lead somewhere, never in a final."""
    for stage in stages(event):
        for race in stage.races:
            if not is_final(race, stage):
                continue
            for row in race.results:
                if sends_on(row):
                    yield (
                        at_row(stage.round_of(race), race, row),
                        (
                            f"marked {qualifying(row)} in {race.name}, a final, "
                            "from which nobody qualifies"
                        ),
                    )


def _short(race: Race, tally: _Tally, level: int, expected: int) -> bool:
    """True if the race's count is explained by ADV places or too few finishers."""
    taken = tally.by_place[level] + sum(
        1 for row in race.results if advanced(row) and row.rank is not None and row.rank <= expected
    )
    return taken >= expected or tally.finishers <= taken


@check("qualifier-count")
def qualifier_count(event: Event) -> Found:
    """Every race of a round qualifies the same number by place, unless short of finishers."""
    for leading in _qualifying_stages(event):
        stage, races = leading.stage, leading.races
        reported: set[int] = set()
        for level in leading.levels:
            expected = leading.quotas[level]
            if expected is None:
                continue
            for race in races:
                tally = leading.tallies[id(race)]
                count = tally.by_place[level]
                if id(race) in reported or count == expected:
                    continue
                if count < expected and _short(race, tally, level, expected):
                    continue
                reported.add(id(race))
                yield (
                    at_race(stage.round_of(race), race),
                    (
                        f"{race.name} qualifies {count} by place ({_label(races, level)}); "
                        f"the other races of {stage.name} qualify {expected}"
                    ),
                )


def _out_of_place(race: Race, levels: tuple[int, ...]) -> Iterator[tuple[Result, str]]:
    """Finishers without a by-place note above one who has it."""
    ranked = placed(r for r in race.results if finisher(r))
    # The worst place that qualified by place at each level (0 if none did).
    zones = {
        level: max((rank for rank, row in ranked if by_place(row, level)), default=0)
        for level in levels
    }
    for rank, row in ranked:
        if advanced(row):
            continue  # ADV on a qualifying place is advanced-by-place's business
        for level in levels:
            if rank < zones[level] and not by_place(row, level):
                worse = next(r for p, r in ranked if p == zones[level] and by_place(r, level))
                yield (
                    row,
                    (
                        f"{ordinal(rank)} place has {qualifying(row) or 'no qualifying note'}, but "
                        f"{ordinal(zones[level])} place {display(worse)} qualified by place "
                        f"({qualifying(worse)})"
                    ),
                )
                break


@check("qualifier-places")
def qualifier_places(event: Event) -> Found:
    """The by-place qualifiers (Q, QA, then QB) are exactly the top places."""
    for leading in _qualifying_stages(event):
        for race in leading.races:
            if all(_on_top(race, level) for level in leading.levels):
                continue  # the usual race, with nothing to report
            for row, message in _out_of_place(race, leading.levels):
                yield at_row(leading.stage.round_of(race), race, row), message


def _on_top(race: Race, level: int) -> bool:
    """True if no finisher without a by-place note (nor ADV) is placed above one who has it.

    What :func:`_out_of_place` looks for, in one pass and without sorting.
    """
    zone, unqualified = 0, None
    for row in race.results:
        rank = row.rank
        if rank is None or row.status is not _FINISHED:  # not a finisher
            continue
        marks = MARKS[row.notes]
        if marks.by_place[level]:
            zone = max(zone, rank)
        elif not marks.advanced and (unqualified is None or rank < unqualified):
            unqualified = rank
    return unqualified is None or unqualified >= zone


@check("advanced-by-place")
def advanced_by_place(event: Event) -> Found:
    """ADV goes to a skater whose place was not enough to qualify."""
    for leading in _qualifying_stages(event):
        stage, quotas = leading.stage, leading.quotas
        for race in leading.races:
            if not leading.tallies[id(race)].advanced:
                continue  # nobody advanced by the referee here
            for row in race.results:
                if not advanced(row):
                    continue
                location = at_row(stage.round_of(race), race, row)
                if by_place(row, 2):
                    yield (
                        location,
                        f"marked both {qualifying(row)}: advanced and qualified by place",
                    )
                    continue
                level = 2 if destination(row) == "B" else 1
                enough = quotas.get(level)
                if row.rank is not None and enough is not None and row.rank <= enough:
                    yield (
                        location,
                        (
                            f"marked {qualifying(row)} (advanced by the referee), but "
                            f"{ordinal(row.rank)} place qualifies by place: the first {enough} "
                            f"of each race of {stage.name} do"
                        ),
                    )


@check("time-qualifier")
def time_qualifier(event: Event) -> Found:
    """``q`` goes to the fastest finishers who did not qualify by place."""
    if not row_facts(event).time_qualified:
        return  # nobody qualified by time
    for leading in _qualifying_stages(event):
        stage = leading.stage
        rows = [(race, *entry) for race in leading.races for entry in race_timed(race)]
        by_times = [(race, rank, ms, row) for race, rank, ms, row in rows if by_time(row)]
        if not by_times:
            continue  # no timed finisher of the round qualified by time
        slowest = max(q[2] for q in by_times)
        for race, rank, ms, row in rows:
            if ms >= slowest or sends_on(row):
                continue  # no q is slower, or the row went on
            # A q for a place (say the fastest 3rd places) is owed to that place or better.
            slower = [q for q in by_times if q[1] >= rank and q[2] > ms]
            if not slower:
                continue
            q_race, q_rank, _, q_row = max(slower, key=lambda q: q[2])
            yield (
                at_row(stage.round_of(race), race, row),
                f"{ordinal(rank)} place in {row.time} did not qualify, but {display(q_row)} "
                f"({ordinal(q_rank)} in {q_race.name}) qualified by time (q) in a slower "
                f"{q_row.time}",
            )
