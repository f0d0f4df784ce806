"""What several checks look for in the rows, found in one pass over the event's rows.

Most events are clean: no placed row is disqualified, no placed finisher lacks a
time, every row names someone...  Each of those checks would walk every row to
find nothing.  One pass tells them all whether there is anything to look at; a
check whose fact is false has nothing to report, and one whose fact is true
walks the rows as it always did.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from ..model import Event
from ..notes import Note, Status
from ._memo import per_event

# Bound once: in Python 3.11 a member looked up on its class takes EnumType's slow
# attribute path, which costs as much as a call, and every row asks.
_FINISHED: Final = Status.FINISHED
_RECORD_NOTES: Final = frozenset({Note.OLYMPIC_RECORD, Note.WORLD_RECORD})
_QUALIFIED_BY_TIME: Final = Note.QUALIFIED_BY_TIME
_MINUTE_MS: Final = 60_000


class RowFacts(NamedTuple):
    """Whether some row of the event is of each kind the checks below look for."""

    places_not_rising: bool  # a place no worse than the one above it in its race
    times_not_rising: bool  # a placed finisher's time no slower than the one above it
    placed_unfinished: bool  # a place and a status other than finished (status-with-rank)
    unplaced_finisher: bool  # finished without a place (unranked-finisher)
    untimed_finisher: bool  # finished with a place but no time (missing-time)
    seconds_only: bool  # a time of a minute or more without minutes (time-without-minutes)
    nameless: bool  # neither a name nor a link (unnamed-row)
    record_marked: bool  # marked OR or WR (record-notes)
    time_qualified: bool  # marked q (time-qualifier)


@per_event
def row_facts(event: Event) -> RowFacts:
    """The :class:`RowFacts` of ``event``, found in one pass."""
    places_not_rising = times_not_rising = placed_unfinished = unplaced_finisher = False
    untimed_finisher = seconds_only = nameless = record_marked = time_qualified = False
    for round_ in event.rounds:
        for race in round_.races:
            last_rank = last_ms = -1  # the place and the time of the last placed finisher
            for row in race.results:
                finished = row.status is _FINISHED
                rank, time = row.rank, row.time
                if rank is None:
                    unplaced_finisher = unplaced_finisher or finished
                else:
                    places_not_rising = places_not_rising or rank <= last_rank
                    last_rank = rank
                    if not finished:
                        placed_unfinished = True
                    elif time is None:
                        untimed_finisher = True
                    else:
                        # Rising places are place order: then times must rise strictly.
                        times_not_rising = times_not_rising or time.milliseconds <= last_ms
                        last_ms = time.milliseconds
                if time is not None and time.milliseconds >= _MINUTE_MS:
                    seconds_only = seconds_only or not time.with_minutes
                if not row.name.strip() and not row.link:
                    nameless = True
                if row.notes:
                    record_marked = record_marked or not _RECORD_NOTES.isdisjoint(row.notes)
                    time_qualified = time_qualified or _QUALIFIED_BY_TIME in row.notes
    return RowFacts(
        places_not_rising,
        times_not_rising,
        placed_unfinished,
        unplaced_finisher,
        untimed_finisher,
        seconds_only,
        nameless,
        record_marked,
        time_qualified,
    )


def times_in_order(event: Event) -> bool:
    """True if in every race the placed finishers' times rise strictly with their places.

    Then no time is out of place order and no two places share a time.
    """
    facts = row_facts(event)
    return not facts.places_not_rising and not facts.times_not_rising
