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
    """True for a row of one text across the table: its cells' texts equal, once cleaned."""
    texts = [cell.content.text for cell in row.cells]
    if not texts:
        return False
    first = texts[0]
    cleaned = clean(first)
    return all(text == first or clean(text) == cleaned for text in texts)


def _holder(cell: Cell | None) -> tuple[str | None, str | None, str | None]:
    """Holder name, link and NOC from a holder cell (an athlete, or a team's flag)."""
    if cell is None:
        return None, None, None
    noc, _ = read_noc(cell.content) if cell.content.flags else (None, None)
    name = clean(cell.content.text) or (_ioc.country_name(noc) if noc else None)
    return name or None, link_for(name, cell.content) if name else None, noc


class _StandingCells(Value):
    """The cells of a standing-record row, by meaning: the first of each kind."""

    __slots__ = ("country", "date", "holder", "place", "time")

    def __init__(self) -> None:
        self.time: str | None = None
        self.place: str | None = None
        self.date: str | None = None
        self.holder: Cell | None = None
        self.country: Cell | None = None


_HOLDER_COLUMNS: Final = frozenset({Column.ATHLETE, Column.TEAM})
# The text fields of _StandingCells, by the column that holds them.
_TEXT_FIELDS: Final = {Column.TIME: "time", Column.PLACE: "place", Column.DATE: "date"}
# Bound once: in Python 3.11 a member looked up on its class (``Kind.TEXT``) takes
# EnumType's slow attribute path, which costs as much as a call, and cells ask often.
_TEXT, _TIME, _DATE = Kind.TEXT, Kind.TIME, Kind.DATE


def _standing_cells(row: Row, columns: tuple[Column, ...] | None) -> _StandingCells:
    """Sort a standing-record row's cells by the header, or by their kinds without one.

    Standing-record tables often have no header (``World record || holder ||
    time || place || date``): then the time and the date are known by their
    values, the first other text (or flag) is the holder and the next the place.
    """
    found = _StandingCells()
    if columns is not None:
        for column, cell in zip(columns, row.cells, strict=False):
            field = _TEXT_FIELDS.get(column)
            if column in _HOLDER_COLUMNS and found.holder is None:
                found.holder = cell
            elif column is Column.COUNTRY and found.country is None:
                found.country = cell
            elif field is not None and getattr(found, field) is None:
                setattr(found, field, clean(cell.content.text))
        return found
    for cell in row.cells[1:]:
        text = clean(cell.content.text)
        kind = kind_of(text)
        # A text that starts with a digit and is no date is no holder or place
        # either: it is a time written wrong ("1:29,398"), read so that it is reported.
        mistyped_time = kind is _TEXT and starts_with_digit(text)
        if (kind is _TIME or mistyped_time) and found.time is None:
            found.time = text
        elif kind is _DATE and found.date is None:
            found.date = text
        elif found.holder is None and (cell.content.flags or kind is _TEXT):
            found.holder = cell
        elif kind is _TEXT and found.place is None:
            found.place = text
    return found


class _Header:
    """A records header read once per table: what it heads, and where each value stands."""

    __slots__ = (
        "columns", "country", "date", "holder", "marks", "new_records", "race", "record", "time",
    )  # fmt: skip

    def __init__(self, columns: tuple[Column, ...]) -> None:
        positions: dict[Column, int] = {}
        for index, column in enumerate(columns):
            positions.setdefault(column, index)
        self.columns = columns
        # A table that names the race of each record holds new records, even when
        # its first column says "OR"; otherwise a row labelled so is a standing one.
        self.new_records = Column.ROUND in positions
        self.time = positions.get(Column.TIME)
        athlete = positions.get(Column.ATHLETE)
        self.holder = athlete if athlete is not None else positions.get(Column.TEAM)
        self.country = positions.get(Column.COUNTRY)
        self.record = positions.get(Column.RECORD)
        self.date = positions.get(Column.DATE)
        self.race = positions.get(Column.ROUND)
        # The OR and WR columns in order, each read from its first cell.
        self.marks = tuple(
            (positions[column], _KIND_OF_COLUMN[column])
            for column in columns
            if column in _KIND_OF_COLUMN
        )


def _clean_at(cells: tuple[Cell, ...], index: int | None) -> str:
    return clean(cells[index].content.text) if index is not None else ""


class _RecordsReader:
    def __init__(self, table: Table, sink: DiagnosticSink) -> None:
        self.table = table
        self.sink = sink
        self.standing: list[StandingRecord] = []
        self.new: list[NewRecord] = []

    def read(self) -> RecordRows:
        header: _Header | None = None
        previous: tuple[Cell, ...] | None = None
        laid_out = self.table.spans_laid_out
        for row in self.table.rows:
            cells = row.cells
            if row.is_header:
                if not _is_title_row(row):
                    header = _Header(columns_of(row.texts))
                continue
            new_records = header is not None and header.new_records
            kind = None if new_records else _label_kind(row)
            if kind is not None:
                self._standing(kind, row, header.columns if header is not None else None)
            elif header is not None and header.time is not None:
                # A laid-out row as wide as its header: its cells stand where they are.
                if not laid_out or len(cells) != len(header.columns):
                    fitted = fit_row(header.columns, cells, previous, realign=not laid_out)
                    if fitted.cells is None:
                        self.sink.add(
                            row.line, f"record row not read: {fitted.problem}", "row-misfit"
                        )
                        continue
                    cells = fitted.cells
                previous = cells
                self._new(header, cells, row.line)
            else:
                self.sink.add(
                    row.line, "records row is neither a standing nor a new record", "unknown-row"
                )
        return RecordRows(tuple(self.standing), tuple(self.new))

    def _standing(self, kind: RecordKind, row: Row, columns: tuple[Column, ...] | None) -> None:
        cells = _standing_cells(row, columns)
        time, _, problem = read_time(cells.time or "")
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
                place=cells.place or None,
                date=cells.date or None,
                line=row.line,
            )
        )

    def _new(self, header: _Header, cells: tuple[Cell, ...], line: int) -> None:
        time, _, problem = read_time(_clean_at(cells, header.time))
        if problem:
            self.sink.add(line, problem, "bad-time")
        holder, link, noc = _holder(cells[header.holder] if header.holder is not None else None)
        if header.country is not None:
            noc, problem = read_country(cells[header.country].content)
            if problem:
                self.sink.add(line, problem, "unknown-country")
        kinds = [] if header.record is None else list(record_kinds(_clean_at(cells, header.record)))
        for index, kind in header.marks:
            if kind not in kinds and _clean_at(cells, index):
                kinds.append(kind)
        if not kinds:
            self.sink.add(line, "record row names no record kind (OR or WR)", "record-kind")
        self.new.append(
            NewRecord(
                date=_clean_at(cells, header.date) or None,
                race=_clean_at(cells, header.race) or None,
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
