"""The Games' year, and the dates prose gives, for the checks that compare dates."""

from __future__ import annotations

from datetime import date

from .._dates import find_dates
from ..model import Event
from ._memo import per_event_and_text


def games_year(event: Event) -> int | None:
    """The year of the Games, from the infobox's games or its first date."""
    info = event.info
    return info.games_year or (info.start_date.year if info.start_date else None)


def prose_dates(event: Event, text: str) -> list[date]:
    """The dates of the Games' year that a piece of prose gives."""
    return list(_prose_dates(event, text))


@per_event_and_text  # several checks read the same prose
def _prose_dates(event: Event, text: str) -> tuple[date, ...]:
    year = games_year(event)
    return tuple(d for d in find_dates(text, year) if year is None or d.year == year)
