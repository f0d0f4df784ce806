"""Wikitables by MediaWiki's own line rules, with rowspan and colspan laid out.

Line by line, as MediaWiki's table parser does: ``{|`` opens, ``|}`` closes,
``|+`` is the caption, ``|-`` starts a row, ``!`` lines hold header cells split
at ``!!`` (or ``||``), ``|`` lines hold data cells split at ``||``; a cell's text
before a single ``|`` is its attributes; ``<tr>``/``<td>``/``<th>`` are rows and
cells too; any other line continues the last cell (or the caption after ``|+``).
A ``{|`` inside a table opens a nested table, at any depth, in one pass: a table
that only lays out tables gives what its cells hold, in document order.  Unlike
mwparserfromhell, spans are laid out so every row has every column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, TypeAlias

from ._diagnostics import DiagnosticSink
from ._document import EMPTY_INLINE, Block, Cell, Inline, Row, Table
from ._inline import InlineRenderer, shown_without_problems
from ._text import LazyPattern, TextCache, bounded_int
from ._value import Value
from ._wikisyntax import LogicalLine, split_outside, splits_plainly, swallowed_rows

_SPAN: Final = re.compile(r"""\b(row|col)span\s*=\s*["']?\s*([0-9]+)""", re.IGNORECASE)
# Each attribute is an atomic group: a run of name characters can be read only one
# way, so text that is not attributes fails in linear time (no backtracking).
_ATTRIBUTES: Final = re.compile(r"""\s*(?>[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=]+))?\s*)*""")
_ATTRIBUTE_NAME: Final = re.compile(r"""([\w:-]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=]+))?""")
# Attributes MediaWiki keeps on table cells (anything else it silently drops).
_CELL_ATTRIBUTES: Final = frozenset(
    {
        "abbr", "align", "axis", "bgcolor", "char", "charoff", "class", "colspan",
        "dir", "headers", "height", "id", "lang", "nowrap", "rowspan", "scope",
        "style", "title", "valign", "width",
    }
)  # fmt: skip
_MAX_COLSPAN: Final = 1000  # HTML's own limit
_MAX_ROWSPAN: Final = 65534
_EMPTY: Final = Cell(EMPTY_INLINE)
_ROW_MARKS: Final = ("-", "+", "}")  # after "|": a new row, a caption, the table's end
_HTML_CELL: Final = LazyPattern(
    r"<(?P<closing>/?)(?P<name>tr|td|th)\b(?P<attributes>[^<>]*)>", re.IGNORECASE
)


class _RawCell:
    """A cell as written: the text after its mark, then what continues it."""

    __slots__ = ("attributes", "content", "header", "line", "more", "shown")

    def __init__(
        self,
        header: bool,
        attributes: str,
        line: int,
        content: str = "",
        shown: Inline | None = None,
    ) -> None:
        self.header = header
        self.attributes = attributes
        self.line = line
        self.content = content
        # Lines that continue the cell, and tables nested in it (most cells have none).
        self.more: list[LogicalLine | _RawTable] | None = None
        # What the cell shows, when known as it is read (a text with nothing to tell).
        self.shown = shown

    def add(self, part: LogicalLine | _RawTable) -> None:
        self.shown = None
        if self.more is None and not self.content and isinstance(part, LogicalLine):
            self.content = part.text  # text that opens an HTML cell: its first line
            return
        if self.more is None:
            self.more = []
        self.more.append(part)

    def parts(self) -> list[LogicalLine | _RawTable]:
        return [LogicalLine(self.content, self.line), *(self.more or ())]

    def holds_table(self) -> bool:
        return self.more is not None and any(isinstance(part, _RawTable) for part in self.more)

    def is_blank(self) -> bool:
        if self.content.strip():
            return False
        return self.more is None or all(
            isinstance(part, LogicalLine) and not part.text.strip() for part in self.more
        )

    def text(self) -> str:
        if self.more is None:
            return self.content
        more = "\n".join(part.text for part in self.more if isinstance(part, LogicalLine))
        return f"{self.content}\n{more}"


class _RawRow(Value):
    __slots__ = ("_cells", "line", "read", "spans")

    def __init__(self, line: int, cells: list[_RawCell] | None = None) -> None:
        self.line = line
        self._cells = [] if cells is None else cells
        # Row lines read and not yet made into raw cells, each as (header, line, the
        # facts of its cells): most rows are laid out straight from these.
        self.read: list[tuple[bool, int, list[_CellFacts]]] = []
        self.spans = False  # some cell's attributes may hold a rowspan or a colspan

    @property
    def cells(self) -> list[_RawCell]:
        """The row's cells, the lines read made into raw cells now."""
        if self.read:
            self._cells.extend(
                _RawCell(header, attributes, line, content, shown)
                for header, line, cells in self.read
                for attributes, content, _, _, shown in cells
            )
            self.read = []
        return self._cells

    def only_read(self) -> list[tuple[bool, int, list[_CellFacts]]] | None:
        """The lines read, if they hold every cell of the row (none continued or HTML)."""
        return None if self._cells else self.read

    def is_empty(self) -> bool:
        return not self.read and not self._cells


class _RawTable(Value):
    __slots__ = ("captions", "end_line", "in_caption", "line", "nested", "rows")

    def __init__(self, line: int) -> None:
        self.line = line
        self.end_line = 0
        self.rows: list[_RawRow] = []
        self.captions: list[list[LogicalLine]] = []
        self.in_caption = False  # the last line read was a caption's
        self.nested = False  # holds a table: a layout table, read as what it holds

    def current_cell(self) -> _RawCell | None:
        return self.rows[-1].cells[-1] if self.rows and self.rows[-1].cells else None

    def awaits_content(self) -> bool:
        """True while a heading or term may stand inside (a layout cell, just opened)."""
        if self.nested:
            return True
        return bool(self.rows and self.rows[-1].cells) and all(
            cell.is_blank() for cell in self.rows[-1].cells
        )


BlockReader: TypeAlias = Callable[[list[LogicalLine]], list[Block]]
BlockBreak: TypeAlias = Callable[[str], str | None]


def is_table_start(text: str) -> bool:
    """True for a line that opens a table (``{|``, possibly indented with ``:``)."""
    return "{|" in text and text.lstrip(": \t").startswith("{|")


def is_table_end(text: str) -> bool:
    """True for a line that closes a table."""
    return text.lstrip().startswith("|}")


def _split_cell(raw: str) -> tuple[str, str]:
    bar = raw.find("|")
    if bar < 0:
        return "", raw
    before = raw[:bar]
    if "[[" not in before and "{{" not in before and "<" not in before:
        return before, raw[bar + 1 :]
    parts = split_outside(raw, "|", 1)
    # MediaWiki's own rule: text with a link before the bar is content, not attributes.
    if len(parts) == 2 and "[[" not in parts[0]:
        return parts[0], parts[1]
    return "", raw


def _are_attributes(text: str) -> bool:
    """True if ``text`` is a list of cell attributes, as in ``align=left``."""
    if not _ATTRIBUTES.fullmatch(text):
        return False
    return all(
        name.casefold() in _CELL_ATTRIBUTES or name.casefold().startswith("data-")
        for name in _ATTRIBUTE_NAME.findall(text)
    )


@TextCache  # the same few attribute strings recur in every table
def _attribute_facts(attributes: str) -> tuple[bool, bool]:
    """Whether a cell's text before its ``|`` is attributes, and may hold a span."""
    return not attributes.strip() or _are_attributes(attributes), _may_span(attributes)


# A cell of a row line as written: its attributes (empty if none), its content,
# whether the attributes are ones MediaWiki keeps (or none), whether they may hold a
# span, and what it shows if that is known (see :func:`shown_without_problems`).
_CellFacts: TypeAlias = tuple[str, str, bool, bool, Inline | None]


def _cell_facts(cell: str) -> _CellFacts:
    attributes, content = _split_cell(cell) if "|" in cell else ("", cell)
    are_attributes, may_span = _attribute_facts(attributes) if attributes else (True, False)
    return attributes, content, are_attributes, may_span, shown_without_problems(content)


@TextCache  # cells recur: ranks, notes, countries, attributes
def _plain_cell_facts(cell: str) -> _CellFacts | None:
    """The facts of a cell that :func:`splits_plainly`; ``None`` for another cell."""
    return _cell_facts(cell) if splits_plainly(cell) else None


# The cells of rows that are split the long way (a footnote mark, ``<sup>[a]</sup>``,
# in one cell sends its whole row there) recur as much as the others.
_split_cell_facts: Final = TextCache(_cell_facts)


def _row_cells(body: str, header: bool) -> list[_CellFacts]:
    """The cells of a row line (its text after the ``|`` or ``!``), each read."""
    pieces = body.split("||")
    if header and "!!" in body:
        pieces = [part for piece in pieces for part in piece.split("!!")]
    cells = list(map(_plain_cell_facts, pieces))
    if None not in cells:
        return cells  # type: ignore[return-value]  # none is None
    # A separator may stand inside markup: split where MediaWiki does.
    pieces = split_outside(body, "||")
    if header:
        pieces = [part for piece in pieces for part in split_outside(piece, "!!")]
    return list(map(_split_cell_facts, pieces))


def _may_span(attributes: str) -> bool:
    return bool(attributes) and "span" in attributes.casefold()


@TextCache
def _spans(attributes: str) -> tuple[int, int]:
    """The cell's (colspan, rowspan), each at least 1 and at most HTML's limit."""
    colspan = rowspan = 1
    if _may_span(attributes):
        for match in _SPAN.finditer(attributes):
            if match.group(1).casefold() == "col":
                colspan = max(1, bounded_int(match.group(2), _MAX_COLSPAN))
            else:
                rowspan = max(1, bounded_int(match.group(2), _MAX_ROWSPAN))
    return colspan, rowspan


_NO_SPANS: Final = (1, 1)


def _spans_of(attributes: str, may_span: bool) -> tuple[int, int]:
    return _spans(attributes) if may_span else _NO_SPANS


def _first_line(raw: _RawRow) -> int:
    """The line of a row's first cell (the row's own line if it has none)."""
    if read := raw.only_read():
        return read[0][1]
    return raw.cells[0].line if raw.cells else raw.line


class _TableReader:
    """Reads a table and every table nested in it in one pass over the lines.

    Open tables are kept on a stack, so tables left unclosed inside each other cost
    linear time.  A table that holds tables is a layout table: what its cells hold
    (tables, race terms, headings, bold lines) is read in document order.
    """

    def __init__(
        self,
        lines: list[LogicalLine],
        renderer: InlineRenderer,
        sink: DiagnosticSink,
        read_blocks: BlockReader,
        block_break: BlockBreak,
    ) -> None:
        self.lines = lines
        self.renderer = renderer
        self.sink = sink
        self.read_blocks = read_blocks
        self.block_break = block_break

    def read(self, start: int) -> tuple[int, list[Block]]:
        root = _RawTable(self.lines[start].line)
        stack = [root]
        index = start + 1
        lines = self.lines  # lines are replaced below, never added or removed
        count = len(lines)
        while index < count and stack:
            logical = lines[index]
            text = logical.text.strip()
            table = stack[-1]
            first, mark = text[:1], text[1:2]
            if (first == "!" or (first == "|" and mark != "}")) and "\n" not in logical.text:
                # The commonest lines, a row of cells or a new row, read without the
                # checks below (neither opens nor closes a table, nor breaks it off).
                table.in_caption = False
                if first == "!" or mark not in _ROW_MARKS:
                    self._cells(table, text, logical.line)
                elif mark == "-":
                    table.rows.append(_RawRow(logical.line))
                else:
                    self._line(table, logical)  # a caption
            elif is_table_start(text):
                child = _RawTable(logical.line)
                self._attach(table, child, logical.line)
                stack.append(child)
            elif is_table_end(text):
                table.end_line = logical.line
                stack.pop()
                rest = text[2:].strip()
                if rest:  # "|} bar": the text follows the table, as MediaWiki shows it
                    self.lines[index] = LogicalLine(rest, logical.line)
                    continue
            elif (what := self.block_break(text)) and not table.awaits_content():
                # A heading or a race term after a table's rows: its |} is missing.
                self._unclosed(table, f"before the {what} on line {logical.line}")
                table.end_line = self.lines[index - 1].line
                stack.pop()
                continue  # the same line, now read by the enclosing table or the article
            else:
                self._line(table, logical)
            index += 1
        for table in reversed(stack):
            self._unclosed(table, "before the end of the text")
            table.end_line = self.lines[-1].line
        return index, self._blocks(root)

    def _unclosed(self, table: _RawTable, where: str) -> None:
        self.sink.add(
            table.line,
            f"table is not closed with |}} {where}; read as if closed there",
            "unclosed-table",
        )

    @staticmethod
    def _attach(table: _RawTable, child: _RawTable, line: int) -> None:
        table.nested = True
        table.in_caption = False
        cell = table.current_cell()
        if cell is None:  # a table outside any cell: MediaWiki shows it all the same
            table.rows.append(_RawRow(line, [cell := _RawCell(False, "", line)]))
        cell.add(child)

    def _line(self, table: _RawTable, logical: LogicalLine) -> None:
        text = logical.text.strip()
        if "\n" in logical.text:
            self._report_swallowed(logical)
        if text.startswith("|-"):
            table.rows.append(_RawRow(logical.line))
            table.in_caption = False
        elif text.startswith("|+"):
            table.captions.append([LogicalLine(_split_cell(text[2:])[1].strip(), logical.line)])
            table.in_caption = True
        elif text[:1] in ("|", "!"):
            table.in_caption = False
            self._cells(table, text, logical.line)
        elif text[:1] == "<" and _HTML_CELL.match(text):
            table.in_caption = False
            self._html_cells(table, text, logical.line)
        elif table.in_caption:
            table.captions[-1].append(logical)
        else:
            self._continue(table, logical)

    def _report_swallowed(self, logical: LogicalLine) -> None:
        swallowed = swallowed_rows(logical)
        if swallowed is None:
            return
        first, last = swallowed
        closed = logical.line + logical.text.count("\n")
        span = f"line {first}" if first == last else f"lines {first}-{last}"
        self.sink.add(
            logical.line,
            f"a template opened on line {logical.line} closes only on line {closed}, so "
            f"{span} are one of its arguments, not table rows (as MediaWiki reads them); "
            "is a '}}' missing?",
            "swallowed-rows",
        )

    def _cells(self, table: _RawTable, text: str, line: int) -> None:
        header = text[0] == "!"
        if not table.rows:
            table.rows.append(_RawRow(line))
        row = table.rows[-1]
        cells = _row_cells(text[1:], header)
        for attributes, _, are_attributes, may_span, _ in cells:
            if not are_attributes:
                self._report_attributes(attributes, line)
            if may_span:
                row.spans = True
        row.read.append((header, line, cells))

    def _report_attributes(self, attributes: str, line: int) -> None:
        self.sink.add(
            line,
            f"{attributes.strip()!r} stands before a cell's '|', so MediaWiki takes it "
            "for attributes and does not show it",
            "cell-attributes",
        )

    def _html_cells(self, table: _RawTable, text: str, line: int) -> None:
        """``<tr>``, ``<td>`` and ``<th>`` written as HTML inside a wikitable."""
        position = 0
        cell: _RawCell | None = table.current_cell()
        for match in _HTML_CELL.finditer(text):
            between = text[position : match.start()]
            if between.strip() and cell is not None:
                cell.add(LogicalLine(between, line))
            position = match.end()
            closing, name = match["closing"], match["name"].casefold()
            if closing:
                cell = None
            elif name == "tr":
                table.rows.append(_RawRow(line))
                cell = None
            else:
                if not table.rows:
                    table.rows.append(_RawRow(line))
                cell = _RawCell(name == "th", match["attributes"], line)
                table.rows[-1].cells.append(cell)
                table.rows[-1].spans = table.rows[-1].spans or _may_span(cell.attributes)
        rest = text[position:]
        if rest.strip() and cell is not None:
            cell.add(LogicalLine(rest, line))

    def _continue(self, table: _RawTable, logical: LogicalLine) -> None:
        cell = table.current_cell()
        if cell is not None:
            cell.add(logical)
        elif logical.text.strip():
            self.sink.add(logical.line, "text inside a table but outside any cell", "table-text")

    def _blocks(self, root: _RawTable) -> list[Block]:
        """The tables in document order, layout tables replaced by what they hold."""
        blocks: list[Block] = []
        work: list[_RawTable | list[LogicalLine]] = [root]  # a stack, next item last
        while work:
            item = work.pop()
            if isinstance(item, list):
                blocks.extend(self.read_blocks(item))
            elif item.nested and not _has_own_rows(item, labels := _label_rows(item)):
                work.extend(reversed(_pieces(item, labels)))  # a layout table: what it holds
            elif item.nested:
                # A table of its own rows with tables in some cells: it, then them.
                blocks.append(self._table(item))
                work.extend(reversed(_tables_in(item)))
            else:
                blocks.append(self._table(item))
        return blocks

    def _table(self, raw: _RawTable) -> Table:
        caption = None
        if raw.captions:
            lines = [line for caption_lines in raw.captions for line in caption_lines]
            text = "\n".join(line.text for line in lines)
            caption = self.renderer.render(text, raw.captions[0][0].line)
        return Table(
            rows=self._layout(raw.rows),
            line=raw.line,
            end_line=raw.end_line,
            caption=caption,
            spans_laid_out=True,
        )

    def _layout(self, raw_rows: list[_RawRow]) -> tuple[Row, ...]:
        carried: dict[int, tuple[int, Cell]] = {}  # column -> (rows still to fill, cell)
        rows: list[Row] = []
        render = self.renderer.render
        for raw in raw_rows:
            if (read := raw.only_read()) and not raw.spans:
                # The common row: no spans of its own, each cell in a column of its own
                # (those a rowspan above still fills, if any, left to it).
                plain = [
                    Cell(shown or render(content, line), header)
                    for header, line, cells in read
                    for _, content, _, _, shown in cells
                ]
                if carried:
                    _insert_carried(plain, carried)
                rows.append(Row(tuple(plain), read[0][1]))
                continue
            if raw.is_empty():
                continue  # an empty row shows nothing, and MediaWiki drops it
            cells: list[Cell] = []
            pending = iter(self._own_cells(raw))
            column = 0
            own = next(pending, None)
            while own is not None or column in carried:
                if column in carried:
                    remaining, cell = carried[column]
                    cells.append(cell)
                    if remaining > 1:
                        carried[column] = (remaining - 1, cell)
                    else:
                        del carried[column]
                    column += 1
                    continue
                assert own is not None
                cell, colspan, rowspan = own
                for _ in range(colspan):
                    if rowspan > 1:
                        carried[column] = (rowspan - 1, cell)
                    cells.append(cell)
                    column += 1
                own = next(pending, None)
            while carried and column <= max(carried):
                # A spanned cell further right than this row's own cells reach.
                spanned = carried.pop(column, None)
                if spanned is None:
                    cells.append(_EMPTY)
                else:
                    remaining, cell = spanned
                    cells.append(cell)
                    if remaining > 1:
                        carried[column] = (remaining - 1, cell)
                column += 1
            if cells:
                rows.append(Row(tuple(cells), _first_line(raw)))
        return tuple(rows)

    def _own_cells(self, raw: _RawRow) -> list[tuple[Cell, int, int]]:
        """The cells a row writes, each with its colspan and rowspan, in order.

        A row whose lines were read whole (most rows a rowspan above reaches) is
        taken from the facts read, without making raw cells.
        """
        render = self.renderer.render
        if read := raw.only_read():
            return [
                (Cell(shown or render(content, line), header), *_spans_of(attributes, may_span))
                for header, line, cells in read
                for attributes, content, _, may_span, shown in cells
            ]
        return [
            (
                Cell(cell.shown or render(cell.text(), cell.line), cell.header),
                *_spans_of(cell.attributes, bool(cell.attributes)),
            )
            for cell in raw.cells
        ]


def _insert_carried(cells: list[Cell], carried: dict[int, tuple[int, Cell]]) -> None:
    """Put each cell a rowspan carries down into its column of a row of one-column cells.

    The row's own cells keep their order in the other columns; where they end before
    a carried column, empty cells fill the gap.  Each carried cell has a row fewer
    to fill.
    """
    for column in sorted(carried):
        remaining, cell = carried[column]
        if column > len(cells):
            cells.extend([_EMPTY] * (column - len(cells)))
        cells.insert(column, cell)
        if remaining > 1:
            carried[column] = (remaining - 1, cell)
        else:
            del carried[column]


def _pieces(table: _RawTable, labels: set[int]) -> list[_RawTable | list[LogicalLine]]:
    """What a layout table holds, in document order: runs of lines and tables.

    A row of labels above cells holding tables labels them column by column
    (``! Heat 1 !! Heat 2``, or bold labels in data cells, over two tables side by
    side): ``labels`` are those rows (see :func:`_label_rows`).
    """
    pieces: list[_RawTable | list[LogicalLine]] = list(table.captions)
    headers: dict[int, list[LogicalLine]] = {}  # column -> the label above it
    for index, row in enumerate(table.rows):
        if index in labels:
            pieces.extend(headers.pop(column) for column in sorted(headers))
            headers = {
                column: _lines(cell) for column, cell in enumerate(row.cells) if not cell.is_blank()
            }
            continue
        for column, cell in enumerate(row.cells):
            if column in headers and cell.holds_table():
                pieces.append(headers.pop(column))
            run: list[LogicalLine] = []
            for part in cell.parts():
                if isinstance(part, LogicalLine):
                    run.append(part)
                    continue
                if run:
                    pieces.append(run)
                    run = []
                pieces.append(part)
            if run:
                pieces.append(run)
    pieces.extend(headers[column] for column in sorted(headers))
    return pieces


def _label_rows(table: _RawTable) -> set[int]:
    """Rows of two or more cells and no table, directly above cells holding tables."""
    found: set[int] = set()
    for index, (row, below) in enumerate(zip(table.rows, table.rows[1:], strict=False)):
        if len(row.cells) < 2 or any(cell.holds_table() for cell in row.cells):
            continue
        if any(
            not cell.is_blank() and column < len(below.cells) and below.cells[column].holds_table()
            for column, cell in enumerate(row.cells)
        ):
            found.add(index)
    return found


def _has_own_rows(table: _RawTable, labels: set[int]) -> bool:
    """True if some row, not one of the ``labels`` rows, is data of the table's own."""
    return any(_is_own_row(row) for index, row in enumerate(table.rows) if index not in labels)


def _tables_in(table: _RawTable) -> list[_RawTable]:
    """The tables nested in a table's cells, in document order."""
    return [
        part
        for row in table.rows
        for cell in row.cells
        for part in cell.more or ()
        if isinstance(part, _RawTable)
    ]


def _lines(cell: _RawCell) -> list[LogicalLine]:
    return [part for part in cell.parts() if isinstance(part, LogicalLine)]


def _is_own_row(row: _RawRow) -> bool:
    """True for a row of data of a table's own: two or more filled cells, no table."""
    if any(cell.holds_table() for cell in row.cells):
        return False
    filled = [cell for cell in row.cells if not cell.is_blank()]
    return len(filled) >= 2 and not all(cell.header for cell in filled)


def read_table(
    lines: list[LogicalLine],
    start: int,
    renderer: InlineRenderer,
    sink: DiagnosticSink,
    read_blocks: BlockReader,
    block_break: BlockBreak,
) -> tuple[int, list[Block]]:
    """Read the table opening at ``lines[start]``; return where it ends and its blocks.

    A plain table is one :class:`Table`; a layout table (one holding tables) gives
    what it holds instead: its tables and, read by ``read_blocks``, the text of its
    cells.  ``block_break`` names a line that cannot stand in a table's rows (a
    heading, a race term): before it, an unclosed table is closed.
    """
    return _TableReader(lines, renderer, sink, read_blocks, block_break).read(start)
