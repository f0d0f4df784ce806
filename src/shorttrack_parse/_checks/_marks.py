"""What a row's notes say about qualification: by place, by time, or advanced."""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter
from typing import Final, NamedTuple

from .._text import CACHE_SIZE
from ..model import Race, Result
from ..notes import Note, NoteLike, Status
from ._memo import per_object

# Level 1 qualifies by place for the next round (or Final A); level 2 adds Final B.
BY_PLACE: Final = {
    1: frozenset({Note.QUALIFIED, Note.QUALIFIED_FINAL_A}),
    2: frozenset({Note.QUALIFIED, Note.QUALIFIED_FINAL_A, Note.QUALIFIED_FINAL_B}),
}
LETTERED: Final = frozenset(
    {Note.QUALIFIED_FINAL_A, Note.QUALIFIED_FINAL_B, Note.ADVANCED_FINAL_A, Note.ADVANCED_FINAL_B}
)
FINAL_B: Final = frozenset({Note.QUALIFIED_FINAL_B, Note.ADVANCED_FINAL_B})
ADVANCING: Final = frozenset(note for note in Note if note.advanced)
QUALIFYING: Final = frozenset(note for note in Note if note.qualifies)

# Bound once: in Python 3.11 a member looked up on its class takes EnumType's slow
# attribute path, which costs as much as a call, and every row asks.
_FINISHED: Final = Status.FINISHED
_QUALIFIED_BY_TIME: Final = Note.QUALIFIED_BY_TIME


def has_any(result: Result, notes: frozenset[Note]) -> bool:
    """True if the row carries one of ``notes`` (unrecognised notes, strings, never match)."""
    return not notes.isdisjoint(result.notes)


class Marks(NamedTuple):
    """What a row's notes say about qualification: :func:`by_place` and the rest in one."""

    by_place: tuple[bool, bool, bool]  # by level (1: Q/QA, 2: Q/QA/QB); index 0 unused
    advanced: bool
    sends_on: bool
    by_time: bool
    destination: str | None  # :func:`destination`


def _read_marks(notes: tuple[NoteLike, ...]) -> Marks:
    return Marks(
        (False, not BY_PLACE[1].isdisjoint(notes), not BY_PLACE[2].isdisjoint(notes)),
        advanced=not ADVANCING.isdisjoint(notes),
        sends_on=not QUALIFYING.isdisjoint(notes),
        by_time=_QUALIFIED_BY_TIME in notes,
        destination=_destination(notes),
    )


class _MarksOfNotes(dict[tuple[NoteLike, ...], Marks]):
    """``MARKS[row.notes]``: a dict lookup (no Python call) for notes seen before.

    Rows repeat a handful of notes ("Q", "QA", none), so the rows that loop over
    every row read their marks here instead of asking :func:`by_place` and the rest.
    """

    def __missing__(self, notes: tuple[NoteLike, ...]) -> Marks:
        if len(self) >= CACHE_SIZE:
            self.clear()
        marks = self[notes] = _read_marks(notes)
        return marks


MARKS: Final = _MarksOfNotes()


def by_place(result: Result, level: int) -> bool:
    """True if the row qualified by place at ``level`` (1: Q/QA, 2: Q/QA/QB)."""
    return not BY_PLACE[level].isdisjoint(result.notes)


def advanced(result: Result) -> bool:
    """True for ADV, ADVA and ADVB rows."""
    return not ADVANCING.isdisjoint(result.notes)


def sends_on(result: Result) -> bool:
    """``result.qualified`` (a note sends the row on), from the row's recognised notes."""
    return not QUALIFYING.isdisjoint(result.notes)


def by_time(result: Result) -> bool:
    """True for a ``q`` row."""
    return _QUALIFIED_BY_TIME in result.notes


def destination(result: Result) -> str | None:
    """The final a row's note sends it to (``"A"``/``"B"``), or ``None`` if it names none."""
    return MARKS[result.notes].destination


def _destination(notes: tuple[NoteLike, ...]) -> str | None:
    for note in notes:
        if isinstance(note, Note) and (final := note.final) is not None:
            return final
    return None


def qualifying(result: Result) -> str:
    """The row's qualifying notes as written, e.g. ``"QA"``; ``""`` if none."""
    return ", ".join(str(n) for n in result.notes if isinstance(n, Note) and n.qualifies)


def placed(rows: Iterable[Result]) -> list[tuple[int, Result]]:
    """The rows that have a place, with it, in place order (table order among equals)."""
    found = [(row.rank, row) for row in rows if row.rank is not None]
    return sorted(found, key=itemgetter(0))


def timed(rows: Iterable[Result]) -> list[tuple[int, int, Result]]:
    """Placed finishers with a time: ``(place, milliseconds, row)`` in place, then time, order."""
    found = [
        (row.rank, row.time.milliseconds, row)
        for row in rows
        if row.rank is not None and row.time is not None and row.status is _FINISHED
    ]
    return sorted(found, key=itemgetter(0, 1))


@per_object  # three checks ask for each race's
def race_timed(race: Race) -> tuple[tuple[int, int, Result], ...]:
    """:func:`timed` of a race's rows, worked out once per validation."""
    return tuple(timed(race.results))


def finisher(result: Result) -> bool:
    """True for a row that finished with a place."""
    return result.rank is not None and result.status is _FINISHED
