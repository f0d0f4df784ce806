"""Reader for the flattened-text form of an article.

The form: ``= Title =`` first; a line ``Infobox`` followed by ``- Key: Value``
lines; ``==Section==`` headings; ``;Heat 1`` terms; tables as ``| a | b |`` lines
whose first line is the header; a table caption as a bare line directly above the
table; everything else prose.  Templates are gone from this form, links are text.
"""

from __future__ import annotations

import re
from typing import Final

from ._document import (
    Block,
    Cell,
    Document,
    Heading,
    InfoboxEntry,
    Inline,
    Paragraph,
    Row,
    Table,
    Term,
)
from ._text import LazyPattern
from .model import Diagnostic

# No \s* beside the lazy text: the two would share spaces, at cubic cost on a long
# line of them; the text is stripped instead.
_TITLE: Final = re.compile(r"=(?!=)(?P<text>.*?)(?<!=)=")
_HEADING: Final = re.compile(r"(?P<marks>={2,6})(?P<text>.*?)(?P=marks)")
_SENTENCE: Final = re.compile(r"[.;!?]\s*$|\S\s+\S+\s+\S+\s+\S+\s+\S+\s+\S")
_CELL_TOKEN: Final = LazyPattern(r"\\[\\|]|\|")  # only cells with escapes
_INFOBOX_ENTRY: Final = re.compile(r"- (?P<key>[^:]+?):(?: (?P<value>.*))?")


def split_row(line: str) -> tuple[str, ...]:
    """Split ``| a | b |`` into ``("a", "b")``; a missing closing bar is tolerated.

    Inside a cell ``\\|`` is a bar and ``\\\\`` a backslash (what ``to_text`` writes).
    """
    body = line.strip()
    if "\\" not in body:
        parts = body[1:].split("|")
        if len(parts) > 1 and not parts[-1]:
            parts.pop()  # the closing bar
        return tuple(map(str.strip, parts))
    cells: list[str] = []
    current: list[str] = []
    last = 1  # after the opening bar
    closed = False
    for match in _CELL_TOKEN.finditer(body, 1):
        current.append(body[last : match.start()])
        token = match.group()
        if token == "|":
            cells.append("".join(current))
            current = []
        else:
            current.append(token[1])
        last = match.end()
        closed = token == "|" and last == len(body)
    if not closed:
        current.append(body[last:])
        cells.append("".join(current))
    return tuple(cell.strip() for cell in cells)


class _TextReader:
    def __init__(self, text: str) -> None:
        # Only line feeds end lines, as in wikitext: never U+2028, form feeds and the like.
        self.lines = tuple(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        self.blocks: list[Block] = []
        self.infobox: list[InfoboxEntry] = []
        self.infobox_line: int | None = None
        self.title: str | None = None
        self.diagnostics: list[Diagnostic] = []
        self.paragraph: list[str] = []
        self.paragraph_line = 0
        # Equal cells share one Inline, so the interpreter reads each value once.
        self.inlines: dict[str, Inline] = {}

    def read(self) -> Document:
        index = 0
        count = len(self.lines)
        while index < count:
            line = self.lines[index]
            stripped = line.strip()
            number = index + 1
            if not stripped:
                self.flush_paragraph()
                index += 1
            elif stripped.startswith("|"):
                index = self.read_table(index)
            elif stripped == "Infobox" and self.infobox_line is None:
                self.flush_paragraph()
                index = self.read_infobox(index)
            elif heading := _HEADING.fullmatch(stripped):
                self.flush_paragraph()
                self.blocks.append(Heading(heading["text"].strip(), len(heading["marks"]), number))
                index += 1
            elif (title := _TITLE.fullmatch(stripped)) and self.title is None:
                self.flush_paragraph()
                self.title = title["text"].strip()
                index += 1
            elif stripped.startswith(";"):
                self.flush_paragraph()
                self.blocks.append(Term(stripped[1:].strip(), number))
                index += 1
            else:
                if not self.paragraph:
                    self.paragraph_line = number
                self.paragraph.append(line.rstrip())
                index += 1
        self.flush_paragraph()
        return Document(
            title=self.title,
            infobox=tuple(self.infobox),
            infobox_line=self.infobox_line,
            blocks=tuple(self.blocks),
            lines=self.lines,
            diagnostics=tuple(self.diagnostics),
        )

    def flush_paragraph(self) -> None:
        if self.paragraph:
            text = "\n".join(self.paragraph)
            self.blocks.append(Paragraph(text, self.paragraph_line))
            self.paragraph = []

    def take_caption(self) -> Inline | None:
        # A caption is a lone, unindented line directly above the table; a sentence
        # there ("The heats were held on 10 February.") is prose.
        line = self.paragraph[0] if len(self.paragraph) == 1 else ""
        if line and not line[:1].isspace() and not _SENTENCE.search(line):
            caption = Inline(self.paragraph[0].strip())
            self.paragraph = []
            return caption
        self.flush_paragraph()
        return None

    def read_table(self, index: int) -> int:
        caption = self.take_caption()
        start = index
        rows: list[Row] = []
        inlines = self.inlines
        while index < len(self.lines) and (line := self.lines[index].strip()).startswith("|"):
            # The header is the first line, or the second under a title line of one
            # cell ("| Final B |").
            header = index == start or (index == start + 1 and len(rows[0].cells) == 1)
            cells = tuple(
                [Cell(inlines.get(text) or self.inline(text), header) for text in split_row(line)]
            )
            rows.append(Row(cells, index + 1))
            index += 1
        self.blocks.append(Table(tuple(rows), start + 1, index, caption))
        return index

    def inline(self, text: str) -> Inline:
        """A new cell value, kept for the equal cells that follow."""
        content = self.inlines[text] = Inline(text)
        return content

    def read_infobox(self, index: int) -> int:
        self.infobox_line = index + 1
        index += 1
        while index < len(self.lines) and self.lines[index].startswith("- "):
            line = self.lines[index]
            entry = _INFOBOX_ENTRY.fullmatch(line.rstrip())
            if entry is None:
                self.diagnostics.append(
                    Diagnostic(
                        line=index + 1,
                        message="infobox line is not '- Key: Value'",
                        code="infobox-syntax",
                        source=line,
                    )
                )
            else:
                value = (entry["value"] or "").strip()
                self.infobox.append(InfoboxEntry(entry["key"].strip(), Inline(value), index + 1))
            index += 1
        return index


def read_text(text: str) -> Document:
    """Read flattened text into a neutral :class:`Document`."""
    return _TextReader(text).read()
