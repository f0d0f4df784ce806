"""Wikitables by MediaWiki's own line rules, with rowspan and colspan laid out.

Line by line, as MediaWiki's table parser does: ``{|`` opens, ``|}`` closes,
``|+`` is the caption, ``|-`` starts a row, ``!`` lines hold header cells split
at ``!!`` (or ``||``), ``|`` lines hold data cells split at ``||``; a cell's text
before a single ``|`` is its attributes; any other line continues the last cell.
Unlike mwparserfromhell, spans are laid out so every row has every column.
"""

from __future__ import annotations

import functools
import re
from typing import Final

import attrs

from ._diagnostics import DiagnosticSink
from ._document import EMPTY_INLINE, Cell, Inline, Row, Table
from ._inline import InlineRenderer
from ._text import bounded_int
from ._wikisyntax import LogicalLine, split_outside

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


@attrs.define
class _RawCell:
    header: bool
    attributes: str
    content: str
    line: int


@attrs.define
class _RawRow:
    line: int
    cells: list[_RawCell] = attrs.Factory(list)


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
    if "[[" not in before and "{{" not in before:
        return before, raw[bar + 1 :]
    parts = split_outside(raw, "|", 1)
    # MediaWiki's own rule: text with a link before the bar is content, not attributes.
    if len(parts) == 2 and "[[" not in parts[0]:
        return parts[0], parts[1]
    return "", raw


@functools.lru_cache(maxsize=1024)  # the same few attribute strings recur in every table
def _are_attributes(text: str) -> bool:
    """True if ``text`` is a list of cell attributes, as in ``align=left``."""
    if not _ATTRIBUTES.fullmatch(text):
        return False
    return all(
        name.casefold() in _CELL_ATTRIBUTES or name.casefold().startswith("data-")
        for name in _ATTRIBUTE_NAME.findall(text)
    )


def _spans(attributes: str) -> tuple[int, int]:
    """The cell's (colspan, rowspan), each at least 1 and at most HTML's limit."""
    colspan = rowspan = 1
    if attributes and "span" in attributes.casefold():
        for match in _SPAN.finditer(attributes):
            if match.group(1).casefold() == "col":
                colspan = max(1, bounded_int(match.group(2), _MAX_COLSPAN))
            else:
                rowspan = max(1, bounded_int(match.group(2), _MAX_ROWSPAN))
    return colspan, rowspan


class _TableParser:
    def __init__(self, lines: list[LogicalLine], renderer: InlineRenderer, sink: DiagnosticSink):
        self.lines = lines
        self.renderer = renderer
        self.sink = sink
        self.rows: list[_RawRow] = []
        self.caption: str | None = None
        self.caption_line = 0
        self.nested = 0

    def parse(self) -> Table:
        first = self.lines[0].line
        last = self.lines[-1].line
        for logical in self.lines[1:]:
            self._line(logical)
        return Table(
            rows=self._layout(),
            line=first,
            end_line=last,
            caption=self._caption(),
            spans_laid_out=True,
        )

    def _caption(self) -> Inline | None:
        if self.caption is None:
            return None
        return self.renderer.render(self.caption, self.caption_line)

    def _line(self, logical: LogicalLine) -> None:
        text = logical.text.strip()
        if self.nested:
            self._continue(logical)
            if is_table_start(text):
                self.nested += 1
            elif is_table_end(text):
                self.nested -= 1
            return
        if not text or is_table_end(text):
            return
        if is_table_start(text):
            self.nested = 1
            self._continue(logical)
        elif text.startswith("|-"):
            self.rows.append(_RawRow(logical.line))
        elif text.startswith("|+"):
            self.caption = _split_cell(text[2:])[1].strip()
            self.caption_line = logical.line
        elif text[0] in "|!":
            self._cells(text, logical.line)
        else:
            self._continue(logical)

    def _cells(self, text: str, line: int) -> None:
        header = text[0] == "!"
        body = text[1:]
        pieces = split_outside(body, "||")
        if header:
            pieces = [part for piece in pieces for part in split_outside(piece, "!!")]
        if not self.rows:
            self.rows.append(_RawRow(line))
        row = self.rows[-1]
        for piece in pieces:
            attributes, content = _split_cell(piece)
            if attributes.strip() and not _are_attributes(attributes):
                self.sink.add(
                    line,
                    f"{attributes.strip()!r} stands before a cell's '|', so MediaWiki takes it "
                    "for attributes and does not show it",
                    "cell-attributes",
                )
            row.cells.append(_RawCell(header, attributes, content, line))

    def _continue(self, logical: LogicalLine) -> None:
        if self.rows and self.rows[-1].cells:
            self.rows[-1].cells[-1].content += "\n" + logical.text
        elif logical.text.strip():
            self.sink.add(logical.line, "text inside a table but outside any cell", "table-text")

    def _layout(self) -> tuple[Row, ...]:
        carried: dict[int, tuple[int, Cell]] = {}  # column -> (rows still to fill, cell)
        rows: list[Row] = []
        for raw in self.rows:
            if not raw.cells:
                continue  # an empty row shows nothing, and MediaWiki drops it
            cells: list[Cell] = []
            pending = iter(raw.cells)
            column = 0
            raw_cell = next(pending, None)
            while raw_cell is not None or column in carried:
                if column in carried:
                    remaining, cell = carried[column]
                    cells.append(cell)
                    if remaining > 1:
                        carried[column] = (remaining - 1, cell)
                    else:
                        del carried[column]
                    column += 1
                    continue
                assert raw_cell is not None
                content = self.renderer.render(raw_cell.content, raw_cell.line)
                cell = Cell(content, raw_cell.header)
                colspan, rowspan = _spans(raw_cell.attributes)
                for _ in range(colspan):
                    if rowspan > 1:
                        carried[column] = (rowspan - 1, cell)
                    cells.append(cell)
                    column += 1
                raw_cell = next(pending, None)
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
                line = raw.cells[0].line if raw.cells else raw.line
                rows.append(Row(tuple(cells), line))
        return tuple(rows)


def parse_table(lines: list[LogicalLine], renderer: InlineRenderer, sink: DiagnosticSink) -> Table:
    """Parse the logical lines of one table, from its ``{|`` line to its ``|}`` line."""
    return _TableParser(lines, renderer, sink).parse()
