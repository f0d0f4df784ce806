"""From a neutral document to an :class:`Event`: the part that knows skating.

Walks the document's blocks in order.  Headings open rounds (or other sections);
terms, deeper headings and captions label the next race table; tables become
races, records or diagnostics.  Nothing here knows about markup.
"""

from __future__ import annotations

from typing import Final

from ._diagnostics import DiagnosticSink
from ._document import Document, Heading, Paragraph, Table, Term
from ._infobox import read_infobox
from ._labels import (
    race_key,
    race_name,
    round_kind,
    round_name,
    stage_identity,
    stage_of_round,
)
from ._records import read_records_table
from ._results import CellValues, read_race_table
from ._value import Value
from .model import (
    Event,
    NewRecord,
    Race,
    Records,
    Round,
    RoundKind,
    StandingRecord,
    read_race,
)

# Bound once: in Python 3.11 a member looked up on its class (``RoundKind.OTHER``) takes
# EnumType's slow attribute path, which costs as much as a call.
_OTHER: Final = RoundKind.OTHER


class _RoundBuilder(Value):
    __slots__ = ("kind", "level", "line", "name", "prose", "races", "stage")

    def __init__(self, name: str, kind: RoundKind, level: int, line: int) -> None:
        self.name = name
        self.kind = kind
        self.stage = stage_of_round(kind)  # the stage word of its races, if the kind says
        self.level = level
        self.line = line
        self.prose: list[str] = []
        self.races: list[Race] = []

    def build(self) -> Round:
        return Round(
            name=self.name,
            kind=self.kind,
            races=tuple(self.races),
            prose="\n\n".join(self.prose),
            line=self.line,
        )

    def fallback_name(self) -> str:
        """A name for an unlabelled table: by its place among the round's races."""
        number = len(self.races) + 1
        if self.stage is not None and self.kind is not RoundKind.FINALS:
            return race_name(self.stage, str(number))
        return self.name if number == 1 else f"{self.name} {number}"


class _Interpreter:
    def __init__(self, document: Document, title: str | None) -> None:
        self.document = document
        self.title = document.title or title
        self.sink = DiagnosticSink(document.source)
        self.sink.items.extend(document.diagnostics)
        event_name = next(
            (e.value.text for e in document.infobox if e.key.casefold() == "event"), ""
        )
        self.relay = "relay" in f"{self.title or ''} {event_name}".casefold()
        self.rounds: list[_RoundBuilder] = []
        self.round: _RoundBuilder | None = None
        self.section = "lead"
        self.section_name = "Results"
        self.section_level = 1
        self.lead: list[str] = []
        self.label: str | None = None
        self.cells = CellValues()
        self.standing: list[StandingRecord] = []
        self.new: list[NewRecord] = []

    def interpret(self) -> Event:
        info = read_infobox(
            self.document.infobox, self.document.infobox_line, self.relay, self.sink
        )
        for block in self.document.blocks:
            if isinstance(block, Heading):
                self.heading(block)
            elif isinstance(block, Term):
                self.term(block)
            elif isinstance(block, Paragraph):
                self.paragraph(block)
            else:
                self.table(block)
        return Event(
            title=self.title,
            info=info,
            records=Records(tuple(self.standing), tuple(self.new)),
            rounds=tuple([builder.build() for builder in self.rounds]),
            lead="\n\n".join(self.lead),
            diagnostics=tuple(self.sink.items),
        )

    def open_round(self, name: str, kind: RoundKind, level: int, line: int) -> _RoundBuilder:
        self.round = _RoundBuilder(name, kind, level, line)
        self.rounds.append(self.round)
        self.section = "round"
        self.label = None
        return self.round

    def heading(self, heading: Heading) -> None:
        kind = round_kind(heading.text)
        if kind is not None:
            self.open_round(heading.text, kind, heading.level, heading.line)
            return
        if self.section == "records" and heading.level > self.section_level:
            return  # "===New records===" under "==Records=="
        inside = self.round is not None and heading.level > self.round.level
        if self._race_label(heading.text, heading.level, heading.line, inside=inside):
            return
        self.round = None
        self.label = None
        self.section_name = heading.text
        self.section_level = heading.level
        self.section = "records" if "record" in heading.text.casefold() else "other"

    def _race_label(self, text: str, level: int, line: int, *, inside: bool) -> bool:
        """Take ``text`` as the next race's label if it is one; open its round if needed.

        A label whose stage belongs to another round than the open one, or that
        stands where a round was expected ("===Final A===", ";Final A" under
        "==Results=="), opens that stage's round.
        """
        key = race_key(text)
        stage_round = key.round_kind if key is not None and key.id is not None else None
        if inside and (stage_round is None or self._in_round_of(stage_round)):
            self.label = text
            return True
        if key is None or stage_round is None:
            return False
        if not self._in_round_of(stage_round):
            round_level = self.round.level if inside and self.round else level - 1
            self.open_round(round_name(stage_round), stage_round, round_level, line)
        self.label = text
        return True

    def _in_round_of(self, kind: RoundKind) -> bool:
        return self.round is not None and self.round.kind in (kind, _OTHER)

    def term(self, term: Term) -> None:
        inside = self.section == "round"
        if self._race_label(term.text, self.section_level + 1, term.line, inside=inside):
            return
        if inside:
            self.label = term.text
        elif self.section == "lead":
            self.lead.append(term.text)

    def paragraph(self, paragraph: Paragraph) -> None:
        text = "\n".join([line.strip() for line in paragraph.text.split("\n")])
        if self.round is not None and _is_race_label(text):
            self.label = text  # a lone "Heat 1" line, often in bold
        elif self.round is not None:
            self.round.prose.append(text)
        elif self.section == "lead":
            self.lead.append(text)

    def table(self, table: Table) -> None:
        if self.section == "records":
            rows = read_records_table(table, self.sink)
            self.standing.extend(rows.standing)
            self.new.extend(rows.new)
            return
        kind: RoundKind | None
        if self.round is not None:
            kind, stage = self.round.kind, self.round.stage
        else:
            kind = round_kind(self.section_name)
            stage = stage_of_round(kind) if kind else None
        found = read_race_table(table, self.relay, stage, self.cells, self.sink)
        caption = _caption_label(table)
        if found is None:
            self.label = None
            self.sink.add(
                table.line,
                f"table (lines {table.line}-{table.end_line}, {len(table.rows)} rows) "
                "is not a results or records table; not read",
                "unknown-table",
            )
            return
        builder = self.round or self.open_round(
            self.section_name, kind or RoundKind.OTHER, self.section_level + 1, table.line
        )
        label = next(
            (text for text in (caption, found.title) if text and race_key(text) is not None),
            self.label,
        )
        self.label = None
        for race in found.races:
            name = race.label or label or builder.fallback_name()
            race_stage, race_label = stage_identity(name, builder.stage)
            builder.races.append(
                read_race(name, race.results, race.columns, race.line, race_stage, race_label)
            )
        if not found.races:  # a header and no rows: an article that stops early
            name = label or builder.fallback_name()
            race_stage, race_label = stage_identity(name, builder.stage)
            builder.races.append(read_race(name, (), (), table.line, race_stage, race_label))


def _caption_label(table: Table) -> str | None:
    """The caption line that names a race (a table may have several captions)."""
    if table.caption is None:
        return None
    lines = [line.strip() for line in table.caption.text.split("\n") if line.strip()]
    return next((line for line in lines if race_key(line) is not None), " ".join(lines))


def _is_race_label(text: str) -> bool:
    key = race_key(text)
    return key is not None and key.id is not None and "\n" not in text


def interpret(document: Document, title: str | None = None) -> Event:
    """Build the :class:`Event` a document describes."""
    return _Interpreter(document, title).interpret()
