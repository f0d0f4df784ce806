"""Checks of records: new records are real times of the races they name, and improve in order."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final, NamedTuple

import attrs

from .._dates import find_dates
from .._findings import Location, Severity, check
from .._labels import race_identity, race_key, round_kind
from .._race_names import key_of, label_key
from ..model import Event, NewRecord, Race, RecordKind, Result, RoundKind, StandingRecord
from ..notes import Note, Status
from ..times import RaceTime
from ._calendar import games_year, prose_dates
from ._extent import extent
from ._facts import row_facts
from ._identity import display, identities, is_relay
from ._memo import per_event, per_event_and_text
from ._stages import Stage, final_letter, stages

Found = Iterator[tuple[Location, str]]
_NOTE_KIND = {Note.OLYMPIC_RECORD: RecordKind.OLYMPIC, Note.WORLD_RECORD: RecordKind.WORLD}
_RECORD_NOTES = frozenset(_NOTE_KIND)
_KIND_WORDS = {RecordKind.OLYMPIC: "Olympic record", RecordKind.WORLD: "world record"}

# Bound once: in Python 3.11 a member looked up on its class takes EnumType's slow
# attribute path, which costs as much as a call, and every row asks.
_FINISHED: Final = Status.FINISHED


def _kinds(kinds: tuple[RecordKind, ...] | frozenset[RecordKind]) -> frozenset[RecordKind]:
    """Record kinds, with a world record set at the Games counted as an Olympic one too."""
    found = frozenset(kinds)
    return found | {RecordKind.OLYMPIC} if RecordKind.WORLD in found else found


def _label(kinds: tuple[RecordKind, ...] | frozenset[RecordKind]) -> str:
    order = [k for k in (RecordKind.WORLD, RecordKind.OLYMPIC) if k in kinds]
    return "/".join(k.value for k in order) or "record"


def _marks(row: Result) -> frozenset[RecordKind]:
    if _RECORD_NOTES.isdisjoint(row.notes):
        return frozenset()  # most rows
    return frozenset(_NOTE_KIND[n] for n in row.notes if isinstance(n, Note) and n in _NOTE_KIND)


def _at(record: NewRecord) -> Location:
    return Location(race=record.race, athlete=record.holder, line=record.line, section="Records")


@per_event
def _finished_times(event: Event) -> dict[int, list[tuple[Stage, Race, tuple[Result, ...]]]]:
    """Each new record's time (ms) with the races that have it and their rows of that time."""
    wanted = {record.time.milliseconds for record in event.records.new if record.time is not None}
    found: dict[int, list[tuple[Stage, Race, tuple[Result, ...]]]] = {}
    if not wanted:
        return found
    for stage in stages(event):
        for race in stage.races:
            rows: dict[int, list[Result]] = {}
            for row in race.results:
                time = row.time
                finished = row.status is _FINISHED
                if finished and time is not None and time.milliseconds in wanted:
                    rows.setdefault(time.milliseconds, []).append(row)
            for ms, same in rows.items():
                found.setdefault(ms, []).append((stage, race, tuple(same)))
    return found


@per_event_and_text  # records share round cells
def _named(event: Event, label: str) -> list[tuple[Stage, Race]]:
    """The races a Records table's round cell names (``Heat 7``, ``Final A``, ``Heats``)."""
    key = race_key(label)
    named_key = label_key(label)
    kind = round_kind(label)
    found: list[tuple[Stage, Race]] = []
    for stage in stages(event):
        if key is not None and key.stage == "final":
            wanted = key.id or "A"
            found.extend((stage, r) for r in stage.races if final_letter(r, stage) == wanted)
        elif key is not None and key.id is not None:
            keys = (named_key, _in_round(label, stage.kind))
            found.extend((stage, r) for r in stage.races if r.key in keys)
        elif kind is stage.kind:
            found.extend((stage, r) for r in stage.races)
    return found


def _in_round(label: str, kind: RoundKind) -> str:
    """The key ``label`` names in a round of ``kind`` ("Race 3" in the heats: heat-3)."""
    stage, race_label = race_identity(label, kind)
    return key_of(stage.value, race_label)  # the key of Race(name=label, stage=..., label=...)


@attrs.frozen
class _Placed:
    """Where a new record's time really is."""

    record: NewRecord
    time: RaceTime
    stage: Stage
    race: Race
    rows: tuple[Result, ...]
    as_named: bool


def _place(event: Event, record: NewRecord) -> _Placed | None:
    """The race that has the record's time: the one named, else the only one that has it."""
    placements = _placements(event)
    if id(record) not in placements:
        placements[id(record)] = _find_place(event, record)
    return placements[id(record)]


@per_event
def _placements(event: Event) -> dict[int, _Placed | None]:
    """Where each new record (by id; the event holds it) was placed, worked out once."""
    return {}


def _find_place(event: Event, record: NewRecord) -> _Placed | None:
    time = record.time
    if time is None:
        return None
    elsewhere = _finished_times(event).get(time.milliseconds, [])
    rows_in = {id(race): rows for _, race, rows in elsewhere}
    for stage, race in _named(event, record.race) if record.race else []:
        rows = rows_in.get(id(race))
        if rows:
            return _Placed(record, time, stage, race, rows, True)
    if len(elsewhere) == 1:
        stage, race, rows = elsewhere[0]
        return _Placed(record, time, stage, race, rows, False)
    return None


@check("record-not-in-race")
def record_not_in_race(event: Event) -> Found:
    """A new record's time appears in the race the Records table names."""
    known = extent(event)
    for record in event.records.new:
        if record.time is None or not record.race:
            continue
        named = _named(event, record.race)
        placed = _place(event, record)
        if placed is not None and placed.as_named:
            continue
        new = f"the new {_label(record.kinds)} {record.time}"
        if not named:
            if not known.complete:
                continue
            message = f"the Records table names {record.race}, which the article does not have"
        elif all(not race.results or known.partial(stage) for stage, race in named):
            continue
        else:
            message = f"{new} is not a time in {record.race}"
        if placed is not None:
            message += f"; it is {display(placed.rows[0])}'s time in {placed.race.name}"
        yield _at(record), message


@check("record-holder")
def record_holder(event: Event) -> Found:
    """A new record is credited to the skater (or team) whose time it is."""
    ids = identities(event)
    for record in event.records.new:
        placed = _place(event, record)
        if placed is None or not placed.as_named or not record.holder:
            continue
        if is_relay(event):
            matches = [row.noc == record.noc for row in placed.rows if row.noc and record.noc]
        else:
            found = [ids.matches(record.holder, record.link, row) for row in placed.rows]
            matches = [verdict for verdict in found if verdict is not None]
        if matches and not any(matches):
            yield (
                _at(record),
                (
                    f"the new {_label(record.kinds)} {record.time} in {placed.race.name} is "
                    f"credited to {record.holder}, but that time is {display(placed.rows[0])}'s"
                ),
            )


@check("record-notes")
def record_notes(event: Event) -> Found:
    """Results marked OR/WR and the Records table agree on which times are records."""
    for record in event.records.new:
        placed = _place(event, record)
        if placed is None:
            continue
        marked = [(row, _marks(row)) for row in placed.rows if _marks(row)]
        for row, marks in marked:
            if _kinds(marks) != _kinds(record.kinds):
                line = f" (line {row.line})" if row.line is not None else ""
                yield (
                    _at(record),
                    (
                        f"the Records table lists {record.time} as {_label(record.kinds)}, but "
                        f"{placed.race.name}'s row for {display(row)}{line} is marked "
                        f"{_label(marks)}"
                    ),
                )
    if not event.records.new and not event.records.standing:
        return  # the article has no Records section to compare with
    if not row_facts(event).record_marked:
        return  # no row is marked OR or WR
    listed = {r.time.milliseconds for r in event.records.new if r.time is not None}
    for round_ in event.rounds:
        for race in round_.races:
            for row in race.results:
                marks = _marks(row)
                if marks and row.time is not None and row.time.milliseconds not in listed:
                    yield (
                        Location(round_.name, race.name, display(row), row.line),
                        (
                            f"marked {_label(marks)}, but the Records table lists no new record "
                            f"of {row.time}"
                        ),
                    )


class _Mark(NamedTuple):
    """The record that stood at some moment, and how to name it (named only when reported)."""

    time: RaceTime
    describe: Callable[[], str]

    @property
    def text(self) -> str:
        return self.describe()


def _standing(records: tuple[StandingRecord, ...], kind: RecordKind) -> _Mark | None:
    best = min(
        (r for r in records if r.kind is kind and r.time is not None),
        key=lambda r: r.time.milliseconds if r.time else 0,
        default=None,
    )
    if best is None or best.time is None:
        return None
    time = best.time
    return _Mark(time, lambda: f"the standing {kind.value} of {time}")


def _new_record(kind: RecordKind, time: RaceTime, race: Race) -> _Mark:
    return _Mark(time, lambda: f"the new {kind.value} of {time} in {race.name}")


def _won(winner: Result, time: RaceTime, race: Race, *, earlier: bool = False) -> _Mark:
    after = ", skated earlier" if earlier else ""
    return _Mark(time, lambda: f"{display(winner)}'s {time} in {race.name}{after}")


def _fastest_finisher(race: Race) -> tuple[RaceTime, Result] | None:
    """The first finisher with the fastest time, and that time."""
    fastest: tuple[RaceTime, Result] | None = None
    for row in race.results:
        time = row.time
        if time is None or row.status is not _FINISHED:
            continue
        if fastest is None or time.milliseconds < fastest[0].milliseconds:
            fastest = (time, row)
    return fastest


def _faster(first: _Mark | None, second: _Mark | None) -> _Mark | None:
    if first is None or second is None:
        return first or second
    return second if second.time.milliseconds < first.time.milliseconds else first


@attrs.frozen
class _Walk:
    """What walking the races in running order found."""

    slow_records: dict[int, tuple[NewRecord, list[str]]]
    unlisted: dict[int, tuple[Stage, Race, Result, list[str]]]


@per_event
def _walk(event: Event) -> _Walk:
    """Follow each record kind through the races in running order.

    At each race the record of the moment is the standing record, or the last new
    one, or a faster time that should have been one; a listed record must beat it
    and every time skated before, and a race won faster without a listed record is
    an unlisted record.
    """
    order = [
        (stage, race, _fastest_finisher(race)) for stage in stages(event) for race in stage.races
    ]
    placed: dict[int, list[_Placed]] = {}
    for record in event.records.new:
        found = _place(event, record)
        if found is not None:
            placed.setdefault(id(found.race), []).append(found)
    walk = _Walk({}, {})
    for kind in (RecordKind.OLYMPIC, RecordKind.WORLD):
        best = _standing(event.records.standing, kind)
        fastest: _Mark | None = None
        for stage, race, fastest_here in order:
            here = placed.get(id(race))
            listed = [p for p in here if kind in _kinds(p.record.kinds)] if here else []
            for found in sorted(listed, key=lambda p: -p.time.milliseconds):
                time = found.time
                before = _faster(best, fastest)
                if before is not None and time.milliseconds >= before.time.milliseconds:
                    entry = walk.slow_records.setdefault(id(found.record), (found.record, []))
                    entry[1].append(f"not faster than {before.text}")
                best = _faster(best, _new_record(kind, time, race))
            if fastest_here is not None:
                won, winner = fastest_here
                if not listed and best is not None and won.milliseconds < best.time.milliseconds:
                    entry2 = walk.unlisted.setdefault(id(winner), (stage, race, winner, []))
                    entry2[3].append(f"the {_KIND_WORDS[kind]} of the time ({best.text})")
                    best = _won(winner, won, race)
                if fastest is None or won.milliseconds < fastest.time.milliseconds:
                    fastest = _won(winner, won, race, earlier=True)
    return walk


@check("record-order")
def record_order(event: Event) -> Found:
    """New records improve in running order on the standing record and every earlier time."""
    for record, problems in _walk(event).slow_records.values():
        yield (
            _at(record),
            (f"the new {_label(record.kinds)} {record.time} is " + "; and ".join(problems)),
        )


@check("unlisted-record", Severity.WARNING)
def unlisted_record(event: Event) -> Found:
    """A race won faster than the record of the moment, with no new record listed."""
    for stage, race, row, beaten in _walk(event).unlisted.values():
        yield (
            Location(stage.round_of(race).name, race.name, display(row), row.line),
            (
                f"{row.time} in {race.name} is faster than "
                + " and ".join(beaten)
                + ", but the Records table lists no new record for it"
            ),
        )


@check("record-date")
def record_date(event: Event) -> Found:
    """A new record's date lies within the event and is its round's date where the prose says."""
    info = event.info
    year = games_year(event)
    for record in event.records.new:
        days = find_dates(record.date or "", year)
        if not days:
            continue
        day = days[0]
        if info.start_date and info.end_date and not info.start_date <= day <= info.end_date:
            yield (
                _at(record),
                (
                    f"the new record's date {record.date} lies outside the event's dates "
                    f"({info.dates})"
                ),
            )
            continue
        placed = _place(event, record)
        if placed is None:
            continue
        round_ = placed.stage.round_of(placed.race)
        given = prose_dates(event, round_.prose)
        if given and day not in given:
            days_text = ", ".join(f"{d:%d %B}" for d in given)
            yield (
                _at(record),
                (
                    f"the new record's date {record.date} is not the date the prose gives for "
                    f"{round_.name} ({days_text})"
                ),
            )
