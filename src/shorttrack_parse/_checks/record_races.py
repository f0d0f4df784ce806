"""The check for a record in a race of a round that the article shows was never cut off."""

from __future__ import annotations

from collections.abc import Iterator

from .._findings import Location, check
from .._labels import race_key
from ..model import Event
from ._extent import extent
from ._stages import comes_before, stages
from .records import _named


@check("record-race-missing")
def record_race_missing(event: Event) -> Iterator[tuple[Location, str]]:
    """A new record names a race the article lacks, though its round cannot have been cut off.

    Articles are cut short at the end.  So a race is missing for good when its
    round is in the article up to where the article stops, or when a later round
    is there.  (In a complete article, ``record-not-in-race`` reports it.)
    """
    known = extent(event)
    if known.complete:
        return
    all_stages = [stage for stage in stages(event) if stage.known]
    for record in event.records.new:
        key = race_key(record.race or "")
        kind = key.round_kind if key is not None and key.id is not None else None
        if kind is None or _named(event, record.race or ""):
            continue
        same = [stage for stage in all_stages if stage.kind is kind]
        later = [stage for stage in all_stages if comes_before(kind, stage.kind)]
        if same and all(known.partial(stage) for stage in same):
            continue
        if same:
            why = f"{same[0].name} is in the article in full"
        elif later:
            why = (
                f"the article has {later[0].name}, a later round, and articles stop only at the end"
            )
        else:
            continue
        yield (
            Location(race=record.race, athlete=record.holder, line=record.line, section="Records"),
            f"the Records table names {record.race}, which the article does not have; "
            f"it cannot have been cut off: {why}",
        )
