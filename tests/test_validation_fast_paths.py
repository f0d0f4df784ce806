"""The checks' short cuts for the usual event give the findings of their general paths.

Each short cut is a small named predicate that says "nothing to report here"
(every row names a different competitor, nobody is in two races of a round, no
one changes country, no row marked q or OR), or a shared reading of a row's notes
(``MARKS``).  Forcing the predicates to answer "look row by row" gives the
general path; both must report the same for the fixtures and for generated
events, correct and corrupted (the corruptions make every finding the short cuts
skip: a skater listed twice, in two races, under two countries...).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from builders import ARTICLE_FILES, VALIDATION_EVENTS
from conftest import examples
from hypothesis import given
from hypothesis import strategies as st

import shorttrack_parse as sp
from shorttrack_parse import strategies
from shorttrack_parse._checks import (
    _facts,
    _identity,
    _marks,
    _stages,
    names,
    progression,
    qualification,
    races,
    records,
    statuses,
    time_format,
)
from shorttrack_parse._checks._memo import one_validation
from shorttrack_parse._race_names import key_of
from shorttrack_parse.model import Result, RoundKind
from shorttrack_parse.notes import Note, NoteLike, Status

# (module, predicate, the answer that sends the check down its general path)
SHORT_CUTS: list[tuple[Any, str, object]] = [
    (races, "_all_distinct", False),
    (progression, "_apart", False),
    (_identity, "_one_country_each", False),
    (races, "times_in_order", False),
    *(
        (module, "row_facts", _facts.RowFacts(*[True] * 9))
        for module in (statuses, time_format, names, records, qualification)
    ),
]


@contextmanager
def _general_paths(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with monkeypatch.context() as patch:
        for module, name, answer in SHORT_CUTS:
            patch.setattr(module, name, _always(answer))
        yield


def _always(answer: object) -> Callable[..., object]:
    return lambda *_args: answer


def _findings(event: sp.Event) -> list[sp.Finding]:
    return list(sp.validate(event).findings)


def _both(event: sp.Event, monkeypatch: pytest.MonkeyPatch) -> None:
    quick = _findings(event)
    with _general_paths(monkeypatch):
        general = _findings(event)
    assert quick == general


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_fixtures_report_alike_with_and_without_short_cuts(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _both(sp.parse_file(path), monkeypatch)


@examples(60)
@given(VALIDATION_EVENTS)
def test_generated_events_report_alike_with_and_without_short_cuts(event: sp.Event) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _both(event, monkeypatch)


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        ("duplicated-skater", "duplicate-competitor"),
        ("skater-in-two-races", "competitor-in-two-races"),
        ("changed-country", "country-change"),
        ("swapped-times", "rank-time-order"),
        ("status-with-rank", "status-with-rank"),
        ("time-without-minutes", "time-without-minutes"),
        ("unnamed-row", "unnamed-row"),
    ],
)
def test_the_short_cuts_let_through_what_they_are_there_to_skip(kind: str, code: str) -> None:
    # The comparison above means something only if the short cuts meet events
    # with those findings: here each kind of corruption is found through them.
    @examples(10)
    @given(strategies.corrupted_events(kinds=[kind]))
    def found(pair: tuple[sp.Event, object]) -> None:
        assert code in {f.code for f in sp.validate(pair[0]).findings}

    found()


NOTES: st.SearchStrategy[tuple[NoteLike, ...]] = st.lists(
    st.one_of(st.sampled_from(list(Note)), st.sampled_from(["X", "q?", "Q1"])), max_size=4
).map(tuple)


def _marks_of(notes: tuple[NoteLike, ...]) -> _marks.Marks:
    row = Result(notes=notes)
    return _marks.Marks(
        (False, _marks.by_place(row, 1), _marks.by_place(row, 2)),
        advanced=_marks.advanced(row),
        sends_on=_marks.sends_on(row),
        by_time=_marks.by_time(row),
        destination=next(
            (n.final for n in notes if isinstance(n, Note) and n.final is not None), None
        ),
    )


@examples(200)
@given(NOTES)
def test_marks_of_notes_are_what_each_question_answers(notes: tuple[NoteLike, ...]) -> None:
    assert _marks.MARKS[notes] == _marks_of(notes)
    assert _marks.MARKS[notes] == _marks_of(notes)  # and once remembered


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_marks_of_every_fixture_row(path: Path) -> None:
    for race in sp.parse_file(path).races():
        for row in race.results:
            assert _marks.MARKS[row.notes] == _marks_of(row.notes)


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_one_country_each_is_what_the_rows_say(path: Path) -> None:
    event = sp.parse_file(path)
    ids = _identity.Identities(event)
    rows = [row for race in event.races() for row in race.results]
    nocs: dict[str, set[str]] = {}
    for row in rows:
        key = ids.key(row)
        if key is not None and row.noc is not None:
            nocs.setdefault(key, set()).add(row.noc)
    expected = not any(row.team for row in rows) and all(len(n) == 1 for n in nocs.values())
    assert ids.one_country_each is expected


def _rising(values: list[int]) -> bool:
    return all(a < b for a, b in itertools.pairwise(values))


def _facts_row_by_row(event: sp.Event) -> _facts.RowFacts:
    finished = Status.FINISHED
    all_races = list(event.races())
    rows = [row for race in all_races for row in race.results]
    placed = [[row for row in race.results if row.rank is not None] for race in all_races]
    return _facts.RowFacts(
        places_not_rising=not all(_rising([row.rank or 0 for row in p]) for p in placed),
        times_not_rising=not all(
            _rising([row.time.milliseconds for row in p if row.status is finished and row.time])
            for p in placed
        ),
        placed_unfinished=any(row.rank is not None and row.status is not finished for row in rows),
        unplaced_finisher=any(row.rank is None and row.status is finished for row in rows),
        untimed_finisher=any(
            row.rank is not None and row.status is finished and row.time is None for row in rows
        ),
        seconds_only=any(
            row.time is not None and row.time.milliseconds >= 60_000 and not row.time.with_minutes
            for row in rows
        ),
        nameless=any(not row.name.strip() and not row.link for row in rows),
        record_marked=any(
            note in (Note.OLYMPIC_RECORD, Note.WORLD_RECORD) for row in rows for note in row.notes
        ),
        time_qualified=any(Note.QUALIFIED_BY_TIME in row.notes for row in rows),
    )


def _row_facts_alike(event: sp.Event) -> None:
    assert _facts.row_facts(event) == _facts_row_by_row(event)


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_destination_of_every_fixture_row(path: Path) -> None:
    for race in sp.parse_file(path).races():
        for row in race.results:
            wanted = next((n.final for n in row.notes if isinstance(n, Note) and n.final), None)
            assert _marks.destination(row) == wanted


def _race_keys_alike(event: sp.Event) -> None:
    # Race.key reads the stage's _value_: the same as its public value.
    for race in event.races():
        assert race.key == key_of(race.stage.value, race.label)


def _seen_built_by_name(
    ids: _identity.Identities, stage: Any
) -> tuple[progression._Seen | None, ...]:
    return tuple(
        progression._Seen(key=key, stage=stage, race=race, row=row) if key is not None else None
        for race in stage.races
        for row, key in zip(race.results, ids.keys_in(race), strict=True)
    )


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_progression_rows_are_the_seen_tuples_built_by_name(path: Path) -> None:
    event = sp.parse_file(path)
    with one_validation():
        built = progression._Progression(event)
        for stage in built.stages:
            rows = built._rows(stage)
            expected = _seen_built_by_name(built.ids, stage)
            assert rows == expected
            for row, wanted in zip(rows, expected, strict=True):
                assert type(row) is type(wanted)
                if row is not None and wanted is not None:
                    assert (row.key, row.stage, row.race, row.row) == (
                        wanted.key,
                        wanted.stage,
                        wanted.race,
                        wanted.row,
                    )


def _qualification_tallies_alike(event: sp.Event) -> None:
    for race in event.races():
        tally = qualification._tally(race)
        assert tally.finishers == sum(map(_marks.finisher, race.results))
        for level in (1, 2):
            nothing_out_of_place = not list(qualification._out_of_place(race, (level,)))
            assert qualification._on_top(race, level) is nothing_out_of_place


def test_qualification_tallies_leave_out_placed_rows_that_did_not_finish() -> None:
    # status-with-rank rows: placed, yet not finishers, above and below a qualifier
    race = sp.Race(
        name="Heat 1",
        results=(
            Result(rank=1, name="A", status=Status.DISQUALIFIED),
            Result(rank=2, name="B", notes=(Note.QUALIFIED,)),
            Result(rank=3, name="C", status=Status.DID_NOT_FINISH),
        ),
    )
    _qualification_tallies_alike(sp.Event(rounds=(sp.Round(name="Heats", races=(race,)),)))


def _finals_alike(event: sp.Event) -> None:
    for stage in _stages.stages(event):
        for race in (race for other in _stages.stages(event) for race in other.races):
            with_letter = _stages.final_letter(race, stage) is not None
            expected = stage.kind is RoundKind.FINALS or with_letter
            assert _stages.is_final(race, stage) is expected


# Each short cut against the long way, for one event: row facts, race keys,
# qualification tallies, finals.
SHORT_CUTS_ALIKE: tuple[Callable[[sp.Event], None], ...] = (
    _row_facts_alike,
    _race_keys_alike,
    _qualification_tallies_alike,
    _finals_alike,
)


@pytest.mark.parametrize("alike", SHORT_CUTS_ALIKE, ids=lambda alike: alike.__name__.strip("_"))
@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_short_cuts_agree_on_every_fixture(path: Path, alike: Callable[[sp.Event], None]) -> None:
    alike(sp.parse_file(path))


@pytest.mark.parametrize("alike", SHORT_CUTS_ALIKE, ids=lambda alike: alike.__name__.strip("_"))
@examples(100)
@given(VALIDATION_EVENTS)
def test_short_cuts_agree_on_generated_events(
    alike: Callable[[sp.Event], None], event: sp.Event
) -> None:
    alike(event)
