"""Race tables: from rows of cells to typed results, split into races."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from . import _ioc
from ._cells import (
    clean,
    read_athlete,
    read_country,
    read_members,
    read_noc,
    read_rank,
    read_time,
)
from ._columns import Column, columns_of
from ._diagnostics import DiagnosticSink
from ._document import Cell, Row, Table
from ._labels import race_key, race_name
from ._rows import fit_row
from .model import Athlete, Result
from .notes import Note, NoteLike, parse_notes, status_of

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


def _spanning_text(row: Row) -> str | None:
    # A row whose cells all say the same thing: one cell spanning the table.
    texts = row.texts
    first = texts[0] if texts else ""
    if all(text == first for text in texts):
        return clean(first)
    return None


@attrs.frozen
class _Header:
    """A results header: each column's meaning and where each meaning first stands."""

    columns: tuple[Column, ...]
    texts: tuple[str, ...]
    positions: dict[Column, int]

    @classmethod
    def of(cls, columns: tuple[Column, ...], texts: tuple[str, ...]) -> _Header:
        positions: dict[Column, int] = {}
        for index, column in enumerate(columns):
            positions.setdefault(column, index)
        return cls(columns, texts, positions)

    def text(self, cells: tuple[Cell, ...], column: Column) -> str:
        index = self.positions.get(column)
        return cells[index].content.text if index is not None else ""

    def cell(self, cells: tuple[Cell, ...], column: Column) -> Cell | None:
        index = self.positions.get(column)
        return cells[index] if index is not None else None


@attrs.frozen(kw_only=True)
class _Competitor:
    name: str = attrs.field(kw_only=False)
    link: str | None = None
    noc: str | None = None
    team: bool = False
    members: tuple[Athlete, ...] = ()
    members_text: str = ""


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
        header = _Header.of(columns, self.table.rows[header_index].texts)
        self._report_unknown_columns(header, self.table.rows[header_index].line)
        for row in self.table.rows[header_index + 1 :]:
            is_header = row.is_header
            if is_header:
                new_columns = columns_of(row.texts)
                if is_results_header(new_columns):
                    header = _Header.of(new_columns, row.texts)
                    self._report_unknown_columns(header, row.line)
                    continue
            spanning = _spanning_text(row) if len(header.columns) > 1 else None
            if spanning is not None and race_key(spanning) is not None:
                label, previous = spanning, None
                continue
            if not any(text.strip() for text in row.texts) and not any(
                cell.content.flags for cell in row.cells
            ):
                self.sink.add(row.line, "empty table row ignored", "empty-row")
                continue
            if is_header:
                self.sink.add(row.line, "header row does not describe results", "unknown-header")
                continue
            fitted = fit_row(header.columns, row.cells, previous)
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
            key = self._race_label(header, fitted.cells) or label
            groups.setdefault(key, []).append(self._result(header, fitted.cells, row.line))
            lines.setdefault(key, row.line)
        return [
            RaceRows(key, header.columns, tuple(results), lines[key])
            for key, results in groups.items()
        ]

    def _report_unknown_columns(self, header: _Header, line: int) -> None:
        unknown = [
            clean(text)
            for column, text in zip(header.columns, header.texts, strict=False)
            if column is Column.UNKNOWN and clean(text)
        ]
        if unknown:
            names = ", ".join(repr(name) for name in unknown)
            self.sink.add(
                line,
                f"column {names} is not interpreted; its values stay in each result's cells",
                "unknown-column",
            )

    def _race_label(self, header: _Header, cells: tuple[Cell, ...]) -> str | None:
        text = clean(header.text(cells, Column.RACE))
        if not text:
            return None
        if race_key(text) is not None:
            return text
        column_name = clean(header.texts[header.positions[Column.RACE]])
        header_key = race_key(column_name.rstrip("s")) if column_name else None
        stage = header_key.stage if header_key is not None else "race"
        return race_name(stage, text)

    def _result(self, header: _Header, cells: tuple[Cell, ...], line: int) -> Result:
        rank, rank_notes, problem = read_rank(header.text(cells, Column.RANK))
        if problem:
            self.sink.add(line, problem, "bad-rank")
        time, time_notes, problem = read_time(header.text(cells, Column.TIME))
        if problem:
            self.sink.add(line, problem, "bad-time")
        column_notes = parse_notes(header.text(cells, Column.NOTES))
        notes = column_notes + tuple(
            note
            for note in time_notes + rank_notes
            if not (isinstance(note, Note) and note.status is not None)
        )
        status = status_of(column_notes + time_notes + rank_notes)
        competitor = self._competitor(header, cells, line)
        return Result(
            rank=rank,
            name=competitor.name,
            link=competitor.link,
            noc=competitor.noc,
            team=competitor.team,
            members=competitor.members,
            members_text=competitor.members_text,
            time=time,
            status=status,
            notes=_unique(notes),
            line=line,
            cells=tuple(cell.content.text for cell in cells),
        )

    def _competitor(self, header: _Header, cells: tuple[Cell, ...], line: int) -> _Competitor:
        person = header.cell(cells, Column.ATHLETE) or header.cell(cells, Column.TEAM)
        country = header.cell(cells, Column.COUNTRY)
        noc: str | None = None
        if country is not None:
            noc, problem = read_country(country.content)
            if problem:
                self.sink.add(line, problem, "unknown-country")
        if noc is None and person is not None and person.content.flags:
            noc, problem = read_noc(person.content)
            if problem:
                self.sink.add(line, problem, "unknown-country")
        if not self.relay:
            if person is None:
                return _Competitor("", noc=noc)
            athlete, written_noc = read_athlete(person.content)
            return _Competitor(athlete.name, link=athlete.link, noc=noc or written_noc)
        # A relay's members have a column of their own, or share the team's cell.
        members_cell = header.cell(cells, Column.ATHLETE)
        shared = person or country
        shared_text = clean(shared.content.text).strip("() ") if shared else ""
        if members_cell is None and shared_text and _ioc.noc_for(shared_text) is None:
            members_cell = shared
        members_text = members_cell.content.text.strip() if members_cell else ""
        country_text = ""
        if country is not None and country is not members_cell:
            country_text = clean(country.content.text)
        name = (_ioc.country_name(noc) if noc else None) or country_text
        members = read_members(members_cell.content) if members_cell else ()
        return _Competitor(name, noc=noc, team=True, members=members, members_text=members_text)


def _unique(notes: tuple[NoteLike, ...]) -> tuple[NoteLike, ...]:
    return tuple(dict.fromkeys(notes))


def read_race_table(table: Table, relay: bool, sink: DiagnosticSink) -> Iterator[RaceRows] | None:
    """Read a results table into one or more races; ``None`` if it is not one."""
    header = header_of(table)
    if header is None:
        return None
    index, columns = header
    return iter(_TableReader(table, relay, sink).read(index, columns))
