"""Every reproducer the fuzzers ever found keeps every promise (regression tests)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import shorttrack_parse as sp

from ._corpus import entries, load, load_event
from .properties import check_event, check_text

# Inputs that once hung or took quadratic time finish in well under this on any machine
# (the exponential pattern needed hours for its 40 characters, the nested tables minutes).
BUDGET = 20.0


@pytest.mark.parametrize("path", entries(), ids=lambda path: path.stem)
def test_reproducer_keeps_every_promise(path: Path) -> None:
    start = time.process_time()
    check_text(load(path))
    assert time.process_time() - start < BUDGET


@pytest.mark.parametrize("path", entries("event"), ids=lambda path: path.stem)
def test_rendered_reproducer_reads_back_as_the_same_event(path: Path) -> None:
    event = sp.from_dict(load_event(path))
    again = sp.parse(sp.to_wikitext(event), form="wikitext", title=event.title)
    assert sp.same_content(again, event)
    flattened = sp.parse(sp.to_text(event), form="text")
    names = [row.name for race in flattened.races() for row in race.results]
    assert names == [row.name for race in event.races() for row in race.results]
    check_event(again)


def test_corpus_holds_a_reproducer_of_each_known_class() -> None:
    names = {path.stem for path in entries()}
    known = {
        "superscript-digits",
        "dangling-tags",
        "dangling-tags-after-tags",
        "huge-digit-runs",
        "dash-before-note",
        "competitor-twice-in-round",
        "lone-surrogates",
        "carriage-returns",
        "label-without-rows",
        "relay-label-as-members",
        "relay-row-as-members",
        "flattened-rank-as-members",
        "attribute-run",  # a hang
        "nested-unclosed-tables",  # quadratic time
    }
    assert known <= names
    assert {path.stem for path in entries("event")} >= {"renderer-escapes"}


def test_dashes_before_notes_are_read_as_the_notes() -> None:
    event = sp.parse(load(Path(__file__).parent / "corpus" / "dash-before-note.json"))
    rows = [row.notes for race in event.races() for row in race.results]
    assert rows == [
        (sp.Note.QUALIFIED,),
        (sp.Note.DISQUALIFIED,),
        (sp.Note.QUALIFIED, sp.Note.DISQUALIFIED),
        (sp.Note.QUALIFIED_BY_TIME,),
    ]


def test_lone_surrogates_become_replacement_characters_with_a_diagnostic() -> None:
    event = sp.parse(load(Path(__file__).parent / "corpus" / "lone-surrogates.json"))
    names = [row.name for race in event.races() for row in race.results]
    assert names == ["Anna \ufffdAlpha", "Bert \ufffdBeta"]
    flagged = [d.line for d in event.diagnostics if d.code == "invalid-character"]
    assert flagged == [5, 6]


def test_a_race_label_without_rows_is_an_empty_race() -> None:
    event = sp.parse(load(Path(__file__).parent / "corpus" / "label-without-rows.json"))
    races = [(race.name, race.line, len(race.results)) for race in event.races()]
    assert races == [("Heat 1", 10, 1), ("Heat 2", 12, 0)]


def test_a_race_label_after_a_relay_team_opens_the_next_race() -> None:
    event = sp.parse(load(Path(__file__).parent / "corpus" / "relay-label-as-members.json"))
    races = [(race.name, [row.members_text for row in race.results]) for race in event.races()]
    assert races == [("Semifinal 1", ["Kim A\nLee B"]), ("Semifinal 2", ["Park C\nChoi D"])]


def test_a_row_below_a_rowspan_is_not_members_unless_under_the_names() -> None:
    event = sp.parse(load(Path(__file__).parent / "corpus" / "relay-row-as-members.json"))
    rows = [(row.line, row.members_text) for race in event.races() for row in race.results]
    assert rows == [(10, "Kim A\nLee B"), (12, "")]  # its own row, its country reported
    assert [d.line for d in event.diagnostics] == [12]


def test_a_flattened_rank_cell_is_a_row_cut_short_not_members() -> None:
    event = sp.parse(load(Path(__file__).parent / "corpus" / "flattened-rank-as-members.json"))
    rows = [(row.line, row.rank, row.members_text) for row in event.race("Final A").results]
    assert rows == [(7, 1, "")]
    assert [(d.line, d.code) for d in event.diagnostics] == [(8, "spanning-row")]
