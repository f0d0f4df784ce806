"""The check for a skater whose country changes from one round to the next."""

from __future__ import annotations

from collections.abc import Iterator

from .._findings import Location, check
from ..model import Athlete, Event, Race, Result
from ._identity import display, fold, identities
from ._where import at_row

Seen = tuple[str, Race, Result]  # NOC, race and row where a skater was first seen


def _skaters(key: str | None, row: Result) -> list[tuple[str, Athlete | None]]:
    """(identity, member) of each skater a row (of identity ``key``) is about.

    The athlete (no member), or a team's members.
    """
    if row.team:
        return [("member:" + fold(m.name), m) for m in row.members if m.name.strip()]
    return [(key, None)] if key is not None else []


@check("country-change")
def country_change(event: Event) -> Iterator[tuple[Location, str]]:
    """A skater (or a relay team's member) skates for one country throughout the event."""
    ids = identities(event)
    if ids.one_country_each:
        return  # the usual event
    first: dict[str, Seen] = {}
    rows = (
        (round_, race, row, row_key)
        for round_ in event.rounds
        for race in round_.races
        for row, row_key in zip(race.results, ids.keys_in(race), strict=True)
    )
    for round_, race, row, row_key in rows:
        if row.noc is None:
            continue
        for key, member in _skaters(row_key, row):
            noc, earlier_race, earlier = first.setdefault(key, (row.noc, race, row))
            if noc != row.noc:
                line = f", line {earlier.line}" if earlier.line is not None else ""
                who = display(row) if member is None else f"{member.name} (of {display(row)})"
                yield (
                    at_row(round_, race, row),
                    f"{who} skates for {row.noc} here, but for {noc} in {earlier_race.name}{line}",
                )
                break
