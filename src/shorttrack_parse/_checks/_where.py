"""Locations of rows and races, for findings."""

from __future__ import annotations

from .._findings import Location
from ..model import Race, Result, Round
from ._identity import display


def at_row(round_: Round, race: Race, result: Result) -> Location:
    """The location of one row: its round, race, competitor and source line."""
    return Location(round_.name, race.name, display(result), result.line)


def at_race(round_: Round, race: Race) -> Location:
    """The location of a whole race."""
    return Location(round_.name, race.name, line=race.line)


def ordinal(number: int | None) -> str:
    """``1st``, ``2nd``, ``3rd``, ``11th``, ``22nd``; ``unplaced`` for ``None``."""
    if number is None:
        return "unplaced"
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"
