"""The check for times of a minute or more written without minutes."""

from __future__ import annotations

from collections.abc import Iterator

from .._findings import Location, Severity, check
from ..model import Event
from ..times import RaceTime
from ._facts import row_facts
from ._where import at_row

_MINUTE_MS = 60_000


def _as_seconds(time: RaceTime | None) -> bool:
    return time is not None and not time.with_minutes and time.milliseconds >= _MINUTE_MS


def _message(time: RaceTime) -> str:
    written = RaceTime(time.milliseconds, time.decimals)
    return (
        f"the time {time} is written in seconds only; a time of a minute or more is "
        f"written with minutes ({written}): is it right, or mistyped?"
    )


@check("time-without-minutes", Severity.WARNING)
def time_without_minutes(event: Event) -> Iterator[tuple[Location, str]]:
    """A time of 60 s or more written without minutes (``129.249`` for ``2:09.249``)."""
    info = event.info
    if info.winning_time is not None and _as_seconds(info.winning_time):
        where = Location(line=info.line_of("win_value"), section="Infobox")
        yield where, _message(info.winning_time)
    for standing in event.records.standing:
        if standing.time is not None and _as_seconds(standing.time):
            where = Location(athlete=standing.holder, line=standing.line, section="Records")
            yield where, _message(standing.time)
    for record in event.records.new:
        if record.time is not None and _as_seconds(record.time):
            where = Location(
                race=record.race, athlete=record.holder, line=record.line, section="Records"
            )
            yield where, _message(record.time)
    if not row_facts(event).seconds_only:
        return  # the usual event: no row has such a time
    for round_ in event.rounds:
        for race in round_.races:
            for row in race.results:
                if row.time is not None and _as_seconds(row.time):
                    yield at_row(round_, race, row), _message(row.time)
