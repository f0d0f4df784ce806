"""Records tables: the standing records before the event and the new ones set in it."""

from __future__ import annotations

from typing import Final

from . import _ioc
from ._cells import Kind, kind_of, link_for, read_country, read_noc, read_time
from ._columns import Column, columns_of
from ._diagnostics import DiagnosticSink
from ._document import Cell, Row, Table
from ._rows import fit_row
from ._text import clean, starts_with_digit
from ._value import FrozenValue, Value
from .model import NewRecord, RecordKind, StandingRecord

_KIND_OF_LABEL: Final = {
    "world record": RecordKind.WORLD,
    "wr": RecordKind.WORLD,
    "olympic record": RecordKind.OLYMPIC,
    "or": RecordKind.OLYMPIC,
}

_KIND_OF_COLUMN: Final = {
    Column.WORLD_RECORD: RecordKind.WORLD,
    Column.OLYMPIC_RECORD: RecordKind.OLYMPIC,
}


class RecordRows(FrozenValue):
    """What one records table holds."""

    __slots__ = ("new", "standing")
    standing: Final[tuple[StandingRecord, ...]]
    new: Final[tuple[NewRecord, ...]]

    def __init__(self, standing: tuple[StandingRecord, ...], new: tuple[NewRecord, ...]) -> None:
        self.standing = standing
        self.new = new


def record_kinds(text: str) -> tuple[RecordKind, ...]:
    """Record kinds a cell names: ``"OR"``, ``"WR, OR"``, ``"Olympic record"``."""
    found: list[RecordKind] = []
    for part in clean(text).replace(";", ",").replace("/", ",").split(","):
        kind = _KIND_OF_LABEL.get(part.strip().casefold())
        if kind is not None and kind not in found:
            found.append(kind)
    return tuple(found)


def _label_kind(row: Row) -> RecordKind | None:
    if not row.cells:
        return None
    return _KIND_OF_LABEL.get(clean(row.cells[0].content.text).casefold())


def _is_title_row(row: Row) -> bool:
    return len({clean(text) for text in row.texts}) == 1


def _holder(cell: Cell | None) -> tuple[str | None, str | None, str | None]:
    """Holder name, link and NOC from a holder cell (an athlete, or a team's flag)."""
    if cell is None:
        return None, None, None
    noc, _ = read_noc(cell.content) if cell.content.flags else (None, None)
    name = clean(cell.content.text) or (_ioc.country_name(noc) if noc else None)
    return name or None, link_for(name, cell.content) if name else None, noc


class _StandingCells(Value):
    """The cells of a standing-record row, by meaning."""

    __slots__ = ("country", "holder", "texts")

    def __init__(self) -> None:
        self.texts: dict[Column, str] = {}
        self.holder: Cell | None = None
        self.country: Cell | None = None

    def get(self, column: Column, default: str = "") -> str:
        return self.texts.get(column, default)


_HOLDER_COLUMNS: Final = frozenset({Column.ATHLETE, Column.TEAM})
_TEXT_COLUMNS: Final = frozenset({Column.TIME, Column.PLACE, Column.DATE})


def _standing_cells(row: Row, columns: tuple[Column, ...] | None) -> _StandingCells:
    """Sort a standing-record row's cells by the header, or by their kinds without one.

    Standing-record tables often have no header (``World record || holder ||
    time || place || date``): then the time and the date are known by their
    values, the first other text (or flag) is the holder and the next the place.
    """
    found = _StandingCells()
    if columns is not None:
        for column, cell in zip(columns, row.cells, strict=False):
            if column in _HOLDER_COLUMNS and found.holder is None:
                found.holder = cell
            elif column is Column.COUNTRY and found.country is None:
                found.country = cell
            elif column in _TEXT_COLUMNS:
                found.texts.setdefault(column, clean(cell.content.text))
        return found
    for cell in row.cells[1:]:
        text = clean(cell.content.text)
        kind = kind_of(text)
        # A text that starts with a digit and is no date is no holder or place
        # either: it is a time written wrong ("1:29,398"), read so that it is reported.
        mistyped_time = kind is Kind.TEXT and starts_with_digit(text)
        if (kind is Kind.TIME or mistyped_time) and Column.TIME not in found.texts:
            found.texts[Column.TIME] = text
        elif kind is Kind.DATE and Column.DATE not in found.texts:
            found.texts[Column.DATE] = text
        elif found.holder is None and (cell.content.flags or kind is Kind.TEXT):
            found.holder = cell
        elif kind is Kind.TEXT and Column.PLACE not in found.texts:
            found.texts[Column.PLACE] = text
    return found


class _RecordsReader:
    def __init__(self, table: Table, sink: DiagnosticSink) -> None:
        self.table = table
        self.sink = sink
        self.standing: list[StandingRecord] = []
        self.new: list[NewRecord] = []

    def read(self) -> RecordRows:
        columns: tuple[Column, ...] | None = None
        previous: tuple[Cell, ...] | None = None
        for row in self.table.rows:
            if row.is_header:
                if not _is_title_row(row):
                    columns = columns_of(row.texts)
                continue
            # A table that names the race of each record holds new records, even when
            # its first column says "OR"; otherwise a row labelled so is a standing one.
            new_records = columns is not None and Column.ROUND in columns
            kind = None if new_records else _label_kind(row)
            if kind is not None:
                self._standing(kind, row, columns)
            elif columns is not None and Column.TIME in columns:
                realign = not self.table.spans_laid_out
                fitted = fit_row(columns, row.cells, previous, realign=realign)
                if fitted.cells is None:
                    self.sink.add(row.line, f"record row not read: {fitted.problem}", "row-misfit")
                    continue
                previous = fitted.cells
                self._new(columns, fitted.cells, row.line)
            else:
                self.sink.add(
                    row.line, "records row is neither a standing nor a new record", "unknown-row"
                )
        return RecordRows(tuple(self.standing), tuple(self.new))

    def _standing(self, kind: RecordKind, row: Row, columns: tuple[Column, ...] | None) -> None:
        cells = _standing_cells(row, columns)
        time, _, problem = read_time(cells.get(Column.TIME, ""))
        if problem:
            self.sink.add(row.line, problem, "bad-time")
        holder, link, noc = _holder(cells.holder)
        if cells.country is not None:
            noc, problem = read_country(cells.country.content)
            if problem:
                self.sink.add(row.line, problem, "unknown-country")
        self.standing.append(
            StandingRecord(
                kind=kind,
                holder=holder,
                link=link,
                noc=noc,
                time=time,
                place=cells.get(Column.PLACE) or None,
                date=cells.get(Column.DATE) or None,
                line=row.line,
            )
        )

    def _new(self, columns: tuple[Column, ...], cells: tuple[Cell, ...], line: int) -> None:
        by_column: dict[Column, Cell] = {}
        for column, cell in zip(columns, cells, strict=True):
            by_column.setdefault(column, cell)

        def text(column: Column) -> str:
            cell = by_column.get(column)
            return clean(cell.content.text) if cell is not None else ""

        time, _, problem = read_time(text(Column.TIME))
        if problem:
            self.sink.add(line, problem, "bad-time")
        holder, link, noc = _holder(by_column.get(Column.ATHLETE) or by_column.get(Column.TEAM))
        if Column.COUNTRY in by_column:
            noc, problem = read_country(by_column[Column.COUNTRY].content)
            if problem:
                self.sink.add(line, problem, "unknown-country")
        kinds = list(record_kinds(text(Column.RECORD)))
        for column in columns:
            kind = _KIND_OF_COLUMN.get(column)
            if kind is not None and text(column) and kind not in kinds:
                kinds.append(kind)
        if not kinds:
            self.sink.add(line, "record row names no record kind (OR or WR)", "record-kind")
        self.new.append(
            NewRecord(
                date=text(Column.DATE) or None,
                race=text(Column.ROUND) or None,
                holder=holder,
                link=link,
                noc=noc,
                time=time,
                kinds=tuple(kinds),
                line=line,
            )
        )


def read_records_table(table: Table, sink: DiagnosticSink) -> RecordRows:
    """Read a table from a Records section."""
    return _RecordsReader(table, sink).read()
