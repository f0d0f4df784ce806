"""The Games' year, and the dates prose gives, for the checks that compare dates."""

from __future__ import annotations

from datetime import date

from .._dates import find_dates
from ..model import Event
from ._memo import per_event


def games_year(event: Event) -> int | None:
    """The year of the Games, from the infobox's games or its first date."""
    info = event.info
    return info.games_year or (info.start_date.year if info.start_date else None)


def prose_dates(event: Event, text: str) -> list[date]:
    """The dates of the Games' year that a piece of prose gives."""
    known = _prose_dates(event)
    found = known.get(text)
    if found is None:
        year = games_year(event)
        found = known[text] = [d for d in find_dates(text, year) if year is None or d.year == year]
    return list(found)


@per_event
def _prose_dates(event: Event) -> dict[str, list[date]]:
    """The dates found in each prose text, read once per validation (several checks ask)."""
    return {}
