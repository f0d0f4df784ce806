"""The one check for an article that stops early."""

from __future__ import annotations

from collections.abc import Iterator

from .._findings import Location, Severity, check
from ..model import Event
from ._extent import extent
from .article import is_event_article


@check("incomplete", Severity.WARNING)
def incomplete(event: Event) -> Iterator[tuple[Location, str]]:
    """The article stops early: an empty race, no Final A, or a last race missing rows."""
    if not is_event_article(event):
        return  # not-an-event says it more clearly
    found = extent(event)
    if found.reason is not None:
        yield found.location, found.reason
