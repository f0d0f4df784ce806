"""The flattened-text fixtures, field by field, against facts counted by hand from the files."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import (
    ARTICLES,
    INFOBOX_FACTS,
    MEN_1000M_2002,
    MEN_1000M_2002_ROUNDS,
    SHAPES,
    TITLES,
    parse_text_fixture,
    source_line,
    text_path,
)

import shorttrack_parse as sp
from shorttrack_parse import Medal, Note, RaceTime, RecordKind, RoundKind, Status


@pytest.fixture(scope="module")
def event() -> sp.Event:
    return parse_text_fixture("2002-men-1000m")


# --- the source article: 2002 men's 1000 m ---------------------------------------------


def test_title(event: sp.Event) -> None:
    assert event.title == TITLES["2002-men-1000m"]


def test_infobox_fields(event: sp.Event) -> None:
    info = event.info
    assert info.event == "Men's 1000 metres"
    assert info.games == "2002 Winter"
    assert info.games_year == 2002
    assert info.games_season == "Winter"
    assert info.venue == "Salt Lake Ice Center"
    assert info.venue_link is None  # the flattened form has no links
    assert info.dates == "13–16 February 2002"
    assert info.start_date == date(2002, 2, 13)
    assert info.end_date == date(2002, 2, 16)
    assert info.competitors == 32
    assert info.nations == 20
    assert info.teams is None
    assert info.winning_time == RaceTime.parse("1:29.109")
    assert str(info.winning_time) == "1:29.109"
    assert info.previous == "1998"
    assert info.next == "2006"
    assert info.previous_link is None
    assert info.next_link is None
    assert info.other == ()
    assert info.line == 3


def test_infobox_medalists(event: sp.Event) -> None:
    assert event.info.medalists == (
        sp.Medalist(Medal.GOLD, "Steven Bradbury", "AUS"),
        sp.Medalist(Medal.SILVER, "Apolo Anton Ohno", "USA"),
        sp.Medalist(Medal.BRONZE, "Mathieu Turcotte", "CAN"),
    )
    gold = event.info.medalist(Medal.GOLD)
    assert gold is not None
    assert gold.name == "Steven Bradbury"


def test_new_records(event: sp.Event) -> None:
    assert event.records.standing == ()  # the flattened form lost the standing records
    assert event.records.new == (
        sp.NewRecord(
            date="13 February",
            race="Heat 7",
            time=RaceTime.parse("1:28.183"),
            kinds=(RecordKind.OLYMPIC,),
            line=28,
        ),
        sp.NewRecord(
            date="16 February",
            race="Quarterfinal 3",
            time=RaceTime.parse("1:27.185"),
            kinds=(RecordKind.OLYMPIC,),
            line=29,
        ),
    )


def test_rounds_and_races(event: sp.Event) -> None:
    assert [(r.name, r.kind, tuple(race.name for race in r.races)) for r in event.rounds] == list(
        MEN_1000M_2002_ROUNDS
    )
    assert [r.line for r in event.rounds] == [32, 91, 122, 140]


@pytest.mark.parametrize(
    ("race_name", "rows"),
    [(name, len(rows)) for name, rows in MEN_1000M_2002.items()],
)
def test_row_counts(event: sp.Event, race_name: str, rows: int) -> None:
    race = event.race(race_name)
    assert race is not None
    assert len(race.results) == rows


def test_total_rows(event: sp.Event) -> None:
    counts = [len(race.results) for race in event.races()]
    assert counts == [4] * 8 + [4] * 4 + [5, 4] + [5, 3]
    assert sum(counts) == 32 + 16 + 9 + 8


@pytest.mark.parametrize("race_name", list(MEN_1000M_2002))
def test_every_row(event: sp.Event, race_name: str) -> None:
    race = event.race(race_name)
    assert race is not None
    assert race.columns == ("rank", "athlete", "country", "time", "notes")
    got = [
        (
            result.rank,
            result.name,
            str(result.time) if result.time is not None else None,
            ", ".join(str(note) for note in result.notes),
        )
        for result in race.results
    ]
    want = [
        (rank, name, time, notes) for rank, name, _noc, time, notes in MEN_1000M_2002[race_name]
    ]
    assert got == want
    for result in race.results:
        assert result.noc is None  # the flattened form lost the flags
        assert result.link is None
        assert result.team is False
        assert result.members == ()


def test_result_lines_point_at_their_rows(event: sp.Event) -> None:
    path = text_path("2002-men-1000m")
    for race in event.races():
        for result in race.results:
            assert result.line is not None
            line = source_line(path, result.line)
            assert f"| {result.name} |" in line
            cells = tuple(part.strip() for part in line.strip().strip("|").split("|"))
            assert result.cells == cells
    heat_1 = event.race("Heat 1")
    assert heat_1 is not None
    assert heat_1.line == 37
    assert [result.line for result in heat_1.results] == [37, 38, 39, 40]


def test_disqualified_rows(event: sp.Event) -> None:
    disqualified = [
        (race.name, result.name, result.line)
        for race in event.races()
        for result in race.results
        if result.status is Status.DISQUALIFIED
    ]
    assert disqualified == [
        ("Heat 3", "Gregory Durand", 53),
        ("Heat 3", "Volodymyr Hryhor'iev", 54),
        ("Heat 4", "Martin Johansson", 61),
        ("Quarterfinal 2", "Marc Gagnon", 106),
        ("Semifinal 1", "Satoru Terao", 131),
        ("Final A", "Li Jiajun", 149),
    ]
    notes_column_dq = [
        (race.name, result.name)
        for race in event.races()
        for result in race.results
        if result.has_note(Note.DISQUALIFIED)
    ]
    # Five rows say DQ in the Notes column; Satoru Terao's DQ, in the Time column, is
    # a note all the same.
    assert notes_column_dq == [
        ("Heat 3", "Gregory Durand"),
        ("Heat 3", "Volodymyr Hryhor'iev"),
        ("Heat 4", "Martin Johansson"),
        ("Quarterfinal 2", "Marc Gagnon"),
        ("Semifinal 1", "Satoru Terao"),
        ("Final A", "Li Jiajun"),
    ]
    for race in event.races():
        for result in race.results:
            if result.status is Status.DISQUALIFIED:
                assert result.rank is None
                assert result.time is None
                assert result.cells[0] == "–"


def test_dq_in_the_time_column(event: sp.Event) -> None:
    race = event.race("Semifinal 1")
    assert race is not None
    terao = race.results[4]
    assert terao.name == "Satoru Terao"
    assert terao.status is Status.DISQUALIFIED
    assert terao.time is None
    assert terao.rank is None
    assert terao.notes == (Note.DISQUALIFIED,)
    assert terao.cells == ("–", "Satoru Terao", "", "DQ", "")
    assert terao.line == 131


def test_advanced_rows(event: sp.Event) -> None:
    advanced = [
        (race.name, result.name, result.rank)
        for race in event.races()
        for result in race.results
        if result.has_note(Note.ADVANCED)
    ]
    assert advanced == [
        ("Quarterfinal 2", "Naoya Tamura", 3),
        ("Semifinal 1", "Mathieu Turcotte", 3),
    ]
    for race_name, name, _ in advanced:
        race = event.race(race_name)
        assert race is not None
        row = next(r for r in race.results if r.name == name)
        assert row.qualified
        assert row.status is Status.FINISHED


def test_final_b_is_ranked_after_final_a(event: sp.Event) -> None:
    final_b = event.race("Final B")
    assert final_b is not None
    assert [r.rank for r in final_b.results] == [5, 6, 7]
    assert [r.name for r in final_b.results] == ["Kim Dong-sung", "Fabio Carta", "Naoya Tamura"]


def test_heats_field(event: sp.Event) -> None:
    heats = event.round(RoundKind.HEATS)
    assert heats is not None
    names = [result.name for race in heats.races for result in race.results]
    assert len(names) == 32
    assert len(set(names)) == 32


def test_qualifiers(event: sp.Event) -> None:
    qualified = {race.name: [r.name for r in race.results if r.qualified] for race in event.races()}
    assert qualified["Heat 1"] == ["Wim De Deyne", "Satoru Terao"]
    assert qualified["Quarterfinal 2"] == ["Apolo Anton Ohno", "Steven Bradbury", "Naoya Tamura"]
    assert qualified["Semifinal 1"] == [
        "Steven Bradbury",
        "Li Jiajun",
        "Mathieu Turcotte",
        "Kim Dong-sung",
    ]
    assert qualified["Final A"] == []


def test_prose_and_lead(event: sp.Event) -> None:
    assert event.lead.startswith("The men's 1000 metres in short track speed skating")
    assert [r.prose.split(".")[0] for r in event.rounds] == [
        "The first round was held on 13 February",
        "The quarterfinals were held on 16 February",
        "The semifinals were held on 16 February",
        "The five qualifying skaters competed in Final A, "
        "while three others raced for 6th place in Final B",
    ]


def test_no_diagnostics(event: sp.Event) -> None:
    assert event.diagnostics == ()


# --- every other flattened fixture -------------------------------------------------------

# (medal, name, noc, members), from each file's infobox.
MEDALISTS: dict[str, tuple[tuple[Medal, str, str | None, tuple[str, ...]], ...]] = {
    "1992-men-5000m-relay": (
        (
            Medal.GOLD,
            "Song Jae-kun Kim Ki-hoon Lee Joon-ho Mo Ji-soo",  # no country: named by its members
            None,
            ("Song Jae-kun", "Kim Ki-hoon", "Lee Joon-ho", "Mo Ji-soo"),
        ),
        (
            Medal.SILVER,
            "Frédéric Blackburn Michel Daignault Laurent Daignault Sylvain Gagnon Mark Lackie",
            None,
            (
                "Frédéric Blackburn",
                "Michel Daignault",
                "Laurent Daignault",
                "Sylvain Gagnon",
                "Mark Lackie",
            ),
        ),
        (
            Medal.BRONZE,
            "Yuichi Akasaka Tatsuyoshi Ishihara Toshinobu Kawai Tsutomu Kawasaki",
            None,
            ("Yuichi Akasaka", "Tatsuyoshi Ishihara", "Toshinobu Kawai", "Tsutomu Kawasaki"),
        ),
    ),
    "2002-men-1000m": (
        (Medal.GOLD, "Steven Bradbury", "AUS", ()),
        (Medal.SILVER, "Apolo Anton Ohno", "USA", ()),
        (Medal.BRONZE, "Mathieu Turcotte", "CAN", ()),
    ),
    "2002-men-1500m": (
        (Medal.GOLD, "Apolo Anton Ohno", "USA", ()),
        (Medal.SILVER, "Li Jiajun", "CHN", ()),
        (Medal.BRONZE, "Marc Gagnon", "CAN", ()),
    ),
    "2006-men-1000m": (
        (Medal.GOLD, "Ahn Hyun-soo", "KOR", ()),
        (Medal.SILVER, "Lee Ho-suk", "KOR", ()),
        (Medal.BRONZE, "Apolo Anton Ohno", "USA", ()),
    ),
    "2010-women-3000m-relay": (
        (Medal.GOLD, "China", "CHN", ("Sun Linlin", "Wang Meng", "Zhang Hui", "Zhou Yang")),
        (
            Medal.SILVER,
            "Canada",
            "CAN",
            ("Jessica Gregg", "Kalyna Roberge", "Marianne St-Gelais", "Tania Vicent"),
        ),
        (
            Medal.BRONZE,
            "United States",
            "USA",
            (
                "Allison Baver",
                "Alyson Dudek",
                "Lana Gehring",
                "Katherine Reutter",
                "Kimberly Derrick",
            ),
        ),
    ),
    "2014-women-1500m": (
        (Medal.GOLD, "Zhou Yang", "CHN", ()),
        (Medal.SILVER, "Shim Suk-hee", "KOR", ()),
        (Medal.BRONZE, "Arianna Fontana", "ITA", ()),
    ),
}


def test_shapes_cover_every_article() -> None:
    assert set(SHAPES) == set(MEDALISTS) == set(INFOBOX_FACTS) == set(ARTICLES)


@pytest.mark.parametrize("name", ARTICLES)
def test_rounds_races_and_rows(name: str) -> None:
    event = parse_text_fixture(name)
    shape = tuple(
        (r.name, r.kind, tuple((race.name, len(race.results)) for race in r.races))
        for r in event.rounds
    )
    assert shape == SHAPES[name]


@pytest.mark.parametrize("name", ARTICLES)
def test_medalists(name: str) -> None:
    event = parse_text_fixture(name)
    got = tuple(
        (m.medal, m.name, m.noc, tuple(member.name for member in m.members))
        for m in event.info.medalists
    )
    assert got == MEDALISTS[name]


@pytest.mark.parametrize("name", ARTICLES)
def test_infobox_numbers_and_dates(name: str) -> None:
    info = parse_text_fixture(name).info
    winning = str(info.winning_time) if info.winning_time is not None else None
    got = (
        info.competitors,
        info.teams,
        info.nations,
        winning,
        info.start_date,
        info.end_date,
        info.previous,
        info.next,
    )
    assert got == INFOBOX_FACTS[name]


@pytest.mark.parametrize("name", ARTICLES)
def test_title_and_no_diagnostics(name: str) -> None:
    event = parse_text_fixture(name)
    assert event.title == TITLES[name]
    assert event.diagnostics == ()


@pytest.mark.parametrize("name", ARTICLES)
def test_relay_rows_are_teams(name: str) -> None:
    event = parse_text_fixture(name)
    relay = "relay" in name
    assert event.is_relay is relay
    assert all(r.team is relay for race in event.races() for r in race.results)


def test_1992_relay_team_rows() -> None:
    event = parse_text_fixture("1992-men-5000m-relay")
    heat_1 = event.race("Heat 1")
    assert heat_1 is not None
    first = heat_1.results[0]
    assert first.rank == 1
    # The country cell is empty in the flattened form: the team is named by its members.
    assert first.name == "Song Jae-kun Kim Ki-hoon Lee Joon-ho Mo Ji-soo"
    assert first.noc is None
    assert first.members_text == "Song Jae-kun Kim Ki-hoon Lee Joon-ho Mo Ji-soo"
    assert first.members == ()  # names run together are not split
    assert first.time == RaceTime(434_070, decimals=2)
    assert str(first.time) == "7:14.07"
    assert first.notes == (Note.QUALIFIED,)
    assert heat_1.columns == ("rank", "country", "athlete", "time", "notes")
    heat_3 = event.race("Heat 3")
    assert heat_3 is not None
    assert [str(r.time) for r in heat_3.results] == ["7:21.31", "7:22.43", "8:32.51"]


def test_2002_1500m_records_row_that_lost_its_date() -> None:
    event = parse_text_fixture("2002-men-1500m")
    assert [(r.date, r.race, str(r.time), r.kinds, r.line) for r in event.records.new] == [
        ("20 February", "Heat 5", "2:18.846", (RecordKind.OLYMPIC,), 27),
        ("20 February", "Semifinal 1", "2:15.942", (RecordKind.OLYMPIC,), 28),
    ]


def test_2006_combined_heats_table() -> None:
    event = parse_text_fixture("2006-men-1000m")
    heats = event.round(RoundKind.HEATS)
    assert heats is not None
    assert heats.races[0].columns == ("race", "rank", "athlete", "country", "time", "notes")
    heat_3 = event.race("Heat 3")
    assert heat_3 is not None
    assert [(r.rank, r.name, r.notes) for r in heat_3.results] == [
        (1, "Ahn Hyun-soo", (Note.QUALIFIED,)),
        (2, "Rusty Smith", (Note.QUALIFIED,)),
        (3, "Peter Darazs", (Note.QUALIFIED_BY_TIME,)),
    ]
    assert [(r.race, str(r.time)) for r in event.records.new] == [
        ("Heat 1", "1:27.048"),
        ("Quarterfinal 1", "1:27.000"),
        ("Final A", "1:26.739"),
    ]
    assert event.info.winning_time is None


def test_2010_relay_semifinal_column() -> None:
    event = parse_text_fixture("2010-women-3000m-relay")
    semifinal_2 = event.race("Semifinal 2")
    assert semifinal_2 is not None
    assert [(r.rank, r.members_text, r.notes) for r in semifinal_2.results] == [
        (
            1,
            "Sun Linlin Wang Meng Zhang Hui Zhou Yang",
            (Note.QUALIFIED_FINAL_A, Note.OLYMPIC_RECORD),
        ),
        (
            2,
            "Jessica Gregg Kalyna Roberge Marianne St-Gelais Tania Vicent",
            (Note.QUALIFIED_FINAL_A,),
        ),
        (3, "Ayuko Ito Mika Ozawa Yui Sakai Biba Sakurai", (Note.QUALIFIED_FINAL_B,)),
        (4, "Rózsa Darázs Bernadett Heidum Erika Huszár Andrea Keszler", (Note.QUALIFIED_FINAL_B,)),
    ]
    assert [str(r.time) for r in semifinal_2.results] == [
        "4:08.797",
        "4:11.476",
        "4:13.752",
        "4:17.487",
    ]


def test_2014_statuses() -> None:
    event = parse_text_fixture("2014-women-1500m")
    rows = {r.name: r for race in event.races() for r in race.results}
    assert rows["Valeriya Reznik"].status is Status.DISQUALIFIED
    assert rows["Valeriya Reznik"].notes == (Note.PENALTY,)
    assert rows["Elise Christie"].status is Status.DID_NOT_FINISH
    assert rows["Elise Christie"].notes == (Note.DID_NOT_FINISH,)
    assert rows["Véronique Pierron"].notes == (Note.ADVANCED,)
    assert rows["Véronique Pierron"].rank == 5
    assert event.info.venue == "Iceberg Skating Palace , Sochi, Russia"
    assert event.info.dates == "15 February 2014 (qualifying heats, semifinal, and final)"


def test_each_infobox_key_keeps_its_line() -> None:
    info = parse_text_fixture("2002-men-1000m").info
    assert info.line_of("win_value") == 10  # "- Win Value: 1:29.109"
    assert info.line_of("goldNOC") == 12  # "- Goldnoc: AUS"
    assert info.line_of("Competitors") == 8
    assert info.line_of("no such key") == info.line == 3


@pytest.mark.parametrize("name", [n for n in ARTICLES if "relay" in n])
def test_no_result_or_medalist_has_an_empty_name(name: str) -> None:
    event = parse_text_fixture(name)
    assert all(result.name for race in event.races() for result in race.results)
    assert all(medalist.name for medalist in event.info.medalists)
