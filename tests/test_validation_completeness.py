"""The ``incomplete`` check: an article that stops early, reported once."""

from __future__ import annotations

import attrs
from builders import clean_event, edit, line_of, remove, run

import shorttrack_parse as sp


def _message(event: sp.Event) -> str:
    return sp.validate(event, select="incomplete").findings[0].message


def test_a_complete_article_is_not_incomplete() -> None:
    assert run(clean_event(), "incomplete") == []


def test_a_race_with_no_results() -> None:
    event = clean_event()
    semis = event.rounds[1]
    empty = attrs.evolve(semis.races[1], results=())
    event = attrs.evolve(
        event,
        rounds=(
            event.rounds[0],
            attrs.evolve(semis, races=(semis.races[0], empty)),
            event.rounds[2],
        ),
    )
    assert run(event, "incomplete") == [("Semifinal 2", None, empty.line)]
    assert _message(event) == (
        "Semifinal 2 has no results: the article stops there, "
        "so what should follow cannot be checked"
    )


def test_an_article_without_final_a() -> None:
    event = clean_event()
    cut = attrs.evolve(event, rounds=event.rounds[:1])
    assert run(cut, "incomplete") == [("Heat 4", None, line_of(event, "Heat 4", "Sung Si-bak"))]
    assert _message(cut) == (
        "the article has no Final A: it stops after Heat 4, so what should follow cannot be checked"
    )


def test_a_last_race_cut_short() -> None:
    event = remove(clean_event(), "Final B", "Apolo Anton Ohno")
    assert run(event, "incomplete") == [
        ("Final B", None, line_of(event, "Final B", "Sjinkie Knegt"))
    ]
    assert (
        _message(event)
        == "Final B lists 3 of the 4 competitors who qualified for it: the article stops there"
    )
    assert [f.code for f in sp.validate(event).findings] == ["incomplete"]


def test_a_missing_final_b_with_qualifiers_for_it() -> None:
    event = clean_event()
    finals = attrs.evolve(event.rounds[2], races=event.rounds[2].races[:1])
    event = attrs.evolve(event, rounds=(*event.rounds[:2], finals))
    assert run(event, "incomplete") == [("Finals", None, finals.line)]
    assert _message(event) == "the article has no Final B, though 4 competitors qualified for it"
    assert [f.code for f in sp.validate(event).findings] == ["incomplete"]


def test_one_qualifier_for_final_b_does_not_make_a_race() -> None:
    event = clean_event()
    finals = attrs.evolve(event.rounds[2], races=event.rounds[2].races[:1])
    event = attrs.evolve(event, rounds=(*event.rounds[:2], finals))
    for semi, names in (
        ("Semifinal 1", ("Olivier Jean", "Jordan Pierre-Gilles")),
        ("Semifinal 2", ("Sjinkie Knegt",)),
    ):
        for name in names:
            event = edit(event, semi, name, notes="")
    assert sp.validate(event, select=("incomplete", "progression-missing")).findings == ()


def test_unlabelled_final_tables_are_final_a_and_the_one_after_it() -> None:
    event = clean_event()
    finals = event.rounds[2]
    renamed = (
        attrs.evolve(finals.races[1], name="Finals 2"),  # Final B first, from 5th place
        attrs.evolve(finals.races[0], name="Finals"),
    )
    event = attrs.evolve(event, rounds=(*event.rounds[:2], attrs.evolve(finals, races=renamed)))
    assert sp.validate(event).findings == ()
