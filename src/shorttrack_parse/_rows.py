"""Fitting a row's cells to its header: padding, and re-aligning rows that lost a cell.

Where the wikitext had a ``rowspan``, the flattened form simply lost that cell, so
the row's cells sit one column to the left.  A row is re-aligned only when the
kinds of its values make the fix unambiguous — or, between a lost rank and a lost
race number, when only one reading continues the ranks (1, 2, 3 … or a tie);
otherwise the caller reports it.  Tables whose spans were laid out by the reader
(wikitext) are never re-aligned: their cells stand where the editor put them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from ._cells import Kind, fits, kind_of, read_rank
from ._columns import Column
from ._document import EMPTY_INLINE, Cell
from ._value import FrozenValue

# Columns whose value is shared by consecutive rows, so a rowspan may cover them.
_SPANNABLE: Final = frozenset({Column.RANK, Column.RACE, Column.DATE, Column.ROUND, Column.PLACE})
_MAX_LOST: Final = 2
_EMPTY_CELL: Final = Cell(EMPTY_INLINE)


class Fitted(FrozenValue):
    """A row's cells fitted to the header, or why they could not be."""

    __slots__ = ("cells", "extra", "problem")
    cells: Final[tuple[Cell, ...] | None]
    problem: Final[str | None]
    extra: Final[tuple[str, ...]]

    def __init__(
        self,
        cells: tuple[Cell, ...] | None,
        problem: str | None = None,
        extra: tuple[str, ...] = (),
    ) -> None:
        self.cells = cells
        self.problem = problem
        self.extra = extra


def _is_empty(cell: Cell) -> bool:
    return not cell.content.text.strip() and not cell.content.flags


def fit_row(
    columns: tuple[Column, ...],
    cells: tuple[Cell, ...],
    previous: tuple[Cell, ...] | None,
    *,
    realign: bool,
    kind: Callable[[str], Kind] = kind_of,
    rank: Callable[[str], tuple[int | None, object, object]] = read_rank,
) -> Fitted:
    """Fit ``cells`` to ``columns``; if ``realign``, borrow lost cells from ``previous``.

    ``kind`` classifies a cell's text (:func:`kind_of`, or an article's memo of it);
    ``rank`` reads a rank (:func:`read_rank`, or a memo of it).
    """
    width = len(columns)
    extra: tuple[str, ...] = ()
    if len(cells) > width:
        extra = tuple(cell.content.text for cell in cells[width:] if not _is_empty(cell))
        cells = cells[:width]
    elif len(cells) < width:
        cells += (_EMPTY_CELL,) * (width - len(cells))
    if not realign or _SPANNABLE.isdisjoint(columns):
        # The cells stand where they are; an odd value is reported by its cell's reader.
        return Fitted(cells, extra=extra)
    texts = _texts(cells)
    if fits(columns, texts, kind):
        return Fitted(cells, extra=extra)
    if previous is not None and not extra:
        candidates = _realignments(columns, cells, previous, kind)
        chosen = _continuing_ranks(columns, candidates, previous, rank)
        if chosen is not None:
            return Fitted(chosen)
        if candidates:
            return Fitted(None, "its cells could be re-aligned in more than one way")
    return Fitted(None, _misfit_message(columns, texts))


def _texts(cells: tuple[Cell, ...]) -> tuple[str, ...]:
    return tuple([cell.content.text for cell in cells])


def _continuing_ranks(
    columns: tuple[Column, ...],
    candidates: list[tuple[Cell, ...]],
    previous: tuple[Cell, ...],
    read: Callable[[str], tuple[int | None, object, object]],
) -> tuple[Cell, ...] | None:
    """The one candidate to take: the only one, or the one whose rank reads best.

    A rank that follows the row above (2 after 1) or a row's own dash or status
    reads best; a tie (a rank borrowed from the row above) next.
    """
    if len(candidates) <= 1 or Column.RANK not in columns:
        return candidates[0] if len(candidates) == 1 else None
    index = columns.index(Column.RANK)
    before = read(previous[index].content.text)[0]

    def score(candidate: tuple[Cell, ...]) -> int:
        rank = read(candidate[index].content.text)[0]
        borrowed = candidate[index] is previous[index]
        if (rank is None and not borrowed) or (before is not None and rank == before + 1):
            return 2
        return 1 if borrowed and rank is not None else 0

    scores = [score(candidate) for candidate in candidates]
    best = max(scores)
    if best == 0 or scores.count(best) != 1:
        return None
    return candidates[scores.index(best)]


def _realignments(
    columns: tuple[Column, ...],
    cells: tuple[Cell, ...],
    previous: tuple[Cell, ...],
    kind: Callable[[str], Kind],
) -> list[tuple[Cell, ...]]:
    width = len(columns)
    trailing_empty = 0
    for cell in reversed(cells):
        if not _is_empty(cell):
            break
        trailing_empty += 1
    found: list[tuple[Cell, ...]] = []
    seen: set[tuple[str, ...]] = set()
    for lost in range(1, min(_MAX_LOST, trailing_empty) + 1):
        for start in range(width - lost + 1):
            if not _SPANNABLE.issuperset(columns[start : start + lost]):
                continue
            candidate = cells[:start] + previous[start : start + lost] + cells[start : width - lost]
            texts = _texts(candidate)
            if fits(columns, texts, kind) and texts not in seen:  # the same cells either way: one
                seen.add(texts)
                found.append(candidate)
        if found:
            break
    return found


def _misfit_message(columns: tuple[Column, ...], texts: tuple[str, ...]) -> str:
    cells = ", ".join(
        f"{column.value}={text!r}"
        for column, text in zip(columns, texts, strict=True)
        if text.strip()
    )
    return f"its cells do not fit the header ({cells})"
