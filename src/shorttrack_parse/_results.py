"""Race tables: from rows of cells to typed results, split into races."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final, TypeAlias, TypeVar

from . import _ioc
from ._cells import (
    kind_of,
    read_athlete,
    read_country,
    read_members,
    read_noc,
    read_rank,
    read_time,
    split_team,
    team_name,
)
from ._columns import Column, columns_of
from ._diagnostics import DiagnosticSink
from ._document import Cell, Inline, Row, Table
from ._labels import race_key, race_name
from ._rows import fit_row
from ._text import clean, starts_with_digit
from ._value import FrozenValue, Value
from .model import Athlete, Result, read_result
from .notes import NoteLike, parse_notes, status_of
from .times import RaceTime

_T = TypeVar("_T")
_COMPETITOR_COLUMNS: Final = frozenset({Column.ATHLETE, Column.TEAM, Column.COUNTRY})
# Each column's name (Column.value is a property: two Python calls a look-up).
_NAME_OF: Final = {column: column.value for column in Column}
# Stage words of race columns that say nothing about the round ("Race 1", "Group A"):
# editors head a quarterfinal table's race column "Heat" too, as in "each heat".
_GENERIC_STAGES = frozenset({"race", "group", "heat"})


class RaceRows(FrozenValue):
    """Results read from one table for one race; ``label`` is its race label, if any.

    ``columns`` names what each result's cells hold (``"rank"``, ``"athlete"``, …).
    """

    __slots__ = ("columns", "label", "line", "results")
    label: Final[str | None]
    columns: Final[tuple[str, ...]]
    results: Final[tuple[Result, ...]]
    line: Final[int]

    def __init__(
        self,
        label: str | None,
        columns: tuple[str, ...],
        results: tuple[Result, ...],
        line: int,
    ) -> None:
        self.label = label
        self.columns = columns
        self.results = results
        self.line = line


class ResultsTable(FrozenValue):
    """What a results table holds: its races, and the label its title row gives."""

    __slots__ = ("races", "title")
    races: Final[tuple[RaceRows, ...]]
    title: Final[str | None]

    def __init__(self, races: tuple[RaceRows, ...], title: str | None) -> None:
        self.races = races
        self.title = title


def is_results_header(columns: tuple[Column, ...]) -> bool:
    """True if a header describes a results table."""
    has_competitor = not _COMPETITOR_COLUMNS.isdisjoint(columns)
    return has_competitor and (Column.RANK in columns or Column.TIME in columns)


class _Found(FrozenValue):
    __slots__ = ("header", "index", "title")
    index: Final[int]
    header: Final[_Header]
    title: Final[str | None]

    def __init__(self, index: int, header: _Header, title: str | None) -> None:
        self.index = index
        self.header = header
        self.title = title


def _header_of(table: Table, cells: CellValues) -> _Found | None:
    """The table's header row, its columns, and a race named by a title row above it.

    Header rows are the leading ``!`` rows; a title row (one cell across the table,
    ``! colspan=5 | Final B``) may stand above the header.  A table written without
    ``!`` cells may have its header as its first row (``| '''Rank''' || …``).
    """
    title: str | None = None
    for index, row in enumerate(table.rows):
        spanning = _spanning_text(row, 0, table.spans_laid_out)
        if spanning is not None and len(table.rows) > index + 1:
            title = spanning if race_key(spanning) is not None else title
            continue
        header = cells.header(_texts(row.cells))
        if header.is_results:
            return _Found(index, header, title)
        if not row.is_header:
            return None
    return None


def _spanning_text(row: Row, width: int, laid_out: bool) -> str | None:
    """The text of a row that is one cell across the table, else ``None``.

    In wikitext a spanning cell is laid out as the same cell in every column; in
    flattened text it is a row of one cell under a wider header, or the same
    text in every cell.
    """
    cells = row.cells
    if not cells:
        return None
    first = cells[0]
    if len(cells) > 1 and cells[1].content.text != first.content.text:
        return None  # the common row: neither one cell repeated nor one text repeated
    if (len(cells) == 1 and width != 1) or (
        len(cells) > 1 and all(cell is first for cell in cells)
    ):
        return clean(first.content.text)
    if laid_out or len(cells) < 2 or not first.content.text:
        return None
    if all(cell.content.text == first.content.text for cell in cells):
        return clean(first.content.text)  # flattened text repeats a spanning cell
    return None


class _Header:
    """A header row read: each column's meaning and where each meaning first stands.

    Read once per distinct header of an article (:meth:`CellValues.header`), so
    each row's values are found by index.  ``names`` are the columns' names, as
    :attr:`Race.columns` gives them; ``unknown`` the texts of columns of no known
    meaning, which a results table reports.
    """

    __slots__ = (
        "athlete", "columns", "country", "is_results", "names", "notes", "person", "race",
        "race_stage", "rank", "texts", "time", "unknown", "width",
    )  # fmt: skip

    def __init__(self, texts: tuple[str, ...]) -> None:
        columns = columns_of(texts)
        positions: dict[Column, int] = {}
        for index, column in enumerate(columns):
            positions.setdefault(column, index)
        self.columns = columns
        self.texts = texts
        self.width = len(columns)
        self.is_results = is_results_header(columns)
        self.names = tuple([_NAME_OF[column] for column in columns])
        self.unknown = tuple(
            [
                name
                for column, text in zip(columns, texts, strict=True)
                if column is Column.UNKNOWN and (name := clean(text))
            ]
        )
        self.rank = positions.get(Column.RANK)
        self.time = positions.get(Column.TIME)
        self.notes = positions.get(Column.NOTES)
        self.race = positions.get(Column.RACE)
        # The stage a race column names ("Heat" -> heat), "race" for none ("Race", "Group").
        self.race_stage = "race"
        if self.race is not None:
            column_name = clean(texts[self.race])
            header_key = race_key(column_name.rstrip("s")) if column_name else None
            if header_key is not None:
                self.race_stage = header_key.stage
        self.athlete = positions.get(Column.ATHLETE)
        self.country = positions.get(Column.COUNTRY)
        # The competitor's cell: the athlete's, else the team's.
        self.person = self.athlete if self.athlete is not None else positions.get(Column.TEAM)


# Who a row is about, as the Result's fields name it: name, link, noc, team, members and
# members_text.  An athlete, or a relay team and its members.
_Competitor: TypeAlias = tuple[str, str | None, str | None, bool, tuple[Athlete, ...], str]


class _Group(Value):
    """The rows of one race, as they are read; ``columns`` are its header's names."""

    __slots__ = ("columns", "line", "results")

    def __init__(self, columns: tuple[str, ...], line: int) -> None:
        self.columns = columns
        self.line = line
        self.results: list[Result] = []


class _ArticleMemo(dict[str, _T]):
    """A pure function of a cell's text, computed once per distinct text of an article.

    Calling it is ``dict.__getitem__``: a text seen before costs no Python call.
    """

    __slots__ = ("_function",)

    def __init__(self, function: Callable[[str], _T]) -> None:
        self._function = function  # an empty dict needs no dict.__init__

    if TYPE_CHECKING:

        def __call__(self, text: str) -> _T: ...

    else:
        __call__ = dict.__getitem__

    def __missing__(self, text: str) -> _T:
        value = self[text] = self._function(text)
        return value


class CellValues:
    """Rank, time and notes cells read once per distinct text ("Q", "1", "–" repeat)."""

    def __init__(self) -> None:
        self.rank = _ArticleMemo(read_rank)
        self._times: dict[str, tuple[RaceTime | None, tuple[NoteLike, ...], str | None]] = {}
        self._notes: dict[str, tuple[NoteLike, ...]] = {}
        # The kind of a cell's text (:func:`kind_of`), for re-aligning flattened rows.
        self.kind = _ArticleMemo(kind_of)
        self._headers: dict[tuple[str, ...], _Header] = {}
        self.noc = _by_content(read_noc)
        self.country = _by_content(read_country)
        self.athlete = _by_content(read_athlete)
        self.team = _by_content(split_team)
        self.members = _by_content(read_members)

    def time(self, text: str) -> tuple[RaceTime | None, tuple[NoteLike, ...], str | None]:
        found = self._times.get(text)
        if found is None:
            found = self._times[text] = read_time(text)
        return found

    def notes(self, text: str) -> tuple[NoteLike, ...]:
        found = self._notes.get(text)
        if found is None:
            found = self._notes[text] = parse_notes(text)
        return found

    def header(self, texts: tuple[str, ...]) -> _Header:
        """A header row of these texts, read once per article (its tables repeat it)."""
        found = self._headers.get(texts)
        if found is None:
            found = self._headers[texts] = _Header(texts)
        return found


def _by_content(read: Callable[[Inline], _T]) -> Callable[[Inline], _T]:
    """A reader of a cell's content, read once per cell value: equal cells share one Inline.

    A closure, not an object with ``__call__``: calling it costs a third less.
    """
    # id(content) -> (content, value); holding the content keeps its id.
    values: dict[int, tuple[Inline, _T]] = {}

    def read_once(content: Inline) -> _T:
        found = values.get(id(content))
        if found is None or found[0] is not content:
            found = values[id(content)] = (content, read(content))
        return found[1]

    return read_once


_NAMES: Final = frozenset({Column.ATHLETE, Column.TEAM})


def _members_column(columns: tuple[Column, ...], index: int) -> bool:
    """True if a members row's cell at ``index`` stands where the team's names go.

    That is under the athletes, or, in a table without such a column, under the
    country whose flag stands above them.
    """
    if index >= len(columns):
        return False
    if _NAMES.isdisjoint(columns):
        return columns[index] is Column.COUNTRY
    return columns[index] in _NAMES


class _TableReader:
    def __init__(
        self, table: Table, relay: bool, stage: str | None, cells: CellValues, sink: DiagnosticSink
    ):
        self.table = table
        self.relay = relay
        self.stage = stage
        self.cells = cells
        self.sink = sink
        self.groups: dict[str | None, _Group] = {}

    def read(self, found: _Found) -> list[RaceRows]:
        label: str | None = None  # from a spanning row inside the table
        label_line = 0
        previous: tuple[Cell, ...] | None = None
        last: Result | None = None  # the last result read, for a members row
        header = found.header
        self._report_unknown_columns(header, self.table.rows[found.index].line)
        laid_out = self.table.spans_laid_out
        for row in self.table.rows[found.index + 1 :]:
            cells = row.cells
            if cells and cells[0].header and row.is_header:
                new_header = self.cells.header(_texts(cells))
                if new_header.is_results:
                    header = new_header
                    self._report_unknown_columns(header, row.line)
                    continue
            if last is not None and self.relay:
                members = self._members_cell(row, previous, last, header.columns)
                if members is not None:
                    last = self._add_members(last, members)
                    continue
            spanning = _spanning_text(row, header.width, laid_out)
            if spanning is not None and race_key(spanning) is not None:
                self._keep_label(label, label_line, header.names)
                label, label_line, previous, last = spanning, row.line, None, None
                continue
            if not _has_content(cells):
                self.sink.add(row.line, "empty table row ignored", "empty-row")
                continue
            if spanning is not None:
                self.sink.add(
                    row.line,
                    f"row {spanning!r} spans the table but names no race; not read",
                    "spanning-row",
                )
                continue
            if not laid_out or len(cells) != header.width:
                fitted = fit_row(
                    header.columns,
                    cells,
                    previous,
                    realign=not laid_out,
                    kind=self.cells.kind,
                    rank=self.cells.rank,
                )
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
                previous = cells if laid_out else fitted.cells
                cells = fitted.cells
            else:  # a laid-out row as wide as its header: its cells stand where they are
                previous = cells
            key = self._race_label(header, cells) or label
            group = self.groups.get(key)
            if group is None:
                group = self.groups[key] = _Group(header.names, row.line)
            last = self._result(header, cells, row.line)
            group.results.append(last)
        self._keep_label(label, label_line, header.names)
        return [
            RaceRows(key, group.columns, tuple(group.results), group.line)
            for key, group in self.groups.items()
        ]

    def _keep_label(self, label: str | None, line: int, columns: tuple[str, ...]) -> None:
        """A race label with no rows under it still names a race: an empty one."""
        if label is not None and label not in self.groups:
            self.groups[label] = _Group(columns, line)

    def _members_cell(
        self,
        row: Row,
        previous: tuple[Cell, ...] | None,
        last: Result,
        columns: tuple[Column, ...],
    ) -> Cell | None:
        """The cell of a relay row that only lists the members of the team above it.

        In wikitext the row's other cells are the team row's, carried down by their
        rowspans; in flattened text, which lost those, it is a row of one cell.
        """
        if not self.relay or not last.team or not row.cells:
            return None
        if not self.table.spans_laid_out:
            text = clean(row.cells[0].content.text)
            alone = len(row.cells) == 1 and bool(text) and race_key(text) is None
            # Names, not what a rank cell holds ("1", "–", "DNF"): a row cut short.
            alone = alone and self.cells.rank(text)[2] is not None
            return row.cells[0] if alone and not last.members_text else None
        if previous is None or len(row.cells) < 2:
            return None
        # The row's own cells, each once (a colspan repeats one cell), by first column.
        own_at: dict[int, tuple[int, Cell]] = {}
        for index, cell in enumerate(row.cells):
            if index >= len(previous) or cell is not previous[index]:
                own_at.setdefault(id(cell), (index, cell))
        own = [cell for _, cell in own_at.values()]
        if len(own) == 1:
            index, cell = next(iter(own_at.values()))
            text = clean(cell.content.text)
            # A race label spanning the table opens the next race instead.
            named = _members_column(columns, index)
            return cell if named and text and race_key(text) is None else None
        if len(own) >= 2 and all(_only_names(cell) for cell in own):
            # One member per cell: "| [[A]] || [[B]] || [[C]] || [[D]]".
            texts = "\n".join(clean(cell.content.text) for cell in own)
            links = tuple(link for cell in own for link in cell.content.links)
            return Cell(Inline(texts, links))
        return None

    def _add_members(self, team: Result, cell: Cell) -> Result:
        members = team.members + read_members(cell.content)
        members_text = "\n".join(t for t in (team.members_text, cell.content.text) if t)
        merged = read_result(
            team.rank,
            # A team no country names (its flag lost) is named by the members found here.
            team.name or team_name(members, members_text),
            team.link,
            team.noc,
            team.team,
            members,
            members_text,
            team.time,
            team.status,
            team.notes,
            team.line,
            team.cells,
        )
        for group in self.groups.values():
            if group.results and group.results[-1] is team:
                group.results[-1] = merged
        return merged

    def _report_unknown_columns(self, header: _Header, line: int) -> None:
        if header.unknown:
            names = ", ".join(repr(name) for name in header.unknown)
            self.sink.add(
                line,
                f"column {names} is not interpreted; its values stay in each result's cells",
                "unknown-column",
            )

    def _race_label(self, header: _Header, cells: tuple[Cell, ...]) -> str | None:
        if header.race is None:
            return None
        text = clean(cells[header.race].content.text)
        if not text:
            return None
        if race_key(text) is not None:
            return text
        stage = header.race_stage
        if stage in _GENERIC_STAGES and self.stage is not None:
            stage = self.stage  # "Race 2" in the semifinals is Semifinal 2
        return race_name(stage, text)

    def _result(self, header: _Header, cells: tuple[Cell, ...], line: int) -> Result:
        values = self.cells
        rank, rank_notes, problem = values.rank(_text_at(cells, header.rank))
        if problem:
            self.sink.add(line, problem, "bad-rank")
        time, time_notes, problem = values.time(_text_at(cells, header.time))
        if problem:
            self.sink.add(line, problem, "bad-time")
        # Notes may stand in the Time or Rank column too ("DQ" for a time).
        notes = values.notes(_text_at(cells, header.notes)) + time_notes + rank_notes
        name, link, noc, team, members, members_text = self._competitor(header, cells, line)
        written = members_text or name
        looks_timed = RaceTime.try_parse(written) if starts_with_digit(written) else None
        if looks_timed is not None and looks_timed.decimals:
            # A cell is missing before this one: everything after it moved left.
            self.sink.add(
                line, f"the competitor's cell holds {written!r}, a time", "misplaced-cell"
            )
        return read_result(
            rank,
            name,
            link,
            noc,
            team,
            members,
            members_text,
            time,
            status_of(notes),
            _unique(notes),
            line,
            _texts(cells),
        )

    def _competitor(self, header: _Header, cells: tuple[Cell, ...], line: int) -> _Competitor:
        person = cells[header.person] if header.person is not None else None
        country = cells[header.country] if header.country is not None else None
        noc: str | None = None
        if country is not None:
            # A relay team whose members stand under the flag in the country's cell:
            # the text beside the flag is the members, not the country again.
            team_cell = self.relay and person is None
            reader = self.cells.noc if team_cell else self.cells.country
            noc, problem = reader(country.content)
            # Unless the cell is only the members, their team's flag lost in flattening.
            if problem and not (team_cell and self._members_only(country)):
                self.sink.add(line, problem, "unknown-country")
        if noc is None and person is not None and person.content.flags:
            noc, problem = self.cells.noc(person.content)
            if problem:
                self.sink.add(line, problem, "unknown-country")
        if not self.relay:
            if person is None:
                return "", None, noc, False, (), ""
            athlete, written_noc = self.cells.athlete(person.content)
            return athlete.name, athlete.link, noc or written_noc, False, (), ""
        return self._team(header, cells, person or country, noc)

    def _members_only(self, cell: Cell) -> bool:
        """True for a flagless team cell that lists several people and no country.

        Read by the article's memos: the team row reads the same cell's members next.
        """
        content = cell.content
        return (
            not content.flags
            and self.cells.team(content)[0] is None
            and len(self.cells.members(content)) > 1
        )

    def _team(
        self, header: _Header, cells: tuple[Cell, ...], shared: Cell | None, noc: str | None
    ) -> _Competitor:
        # A relay's members have a column of their own, or share the team's cell,
        # after the country's name ("[[Canada]] (A, B …)"), or the cell is the name alone.
        members = _cell_at(cells, header.athlete)
        members_content = members.content if members is not None else None
        if members is None and shared is not None:
            named, rest = self.cells.team(shared.content)
            noc = noc or named
            members_content = rest if rest.text.strip() else None
        country = _cell_at(cells, header.country)
        country_text = ""
        if country is not None and country is not shared:
            country_text = clean(country.content.text)
        listed = self.cells.members(members_content) if members_content is not None else ()
        members_text = members_content.text.strip() if members_content is not None else ""
        name = (_ioc.country_name(noc) if noc else None) or country_text
        return name or team_name(listed, members_text), None, noc, True, listed, members_text


def _texts(cells: tuple[Cell, ...]) -> tuple[str, ...]:
    return tuple([cell.content.text for cell in cells])


def _cell_at(cells: tuple[Cell, ...], index: int | None) -> Cell | None:
    return cells[index] if index is not None else None


def _text_at(cells: tuple[Cell, ...], index: int | None) -> str:
    return cells[index].content.text if index is not None else ""


def _has_content(cells: tuple[Cell, ...]) -> bool:
    """True if some cell shows text or a flag."""
    for cell in cells:
        content = cell.content
        if content.flags or content.text.strip():
            return True
    return False


def _only_names(cell: Cell) -> bool:
    """True for a cell that holds links to people and nothing else."""
    content = cell.content
    if not content.links or content.flags:
        return False
    rest = content.text
    for link in content.links:
        rest = rest.replace(link.text, "", 1)
    return rest.strip(" ,;\n") in ("", "and")


def _unique(notes: tuple[NoteLike, ...]) -> tuple[NoteLike, ...]:
    return tuple(dict.fromkeys(notes)) if len(notes) > 1 else notes


def read_race_table(
    table: Table, relay: bool, stage: str | None, cells: CellValues, sink: DiagnosticSink
) -> ResultsTable | None:
    """Read a results table into one or more races; ``None`` if it is not one.

    ``stage`` is the stage of the round the table stands in (``"semifinal"``), for
    naming races from a generic race column; ``cells`` reads the cells of a whole
    article, remembering what it read.
    """
    found = _header_of(table, cells)
    if found is None:
        return None
    races = _TableReader(table, relay, stage, cells, sink).read(found)
    return ResultsTable(tuple(races), found.title)
