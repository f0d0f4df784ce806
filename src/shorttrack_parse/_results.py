"""Race tables: from rows of cells to typed results, split into races."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from . import _ioc
from ._cells import clean, read_athlete, read_members, read_noc, read_rank, read_time
from ._columns import Column, columns_of
from ._diagnostics import DiagnosticSink
from ._document import Cell, Row, Table
from ._labels import race_key, race_name
from ._rows import fit_row
from .notes import Note, NoteLike, parse_notes, status_of
from .model import Result

_COMPETITOR_COLUMNS = (Column.ATHLETE, Column.TEAM, Column.COUNTRY)


@attrs.frozen
class RaceRows:
    """Results read from one table for one race; ``label`` is its race label, if any."""

    label: str | None
    columns: tuple[Column, ...]
    results: tuple[Result, ...]
    line: int


def is_results_header(columns: tuple[Column, ...]) -> bool:
    """True if a header describes a results table."""
    has_competitor = any(column in columns for column in _COMPETITOR_COLUMNS)
    return has_competitor and (Column.RANK in columns or Column.TIME in columns)


def header_of(table: Table) -> tuple[int, tuple[Column, ...]] | None:
    """Index of the table's header row and its columns, if it has a results header."""
    for index, row in enumerate(table.rows):
        if not row.is_header:
            break
        columns = columns_of(row.texts)
        if is_results_header(columns):
            return index, columns
    return None


def _single_text(row: Row) -> str | None:
    # A row whose cells all say the same thing (one cell spanning the table).
    texts = {clean(text) for text in row.texts}
    return texts.pop() if len(texts) == 1 and len(row.cells) > 0 else None


class _TableReader:
    def __init__(self, table: Table, relay: bool, sink: DiagnosticSink) -> None:
        self.table = table
        self.relay = relay
        self.sink = sink

    def read(self, header_index: int, columns: tuple[Column, ...]) -> list[RaceRows]:
        groups: dict[str | None, list[Result]] = {}
        lines: dict[str | None, int] = {}
        label: str | None = None  # from a spanning row inside the table
        previous: tuple[Cell, ...] | None = None
        race_column = columns.index(Column.RACE) if Column.RACE in columns else None
        for row in self.table.rows[header_index + 1 :]:
            if row.is_header:
                new_columns = columns_of(row.texts)
                if is_results_header(new_columns):
                    columns = new_columns
                    race_column = columns.index(Column.RACE) if Column.RACE in columns else None
                    continue
            spanning = _single_text(row) if len(columns) > 1 else None
            if spanning is not None and race_key(spanning) is not None:
                label, previous = spanning, None
                continue
            if not any(text.strip() for text in row.texts) and not any(
                cell.content.flags for cell in row.cells
            ):
                self.sink.add(row.line, "empty table row ignored", "empty-row")
                continue
            if row.is_header:
                self.sink.add(row.line, "header row does not describe results", "unknown-header")
                continue
            fitted = fit_row(columns, row.cells, previous)
            if fitted.cells is None:
                self.sink.add(row.line, f"row not read: {fitted.problem}", "row-misfit")
                continue
            if fitted.extra:
                extra = ", ".join(repr(text) for text in fitted.extra)
                self.sink.add(
                    row.line,
                    f"row has more cells than its header; ignored {extra}",
                    "extra-cells",
                )
            previous = fitted.cells
            key = label
            if race_column is not None:
                key = self._race_label(columns, fitted.cells[race_column].content.text) or label
            groups.setdefault(key, []).append(self._result(columns, fitted.cells, row.line))
            lines.setdefault(key, row.line)
        return [
            RaceRows(key, columns, tuple(results), lines[key]) for key, results in groups.items()
        ]

    def _race_label(self, columns: tuple[Column, ...], text: str) -> str | None:
        text = clean(text)
        if not text:
            return None
        if race_key(text) is not None:
            return text
        header = clean(self._header_text(columns.index(Column.RACE)))
        header_key = race_key(header.rstrip("s")) if header else None
        stage = header_key.stage if header_key is not None else "race"
        return race_name(stage, text)

    def _header_text(self, column: int) -> str:
        for row in self.table.rows:
            if row.is_header and len(row.cells) > column:
                return row.cells[column].content.text
        return ""

    def _result(self, columns: tuple[Column, ...], cells: tuple[Cell, ...], line: int) -> Result:
        by_column: dict[Column, Cell] = {}
        for column, cell in zip(columns, cells):
            by_column.setdefault(column, cell)
        rank, rank_notes, problem = read_rank(_text(by_column, Column.RANK))
        if problem:
            self.sink.add(line, problem, "bad-rank")
        time, time_notes, problem = read_time(_text(by_column, Column.TIME))
        if problem:
            self.sink.add(line, problem, "bad-time")
        column_notes = parse_notes(_text(by_column, Column.NOTES))
        notes = column_notes + tuple(
            note
            for note in time_notes + rank_notes
            if not (isinstance(note, Note) and note.status is not None)
        )
        status = status_of(column_notes + time_notes + rank_notes)
        fields = self._competitor(by_column, line)
        return Result(
            rank=rank,
            time=time,
            status=status,
            notes=_unique(notes),
            line=line,
            cells=tuple(cell.content.text for cell in cells),
            **fields,
        )

    def _competitor(self, by_column: dict[Column, Cell], line: int) -> dict[str, object]:
        person = by_column.get(Column.ATHLETE) or by_column.get(Column.TEAM)
        country = by_column.get(Column.COUNTRY)
        noc: str | None = None
        if country is not None:
            noc, problem = read_noc(country.content)
            if problem:
                self.sink.add(line, problem, "unknown-country")
        if noc is None and person is not None and person.content.flags:
            noc, problem = read_noc(person.content)
            if problem:
                self.sink.add(line, problem, "unknown-country")
        if not self.relay:
            athlete = read_athlete(person.content) if person is not None else None
            return {
                "name": athlete.name if athlete else "",
                "link": athlete.link if athlete else None,
                "noc": noc,
            }
        members_cell = by_column.get(Column.ATHLETE)
        members_text = members_cell.content.text.strip() if members_cell else ""
        country_text = clean(country.content.text) if country is not None else ""
        name = (_ioc.country_name(noc) if noc else None) or country_text
        return {
            "name": name,
            "noc": noc,
            "team": True,
            "members": read_members(members_cell.content) if members_cell else (),
            "members_text": members_text,
        }


def _text(by_column: dict[Column, Cell], column: Column) -> str:
    cell = by_column.get(column)
    return cell.content.text if cell is not None else ""


def _unique(notes: tuple[NoteLike, ...]) -> tuple[NoteLike, ...]:
    return tuple(dict.fromkeys(notes))


def read_race_table(
    table: Table, relay: bool, sink: DiagnosticSink
) -> Iterator[RaceRows] | None:
    """Read a results table into one or more races; ``None`` if it is not one."""
    header = header_of(table)
    if header is None:
        return None
    index, columns = header
    return iter(_TableReader(table, relay, sink).read(index, columns))
