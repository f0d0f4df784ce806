"""Checks within one race: places, times and competitors agree with one another."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from .._findings import Location, Severity, check
from ..model import Event, Race, Result
from ..times import RaceTime
from ._extent import extent
from ._facts import times_in_order
from ._identity import display, fold, identities
from ._marks import placed, race_timed
from ._stages import Stage, final_letter, final_races, stages
from ._where import at_row, ordinal

Found = Iterator[tuple[Location, str]]


def _starts(event: Event, stage: Stage, race: Race) -> tuple[frozenset[int], str] | None:
    """The ranks a race may start at, and why; ``None`` when that cannot be known."""
    letter = final_letter(race, stage)
    if letter is None or letter == "A":
        return frozenset({1}), ""
    finals = final_races(event)
    earlier = [chr(code) for code in range(ord("A"), ord(letter))]
    if any(e not in finals for e in earlier):
        return None
    known = extent(event)
    if any(known.partial(finals[e][0]) for e in earlier):
        return None
    placed = sum(1 for e in earlier for row in finals[e][1].results if row.rank is not None)
    before = " and ".join(f"Final {e}" for e in earlier)
    return frozenset({1, placed + 1}), f" ({before} placed {placed})"


def _differ(first: RaceTime | None, second: RaceTime | None) -> bool:
    """True if both times are known and differ."""
    return first is not None and second is not None and first.milliseconds != second.milliseconds


def _sequence(
    ranked: list[tuple[int, Result]], starts: tuple[frozenset[int], str] | None
) -> Iterator[tuple[Result, str]]:
    """What is wrong with the places of one race, row by row."""
    first_rank, first = ranked[0]
    if starts is not None and first_rank not in starts[0]:
        expected = " or ".join(str(s) for s in sorted(starts[0]))
        yield first, f"places start at {first_rank}; expected {expected}{starts[1]}"
    expected_rank = first_rank + 1
    bad_tie = False
    for (previous_rank, previous), (rank, row) in itertools.pairwise(ranked):
        if rank == previous_rank:
            if _differ(previous.time, row.time):
                bad_tie = True
                yield (
                    row,
                    (
                        f"{ordinal(rank)} place is given twice, to {display(previous)} "
                        f"({previous.time}) and {display(row)} ({row.time}), whose times differ"
                    ),
                )
            expected_rank += 1
            continue
        if rank > expected_rank:
            missing = (
                f"{ordinal(expected_rank)} place is"
                if rank == expected_rank + 1
                else f"places {expected_rank}–{rank - 1} are"
            )
            yield row, f"{missing} missing: {ordinal(previous_rank)} is followed by {ordinal(rank)}"
        elif rank < expected_rank and not bad_tie:
            # A tie that was itself reported is not held against the place after it.
            yield (
                row,
                (
                    f"after the tie for {ordinal(previous_rank)} place the next place is "
                    f"{ordinal(expected_rank)}, not {ordinal(rank)}"
                ),
            )
        bad_tie = False
        expected_rank = rank + 1


@check("rank-sequence")
def rank_sequence(event: Event) -> Found:
    """Places run 1..n without gaps or repeats (ties need equal times); Final B goes on from A."""
    for stage in stages(event):
        for race in stage.races:
            ranks = [row.rank for row in race.results if row.rank is not None]
            if ranks == list(range(1, len(ranks) + 1)):
                continue  # 1, 2, 3 ... is right wherever a race starts: 1 is always allowed
            ranked = placed(race.results)
            if ranked:
                round_ = stage.round_of(race)
                for row, message in _sequence(ranked, _starts(event, stage, race)):
                    yield at_row(round_, race, row), message


def _out_of_order(times: list[int]) -> set[int]:
    """Indexes of the times outside the longest non-decreasing run.

    Of several longest runs, the one that leaves out the times farthest from the
    median is kept, so a single mistyped time is the one blamed.
    """
    in_order = sorted(times)
    if times == in_order:
        return set()  # the usual race: the whole run is in order
    median = in_order[len(times) // 2]
    deviation = [abs(time - median) for time in times]
    # best[i]: (length, minus the deviation kept) of the best run ending at i.
    best: list[tuple[int, int]] = []
    parent: list[int | None] = []
    for i, time in enumerate(times):
        choice: tuple[tuple[int, int], int | None] = ((1, -deviation[i]), None)
        for j in range(i):
            if times[j] <= time:
                candidate = (best[j][0] + 1, best[j][1] - deviation[i])
                if candidate > choice[0]:
                    choice = (candidate, j)
        best.append(choice[0])
        parent.append(choice[1])
    end: int | None = max(range(len(times)), key=lambda i: (best[i], -i))
    in_run: set[int] = set()
    while end is not None:
        in_run.add(end)
        end = parent[end]
    return set(range(len(times))) - in_run


@check("rank-time-order")
def rank_time_order(event: Event) -> Found:
    """A better place never has a slower time (equal times are allowed)."""
    if times_in_order(event):
        return  # the usual event
    for stage in stages(event):
        for race in stage.races:
            rows = race_timed(race)
            if len(rows) < 2:
                continue
            round_ = stage.round_of(race)
            for index in sorted(_out_of_order([ms for _, ms, _ in rows])):
                rank, ms, row = rows[index]
                later = next((r for r in rows[index + 1 :] if r[1] < ms), None)
                if later is not None:
                    message = (
                        f"{ordinal(rank)} place has time {row.time}, slower than "
                        f"{ordinal(later[0])} place's {later[2].time}"
                    )
                else:
                    earlier = next(r for r in reversed(rows[:index]) if r[1] > ms)
                    message = (
                        f"{ordinal(rank)} place has time {row.time}, faster than "
                        f"{ordinal(earlier[0])} place's {earlier[2].time}"
                    )
                yield at_row(round_, race, row), message


@check("duplicate-time", Severity.WARNING)
def duplicate_time(event: Event) -> Found:
    """Two different places with exactly the same time: is one of them copied?"""
    if times_in_order(event):
        return  # the usual event
    for stage in stages(event):
        for race in stage.races:
            seen: dict[int, tuple[int, Result]] = {}
            for rank, ms, row in race_timed(race):
                other_rank, other = seen.setdefault(ms, (rank, row))
                if other_rank != rank:
                    yield (
                        at_row(stage.round_of(race), race, row),
                        f"{ordinal(rank)} place has exactly the time of {ordinal(other_rank)} "
                        f"place {display(other)}, {row.time}, without a tie; "
                        "is one of them copied?",
                    )


def _all_distinct(keys: tuple[str | None, ...]) -> bool:
    """True if every row names someone, each a different competitor: nobody is listed twice."""
    return None not in keys and len(set(keys)) == len(keys)


@check("duplicate-competitor")
def duplicate_competitor(event: Event) -> Found:
    """Nobody is listed twice in one race."""
    ids = identities(event)
    for stage in stages(event):
        for race in stage.races:
            if _all_distinct(ids.keys_in(race)):
                continue  # the usual race
            seen: dict[str, Result] = {}
            for row, key in zip(race.results, ids.keys_in(race), strict=True):
                if key is None and row.members_text.strip():
                    key = "members:" + fold(row.members_text)
                if key is None:
                    continue
                other = seen.setdefault(key, row)
                if other is not row:
                    line = f" (also on line {other.line})" if other.line is not None else ""
                    yield (
                        at_row(stage.round_of(race), race, row),
                        f"{display(row)} is listed twice in {race.name}{line}",
                    )
