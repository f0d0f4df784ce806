"""The format-neutral document that readers produce and the interpreter consumes.

A reader knows one input form and nothing about skating; the interpreter knows
skating and nothing about markup.  This module is the contract between them: a
title, the infobox's key/values, and a flat sequence of blocks (headings, race
terms, paragraphs, tables with spans laid out), each with its 1-based source line.

The small pieces (``Link``, ``Inline``, ``Cell``, ``Row``) are built thousands of
times per article, so their fields are plain attributes rather than ``Final`` ones
(a frozen class takes twice as long to build); nothing mutates them.
"""

from __future__ import annotations

from typing import Final, TypeAlias

from ._value import FrozenValue, Value
from .model import Diagnostic


class Link(Value):
    """A wiki link: the article it points to and the text it shows."""

    __slots__ = ("target", "text")

    def __init__(self, target: str, text: str) -> None:
        self.target = target
        self.text = text


class Inline(Value):
    """Inline content reduced to text, keeping what markup said about it.

    ``text`` is what a reader sees, with line breaks (``<br>``) as ``"\\n"``;
    ``links`` are the wiki links in it; ``flags`` are the countries named by flag
    templates in it, as written (an IOC code or a country name).
    """

    __slots__ = ("flags", "links", "text")

    def __init__(
        self, text: str, links: tuple[Link, ...] = (), flags: tuple[str, ...] = ()
    ) -> None:
        self.text = text
        self.links = links
        self.flags = flags


EMPTY_INLINE = Inline("")


class Cell(Value):
    """One table cell after spans are laid out."""

    __slots__ = ("content", "header")

    def __init__(self, content: Inline, header: bool = False) -> None:
        self.content = content
        self.header = header

    @property
    def text(self) -> str:
        """The cell's text."""
        return self.content.text


class Row(Value):
    """One table row; ``line`` is the source line where the row starts."""

    __slots__ = ("cells", "line")

    def __init__(self, cells: tuple[Cell, ...], line: int) -> None:
        self.cells = cells
        self.line = line

    @property
    def is_header(self) -> bool:
        """True when every cell is a header cell."""
        return bool(self.cells) and all(cell.header for cell in self.cells)

    @property
    def texts(self) -> tuple[str, ...]:
        """The cells' texts."""
        return tuple([cell.content.text for cell in self.cells])


class Table(FrozenValue):
    """A table: its caption (if any) and its rows, header rows included.

    ``spans_laid_out`` is true when the reader expanded rowspans and colspans, so a
    row's cells stand in their columns; false when spanned cells may be lost.
    """

    __slots__ = ("caption", "end_line", "line", "rows", "spans_laid_out")
    rows: Final[tuple[Row, ...]]
    line: Final[int]
    end_line: Final[int]
    caption: Final[Inline | None]
    spans_laid_out: Final[bool]

    def __init__(
        self,
        rows: tuple[Row, ...],
        line: int,
        end_line: int,
        caption: Inline | None = None,
        spans_laid_out: bool = False,
    ) -> None:
        self.rows = rows
        self.line = line
        self.end_line = end_line
        self.caption = caption
        self.spans_laid_out = spans_laid_out


class Heading(FrozenValue):
    """A section heading (``==Results==`` is level 2)."""

    __slots__ = ("level", "line", "text")
    text: Final[str]
    level: Final[int]
    line: Final[int]

    def __init__(self, text: str, level: int, line: int) -> None:
        self.text = text
        self.level = level
        self.line = line


class Term(FrozenValue):
    """A definition-list term line (``;Heat 1``), the usual race label."""

    __slots__ = ("line", "text")
    text: Final[str]
    line: Final[int]

    def __init__(self, text: str, line: int) -> None:
        self.text = text
        self.line = line


class Paragraph(FrozenValue):
    """Prose, reduced to text."""

    __slots__ = ("line", "text")
    text: Final[str]
    line: Final[int]

    def __init__(self, text: str, line: int) -> None:
        self.text = text
        self.line = line


Block: TypeAlias = Heading | Term | Paragraph | Table


class InfoboxEntry(FrozenValue):
    """One infobox parameter: the key as written, its value, its line."""

    __slots__ = ("key", "line", "value")
    key: Final[str]
    value: Final[Inline]
    line: Final[int]

    def __init__(self, key: str, value: Inline, line: int) -> None:
        self.key = key
        self.value = value
        self.line = line


class Document(FrozenValue):
    """A whole article in neutral form."""

    __slots__ = ("blocks", "diagnostics", "infobox", "infobox_line", "lines", "title")
    title: Final[str | None]
    infobox: Final[tuple[InfoboxEntry, ...]]
    infobox_line: Final[int | None]
    blocks: Final[tuple[Block, ...]]
    lines: Final[tuple[str, ...]]
    diagnostics: Final[tuple[Diagnostic, ...]]

    def __init__(
        self,
        title: str | None,
        infobox: tuple[InfoboxEntry, ...],
        infobox_line: int | None,
        blocks: tuple[Block, ...],
        lines: tuple[str, ...],
        diagnostics: tuple[Diagnostic, ...] = (),
    ) -> None:
        self.title = title
        self.infobox = infobox
        self.infobox_line = infobox_line
        self.blocks = blocks
        self.lines = lines
        self.diagnostics = diagnostics

    def source(self, line: int | None) -> str | None:
        """The text of a 1-based source line, if it exists."""
        return source_line(self.lines, line)


def source_line(lines: tuple[str, ...], line: int | None) -> str | None:
    """The text of the 1-based source ``line`` of ``lines``, if it exists."""
    if line is None or not 1 <= line <= len(lines):
        return None
    return lines[line - 1]
