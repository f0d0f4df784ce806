"""Checks of new and standing records against the results."""

from __future__ import annotations

import attrs
from builders import clean_event, edit, line_of, run

import shorttrack_parse as sp

OR = sp.RecordKind.OLYMPIC
WR = sp.RecordKind.WORLD


def _record(race: str, time: str, holder: str | None = None, date: str | None = None,
            kinds: tuple[sp.RecordKind, ...] = (OR,), line: int = 5) -> sp.NewRecord:  # fmt: skip
    return sp.NewRecord(
        race=race, time=sp.RaceTime.parse(time), holder=holder, date=date, kinds=kinds, line=line
    )


def _standing(time: str, kind: sp.RecordKind = OR) -> sp.StandingRecord:
    return sp.StandingRecord(kind=kind, time=sp.RaceTime.parse(time), holder="Someone", line=2)


def _records(
    event: sp.Event, *new: sp.NewRecord, standing: tuple[sp.StandingRecord, ...] = ()
) -> sp.Event:
    return attrs.evolve(event, records=sp.Records(standing=standing, new=new))


def _marked(event: sp.Event) -> sp.Event:
    """The clean event with its Final A winner's row marked as an Olympic record."""
    return edit(event, "Final A", "Ahn Hyun-soo", notes="OR")


# The clean event's fastest times: Heat 1 1:31.150, Semifinal 1 1:28.650, Final A 1:27.150.
FINAL = _record("Final A", "1:27.150", "Ahn Hyun-soo", "16 February", line=6)


def test_consistent_records_pass_every_record_check() -> None:
    event = _records(_marked(clean_event()), FINAL, standing=(_standing("1:27.500"),))
    for code in (
        "record-not-in-race",
        "record-holder",
        "record-notes",
        "record-order",
        "unlisted-record",
        "record-date",
    ):
        assert run(event, code) == [], code


def test_record_not_in_race_reports_a_record_labelled_with_the_wrong_round() -> None:
    event = _records(clean_event(), _record("Heat 2", "1:31.150", "Ahn Hyun-soo"))
    assert run(event, "record-not-in-race") == [("Heat 2", "Ahn Hyun-soo", 5)]
    message = sp.validate(event, select="record-not-in-race").findings[0].message
    assert message == (
        "the new OR 1:31.150 is not a time in Heat 2; it is Ahn Hyun-soo's time in Heat 1"
    )
    assert run(event, "record-order") == []  # placed where the time is: no cascade
    assert run(event, "record-holder") == []


def test_record_not_in_race_reports_a_race_the_article_does_not_have() -> None:
    event = _records(clean_event(), _record("Heat 9", "1:25.000"))
    assert run(event, "record-not-in-race") == [("Heat 9", None, 5)]


def test_record_not_in_race_is_silent_about_races_the_article_stops_before() -> None:
    event = clean_event()
    cut = _records(attrs.evolve(event, rounds=event.rounds[:2]), FINAL)
    assert run(cut, "record-not-in-race") == []


def test_record_not_in_race_finds_a_round_named_without_a_race() -> None:
    event = _records(clean_event(), _record("Heats", "1:31.150"))
    assert run(event, "record-not-in-race") == []


def test_record_holder_reports_a_record_credited_to_another_skater() -> None:
    event = _records(_marked(clean_event()), attrs.evolve(FINAL, holder="Arianna Fontana"))
    assert run(event, "record-holder") == [("Final A", "Arianna Fontana", 6)]


def test_record_notes_reports_a_row_marked_with_another_kind() -> None:
    event = _records(edit(clean_event(), "Final A", "Ahn Hyun-soo", notes="WR"), FINAL)
    assert run(event, "record-notes") == [("Final A", "Ahn Hyun-soo", 6)]


def test_record_notes_reads_a_world_record_as_an_olympic_one_too() -> None:
    event = _records(
        edit(clean_event(), "Final A", "Ahn Hyun-soo", notes="WR"),
        attrs.evolve(FINAL, kinds=(OR, WR)),
    )
    assert run(event, "record-notes") == []


def test_record_notes_reports_a_marked_row_the_records_table_leaves_out() -> None:
    event = edit(clean_event(), "Semifinal 1", "Ahn Hyun-soo", notes="QA, OR")
    event = _records(_marked(event), FINAL)
    assert run(event, "record-notes") == [
        ("Semifinal 1", "Ahn Hyun-soo", line_of(event, "Semifinal 1", "Ahn Hyun-soo"))
    ]


def test_record_notes_needs_a_records_section_to_compare_with() -> None:
    assert run(_marked(clean_event()), "record-notes") == []


def test_record_order_reports_a_record_slower_than_the_one_before() -> None:
    event = _records(
        clean_event(),
        _record("Heat 2", "1:32.150", line=5),
        _record("Heat 1", "1:31.150", line=6),  # the table's order is not the running order
    )
    assert run(event, "record-order") == [("Heat 2", None, 5)]
    message = sp.validate(event, select="record-order").findings[0].message
    assert message == "the new OR 1:32.150 is not faster than the new OR of 1:31.150 in Heat 1"


def test_record_order_reports_a_record_slower_than_the_standing_record() -> None:
    event = _records(_marked(clean_event()), FINAL, standing=(_standing("1:26.000"),))
    assert run(event, "record-order") == [("Final A", "Ahn Hyun-soo", 6)]
    message = sp.validate(event, select="record-order").findings[0].message
    assert message == "the new OR 1:27.150 is not faster than the standing OR of 1:26.000"


def test_record_order_reports_a_record_beaten_earlier_in_the_event() -> None:
    event = edit(clean_event(), "Heat 1", "Ahn Hyun-soo", time="1:27.100")
    event = _records(event, _record("Semifinal 1", "1:28.650", line=5))
    assert run(event, "record-order") == [("Semifinal 1", None, 5)]
    message = sp.validate(event, select="record-order").findings[0].message
    assert message == (
        "the new OR 1:28.650 is not faster than Ahn Hyun-soo's 1:27.100 in Heat 1, skated earlier"
    )


def test_unlisted_record_warns_once_per_race_that_set_one() -> None:
    event = _records(clean_event(), standing=(_standing("1:31.200"),))
    assert run(event, "unlisted-record") == [
        ("Heat 1", "Ahn Hyun-soo", line_of(event, "Heat 1", "Ahn Hyun-soo")),
        ("Semifinal 1", "Ahn Hyun-soo", line_of(event, "Semifinal 1", "Ahn Hyun-soo")),
        ("Final A", "Ahn Hyun-soo", line_of(event, "Final A", "Ahn Hyun-soo")),
    ]
    messages = [f.message for f in sp.validate(event, select="unlisted-record").findings]
    assert messages[1] == (
        "1:28.650 in Semifinal 1 is faster than the Olympic record of the time (Ahn Hyun-soo's "
        "1:31.150 in Heat 1), but the Records table lists no new record for it"
    )


def test_unlisted_record_is_silent_once_the_records_are_listed() -> None:
    listed = (_record("Heat 1", "1:31.150"), _record("Semifinal 1", "1:28.650"), FINAL)
    event = _records(_marked(clean_event()), *listed, standing=(_standing("1:31.200"),))
    assert run(event, "unlisted-record") == []


def test_unlisted_record_warns_about_the_world_record_too() -> None:
    event = _records(
        _marked(clean_event()), FINAL, standing=(_standing("1:27.500"), _standing("1:27.200", WR))
    )
    assert run(event, "unlisted-record") == [
        ("Final A", "Ahn Hyun-soo", line_of(event, "Final A", "Ahn Hyun-soo"))
    ]
    message = sp.validate(event, select="unlisted-record").findings[0].message
    assert "world record of the time (the standing WR of 1:27.200)" in message


def test_unlisted_record_ignores_times_of_disqualified_skaters() -> None:
    event = edit(clean_event(), "Final A", "Ahn Hyun-soo", rank=None, notes="PEN")
    for result in event.race("Final A").results[1:]:  # type: ignore[union-attr]
        event = edit(event, "Final A", result.name, rank=(result.rank or 0) - 1)
    event = _records(event, standing=(_standing("1:27.200"),))
    assert run(event, "unlisted-record") == []


def test_record_date_reports_a_date_outside_the_event() -> None:
    event = _records(_marked(clean_event()), attrs.evolve(FINAL, date="20 February"))
    assert run(event, "record-date") == [("Final A", "Ahn Hyun-soo", 6)]


def test_record_date_reports_a_date_the_prose_does_not_give_for_the_round() -> None:
    event = _records(clean_event(), _record("Heat 1", "1:31.150", date="16 February"))
    assert run(event, "record-date") == [("Heat 1", None, 5)]
    message = sp.validate(event, select="record-date").findings[0].message
    assert message == (
        "the new record's date 16 February is not the date the prose gives for Heats (13 February)"
    )
    right = _records(clean_event(), _record("Heat 1", "1:31.150", date="13 February 2002"))
    assert run(right, "record-date") == []
