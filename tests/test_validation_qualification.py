"""Checks of qualification notes: in finals, counts, places, q by time, ADV."""

from __future__ import annotations

from builders import clean_event, edit, line_of, run

import shorttrack_parse as sp


def _at(event: sp.Event, race_name: str, name: str) -> tuple[str, str, int | None]:
    return race_name, name, line_of(event, race_name, name)


def _race_at(event: sp.Event, race_name: str) -> tuple[str, None, int | None]:
    found = event.race(race_name)
    assert found is not None
    return race_name, None, found.line


CODES = (
    "qualification-in-final",
    "qualifier-count",
    "qualifier-places",
    "time-qualifier",
    "advanced-by-place",
)


def test_clean_event_passes_every_qualification_check() -> None:
    for code in CODES:
        assert run(clean_event(), code) == [], code


def test_qualification_in_final_reports_a_note_in_a_final() -> None:
    event = edit(clean_event(), "Final A", "Ahn Hyun-soo", notes="QA")
    assert run(event, "qualification-in-final") == [_at(event, "Final A", "Ahn Hyun-soo")]


def test_qualifier_count_reports_a_race_that_qualifies_fewer() -> None:
    event = edit(clean_event(), "Heat 1", "Steven Bradbury", notes="")
    assert run(event, "qualifier-count") == [_race_at(event, "Heat 1")]
    message = sp.validate(event, select="qualifier-count").findings[0].message
    assert message == "Heat 1 qualifies 1 by place (Q); the other races of Heats qualify 2"
    assert run(event, "qualifier-places") == []  # one mistake, one finding


def test_qualifier_count_reports_a_race_that_qualifies_more() -> None:
    event = edit(clean_event(), "Heat 2", "Marc Gagnon", notes="Q")
    assert run(event, "qualifier-count") == [_race_at(event, "Heat 2")]


def test_qualifier_count_allows_a_race_short_of_finishers() -> None:
    event = clean_event()
    for name in ("Steven Bradbury", "Fabio Carta", "Steven Dubois"):
        event = edit(event, "Heat 1", name, rank=None, time=None, notes="DQ")
    assert run(event, "qualifier-count") == []


def test_qualifier_count_counts_a_place_taken_by_an_advanced_skater() -> None:
    # 2002 men's 1000 m, Semifinal 1: 3rd place advanced to Final A, so only 4th got QB.
    event = edit(clean_event(), "Semifinal 2", "Sjinkie Knegt", notes="ADV")
    assert run(event, "qualifier-count") == []


def test_qualifier_count_reports_semifinals_sending_different_numbers_to_final_b() -> None:
    event = edit(clean_event(), "Semifinal 2", "Apolo Anton Ohno", notes="")
    assert run(event, "qualifier-count") == [_race_at(event, "Semifinal 2")]
    message = sp.validate(event, select="qualifier-count").findings[0].message
    assert (
        message
        == "Semifinal 2 qualifies 3 by place (QA/QB); the other races of Semifinals qualify 4"
    )


def test_qualifier_places_reports_a_skipped_place() -> None:
    event = edit(clean_event(), "Heat 1", "Steven Bradbury", notes="")
    event = edit(event, "Heat 1", "Fabio Carta", notes="Q")
    assert run(event, "qualifier-places") == [_at(event, "Heat 1", "Steven Bradbury")]
    assert run(event, "qualifier-count") == []
    message = sp.validate(event, select="qualifier-places").findings[0].message
    assert (
        message
        == "2nd place has no qualifying note, but 3rd place Fabio Carta qualified by place (Q)"
    )


def test_qualifier_places_reports_qb_above_qa_once() -> None:
    event = edit(clean_event(), "Semifinal 1", "Arianna Fontana", notes="QB")
    event = edit(event, "Semifinal 1", "Olivier Jean", notes="QA")
    assert run(event, "qualifier-places") == [_at(event, "Semifinal 1", "Arianna Fontana")]


def _with_q(event: sp.Event, race_name: str, name: str) -> sp.Event:
    return edit(event, race_name, name, notes="q")


def test_time_qualifier_passes_q_for_the_fastest_third_places() -> None:
    event = _with_q(_with_q(clean_event(), "Heat 1", "Fabio Carta"), "Heat 2", "Marc Gagnon")
    # Heat 1's 4th (1:31.600) is faster than Heat 2's q (1:32.450), but a 4th place
    # competes for q only where 4th places got one.
    assert run(event, "time-qualifier") == []


def test_time_qualifier_reports_a_faster_skater_left_out() -> None:
    event = _with_q(clean_event(), "Heat 3", "Lee Jung-su")  # 1:33.450
    assert run(event, "time-qualifier") == [
        _at(event, "Heat 1", "Fabio Carta"),  # 1:31.450, 3rd, not qualified
        _at(event, "Heat 2", "Marc Gagnon"),  # 1:32.450, 3rd, not qualified
    ]
    message = sp.validate(event, select="time-qualifier").findings[0].message
    assert message == (
        "3rd place in 1:31.450 did not qualify, but Lee Jung-su (3rd in Heat 3) qualified by "
        "time (q) in a slower 1:33.450"
    )


def test_advanced_by_place_passes_adv_below_the_qualifying_places() -> None:
    event = edit(clean_event(), "Heat 1", "Fabio Carta", notes="ADV")
    assert run(event, "advanced-by-place") == []
    adva = edit(clean_event(), "Semifinal 2", "Apolo Anton Ohno", notes="ADVA")
    assert run(adva, "advanced-by-place") == []


def test_advanced_by_place_reports_adv_on_a_qualifying_place() -> None:
    event = edit(clean_event(), "Heat 1", "Steven Bradbury", notes="ADV")
    assert run(event, "advanced-by-place") == [_at(event, "Heat 1", "Steven Bradbury")]
    assert run(event, "qualifier-count") == []  # the place is not counted twice


def test_advanced_by_place_reports_adv_next_to_q() -> None:
    event = edit(clean_event(), "Heat 1", "Steven Bradbury", notes="Q, ADV")
    assert run(event, "advanced-by-place") == [_at(event, "Heat 1", "Steven Bradbury")]
    message = sp.validate(event, select="advanced-by-place").findings[0].message
    assert message == "marked both Q, ADV: advanced and qualified by place"


def test_advanced_by_place_reports_advb_on_a_final_b_place() -> None:
    event = edit(clean_event(), "Semifinal 1", "Olivier Jean", notes="ADVB")
    assert run(event, "advanced-by-place") == [_at(event, "Semifinal 1", "Olivier Jean")]
