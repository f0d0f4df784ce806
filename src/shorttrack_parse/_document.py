"""The format-neutral document that readers produce and the interpreter consumes.

A reader knows one input form and nothing about skating; the interpreter knows
skating and nothing about markup.  This module is the contract between them: a
title, the infobox's key/values, and a flat sequence of blocks (headings, race
terms, paragraphs, tables with spans laid out), each with its 1-based source line.

The small pieces (``Link``, ``Inline``, ``Cell``, ``Row``) are built thousands of
times per article, so they are plain slotted classes rather than frozen ones
(frozen attrs classes take over twice as long to build); nothing mutates them.
"""

from __future__ import annotations

from typing import TypeAlias

import attrs

from .model import Diagnostic


@attrs.define
class Link:
    """A wiki link: the article it points to and the text it shows."""

    target: str
    text: str


@attrs.define
class Inline:
    """Inline content reduced to text, keeping what markup said about it.

    ``text`` is what a reader sees, with line breaks (``<br>``) as ``"\\n"``;
    ``links`` are the wiki links in it; ``flags`` are the countries named by flag
    templates in it, as written (an IOC code or a country name).
    """

    text: str
    links: tuple[Link, ...] = ()
    flags: tuple[str, ...] = ()


EMPTY_INLINE = Inline("")


@attrs.define
class Cell:
    """One table cell after spans are laid out."""

    content: Inline
    header: bool = False

    @property
    def text(self) -> str:
        """The cell's text."""
        return self.content.text


@attrs.define
class Row:
    """One table row; ``line`` is the source line where the row starts."""

    cells: tuple[Cell, ...]
    line: int

    @property
    def is_header(self) -> bool:
        """True when every cell is a header cell."""
        return bool(self.cells) and all(cell.header for cell in self.cells)

    @property
    def texts(self) -> tuple[str, ...]:
        """The cells' texts."""
        return tuple(cell.content.text for cell in self.cells)


@attrs.frozen
class Table:
    """A table: its caption (if any) and its rows, header rows included.

    ``spans_laid_out`` is true when the reader expanded rowspans and colspans, so a
    row's cells stand in their columns; false when spanned cells may be lost.
    """

    rows: tuple[Row, ...]
    line: int
    end_line: int
    caption: Inline | None = None
    spans_laid_out: bool = False


@attrs.frozen
class Heading:
    """A section heading (``==Results==`` is level 2)."""

    text: str
    level: int
    line: int


@attrs.frozen
class Term:
    """A definition-list term line (``;Heat 1``), the usual race label."""

    text: str
    line: int


@attrs.frozen
class Paragraph:
    """Prose, reduced to text."""

    text: str
    line: int


Block: TypeAlias = Heading | Term | Paragraph | Table


@attrs.frozen
class InfoboxEntry:
    """One infobox parameter: the key as written, its value, its line."""

    key: str
    value: Inline
    line: int


@attrs.frozen
class Document:
    """A whole article in neutral form."""

    title: str | None
    infobox: tuple[InfoboxEntry, ...]
    infobox_line: int | None
    blocks: tuple[Block, ...]
    lines: tuple[str, ...]
    diagnostics: tuple[Diagnostic, ...] = ()

    def source(self, line: int | None) -> str | None:
        """The text of a 1-based source line, if it exists."""
        if line is None or not 1 <= line <= len(self.lines):
            return None
        return self.lines[line - 1]
