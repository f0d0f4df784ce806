"""Reader for MediaWiki wikitext.

Block structure (headings, ``;`` terms, tables, paragraphs, the infobox) is found
line by line, as MediaWiki finds it; the inline markup of each cell, heading and
paragraph is rendered with mwparserfromhell (see ``_inline``).  Parsing whole
tables with mwparserfromhell is its slow path and leaves spans unexpanded, so
tables are read by ``_wikitable`` instead.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Final

from ._diagnostics import DiagnosticSink
from ._document import Block, Document, Heading, InfoboxEntry, Paragraph, Term, source_line
from ._inline import InlineRenderer
from ._wikisyntax import (
    LogicalLine,
    expand_pipes,
    infobox_end,
    logical_lines,
    split_outside,
    split_parameters,
)
from ._wikitable import is_table_start, read_table

_HEADING: Final = re.compile(r"(?P<marks>={1,6})(?P<text>.+?)(?P=marks)\s*")
_INFOBOX: Final = re.compile(r"\{\{\s*infobox\b", re.IGNORECASE)
_ONLY_TEMPLATE: Final = re.compile(r"\{\{.*\}\}", re.S)
_ONLY_SPECIAL_LINKS: Final = re.compile(
    r"\s*(\[\[\s*:?(category|file|image)\s*:[^\]]*\]\]\s*)+", re.IGNORECASE
)
_MAGIC_WORD: Final = re.compile(r"__[A-Z]+__")
_FURNITURE_FIRSTS: Final = frozenset("{[_-")
# Spaces, then colons each with its spaces: no two runs that can take the same space.
_TABLE_INSIDE: Final = re.compile(r"\n[^\S\n]*(?::[^\S\n]*)*\{\|")


def _unwrapped(logical: LogicalLine) -> list[LogicalLine]:
    """The lines a multi-line template wraps, without its first and last lines."""
    inner = logical.text.split("\n")[1:-1]
    return [
        LogicalLine(line.text, line.line + logical.line) for line in logical_lines("\n".join(inner))
    ]


class _WikitextReader:
    def __init__(self, text: str) -> None:
        source = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
        split = source.split("\n")
        self.raw_lines = tuple(split)
        expanded = expand_pipes(source)
        self.lines = logical_lines(expanded, split if expanded is source else None)
        # Neither the sink nor the renderer refers back to the reader: a cycle would
        # leave the reader and its lines for the cyclic collector after each parse.
        self.sink = DiagnosticSink(partial(source_line, self.raw_lines))
        self.renderer = InlineRenderer(self.sink.add)
        self.blocks: list[Block] = []
        self.infobox: list[InfoboxEntry] = []
        self.infobox_line: int | None = None
        self.paragraph: list[str] = []
        self.paragraph_line = 0

    def read(self) -> Document:
        self._read_lines()
        return Document(
            title=None,
            infobox=tuple(self.infobox),
            infobox_line=self.infobox_line,
            blocks=tuple(self.blocks),
            lines=self.raw_lines,
            diagnostics=tuple(self.sink.items),
        )

    def _read_blocks(self, lines: list[LogicalLine]) -> list[Block]:
        """The blocks of some lines (a layout table's cell), read like the article's."""
        saved = self.lines, self.blocks, self.paragraph, self.paragraph_line
        self.lines, self.blocks, self.paragraph = list(lines), [], []
        try:
            self._read_lines()
            return self.blocks
        finally:
            self.lines, self.blocks, self.paragraph, self.paragraph_line = saved

    def _read_lines(self) -> None:
        index = 0
        while index < len(self.lines):
            logical = self.lines[index]
            text = logical.text.strip()
            if text.startswith("{{") and _TABLE_INSIDE.search(logical.text):
                # A table wrapped in a template ({{Hidden}}, {{Scroll box}}): read what
                # the template wraps, line by line.
                self.lines[index : index + 1] = _unwrapped(logical)
                continue
            if is_table_start(text):
                self._flush()
                index = self._table(index)
                continue
            index += 1
            if not text:
                self._flush()
            elif text[0] == "=" and (heading := _HEADING.fullmatch(text)):
                self._flush()
                level = len(heading["marks"])
                rendered = self.renderer.render(heading["text"], logical.line).text
                self.blocks.append(Heading(rendered, level, logical.line))
            elif text.startswith(";"):
                self._flush()
                term = split_outside(text[1:], ":", 1)[0]
                term_text = self.renderer.render(term, logical.line).text
                self.blocks.append(Term(term_text, logical.line))
            elif _INFOBOX.match(text) and self.infobox_line is None:
                self._flush()
                self._infobox(logical)
            elif self._is_furniture(text):
                continue
            else:
                if not self.paragraph:
                    self.paragraph_line = logical.line
                self.paragraph.append(logical.text)
        self._flush()

    @staticmethod
    def _is_furniture(text: str) -> bool:
        # Navboxes, short descriptions, categories, magic words, horizontal rules: each
        # opens with one of these marks (prose, most lines asked about, with none).
        if text[:1] not in _FURNITURE_FIRSTS:
            return False
        return bool(
            (_ONLY_TEMPLATE.fullmatch(text) and text.count("{{") == text.count("}}"))
            or _ONLY_SPECIAL_LINKS.fullmatch(text)
            or _MAGIC_WORD.fullmatch(text)
            or text.startswith("----")
        )

    def _flush(self) -> None:
        if self.paragraph:
            text = self.renderer.render("\n".join(self.paragraph), self.paragraph_line).text
            if text:
                self.blocks.append(Paragraph(text, self.paragraph_line))
            self.paragraph = []

    def _table(self, index: int) -> int:
        end, blocks = read_table(
            self.lines, index, self.renderer, self.sink, self._read_blocks, _block_break
        )
        self.blocks.extend(blocks)
        return end

    def _infobox(self, logical: LogicalLine) -> None:
        self.infobox_line = logical.line
        text = logical.text.strip()
        end = infobox_end(text)
        if end is None:
            self.sink.add(logical.line, "infobox template is not closed with }}", "infobox-syntax")
            body = text
        else:
            body = text[: end - 2]
            rest = text[end:]
            if rest.strip():  # "}}The men's 1000 metres…": prose after the infobox
                self.paragraph_line = logical.line + text.count("\n", 0, end)
                self.paragraph.append(rest)
        parts = split_parameters(body[2:])
        offset = logical.line + parts[0].count("\n")
        render = self.renderer.render
        for part in parts[1:]:
            key, equals, value = part.partition("=")
            key = key.strip()
            if equals and key:
                self.infobox.append(InfoboxEntry(key, render(value.strip(), offset), offset))
            elif part.strip():
                self.sink.add(
                    offset, f"infobox parameter {part.strip()!r} has no name", "infobox-syntax"
                )
            offset += part.count("\n")


def _block_break(text: str) -> str | None:
    """What a line is if it cannot stand among a table's rows: a heading or a term."""
    if text[:1] == ";":
        return "term"
    if text[:1] == "=" and _HEADING.fullmatch(text):
        return "heading"
    return None


def read_wikitext(text: str) -> Document:
    """Read wikitext into a neutral :class:`Document`."""
    return _WikitextReader(text).read()
