"""Checks across rounds: each round's field is who qualified from the round before."""

from __future__ import annotations

import attrs
from builders import append, clean_event, edit, line_of, remove, row, run

import shorttrack_parse as sp

CODES = (
    "progression-unqualified",
    "progression-missing",
    "progression-wrong-final",
    "progression-misnamed",
    "name-mismatch",
    "competitor-in-two-races",
)


def _at(event: sp.Event, race_name: str, name: str) -> tuple[str, str, int | None]:
    return race_name, name, line_of(event, race_name, name)


def _all(event: sp.Event) -> list[tuple[str, str | None, int | None]]:
    return [(f.code, f.location.athlete, f.line) for f in sp.validate(event, select=CODES).findings]


def test_clean_event_passes_every_progression_check() -> None:
    assert _all(clean_event()) == []


def test_a_row_under_a_wrong_name_is_one_finding() -> None:
    # Semifinal 1 names Fabio Carta (out in Heat 1) where Olivier Jean, who qualified
    # from Heat 3 and skates in Final B, should be: one mistake, one finding.
    event = edit(clean_event(), "Semifinal 1", "Olivier Jean", name="Fabio Carta")
    assert _all(event) == [
        ("progression-misnamed", "Fabio Carta", line_of(event, "Semifinal 1", "Fabio Carta"))
    ]
    assert sp.validate(event, select="progression-misnamed").findings[0].message == (
        "Fabio Carta did not qualify for Semifinal 1 and goes no further, while Olivier Jean "
        "qualified (Heat 3: 1st, Q) and skates in Final B but is missing here: this row is "
        "probably Olivier Jean's"
    )


def test_an_eliminated_skater_added_to_the_next_round() -> None:
    extra = row(5, "Fabio Carta", "1:29.900", line=99)
    event = append(clean_event(), "Semifinal 1", extra)
    assert _all(event) == [("progression-unqualified", "Fabio Carta", 99)]
    message = sp.validate(event, select="progression-unqualified").findings[0].message
    assert message == "skates in Semifinal 1 but did not qualify (Heat 1: 3rd, no qualifying note)"


def test_a_skater_from_nowhere() -> None:
    event = append(clean_event(), "Semifinal 1", row(5, "Kim Dong-sung", "1:29.900", line=99))
    assert _all(event) == [("progression-unqualified", "Kim Dong-sung", 99)]
    message = sp.validate(event, select="progression-unqualified").findings[0].message
    assert message == "skates in Semifinal 1 but does not appear in Heats"


def test_a_wrong_name_in_the_last_round_is_reported_from_both_sides() -> None:
    # Nothing after Final B tells whether its row is a misnamed qualifier.
    event = edit(clean_event(), "Final B", "Apolo Anton Ohno", name="Kim Dong-sung")
    assert _all(event) == [
        (
            "progression-missing",
            "Apolo Anton Ohno",
            line_of(event, "Semifinal 2", "Apolo Anton Ohno"),
        ),
        ("progression-unqualified", "Kim Dong-sung", line_of(event, "Final B", "Kim Dong-sung")),
    ]


def test_a_skater_who_reappears_after_being_eliminated() -> None:
    event = append(clean_event(), "Final B", row(9, "Fabio Carta", "1:30.900", line=99))
    assert _all(event) == [("progression-unqualified", "Fabio Carta", 99)]
    message = sp.validate(event, select="progression-unqualified").findings[0].message
    assert message == (
        "skates in Final B but does not appear in Semifinals; "
        "was last seen in Heats (Heat 1: 3rd, no qualifying note)"
    )


def test_a_name_spelled_two_ways_is_one_warning_not_two_errors() -> None:
    event = edit(clean_event(), "Semifinal 1", "Olivier Jean", name="Olivier Jeanne")
    assert _all(event) == [
        ("name-mismatch", "Olivier Jeanne", line_of(event, "Semifinal 1", "Olivier Jeanne"))
    ]
    last = edit(clean_event(), "Final B", "Olivier Jean", name="Olivier Jeanne")
    assert _all(last) == [
        ("name-mismatch", "Olivier Jeanne", line_of(last, "Final B", "Olivier Jeanne"))
    ]
    message = sp.validate(last, select="name-mismatch").findings[0].message
    line = line_of(last, "Semifinal 1", "Olivier Jean")
    assert message == (
        f"Olivier Jeanne in Final B is probably Olivier Jean of Semifinal 1, line {line}, "
        "spelled differently"
    )


def test_a_linked_skater_shown_under_another_name_is_the_same_skater() -> None:
    event = clean_event()
    for race_name in ("Heat 1", "Semifinal 1", "Final A"):
        event = edit(event, race_name, "Ahn Hyun-soo", link="Ahn Hyun-soo")
    event = edit(event, "Final A", "Ahn Hyun-soo", name="Viktor Ahn")
    assert _all(event) == []


def test_qa_in_final_b_and_qb_in_final_a() -> None:
    event = edit(clean_event(), "Final A", "Semion Elistratov", name="Apolo Anton Ohno")
    event = edit(event, "Final B", "Apolo Anton Ohno", name="Semion Elistratov")
    assert run(event, "progression-wrong-final") == [
        _at(event, "Final A", "Apolo Anton Ohno"),
        _at(event, "Final B", "Semion Elistratov"),
    ]
    assert run(event, "progression-missing") == []


def test_final_b_needs_no_note_when_the_semifinals_mark_only_final_a() -> None:
    # The 1994 women's 500 m style: Q to Final A, the others to Final B unmarked.
    event = clean_event()
    for semi in ("Semifinal 1", "Semifinal 2"):
        for result in event.race(semi).results:  # type: ignore[union-attr]
            notes = "Q" if result.rank in (1, 2) else ""
            event = edit(event, semi, result.name, notes=notes)
    assert _all(event) == []


def test_a_qualifier_missing_from_the_next_round() -> None:
    event = remove(clean_event(), "Semifinal 1", "Olivier Jean")
    event = remove(event, "Final B", "Olivier Jean")
    assert _all(event) == [
        ("progression-missing", "Olivier Jean", line_of(event, "Heat 3", "Olivier Jean"))
    ]


def test_a_qualifier_missing_from_one_round_but_skating_in_the_next_is_one_finding() -> None:
    event = remove(clean_event(), "Semifinal 1", "Olivier Jean")
    assert _all(event) == [
        ("progression-missing", "Olivier Jean", line_of(event, "Heat 3", "Olivier Jean"))
    ]
    message = sp.validate(event, select="progression-missing").findings[0].message
    assert (
        message
        == "qualified (Heat 3: 1st, Q) and skates in Final B, but is missing from Semifinals"
    )


def test_a_skater_in_two_races_of_one_round() -> None:
    event = edit(clean_event(), "Semifinal 2", "Apolo Anton Ohno", name="Ahn Hyun-soo")
    assert run(event, "competitor-in-two-races") == [_at(event, "Semifinal 2", "Ahn Hyun-soo")]


def test_an_article_that_stops_early_gets_one_incomplete_finding_and_no_cascade() -> None:
    event = clean_event()
    cut = attrs.evolve(event, rounds=event.rounds[:2])  # no finals
    assert [(f.code, f.line) for f in sp.validate(cut).findings] == [
        ("incomplete", line_of(event, "Semifinal 2", "Apolo Anton Ohno"))
    ]
    semis = cut.rounds[1]
    empty = attrs.evolve(semis, races=(attrs.evolve(semis.races[0], results=()),))
    cut = attrs.evolve(cut, rounds=(cut.rounds[0], empty))
    assert [f.code for f in sp.validate(cut).findings] == ["incomplete"]


def test_no_progression_check_without_qualification_notes() -> None:
    event = clean_event()
    for heat in event.rounds[0].races:
        for result in heat.results:
            event = edit(event, heat.name, result.name, notes="")
    assert _all(event) == []


def test_one_name_linked_to_two_articles_is_reported_as_the_link_not_the_spelling() -> None:
    event = clean_event()
    for race in event.races():
        if any(row.name == "Olivier Jean" for row in race.results):
            event = edit(event, race.name, "Olivier Jean", link="Olivier Jean")
    event = edit(event, "Final B", "Olivier Jean", link="Olivier Jean (skater)")
    assert _all(event) == [
        ("name-mismatch", "Olivier Jean", line_of(event, "Final B", "Olivier Jean"))
    ]
    message = sp.validate(event, select="name-mismatch").findings[0].message
    assert message.endswith(
        "linked to another article ([[Olivier Jean (skater)]], not [[Olivier Jean]])"
    )
