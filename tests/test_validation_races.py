"""Checks within one race: rank-sequence, rank-time-order, duplicate-time, duplicate-competitor."""

from __future__ import annotations

import attrs
from builders import append, clean_event, edit, line_of, race, remove, row, run

import shorttrack_parse as sp


def _at(event: sp.Event, race_name: str, name: str) -> tuple[str, str, int | None]:
    return race_name, name, line_of(event, race_name, name)


# --- rank-sequence ----------------------------------------------------------------------


def test_rank_sequence_passes_places_one_to_n_and_final_b_after_final_a() -> None:
    assert run(clean_event(), "rank-sequence") == []


def test_rank_sequence_reports_a_gap_once() -> None:
    event = edit(clean_event(), "Heat 1", "Steven Dubois", rank=5)
    assert run(event, "rank-sequence") == [_at(event, "Heat 1", "Steven Dubois")]
    finding = sp.validate(event, select="rank-sequence").findings[0]
    assert finding.message == "4th place is missing: 3rd is followed by 5th"


def test_rank_sequence_reports_a_repeated_place_with_different_times_once() -> None:
    event = edit(clean_event(), "Heat 1", "Fabio Carta", rank=2)
    assert run(event, "rank-sequence") == [_at(event, "Heat 1", "Fabio Carta")]
    finding = sp.validate(event, select="rank-sequence").findings[0]
    assert finding.message == (
        "2nd place is given twice, to Steven Bradbury (1:31.300) and Fabio Carta (1:31.450), "
        "whose times differ"
    )


def test_rank_sequence_allows_a_tie_with_equal_times_followed_by_the_skipped_place() -> None:
    event = edit(clean_event(), "Heat 1", "Fabio Carta", rank=2, time="1:31.300")
    assert run(event, "rank-sequence") == []


def test_rank_sequence_reports_dense_numbering_after_a_tie() -> None:
    event = edit(clean_event(), "Heat 1", "Fabio Carta", rank=2, time="1:31.300")
    event = edit(event, "Heat 1", "Steven Dubois", rank=3)
    assert run(event, "rank-sequence") == [_at(event, "Heat 1", "Steven Dubois")]


def test_rank_sequence_reports_a_race_that_does_not_start_at_first_place() -> None:
    event = remove(clean_event(), "Heat 1", "Ahn Hyun-soo")
    assert run(event, "rank-sequence") == [_at(event, "Heat 1", "Steven Bradbury")]


def test_rank_sequence_allows_final_b_ranked_from_one() -> None:
    event = clean_event()
    final_b = event.race("Final B")
    assert final_b is not None
    for place, result in enumerate(final_b.results, start=1):
        event = edit(event, "Final B", result.name, rank=place)
    assert run(event, "rank-sequence") == []


def test_rank_sequence_reports_final_b_not_following_final_a() -> None:
    event = clean_event()
    for result in event.race("Final B").results:  # type: ignore[union-attr]
        event = edit(event, "Final B", result.name, rank=(result.rank or 0) + 1)
    assert run(event, "rank-sequence") == [_at(event, "Final B", "Olivier Jean")]
    message = sp.validate(event, select="rank-sequence").findings[0].message
    assert message == "places start at 6; expected 1 or 5 (Final A placed 4)"


def test_rank_sequence_counts_only_final_a_finishers_before_final_b() -> None:
    # A disqualification in Final A: Final B's winner is 4th, not 5th.
    event = edit(clean_event(), "Final A", "Semion Elistratov", rank=None, time=None, notes="DQ")
    assert run(event, "rank-sequence") == [_at(event, "Final B", "Olivier Jean")]
    for result in event.race("Final B").results:  # type: ignore[union-attr]
        event = edit(event, "Final B", result.name, rank=(result.rank or 0) - 1)
    assert run(event, "rank-sequence") == []


# --- rank-time-order --------------------------------------------------------------------


def test_rank_time_order_passes_times_in_place_order() -> None:
    assert run(clean_event(), "rank-time-order") == []


def test_rank_time_order_blames_the_one_mistyped_slow_time() -> None:
    # The real error: a 2nd place of 12:27.696 between 2:27.622 and 2:27.799.
    event = edit(clean_event(), "Heat 1", "Steven Bradbury", time="12:31.300")
    assert run(event, "rank-time-order") == [_at(event, "Heat 1", "Steven Bradbury")]


def test_rank_time_order_blames_the_one_mistyped_fast_time() -> None:
    event = edit(clean_event(), "Heat 1", "Fabio Carta", time="1:21.450")
    assert run(event, "rank-time-order") == [_at(event, "Heat 1", "Fabio Carta")]
    message = sp.validate(event, select="rank-time-order").findings[0].message
    assert message == "3rd place has time 1:21.450, faster than 2nd place's 1:31.300"


def test_rank_time_order_blames_the_outlier_even_among_three() -> None:
    rows = (
        row(1, "Apolo Anton Ohno", "2:27.622"),
        row(2, "Han Jialiang", "12:27.696"),
        row(3, "Paul Herrmann", "2:27.799"),
    )
    event = sp.Event(
        rounds=(sp.Round(name="Heats", kind=sp.RoundKind.HEATS, races=(race("Heat 2", *rows),)),)
    )
    assert run(event, "rank-time-order") == [("Heat 2", "Han Jialiang", None)]


def test_rank_time_order_allows_equal_times_and_ignores_unplaced_rows() -> None:
    event = edit(clean_event(), "Heat 1", "Fabio Carta", time="1:31.300")
    event = edit(event, "Heat 1", "Steven Dubois", rank=None, notes="DQ")  # time kept: 1:31.600
    event = edit(event, "Heat 1", "Ahn Hyun-soo", time="1:31.700", notes="PEN", rank=None)
    assert run(event, "rank-time-order") == []


def test_rank_time_order_compares_exact_milliseconds() -> None:
    event = edit(clean_event(), "Heat 1", "Steven Bradbury", time="1:31.45")  # 1:31.450 == 3rd
    assert run(event, "rank-time-order") == []
    event = edit(clean_event(), "Heat 1", "Steven Bradbury", time="1:31.451")
    # One millisecond out of order between neighbours: either row may be the typo.
    assert [race for race, _, _ in run(event, "rank-time-order")] == ["Heat 1"]


# --- duplicate-time ---------------------------------------------------------------------


def test_duplicate_time_passes_distinct_times_and_real_ties() -> None:
    assert run(clean_event(), "duplicate-time") == []
    tie = edit(clean_event(), "Heat 1", "Fabio Carta", rank=2, time="1:31.300")
    assert run(tie, "duplicate-time") == []


def test_duplicate_time_reports_a_copied_time_once() -> None:
    event = edit(clean_event(), "Final A", "Steven Bradbury", time="1:27.300")
    assert run(event, "duplicate-time") == [_at(event, "Final A", "Steven Bradbury")]
    finding = sp.validate(event, select="duplicate-time").findings[0]
    assert finding.severity is sp.Severity.WARNING


# --- duplicate-competitor ---------------------------------------------------------------


def test_duplicate_competitor_passes_distinct_skaters() -> None:
    assert run(clean_event(), "duplicate-competitor") == []


def test_duplicate_competitor_reports_a_skater_listed_twice() -> None:
    event = append(clean_event(), "Heat 1", row(None, "Fabio Carta", notes="DNS", line=99))
    assert run(event, "duplicate-competitor") == [("Heat 1", "Fabio Carta", 99)]
    message = sp.validate(event, select="duplicate-competitor").findings[0].message
    first = line_of(event, "Heat 1", "Fabio Carta")
    assert message == f"Fabio Carta is listed twice in Heat 1 (also on line {first})"


def test_duplicate_competitor_knows_a_skater_by_link_and_by_accents() -> None:
    event = append(clean_event(), "Heat 1", row(None, "Fábio CARTA", notes="DNS", line=99))
    assert run(event, "duplicate-competitor") == [("Heat 1", "Fábio CARTA", 99)]
    linked = edit(clean_event(), "Heat 1", "Fabio Carta", link="Fabio Carta")
    linked = append(
        linked, "Heat 1", row(None, "F. Carta", notes="DNS", link="Fabio Carta", line=99)
    )
    assert run(linked, "duplicate-competitor") == [("Heat 1", "F. Carta", 99)]


def test_duplicate_competitor_compares_relay_teams_by_country_or_members() -> None:
    team = attrs.evolve(row(1, "", "4:10.000"), noc=None, team=True, members_text="A B\nC D")
    other = attrs.evolve(row(2, "", "4:11.000"), noc=None, team=True, members_text="E F\nG H")
    again = attrs.evolve(team, rank=3, line=7)
    semis = sp.Round(
        name="Semifinals",
        kind=sp.RoundKind.SEMIFINALS,
        races=(race("Semifinal 1", team, other, again),),
    )
    assert run(sp.Event(rounds=(semis,)), "duplicate-competitor") == [
        ("Semifinal 1", "A B, C D", 7)
    ]
    canada = [attrs.evolve(r, noc="CAN", name="Canada") for r in (team, again)]
    semis = attrs.evolve(semis, races=(race("Semifinal 1", canada[0], other, canada[1]),))
    assert run(sp.Event(rounds=(semis,)), "duplicate-competitor") == [("Semifinal 1", "Canada", 7)]
