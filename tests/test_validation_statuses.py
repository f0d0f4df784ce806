"""Checks of statuses: status-with-rank, unranked-finisher, missing-time, status-in-time-column."""

from __future__ import annotations

import attrs
from builders import clean_event, edit, line_of, race, row, run

import shorttrack_parse as sp


def _at(event: sp.Event, race_name: str, name: str) -> tuple[str, str, int | None]:
    return race_name, name, line_of(event, race_name, name)


def test_clean_event_passes_every_status_check() -> None:
    for code in ("status-with-rank", "unranked-finisher", "missing-time", "status-in-time-column"):
        assert run(clean_event(), code) == [], code


def test_status_with_rank_reports_a_placed_disqualification() -> None:
    event = edit(clean_event(), "Heat 1", "Steven Dubois", notes="PEN")
    assert run(event, "status-with-rank") == [_at(event, "Heat 1", "Steven Dubois")]
    message = sp.validate(event, select="status-with-rank").findings[0].message
    assert message == "disqualified but given 4th place"


def test_status_with_rank_passes_an_unplaced_dnf() -> None:
    event = edit(clean_event(), "Heat 1", "Steven Dubois", notes="DNF", rank=None, time=None)
    assert run(event, "status-with-rank") == []


def test_unranked_finisher_reports_a_row_without_place_or_status() -> None:
    event = edit(clean_event(), "Heat 1", "Steven Dubois", rank=None)
    assert run(event, "unranked-finisher") == [_at(event, "Heat 1", "Steven Dubois")]


def test_unranked_finisher_passes_statuses_adv_and_tables_without_places() -> None:
    event = edit(clean_event(), "Heat 1", "Steven Dubois", rank=None, notes="DNS", time=None)
    event = edit(event, "Heat 2", "Charles Hamelin", rank=None, notes="ADV", time=None)
    assert run(event, "unranked-finisher") == []
    unplaced = sp.Round(
        name="Heats",
        kind=sp.RoundKind.HEATS,
        races=(
            race(
                "Heat 1",
                row(None, "A B", "1:30.000"),
                row(None, "C D", "1:31.000"),
                columns=("athlete", "time"),
            ),
        ),
    )
    assert run(sp.Event(rounds=(unplaced,)), "unranked-finisher") == []


def test_missing_time_reports_a_placed_finisher_without_time() -> None:
    event = edit(clean_event(), "Heat 1", "Steven Dubois", time=None)
    assert run(event, "missing-time") == [_at(event, "Heat 1", "Steven Dubois")]


def test_missing_time_reports_a_race_without_times_once() -> None:
    event = clean_event()
    for result in event.race("Heat 2").results:  # type: ignore[union-attr]
        event = edit(event, "Heat 2", result.name, time=None)
    heat = event.race("Heat 2")
    assert heat is not None
    assert run(event, "missing-time") == [("Heat 2", None, heat.line)]
    message = sp.validate(event, select="missing-time").findings[0].message
    assert message == "Heat 2 gives no times, though the other races of Heats do"


def test_missing_time_passes_rounds_without_times_and_adv_rows() -> None:
    event = clean_event()
    heats = event.rounds[0]
    for heat in heats.races:
        for result in heat.results:
            event = edit(event, heat.name, result.name, time=None)
    assert run(event, "missing-time") == []
    adv = edit(clean_event(), "Heat 1", "Steven Dubois", time=None, notes="ADV")
    assert run(adv, "missing-time") == []


def _terao(time_cell: str, notes_cell: str) -> sp.Event:
    """Semifinal 1's last row of the 2002 men's 1000 m, with its cells as written."""
    parsed = sp.parse(
        "= T =\n\n==Results==\n===Semifinals===\n;Semifinal 1\n"
        "| Rank | Athlete | Country | Time | Notes |\n"
        "| 1 | Steven Bradbury | | 1:29.189 | QA |\n"
        f"| – | Satoru Terao | | {time_cell} | {notes_cell} |\n",
        form="text",
    )
    assert parsed.diagnostics == ()
    return parsed


def test_status_in_time_column_reports_dq_written_as_a_time() -> None:
    event = _terao("DQ", "")
    assert run(event, "status-in-time-column") == [("Semifinal 1", "Satoru Terao", 8)]
    finding = sp.validate(event, select="status-in-time-column").findings[0]
    assert finding.severity is sp.Severity.WARNING
    assert "'DQ'" in finding.message


def test_status_in_time_column_passes_statuses_in_notes_and_record_marks() -> None:
    assert run(_terao("", "DQ"), "status-in-time-column") == []
    assert run(_terao("1:29.500 OR", ""), "status-in-time-column") == []


def test_status_in_time_column_reads_the_cell_the_header_calls_time() -> None:
    result = row(None, "Satoru Terao", notes="DNF", cells=("–", "Satoru Terao", "DNF", ""))
    columns = ("rank", "athlete", "time", "notes")
    heats = sp.Round(
        name="Heats", kind=sp.RoundKind.HEATS, races=(race("Heat 1", result, columns=columns),)
    )
    assert run(sp.Event(rounds=(heats,)), "status-in-time-column") == [
        ("Heat 1", "Satoru Terao", None)
    ]
    shifted = attrs.evolve(result, cells=("–", "Satoru Terao", "", "DNF"))
    heats = attrs.evolve(heats, races=(race("Heat 1", shifted, columns=columns),))
    assert run(sp.Event(rounds=(heats,)), "status-in-time-column") == []


def test_missing_time_names_a_time_written_unreadably() -> None:
    # A decimal comma (1:32,183) is not a time: the row keeps no time, and the finding
    # says what the Time column holds instead of claiming that it is empty.
    text = "\n".join(
        [
            "= Women's 1000 metres =",
            "==Results==",
            "===Heats===",
            ";Heat 1",
            "| Rank | Athlete | Country | Time | Notes |",
            "| 1 | Ann Able | | 1:32.011 | Q |",
            "| 2 | Bea Bold | | 1:32,183 | Q |",
            "| 3 | Cy Calm | | | |",
        ]
    )
    findings = sp.validate(sp.parse(text, form="text"), select="missing-time").findings
    assert [(f.line, f.message) for f in findings] == [
        (7, "2nd place's time '1:32,183' is not a race time, though the round gives times"),
        (8, "3rd place has no time, though the round gives times"),
    ]
