"""The typed, immutable event model.

Constructors reject only what can never be true (a rank of 0, a negative count, a
NOC that is not three capital letters).  Whether ranks, times and notes agree is
the validators' business, so that a real article with an error still loads.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from datetime import date
from typing import Any, Final

import attrs

from ._race_names import identity, key_of, label_key, race_label, slug
from ._text import parameter_key
from ._unchecked import slot_setter
from .notes import Note, NoteLike, Status
from .times import RaceTime

__all__ = [
    "Athlete",
    "Diagnostic",
    "Event",
    "EventInfo",
    "Medal",
    "Medalist",
    "NewRecord",
    "Race",
    "RaceStage",
    "RecordKind",
    "Records",
    "Result",
    "Round",
    "RoundKind",
    "StandingRecord",
]

_NOC_PATTERN: Final = re.compile(r"[A-Z]{3}")


def _noc(_instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not _NOC_PATTERN.fullmatch(value):
        raise ValueError(f"{attribute.name} must be three capital letters, got {value!r}")


def _positive(_instance: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and value < 1:
        raise ValueError(f"{attribute.name} must be at least 1, got {value}")


def _not_negative(_instance: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and value < 0:
        raise ValueError(f"{attribute.name} must not be negative, got {value}")


def _notes(_instance: object, attribute: attrs.Attribute[Any], value: tuple[NoteLike, ...]) -> None:
    for note in value:
        if isinstance(note, Note):
            continue
        if not isinstance(note, str) or not note.strip():
            raise ValueError(f"{attribute.name} holds {note!r}, which is not a note")
        if note in Note._value2member_map_:
            raise ValueError(f"{attribute.name}: {note!r} must be given as Note({note!r})")


class Medal(enum.Enum):
    """The three medals, in order."""

    GOLD = "gold"
    SILVER = "silver"
    BRONZE = "bronze"

    @property
    def place(self) -> int:
        """1, 2 or 3."""
        return list(Medal).index(self) + 1


class RecordKind(enum.Enum):
    """World or Olympic record."""

    WORLD = "WR"
    OLYMPIC = "OR"


class RoundKind(enum.Enum):
    """The stage of the competition a round belongs to, in running order."""

    HEATS = "heats"
    REPECHAGE = "repechage"
    QUARTERFINALS = "quarterfinals"
    SEMIFINALS = "semifinals"
    FINALS = "finals"
    OTHER = "other"


class RaceStage(enum.Enum):
    """The stage a race belongs to: what ``Heat 3``, ``SF2`` or ``B Final`` names."""

    HEAT = "heat"
    REPECHAGE = "repechage"
    QUARTERFINAL = "quarterfinal"
    SEMIFINAL = "semifinal"
    FINAL = "final"
    OTHER = "other"


def _stage_from_name(race: Race) -> RaceStage:
    stage = identity(race.name)[0]
    return RaceStage.OTHER if stage is None else RaceStage(stage)


def _label_from_name(race: Race) -> str | None:
    other = race.stage is RaceStage.OTHER
    stage, label = identity(race.name, None if other else race.stage.value)
    if other:
        return label if stage is None else slug(race.name)
    return label if stage == race.stage.value else None


@attrs.frozen
class Athlete:
    """A skater: the name as shown and, when the source links it, the article title."""

    name: str
    link: str | None = None


@attrs.frozen
class Medalist:
    """One infobox medal: an athlete, or a team (country plus members) for relays."""

    medal: Medal
    name: str
    noc: str | None = attrs.field(default=None, validator=_noc)
    link: str | None = None
    members: tuple[Athlete, ...] = ()


@attrs.frozen(kw_only=True)
class EventInfo:
    """The infobox, typed where the meaning is clear; every other key is kept in ``other``.

    ``key_lines`` gives the source line of each parameter, by its name folded
    (``goldNOC`` -> ``goldnoc``); see :meth:`line_of`.
    """

    event: str | None = None
    games: str | None = None
    games_year: int | None = None
    games_season: str | None = None
    venue: str | None = None
    venue_link: str | None = None
    dates: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    competitors: int | None = attrs.field(default=None, validator=_not_negative)
    teams: int | None = attrs.field(default=None, validator=_not_negative)
    nations: int | None = attrs.field(default=None, validator=_not_negative)
    winning_label: str | None = None
    winning_time: RaceTime | None = None
    winning_notes: tuple[NoteLike, ...] = attrs.field(default=(), validator=_notes)
    medalists: tuple[Medalist, ...] = ()
    previous: str | None = None
    previous_link: str | None = None
    next: str | None = None
    next_link: str | None = None
    other: tuple[tuple[str, str], ...] = ()
    line: int | None = None
    key_lines: tuple[tuple[str, int], ...] = ()

    def medalist(self, medal: Medal) -> Medalist | None:
        """The medalist for ``medal``, if the infobox names one."""
        return next((m for m in self.medalists if m.medal is medal), None)

    def line_of(self, key: str) -> int | None:
        """The source line of an infobox parameter (``"win_value"``, ``"goldNOC"``…).

        Names compare without case, spaces or underscores; an unknown key gives the
        infobox's own line.
        """
        wanted = parameter_key(key)
        return next((line for name, line in self.key_lines if name == wanted), self.line)


@attrs.frozen(kw_only=True)
class StandingRecord:
    """A world or Olympic record that stood before the event."""

    kind: RecordKind
    holder: str | None = None
    link: str | None = None
    noc: str | None = attrs.field(default=None, validator=_noc)
    time: RaceTime | None = None
    place: str | None = None
    date: str | None = None
    line: int | None = None


@attrs.frozen(kw_only=True)
class NewRecord:
    """A record set during the event: when, in which race, by whom, and which kinds."""

    date: str | None = None
    race: str | None = None
    holder: str | None = None
    link: str | None = None
    noc: str | None = attrs.field(default=None, validator=_noc)
    time: RaceTime | None = None
    kinds: tuple[RecordKind, ...] = ()
    line: int | None = None


@attrs.frozen
class Records:
    """Standing records before the event and new records set during it."""

    standing: tuple[StandingRecord, ...] = ()
    new: tuple[NewRecord, ...] = ()


@attrs.frozen(kw_only=True)
class Result:
    """One row of a race table.

    ``name`` is the athlete's name, or for a relay the team's display text (its
    country's name, when known).  A relay team's members are in ``members`` when the
    source separates them, and always as written in ``members_text``.  ``cells``
    holds the row's cells as written (markup reduced to text), one per column.
    """

    rank: int | None = attrs.field(default=None, validator=_positive)
    name: str = ""
    link: str | None = None
    noc: str | None = attrs.field(default=None, validator=_noc)
    team: bool = False
    members: tuple[Athlete, ...] = ()
    members_text: str = ""
    time: RaceTime | None = None
    status: Status = Status.FINISHED
    notes: tuple[NoteLike, ...] = attrs.field(default=(), validator=_notes)
    line: int | None = None
    cells: tuple[str, ...] = ()

    @property
    def qualified(self) -> bool:
        """True if a note sends this row on to a later round."""
        return any(isinstance(n, Note) and n.qualifies for n in self.notes)

    def has_note(self, note: Note) -> bool:
        """True if ``note`` is among this row's notes."""
        return note in self.notes


_set_rank = slot_setter(Result, "rank")
_set_name = slot_setter(Result, "name")
_set_link = slot_setter(Result, "link")
_set_noc = slot_setter(Result, "noc")
_set_team = slot_setter(Result, "team")
_set_members = slot_setter(Result, "members")
_set_members_text = slot_setter(Result, "members_text")
_set_time = slot_setter(Result, "time")
_set_status = slot_setter(Result, "status")
_set_notes = slot_setter(Result, "notes")
_set_line = slot_setter(Result, "line")
_set_cells = slot_setter(Result, "cells")


def read_result(
    rank: int | None,
    name: str,
    link: str | None,
    noc: str | None,
    team: bool,
    members: tuple[Athlete, ...],
    members_text: str,
    time: RaceTime | None,
    status: Status,
    notes: tuple[NoteLike, ...],
    line: int | None,
    cells: tuple[str, ...],
) -> Result:
    """A :class:`Result` as a table reader reads it, built without re-running the validators.

    The reader's values meet them by construction (ranks of 1 to 999, codes from
    the IOC table, notes from :func:`~.notes.parse_notes`), and setting the fields
    directly costs half of the keyword call.  ``tests/test_interpret_fast_paths.py``
    compares the two.
    """
    result: Result = object.__new__(Result)
    _set_rank(result, rank)
    _set_name(result, name)
    _set_link(result, link)
    _set_noc(result, noc)
    _set_team(result, team)
    _set_members(result, members)
    _set_members_text(result, members_text)
    _set_time(result, time)
    _set_status(result, status)
    _set_notes(result, notes)
    _set_line(result, line)
    _set_cells(result, cells)
    return result


@attrs.frozen(kw_only=True)
class Race:
    """One race (Heat 3, Final A, ...) and its results in table order.

    ``name`` is the label as written; ``stage`` and ``label`` are what it names
    (``"Final B (classification round)"`` -> ``FINAL``, ``"B"``), and ``key`` joins
    them into a string that is the same however the article wrote the name
    (``"final-b"``).  When not given, stage and label are read from ``name``.
    ``columns`` says what each of a result's ``cells`` holds (``"rank"``,
    ``"athlete"``, ``"country"``, ``"time"``, ``"notes"``, ...).
    """

    name: str
    results: tuple[Result, ...] = ()
    columns: tuple[str, ...] = ()
    line: int | None = None
    stage: RaceStage = attrs.field(
        default=attrs.Factory(_stage_from_name, takes_self=True),
        converter=RaceStage,  # "heat" and RaceStage.HEAT both; anything else is a ValueError
    )
    label: str | None = attrs.field(
        default=attrs.Factory(_label_from_name, takes_self=True),
        validator=attrs.validators.optional(attrs.validators.instance_of(str)),
    )

    @property
    def key(self) -> str:
        """``stage-label`` in lower case (``"heat-3"``, ``"final-a"``), or the stage alone.

        A race of no known stage is keyed by its name: ``"Mass start"`` is
        ``"other-mass-start"``.
        """
        # _value_ is .value without Enum's slow attribute path (validation asks often).
        return key_of(self.stage._value_, self.label)


_set_race_name = slot_setter(Race, "name")
_set_race_results = slot_setter(Race, "results")
_set_race_columns = slot_setter(Race, "columns")
_set_race_line = slot_setter(Race, "line")
_set_race_stage = slot_setter(Race, "stage")
_set_race_label = slot_setter(Race, "label")


def read_race(
    name: str,
    results: tuple[Result, ...],
    columns: tuple[str, ...],
    line: int,
    stage: RaceStage,
    label: str,
) -> Race:
    """A :class:`Race` as the interpreter reads it, built without the converter and validator.

    The stage is a :class:`RaceStage` and the label a string already, which is all
    they check.  ``tests/test_interpret_fast_paths.py`` compares the two.
    """
    race: Race = object.__new__(Race)
    _set_race_name(race, name)
    _set_race_results(race, results)
    _set_race_columns(race, columns)
    _set_race_line(race, line)
    _set_race_stage(race, stage)
    _set_race_label(race, label)
    return race


@attrs.frozen(kw_only=True)
class Round:
    """One round of the competition: its heading, the prose under it, its races."""

    name: str
    kind: RoundKind = RoundKind.OTHER
    races: tuple[Race, ...] = ()
    prose: str = ""
    line: int | None = None


@attrs.frozen(kw_only=True)
class Diagnostic:
    """Something in the source that could not be interpreted, and where it is."""

    line: int | None
    message: str
    code: str = "unreadable"
    source: str | None = None

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line is not None else "input"
        return f"{where}: {self.message} [{self.code}]"


@attrs.frozen(kw_only=True)
class Event:
    """A whole event article: infobox, records, rounds, and what could not be read."""

    title: str | None = None
    info: EventInfo = EventInfo()
    records: Records = Records()
    rounds: tuple[Round, ...] = ()
    lead: str = ""
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def is_relay(self) -> bool:
        """True when the results are for teams."""
        if any(result.team for race in self.races() for result in race.results):
            return True
        name = f"{self.info.event or ''} {self.title or ''}".lower()
        return "relay" in name

    def races(self) -> Iterator[Race]:
        """Every race, round by round, in source order."""
        for round_ in self.rounds:
            yield from round_.races

    def race(self, name: str) -> Race | None:
        """The first race called ``name``, or whose :attr:`Race.key` is ``name``.

        Names compare case-insensitively, then by the race they name, so
        ``race("Final B")`` finds "Final B (Classification Round)", and so does
        ``race("final-b")``.
        """
        wanted = " ".join(name.split()).casefold()
        exact = next((r for r in self.races() if r.name.casefold() == wanted), None)
        if exact is not None:
            return exact
        named = label_key(name)
        by_key = next((r for r in self.races() if r.key in (wanted, named)), None)
        if by_key is not None:
            return by_key
        label = race_label(name)
        if label is None:
            return None
        return next((r for r in self.races() if race_label(r.name) == label), None)

    def round(self, kind: RoundKind) -> Round | None:
        """The first round of ``kind``, if any."""
        return next((r for r in self.rounds if r.kind is kind), None)
