"""Checks of statuses: who has a place, who has a time, and what the Time column holds."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from .._findings import Location, Severity, check
from .._text import TextCache
from ..model import Event, Race, Result
from ..notes import Note, Status, parse_notes
from ..times import RaceTime
from ._facts import row_facts
from ._marks import advanced
from ._where import at_race, at_row, ordinal

Found = Iterator[tuple[Location, str]]

# Bound once: in Python 3.11 a member looked up on its class takes EnumType's slow
# attribute path, which costs as much as a call, and every row asks.
_FINISHED: Final = Status.FINISHED

_STATUS_WORDS = {
    Status.DISQUALIFIED: "disqualified",
    Status.DID_NOT_FINISH: "did not finish",
    Status.DID_NOT_START: "did not start",
}


def _has_ranks(race: Race) -> bool:
    return "rank" in race.columns or any(row.rank is not None for row in race.results)


@check("status-with-rank")
def status_with_rank(event: Event) -> Found:
    """A disqualified, DNF or DNS row has no place."""
    if not row_facts(event).placed_unfinished:
        return  # the usual event
    for round_ in event.rounds:
        for race in round_.races:
            for row in race.results:
                if row.rank is not None and row.status is not _FINISHED:
                    yield (
                        at_row(round_, race, row),
                        f"{_STATUS_WORDS[row.status]} but given {ordinal(row.rank)} place",
                    )


@check("unranked-finisher")
def unranked_finisher(event: Event) -> Found:
    """A row without a place says why: DQ, PEN, YC, DNF or DNS (or ADV)."""
    if not row_facts(event).unplaced_finisher:
        return  # the usual event
    for round_ in event.rounds:
        for race in round_.races:
            if not _has_ranks(race):
                continue
            for row in race.results:
                if row.rank is None and row.status is _FINISHED and not advanced(row):
                    yield (
                        at_row(round_, race, row),
                        ("has no place but no status (DQ, PEN, YC, DNF, DNS) says why"),
                    )


@check("missing-time")
def missing_time(event: Event) -> Found:
    """A placed finisher has a time wherever the round gives times."""
    if not row_facts(event).untimed_finisher:
        return  # the usual event
    for round_ in event.rounds:
        if not any(row.time is not None for race in round_.races for row in race.results):
            continue
        for race in round_.races:
            # ADV rows are left out: an advanced skater may not have finished.
            untimed = [
                row
                for row in race.results
                if row.rank is not None
                and row.status is _FINISHED
                and row.time is None
                and not advanced(row)
            ]
            if untimed and not any(row.time is not None for row in race.results):
                yield (
                    at_race(round_, race),
                    f"{race.name} gives no times, though the other races of {round_.name} do",
                )
                continue
            for row in untimed:
                written = _time_cell(race, row)
                message = (
                    f"{ordinal(row.rank)} place's time {written!r} is not a race time"
                    if written
                    else f"{ordinal(row.rank)} place has no time"
                )
                yield at_row(round_, race, row), f"{message}, though the round gives times"


def _time_cell(race: Race, row: Result) -> str:
    """What the row's Time column holds as written (empty when it has no such cell)."""
    for index, column in enumerate(race.columns):
        if column == "time" and index < len(row.cells) and row.cells[index].strip():
            return row.cells[index].strip()
    return ""


@TextCache  # Time cells repeat across rows and articles ("DQ", "DNF", equal times)
def _status_written(text: str) -> str | None:
    """The status note written in a cell instead of a time, if that is what it holds."""
    words = text.split()
    if not words or RaceTime.try_parse(words[0]) is not None:
        return None
    notes = parse_notes(text)
    found = [n for n in notes if isinstance(n, Note) and n.status is not None]
    return str(found[0]) if found else None


@check("status-in-time-column", Severity.WARNING)
def status_in_time_column(event: Event) -> Found:
    """The Time column holds a time; a status (DQ, DNF...) belongs in Notes."""
    for round_ in event.rounds:
        for race in round_.races:
            columns = [i for i, column in enumerate(race.columns) if column == "time"]
            for row in race.results:
                for index in columns:
                    if index >= len(row.cells):
                        continue
                    written = _status_written(row.cells[index])
                    if written is not None:
                        yield (
                            at_row(round_, race, row),
                            (
                                f"the Time column holds {written!r}, a status, not a time; "
                                "a status belongs in the Notes column"
                            ),
                        )
