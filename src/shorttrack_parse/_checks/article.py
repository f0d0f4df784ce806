"""The check for text that is not an event article at all."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from .._findings import Location, check
from ..model import Event, EventInfo

# Infobox fields that say where the infobox was, not what it says.
_SOURCE_FIELDS = frozenset({"line", "key_lines"})


def _has_infobox(info: EventInfo) -> bool:
    empty = EventInfo()
    return any(
        getattr(info, field.name) != getattr(empty, field.name)
        for field in attrs.fields(EventInfo)
        if field.name not in _SOURCE_FIELDS
    ) or bool(info.key_lines)


def is_event_article(event: Event) -> bool:
    """True if the text has any part of an event article: an infobox, records or rounds."""
    return bool(
        event.rounds or event.records.standing or event.records.new or _has_infobox(event.info)
    )


@check("not-an-event")
def not_an_event(event: Event) -> Iterator[tuple[Location, str]]:
    """The text has no infobox, no records and no rounds: it is not an event article."""
    if not is_event_article(event):
        yield (
            Location(section="Article"),
            "this is not an event article: it has no infobox, no Records section and no "
            "results tables",
        )
