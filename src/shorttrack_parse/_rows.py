"""Fitting a row's cells to its header: padding, and re-aligning rows that lost a cell.

Where the wikitext had a ``rowspan``, the flattened form simply lost that cell, so
the row's cells sit one column to the left.  A row is re-aligned only when the
kinds of its values make the fix unambiguous; otherwise the caller reports it.
"""

from __future__ import annotations

from typing import Final

import attrs

from ._cells import fits
from ._columns import Column
from ._document import EMPTY_INLINE, Cell

# Columns whose value is shared by consecutive rows, so a rowspan may cover them.
_SPANNABLE: Final = frozenset({Column.RACE, Column.DATE, Column.ROUND, Column.PLACE})
_MAX_LOST: Final = 2
_EMPTY_CELL: Final = Cell(EMPTY_INLINE)


@attrs.frozen
class Fitted:
    """A row's cells fitted to the header, or why they could not be."""

    cells: tuple[Cell, ...] | None
    problem: str | None = None
    extra: tuple[str, ...] = ()


def _is_empty(cell: Cell) -> bool:
    return not cell.content.text.strip() and not cell.content.flags


def fit_row(
    columns: tuple[Column, ...],
    cells: tuple[Cell, ...],
    previous: tuple[Cell, ...] | None,
) -> Fitted:
    """Fit ``cells`` to ``columns``, borrowing lost cells from ``previous`` if needed."""
    width = len(columns)
    extra = tuple(cell.content.text for cell in cells[width:] if not _is_empty(cell))
    cells = cells[:width] + (_EMPTY_CELL,) * (width - len(cells))
    if _SPANNABLE.isdisjoint(columns):
        # Nothing a rowspan could have covered: the cells stand where they are, and
        # any odd value in them is reported by the cell's own reader.
        return Fitted(cells, extra=extra)
    texts = tuple(cell.content.text for cell in cells)
    if fits(columns, texts):
        return Fitted(cells, extra=extra)
    if previous is not None and not extra:
        candidates = list(_realignments(columns, cells, previous))
        if len(candidates) == 1:
            return Fitted(candidates[0])
        if candidates:
            return Fitted(None, "its cells could be re-aligned in more than one way")
    return Fitted(None, _misfit_message(columns, texts))


def _realignments(
    columns: tuple[Column, ...], cells: tuple[Cell, ...], previous: tuple[Cell, ...]
) -> list[tuple[Cell, ...]]:
    width = len(columns)
    trailing_empty = 0
    for cell in reversed(cells):
        if not _is_empty(cell):
            break
        trailing_empty += 1
    found: list[tuple[Cell, ...]] = []
    for lost in range(1, min(_MAX_LOST, trailing_empty) + 1):
        for start in range(width - lost + 1):
            if not all(column in _SPANNABLE for column in columns[start : start + lost]):
                continue
            candidate = cells[:start] + previous[start : start + lost] + cells[start : width - lost]
            if fits(columns, tuple(cell.content.text for cell in candidate)):
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
