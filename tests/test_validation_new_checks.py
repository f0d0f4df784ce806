"""The checks users found missing: each fires on a one-line fixture edit and is silent on
the clean fixtures."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from conftest import FIXTURES, TITLES, load_text, load_wikitext

import shorttrack_parse as sp

NEW_CODES = [
    "not-an-event",
    "unnamed-row",
    "time-without-minutes",
    "country-change",
    "record-race-missing",
]
ALL_FIXTURES = sorted(p for p in FIXTURES.glob("*/*") if p.suffix in (".txt", ".wiki"))


def found(event: sp.Event) -> list[tuple[str, int | None, str]]:
    return [
        (f.code, f.line, f.location.where) for f in sp.validate(event, select=NEW_CODES).findings
    ]


@pytest.mark.parametrize("path", ALL_FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_new_checks_are_silent_on_the_fixtures(path: Path) -> None:
    title = TITLES.get(path.stem, "Title") if path.suffix == ".wiki" else None
    assert found(sp.parse_file(path, title=title)) == []


def _edit(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old  # the edit is where the test means it
    return text.replace(old, new)


def test_not_an_event_replaces_incomplete_for_other_text() -> None:
    report = sp.validate(sp.parse("A page about the Olympic Oval and its history.\n", form="text"))
    assert [f.code for f in report.findings] == ["not-an-event"]
    assert report.findings[0].location.section == "Article"


def test_an_article_is_an_event_as_soon_as_it_has_an_infobox() -> None:
    event = sp.parse("= Title =\n\nInfobox\n- Event: Men's 500 metres\n", form="text")
    assert "not-an-event" not in [f.code for f in sp.validate(event).findings]


def test_unnamed_row_fires_on_a_blanked_name() -> None:
    text = _edit(load_text("2002-men-1000m"), "| 3 | Mark Jackson |", "| 3 | |")
    assert found(sp.parse(text)) == [("unnamed-row", 39, "Heat 1/(unnamed)")]


def test_unnamed_row_leaves_races_that_name_nobody_alone() -> None:
    # The flattened form of 2018 women's 500 m lost every semifinal name with its templates.
    event = sp.parse_file(FIXTURES / "text" / "2018-women-500m.txt")
    assert any(not row.name for race in event.races() for row in race.results)
    assert found(event) == []


def test_time_without_minutes_fires_on_seconds_only() -> None:
    text = _edit(load_text("2002-men-1000m"), "| 1:28.186 |", "| 88.186 |")
    assert found(sp.parse(text)) == [("time-without-minutes", 96, "Quarterfinal 1/Fabio Carta")]
    report = sp.validate(sp.parse(text), select="time-without-minutes")
    assert report.ok  # a warning: the value may be right


def test_country_change_fires_on_a_changed_flag() -> None:
    lines = load_wikitext("2002-men-1000m").split("\n")
    assert "Leon Flack" in lines[178]
    lines[178] = _edit(lines[178], "GBR", "IRL")
    event = sp.parse("\n".join(lines), form="wikitext", title=TITLES["2002-men-1000m"])
    assert found(event) == [("country-change", 179, "Quarterfinal 1/Leon Flack")]


def test_country_change_follows_relay_members() -> None:
    event = sp.parse_file(FIXTURES / "wikitext" / "2026-mixed-2000m-relay.wiki", title="Title")
    final_a = event.race("Final A")
    assert final_a is not None
    winner = final_a.results[0]
    member = winner.members[0]
    other = next(
        r for race in event.races() for r in race.results if r.noc != winner.noc and r.members
    )
    moved = sp.Result(
        rank=None,
        name=other.name,
        noc=other.noc,
        team=True,
        members=(member, *other.members[1:]),
        status=sp.Status.DID_NOT_START,
        notes=(sp.Note.DID_NOT_START,),
    )
    last = attrs.evolve(final_a, results=(*final_a.results, moved))
    rounds = tuple(
        attrs.evolve(r, races=tuple(last if race is final_a else race for race in r.races))
        for r in event.rounds
    )
    codes = [
        (f.code, f.location.athlete)
        for f in sp.validate(attrs.evolve(event, rounds=rounds), select="country-change").findings
    ]
    assert codes == [("country-change", moved.name)]


RECORD = "| 13 February | Heat 1 | China | China | 4:08.797 | OR |  |"


def _relay_with_record(race: str) -> sp.Event:
    header = "==Records==\n| Date | Round | Athlete | Country | Time | OR | WR |\n"
    text = _edit(
        load_text("2010-women-3000m-relay"),
        "==Results==",
        header + RECORD.replace("Heat 1", race) + "\n\n==Results==",
    )
    return sp.parse(text)


def test_record_race_missing_fires_for_a_round_before_the_article_begins() -> None:
    # The relay begins with its semifinals and stops at an empty Final B.
    assert found(_relay_with_record("Heat 1")) == [("record-race-missing", 24, "Heat 1/China")]


def test_record_race_missing_is_silent_where_the_round_may_have_been_cut() -> None:
    # Final B is where the article stops: a record in it cannot be checked.
    assert found(_relay_with_record("Final C")) == []
    assert found(_relay_with_record("Semifinal 2")) == []
