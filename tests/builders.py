"""Tiny builders for the validation tests: a consistent event to start from, and edits.

``clean_event()`` is a complete 16-skater competition (4 heats, 2 semifinals, Final
A and B) that every check passes; a failing example is one edit of it.  Rows are
found by the race they are in and the skater's name.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
from conftest import FIXTURES
from hypothesis import strategies as st

import shorttrack_parse as sp
from shorttrack_parse import strategies
from shorttrack_parse.notes import parse_notes, status_of

# Every fixture article, in each of its forms.
ARTICLE_FILES = sorted(
    path
    for folder in ("wikitext", "text", "editor")
    for path in (FIXTURES / folder).iterdir()
    if path.suffix in (".wiki", ".txt")
)
# Events for validation's properties: consistent ones and corrupted ones.
VALIDATION_EVENTS = st.one_of(
    strategies.events(),
    strategies.corrupted_events().map(lambda pair: pair[0]),
)

NAMES = (
    "Ahn Hyun-soo", "Steven Bradbury", "Fabio Carta", "Steven Dubois",
    "Semion Elistratov", "Arianna Fontana", "Marc Gagnon", "Charles Hamelin",
    "Olivier Jean", "Sjinkie Knegt", "Lee Jung-su", "Jordan Malone",
    "Apolo Anton Ohno", "Jordan Pierre-Gilles", "Claudio Rinaldi", "Sung Si-bak",
)  # fmt: skip
NOCS = ("KOR", "AUS", "ITA", "CAN", "RUS", "NED", "USA", "GBR")
COLUMNS = ("rank", "athlete", "country", "time", "notes")


def noc(name: str) -> str:
    """The country ``clean_event`` gives a skater."""
    return NOCS[NAMES.index(name) % len(NOCS)] if name in NAMES else "FRA"


def row(
    rank: int | None, name: str, time: str | None = None, notes: str = "", **fields: Any
) -> sp.Result:
    """A result row; ``notes`` as a Notes cell writes them, the status follows from them."""
    parsed = parse_notes(notes)
    fields.setdefault("noc", noc(name))
    return sp.Result(
        rank=rank,
        name=name,
        time=sp.RaceTime.parse(time) if time else None,
        notes=parsed,
        status=status_of(parsed),
        **fields,
    )


def race(name: str, *rows: sp.Result, columns: tuple[str, ...] = COLUMNS) -> sp.Race:
    """A race of ``rows``."""
    return sp.Race(name=name, results=rows, columns=columns)


def round_(name: str, kind: sp.RoundKind, *races: sp.Race, prose: str = "") -> sp.Round:
    """A round of ``races``."""
    return sp.Round(name=name, kind=kind, races=races, prose=prose)


def numbered(event: sp.Event) -> sp.Event:
    """The event with source lines given in order: each round, race and row its own line."""
    line = 10
    rounds = []
    for old_round in event.rounds:
        round_line, line = line, line + 1
        races = []
        for old_race in old_round.races:
            race_line, line = line, line + 1
            results = []
            for result in old_race.results:
                results.append(attrs.evolve(result, line=line))
                line += 1
            races.append(attrs.evolve(old_race, results=tuple(results), line=race_line))
        rounds.append(attrs.evolve(old_round, races=tuple(races), line=round_line))
    return attrs.evolve(event, rounds=tuple(rounds))


def _time(milliseconds: int) -> str:
    return str(sp.RaceTime(milliseconds))


def _ranked(name: str, skaters: list[str], base: int, notes: tuple[str, ...]) -> sp.Race:
    rows = [
        row(
            place,
            skater,
            _time(base + 150 * place),
            notes[place - 1] if place <= len(notes) else "",
        )
        for place, skater in enumerate(skaters, start=1)
    ]
    return race(name, *rows)


def clean_event() -> sp.Event:
    """A complete, consistent 1000 m: every check passes it."""
    heats = [
        _ranked(f"Heat {h}", list(NAMES[4 * h - 4 : 4 * h]), 90_000 + 1000 * h, ("Q", "Q"))
        for h in range(1, 5)
    ]
    winners = [[r.name for r in heat.results[:2]] for heat in heats]
    semi_fields = [
        [winners[0][0], winners[1][1], winners[2][0], winners[3][1]],
        [winners[0][1], winners[1][0], winners[2][1], winners[3][0]],
    ]
    semis = [
        _ranked(f"Semifinal {s}", field, 88_000 + 500 * s, ("QA", "QA", "QB", "QB"))
        for s, field in enumerate(semi_fields, start=1)
    ]
    final_a = _ranked("Final A", [r.name for s in semis for r in s.results[:2]], 87_000, ())
    b_field = [r.name for s in semis for r in s.results[2:]]
    final_b = race(
        "Final B",
        *(
            row(place, name, _time(89_000 + 150 * place))
            for place, name in enumerate(b_field, start=5)
        ),
    )
    rounds = (
        round_("Heats", sp.RoundKind.HEATS, *heats, prose="The heats were held on 13 February."),
        round_("Semifinals", sp.RoundKind.SEMIFINALS, *semis, prose="Held on 16 February."),
        round_("Finals", sp.RoundKind.FINALS, final_a, final_b),
    )
    podium = final_a.results[:3]
    info = sp.EventInfo(
        event="Men's 1000 metres",
        games="2002 Winter",
        games_year=2002,
        dates="13–16 February 2002",
        start_date=date(2002, 2, 13),
        end_date=date(2002, 2, 16),
        competitors=16,
        nations=len(NOCS),
        winning_time=podium[0].time,
        medalists=tuple(
            sp.Medalist(medal, r.name, r.noc) for medal, r in zip(sp.Medal, podium, strict=True)
        ),
        line=3,
    )
    return numbered(sp.Event(title="Men's 1000 metres", info=info, rounds=rounds))


def _map_rows(event: sp.Event, race_name: str | None, change: Any) -> sp.Event:
    """``change`` applied to the rows (a list) of the race called ``race_name``, or of all."""
    rounds = []
    for old_round in event.rounds:
        races = []
        for old_race in old_round.races:
            results = old_race.results
            if race_name is None or old_race.name == race_name:
                results = tuple(change(list(results)))
            races.append(attrs.evolve(old_race, results=results))
        rounds.append(attrs.evolve(old_round, races=tuple(races)))
    return attrs.evolve(event, rounds=tuple(rounds))


def each_row(event: sp.Event, change: Any) -> sp.Event:
    """``event`` with ``change(row)`` in place of every row."""
    return _map_rows(event, None, lambda rows: [change(row) for row in rows])


def edit(event: sp.Event, race_name: str, who: str, /, **changes: Any) -> sp.Event:
    """Change one row; ``time`` and ``notes`` may be given as written (the status follows)."""
    if isinstance(changes.get("time"), str):
        changes["time"] = sp.RaceTime.parse(changes["time"])
    if isinstance(changes.get("notes"), str):
        changes["notes"] = parse_notes(changes["notes"])
        changes.setdefault("status", status_of(changes["notes"]))

    def change(rows: list[sp.Result]) -> list[sp.Result]:
        assert any(r.name == who for r in rows), f"no {who} in {race_name}"
        return [attrs.evolve(r, **changes) if r.name == who else r for r in rows]

    return _map_rows(event, race_name, change)


def remove(event: sp.Event, race_name: str, name: str) -> sp.Event:
    """Drop one row (lines of the others are kept)."""
    return _map_rows(event, race_name, lambda rows: [r for r in rows if r.name != name])


def append(event: sp.Event, race_name: str, result: sp.Result) -> sp.Event:
    """Add a row at the end of a race (give it a ``line`` if the test needs one)."""
    return _map_rows(event, race_name, lambda rows: [*rows, result])


def line_of(event: sp.Event, race_name: str, name: str) -> int | None:
    """The source line of a skater's row in a race."""
    found = event.race(race_name)
    assert found is not None
    return next(r.line for r in found.results if r.name == name)


def run(event: sp.Event, code: str) -> list[tuple[str | None, str | None, int | None]]:
    """``(race or section, athlete, line)`` of each finding of one check."""
    report = sp.validate(event, select=[code])
    return [
        (f.location.race or f.location.section or f.location.round, f.location.athlete, f.line)
        for f in report.findings
    ]
