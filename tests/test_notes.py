"""Result notes: spellings, splitting a notes cell, the statuses notes imply."""

from __future__ import annotations

import pytest

from shorttrack_parse import Note, Status
from shorttrack_parse.notes import parse_note, parse_notes, status_of

CANONICAL = [
    ("Q", Note.QUALIFIED),
    ("q", Note.QUALIFIED_BY_TIME),
    ("QA", Note.QUALIFIED_FINAL_A),
    ("QB", Note.QUALIFIED_FINAL_B),
    ("ADV", Note.ADVANCED),
    ("ADVA", Note.ADVANCED_FINAL_A),
    ("ADVB", Note.ADVANCED_FINAL_B),
    ("PEN", Note.PENALTY),
    ("YC", Note.YELLOW_CARD),
    ("DQ", Note.DISQUALIFIED),
    ("DSQ", Note.DISQUALIFIED_DSQ),
    ("DNF", Note.DID_NOT_FINISH),
    ("DNS", Note.DID_NOT_START),
    ("OR", Note.OLYMPIC_RECORD),
    ("WR", Note.WORLD_RECORD),
]


@pytest.mark.parametrize(("text", "note"), CANONICAL)
def test_canonical_spelling_is_the_note(text: str, note: Note) -> None:
    assert parse_note(text) is note
    assert note.value == text
    assert str(note) == text


def test_every_note_has_a_canonical_case() -> None:
    assert {note for _, note in CANONICAL} == set(Note)


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("dq", Note.DISQUALIFIED),
        ("Adv", Note.ADVANCED),
        ("qa", Note.QUALIFIED_FINAL_A),
        ("pen", Note.PENALTY),
        ("dnf", Note.DID_NOT_FINISH),
        ("(Q)", Note.QUALIFIED),
        ("[q]", Note.QUALIFIED_BY_TIME),
        ("  QB  ", Note.QUALIFIED_FINAL_B),
        ("Disqualified", Note.DISQUALIFIED),
        ("Olympic record", Note.OLYMPIC_RECORD),
        ("World Record", Note.WORLD_RECORD),
        ("did not start", Note.DID_NOT_START),
        ("Did not finish", Note.DID_NOT_FINISH),
        ("Yellow card", Note.YELLOW_CARD),
        ("pen.", Note.PENALTY),
        ("adv.", Note.ADVANCED),
    ],
)
def test_other_spellings(text: str, note: Note) -> None:
    assert parse_note(text) is note


def test_upper_and_lower_q_are_different_notes() -> None:
    assert parse_note("Q") is Note.QUALIFIED
    assert parse_note("q") is Note.QUALIFIED_BY_TIME


@pytest.mark.parametrize("text", ["", "X", "QC", "Q OR", "–", "fell", "1:29.109", "Heat 1"])
def test_not_a_single_note(text: str) -> None:
    assert parse_note(text) is None


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("Q", (Note.QUALIFIED,)),
        ("Q, OR", (Note.QUALIFIED, Note.OLYMPIC_RECORD)),
        ("Q,OR", (Note.QUALIFIED, Note.OLYMPIC_RECORD)),
        ("Q; OR", (Note.QUALIFIED, Note.OLYMPIC_RECORD)),
        ("Q/OR", (Note.QUALIFIED, Note.OLYMPIC_RECORD)),
        ("QA OR", (Note.QUALIFIED_FINAL_A, Note.OLYMPIC_RECORD)),
        ("QA, OR", (Note.QUALIFIED_FINAL_A, Note.OLYMPIC_RECORD)),
        ("q WR", (Note.QUALIFIED_BY_TIME, Note.WORLD_RECORD)),
        ("ADV", (Note.ADVANCED,)),
        ("ADVA", (Note.ADVANCED_FINAL_A,)),
        ("ADVB", (Note.ADVANCED_FINAL_B,)),
        ("PEN", (Note.PENALTY,)),
        ("YC", (Note.YELLOW_CARD,)),
        ("DQ", (Note.DISQUALIFIED,)),
        ("DSQ", (Note.DISQUALIFIED_DSQ,)),
        ("DNF", (Note.DID_NOT_FINISH,)),
        ("DNS", (Note.DID_NOT_START,)),
        ("Olympic record", (Note.OLYMPIC_RECORD,)),
        ("", ()),
        ("   ", ()),
        ("-", ()),
        ("–", ()),
        ("—", ()),
        ("−", ()),
        ("Q, –", (Note.QUALIFIED,)),
    ],
)
def test_parse_notes(text: str, notes: tuple[Note, ...]) -> None:
    assert parse_notes(text) == notes


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("fell", ("fell",)),
        ("fell  twice", ("fell twice",)),
        ("Q, fell twice", (Note.QUALIFIED, "fell twice")),
        ("QA OR fell", (Note.QUALIFIED_FINAL_A, Note.OLYMPIC_RECORD, "fell")),
        ("Qualified for final", ("Qualified for final",)),
        ("X", ("X",)),
    ],
)
def test_unknown_notes_are_kept_as_written(text: str, notes: tuple[object, ...]) -> None:
    parsed = parse_notes(text)
    assert parsed == notes
    assert [type(note) for note in parsed] == [type(note) for note in notes]


@pytest.mark.parametrize(
    ("notes", "status"),
    [
        ((), Status.FINISHED),
        ((Note.QUALIFIED,), Status.FINISHED),
        ((Note.OLYMPIC_RECORD, Note.QUALIFIED_FINAL_A), Status.FINISHED),
        (("fell",), Status.FINISHED),
        ((Note.ADVANCED,), Status.FINISHED),
        ((Note.DISQUALIFIED,), Status.DISQUALIFIED),
        ((Note.DISQUALIFIED_DSQ,), Status.DISQUALIFIED),
        ((Note.PENALTY,), Status.DISQUALIFIED),
        ((Note.YELLOW_CARD,), Status.DISQUALIFIED),
        ((Note.DID_NOT_FINISH,), Status.DID_NOT_FINISH),
        ((Note.DID_NOT_START,), Status.DID_NOT_START),
        ((Note.QUALIFIED, Note.DID_NOT_FINISH), Status.DID_NOT_FINISH),
        (("DQ",), Status.FINISHED),  # a plain string is not a recognised note
        ((Note.DID_NOT_START, Note.DISQUALIFIED), Status.DID_NOT_START),
    ],
)
def test_status_of(notes: tuple[object, ...], status: Status) -> None:
    assert status_of(notes) is status  # type: ignore[arg-type]


QUALIFYING = {
    Note.QUALIFIED,
    Note.QUALIFIED_BY_TIME,
    Note.QUALIFIED_FINAL_A,
    Note.QUALIFIED_FINAL_B,
    Note.ADVANCED,
    Note.ADVANCED_FINAL_A,
    Note.ADVANCED_FINAL_B,
}
STATUS = {
    Note.PENALTY: Status.DISQUALIFIED,
    Note.YELLOW_CARD: Status.DISQUALIFIED,
    Note.DISQUALIFIED: Status.DISQUALIFIED,
    Note.DISQUALIFIED_DSQ: Status.DISQUALIFIED,
    Note.DID_NOT_FINISH: Status.DID_NOT_FINISH,
    Note.DID_NOT_START: Status.DID_NOT_START,
}
FINAL = {
    Note.QUALIFIED_FINAL_A: "A",
    Note.ADVANCED_FINAL_A: "A",
    Note.QUALIFIED_FINAL_B: "B",
    Note.ADVANCED_FINAL_B: "B",
}


@pytest.mark.parametrize("note", list(Note), ids=[note.value for note in Note])
def test_note_properties(note: Note) -> None:
    assert note.qualifies is (note in QUALIFYING)
    assert note.status is STATUS.get(note)
    assert note.final == FINAL.get(note)
    assert note.advanced is (note.value.startswith("ADV"))
    assert note.is_record is (note.value in {"OR", "WR"})


def test_all_notes_parse_from_one_cell() -> None:
    cell = ", ".join(note.value for note in Note)
    assert parse_notes(cell) == tuple(Note)


@pytest.mark.parametrize("status", list(Status))
def test_str_of_a_status_is_its_value(status: Status) -> None:
    assert str(status) == status.value
    assert f"{status}" == status.value


@pytest.mark.parametrize("note", list(Note))
def test_str_of_a_note_is_its_value(note: Note) -> None:
    assert str(note) == note.value
    assert f"{note}" == note.value
