"""The check for result rows that name nobody."""

from __future__ import annotations

from collections.abc import Iterator

from .._findings import Location, check
from ..model import Event, Result
from ._facts import row_facts
from ._stages import stages
from ._where import at_row, ordinal


def _unnamed(row: Result) -> bool:
    if row.name.strip() or row.link:
        return False
    return not (row.team and (row.noc or row.members or row.members_text.strip()))


@check("unnamed-row")
def unnamed_row(event: Event) -> Iterator[tuple[Location, str]]:
    """A row names nobody while the other rows of its race name their skater (or team).

    A race in which no row names anyone is left alone: the flattened form drops
    templates, and with them every name written in a flag template.
    """
    if not row_facts(event).nameless:
        return  # the usual event
    for stage in stages(event):
        for race in stage.races:
            unnamed = [row for row in race.results if _unnamed(row)]
            if not unnamed or len(unnamed) == len(race.results):
                continue
            round_ = stage.round_of(race)
            for row in unnamed:
                place = f"{ordinal(row.rank)} place" if row.rank is not None else "an unplaced row"
                what = "team" if row.team else "skater"
                yield at_row(round_, race, row), f"{place} in {race.name} names no {what}"
