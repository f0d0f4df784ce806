"""The wikitext fixtures: the same facts as their flattened twins, plus what only wikitext has."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import (
    ARTICLES,
    INFOBOX_FACTS,
    MEN_1000M_2002,
    MEN_1000M_2002_ROUNDS,
    SHAPES,
    TITLES,
    parse_text_fixture,
    parse_wikitext_fixture,
    source_line,
    wikitext_path,
)

import shorttrack_parse as sp
from shorttrack_parse import Athlete, Medal, Note, RaceTime, RecordKind, Status


@pytest.fixture(scope="module")
def event() -> sp.Event:
    return parse_wikitext_fixture("2002-men-1000m")


# --- the same facts as the flattened form -----------------------------------------------


@pytest.mark.parametrize("name", ARTICLES)
def test_title_and_no_diagnostics(name: str) -> None:
    event = parse_wikitext_fixture(name)
    assert event.title == TITLES[name]
    assert event.diagnostics == ()


@pytest.mark.parametrize("name", ARTICLES)
def test_rounds_races_and_rows(name: str) -> None:
    event = parse_wikitext_fixture(name)
    shape = tuple(
        (r.name, r.kind, tuple((race.name, len(race.results)) for race in r.races))
        for r in event.rounds
    )
    assert shape == SHAPES[name]


@pytest.mark.parametrize("name", ARTICLES)
def test_infobox_numbers_and_dates(name: str) -> None:
    info = parse_wikitext_fixture(name).info
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


# (medal, name, noc, ((member, link), ...)), from each file's infobox.
MEDALISTS: dict[str, tuple[tuple[Medal, str, str, tuple[tuple[str, str | None], ...]], ...]] = {
    "1992-men-5000m-relay": (
        (
            Medal.GOLD,
            "South Korea",
            "KOR",
            tuple((n, n) for n in ("Song Jae-kun", "Kim Ki-hoon", "Lee Joon-ho", "Mo Ji-soo")),
        ),
        (
            Medal.SILVER,
            "Canada",
            "CAN",
            tuple(
                (n, n)
                for n in (
                    "Frédéric Blackburn",
                    "Michel Daignault",
                    "Laurent Daignault",
                    "Sylvain Gagnon",
                    "Mark Lackie",
                )
            ),
        ),
        (
            Medal.BRONZE,
            "Japan",
            "JPN",
            tuple(
                (n, n)
                for n in (
                    "Yuichi Akasaka",
                    "Tatsuyoshi Ishihara",
                    "Toshinobu Kawai",
                    "Tsutomu Kawasaki",
                )
            ),
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
        (
            Medal.GOLD,
            "China",
            "CHN",
            (
                ("Sun Linlin", "Sun Linlin"),
                ("Wang Meng", "Wang Meng (speed skater)"),
                ("Zhang Hui", "Zhang Hui"),
                ("Zhou Yang", "Zhou Yang (speed skater)"),
            ),
        ),
        (
            Medal.SILVER,
            "Canada",
            "CAN",
            tuple(
                (n, n)
                for n in ("Jessica Gregg", "Kalyna Roberge", "Marianne St-Gelais", "Tania Vicent")
            ),
        ),
        (
            Medal.BRONZE,
            "United States",
            "USA",
            tuple(
                (n, n)
                for n in (
                    "Allison Baver",
                    "Alyson Dudek",
                    "Lana Gehring",
                    "Katherine Reutter",
                    "Kimberly Derrick",
                )
            ),
        ),
    ),
    "2014-women-1500m": (
        (Medal.GOLD, "Zhou Yang", "CHN", ()),
        (Medal.SILVER, "Shim Suk-hee", "KOR", ()),
        (Medal.BRONZE, "Arianna Fontana", "ITA", ()),
    ),
}


@pytest.mark.parametrize("name", ARTICLES)
def test_medalists(name: str) -> None:
    event = parse_wikitext_fixture(name)
    got = tuple(
        (m.medal, m.name, m.noc, tuple((a.name, a.link) for a in m.members))
        for m in event.info.medalists
    )
    assert got == MEDALISTS[name]


@pytest.mark.parametrize(
    ("name", "links"),
    [
        ("2002-men-1000m", (None, None, None)),
        ("2002-men-1500m", ("Apolo Anton Ohno", "Li Jiajun", "Marc Gagnon")),
        ("2006-men-1000m", ("Ahn Hyun-soo", "Lee Ho-suk", "Apolo Anton Ohno")),
        ("2014-women-1500m", ("Zhou Yang (speed skater)", "Shim Suk-hee", "Arianna Fontana")),
    ],
)
def test_medalist_links(name: str, links: tuple[str | None, ...]) -> None:
    assert tuple(m.link for m in parse_wikitext_fixture(name).info.medalists) == links


# --- 2002 men's 1000 m: what only the wikitext has ---------------------------------------


def test_infobox_links_and_other_keys(event: sp.Event) -> None:
    info = event.info
    assert info.venue == "Salt Lake Ice Center"
    assert info.venue_link == "Salt Lake Ice Center"
    assert info.previous == "1998"
    assert info.previous_link == (
        "Short track speed skating at the 1998 Winter Olympics – Men's 1000 metres"
    )
    assert info.next == "2006"
    assert info.next_link == (
        "Short track speed skating at the 2006 Winter Olympics – Men's 1000 metres"
    )
    assert info.winning_label == "Winning time"
    assert info.winning_time == RaceTime.parse("1:29.109")
    assert info.other == (
        ("image", "Short track speed skating pictogram.svg"),
        ("image_size", "100"),
        ("caption", "Pictogram for short track"),
    )
    assert info.line == 3


def test_standing_records(event: sp.Event) -> None:
    assert event.records.standing == (
        sp.StandingRecord(
            kind=RecordKind.WORLD,
            holder="Steve Robillard",
            link="Steve Robillard",
            noc="CAN",
            time=RaceTime.parse("1:25.985"),
            place="Calgary, Canada",
            date="14 October 2001",
            line=33,
        ),
        sp.StandingRecord(
            kind=RecordKind.OLYMPIC,
            holder="Satoru Terao",
            link="Satoru Terao",
            noc="JPN",
            time=RaceTime.parse("1:29.398"),
            place="Nagano, Japan",
            date="17 February 1998",
            line=35,
        ),
    )


def test_new_records_with_holders(event: sp.Event) -> None:
    assert event.records.new == (
        sp.NewRecord(
            date="13 February",
            race="Heat 7",
            holder="Rusty Smith",
            link="Rusty Smith",
            noc="USA",
            time=RaceTime.parse("1:28.183"),
            kinds=(RecordKind.OLYMPIC,),
            line=44,
        ),
        sp.NewRecord(
            date="16 February",
            race="Quarterfinal 3",
            holder="Mathieu Turcotte",
            link="Mathieu Turcotte",
            noc="CAN",
            time=RaceTime.parse("1:27.185"),
            kinds=(RecordKind.OLYMPIC,),
            line=46,
        ),
    )


def test_rounds_and_races(event: sp.Event) -> None:
    assert [(r.name, r.kind, tuple(race.name for race in r.races)) for r in event.rounds] == list(
        MEN_1000M_2002_ROUNDS
    )
    assert [r.line for r in event.rounds] == [50, 165, 224, 257]


@pytest.mark.parametrize("race_name", list(MEN_1000M_2002))
def test_every_row_with_its_noc(event: sp.Event, race_name: str) -> None:
    race = event.race(race_name)
    assert race is not None
    got = [
        (
            result.rank,
            result.name,
            result.noc,
            str(result.time) if result.time is not None else None,
            ", ".join(str(note) for note in result.notes),
        )
        for result in race.results
    ]
    assert got == list(MEN_1000M_2002[race_name])


LINKS = {
    "Mark Jackson": "Mark Jackson (speed skater)",
    "Gregory Durand": "Grégory Durand",
    "Martin Johansson": "Martin Johansson (speed skater)",
}


def test_link_targets(event: sp.Event) -> None:
    for race in event.races():
        for result in race.results:
            assert result.link == LINKS.get(result.name, result.name), (race.name, result.name)
    heat_3 = event.race("Heat 3")
    assert heat_3 is not None
    durand = heat_3.results[2]
    assert (durand.name, durand.link) == ("Gregory Durand", "Grégory Durand")


def test_result_lines_point_at_their_rows(event: sp.Event) -> None:
    path = wikitext_path("2002-men-1000m")
    for race in event.races():
        for result in race.results:
            assert result.line is not None
            assert f"[[{result.link}" in source_line(path, result.line)
    semifinal_1 = event.race("Semifinal 1")
    assert semifinal_1 is not None
    assert semifinal_1.line == 232
    assert [r.line for r in semifinal_1.results] == [232, 234, 236, 238, 240]


def test_dq_in_the_time_column(event: sp.Event) -> None:
    semifinal_1 = event.race("Semifinal 1")
    assert semifinal_1 is not None
    terao = semifinal_1.results[4]
    assert (terao.name, terao.noc, terao.rank, terao.time) == ("Satoru Terao", "JPN", None, None)
    assert terao.status is Status.DISQUALIFIED
    assert terao.cells == ("–", "Satoru Terao", "", "DQ", "")


def test_bold_notes_are_notes(event: sp.Event) -> None:
    quarterfinal_2 = event.race("Quarterfinal 2")
    assert quarterfinal_2 is not None
    tamura = quarterfinal_2.results[2]
    assert tamura.notes == (Note.ADVANCED,)  # written '''ADV'''
    assert tamura.cells[4] == "ADV"


# --- the other articles: what only the wikitext has --------------------------------------


def test_1992_relay_captions_nocs_and_members() -> None:
    event = parse_wikitext_fixture("1992-men-5000m-relay")
    heat_1 = event.race("Heat 1")
    assert heat_1 is not None
    assert [(r.rank, r.name, r.noc) for r in heat_1.results] == [
        (1, "South Korea", "KOR"),
        (2, "Australia", "AUS"),
        (3, "Canada", "CAN"),
    ]
    korea, australia, _ = heat_1.results
    assert korea.members == tuple(
        Athlete(n, n) for n in ("Song Jae-kun", "Kim Ki-hoon", "Lee Joon-ho", "Mo Ji-soo")
    )
    assert korea.members_text == "Song Jae-kun\nKim Ki-hoon\nLee Joon-ho\nMo Ji-soo"
    # Names that run together in the source are kept together.
    assert australia.members == ()
    assert australia.members_text == "Kieran Hansen John Kah Andrew Murtha Richard Nizielski"
    nocs = [r.noc for race in event.races() for r in race.results]
    assert nocs == ["KOR", "AUS", "CAN", "GBR", "ITA", "FRA", "NZL", "JPN", "BEL"]
    assert event.info.venue_link == "La halle de glace Olympique"
    assert event.info.next_link == (
        "Short-track speed skating at the 1994 Winter Olympics – Men's 5000 metre relay"
    )
    assert event.info.competitors == 37  # written 37<ref name="official" />


def test_2002_1500m_records_rowspan_date() -> None:
    event = parse_wikitext_fixture("2002-men-1500m")
    got = [(r.date, r.race, r.holder, r.noc, str(r.time), r.line) for r in event.records.new]
    assert got == [
        ("20 February", "Heat 5", "Guo Wei", "CHN", "2:18.846", 31),
        ("20 February", "Semifinal 1", "Mathieu Turcotte", "CAN", "2:15.942", 33),
    ]


def test_2006_shown_names_and_link_targets() -> None:
    event = parse_wikitext_fixture("2006-men-1000m")
    rows = {r.name: r for race in event.races() for r in race.results}
    assert rows["Peter Darazs"].link == "Péter Darázs"
    assert rows["Peter Darazs"].noc == "HUN"
    assert rows["Peter Darazs"].notes == (Note.QUALIFIED_BY_TIME,)
    assert rows["Matus Uzak"].link == "Matúš Užák"
    assert [(r.holder, r.noc) for r in event.records.new] == [
        ("Li Ye", "CHN"),
        (None, None),
        (None, None),
    ]


def test_2010_relay_members_split_at_line_breaks() -> None:
    event = parse_wikitext_fixture("2010-women-3000m-relay")
    semifinal_1 = event.race("Semifinal 1")
    assert semifinal_1 is not None
    usa = semifinal_1.results[1]
    assert (usa.rank, usa.name, usa.noc, usa.team) == (2, "United States", "USA", True)
    assert usa.members == (
        Athlete("Kimberly Derrick", "Kimberly Derrick"),
        Athlete("Alyson Dudek", "Alyson Dudek"),
        Athlete("Lana Gehring", "Lana Gehring"),
        Athlete("Katherine Reutter", "Katherine Reutter"),
    )
    assert usa.members_text == "Kimberly Derrick\nAlyson Dudek\nLana Gehring\nKatherine Reutter"
    assert str(usa.time) == "4:15.376"
    assert usa.notes == (Note.QUALIFIED_FINAL_A,)
    korea = semifinal_1.results[0]
    assert (korea.name, korea.noc, korea.members) == ("South Korea", "KOR", ())
    semifinal_2 = event.race("Semifinal 2")
    assert semifinal_2 is not None
    china = semifinal_2.results[0]
    assert china.members == (
        Athlete("Sun Linlin", "Sun Linlin"),
        Athlete("Wang Meng", "Wang Meng (speed skater)"),
        Athlete("Zhang Hui", "Zhang Hui"),
        Athlete("Zhou Yang", "Zhou Yang (speed skater)"),
    )
    assert china.notes == (Note.QUALIFIED_FINAL_A, Note.OLYMPIC_RECORD)
    assert [r.cells[1] for r in semifinal_1.results + semifinal_2.results] == ["1"] * 4 + ["2"] * 4


def test_2014_combined_table_with_rowspan_race_numbers() -> None:
    event = parse_wikitext_fixture("2014-women-1500m")
    assert [(race.name, len(race.results)) for race in event.races()] == [
        ("Heat 1", 6),
        ("Heat 2", 6),
        ("Heat 3", 4),
    ]
    for race in event.races():
        heat_number = race.name.split()[-1]
        assert all(result.cells[1] == heat_number for result in race.results)
    heat_1 = event.race("Heat 1")
    assert heat_1 is not None
    assert [(r.rank, r.name, r.noc, r.line) for r in heat_1.results] == [
        (1, "Shim Suk-hee", "KOR", 41),
        (2, "Marie-Ève Drolet", "CAN", 43),
        (3, "Anna Seidel", "GER", 45),
        (4, "Martina Valcepina", None, 47),  # no flag in the source
        (5, "Véronique Pierron", "FRA", 49),
        (None, "Valeriya Reznik", None, 51),
    ]
    heat_3 = event.race("Heat 3")
    assert heat_3 is not None
    assert [r.name for r in heat_3.results] == [
        "Cho Ha-ri",
        "Valérie Maltais",
        "Li Jianrou",
        "Alyson Dudek",
    ]


# --- both forms of one article give the same event --------------------------------------


def _squash(text: str) -> str:
    return " ".join(text.split())


def project(event: sp.Event) -> dict[str, Any]:
    """The event without what the flattened form lost, and without source lines.

    Lost: every NOC and link (flags and links are gone), the venue/previous/next links,
    the standing records, record holders, team names and the split of team members
    (their line breaks), and the infobox parameters the flattening dropped (image,
    caption, win_label: compared separately).  Prose is compared separately too.
    """
    data = sp.to_dict(event)
    relay = event.is_relay
    info = data["info"]
    for key in (
        "line",
        "key_lines",
        "venue_link",
        "previous_link",
        "next_link",
        "other",
        "winning_label",
    ):
        del info[key]
    for medalist in info["medalists"]:
        del medalist["noc"], medalist["link"]
        if relay:
            del medalist["name"]
        for member in medalist["members"]:
            del member["link"]
    del data["records"]["standing"]
    for record in data["records"]["new"]:
        del record["holder"], record["link"], record["noc"], record["line"]
    for round_ in data["rounds"]:
        del round_["line"], round_["prose"]
        for race in round_["races"]:
            del race["line"]
            for result in race["results"]:
                del result["noc"], result["link"], result["line"]
                if result["team"]:
                    del result["name"], result["members"]
                    result["members_text"] = _squash(result["members_text"])
                    result["cells"] = [_squash(cell) for cell in result["cells"]]
    for diagnostic in data["diagnostics"]:
        del diagnostic["line"], diagnostic["source"]
    return data


@pytest.mark.parametrize("name", ARTICLES)
def test_both_forms_give_the_same_event(name: str) -> None:
    assert project(parse_wikitext_fixture(name)) == project(parse_text_fixture(name))


@pytest.mark.parametrize("name", ARTICLES)
def test_projection_keeps_results(name: str) -> None:
    # The comparison above must not be vacuous.
    projected = project(parse_text_fixture(name))
    rows = [
        result for r in projected["rounds"] for race in r["races"] for result in race["results"]
    ]
    assert len(rows) == sum(count for _, _, races in SHAPES[name] for _, count in races)
    assert all("time" in row and "rank" in row and "notes" in row for row in rows)


@pytest.mark.parametrize("name", ARTICLES)
def test_flattened_infobox_keys_are_among_the_wikitext_ones(name: str) -> None:
    text, wiki = parse_text_fixture(name).info, parse_wikitext_fixture(name).info
    assert set(text.other) <= set(wiki.other)
    assert text.winning_label in (None, wiki.winning_label)


@pytest.mark.parametrize("name", ARTICLES)
def test_both_forms_give_the_same_prose(name: str) -> None:
    text, wiki = parse_text_fixture(name), parse_wikitext_fixture(name)
    assert wiki.lead == text.lead
    assert [r.prose for r in wiki.rounds] == [r.prose for r in text.rounds]


@pytest.mark.parametrize("name", ARTICLES)
def test_wikitext_keeps_what_the_flattened_form_lost(name: str) -> None:
    # The projection drops these fields; make sure it drops only lost information.
    text, wiki = parse_text_fixture(name), parse_wikitext_fixture(name)
    text_nocs = [r.noc for race in text.races() for r in race.results]
    wiki_nocs = [r.noc for race in wiki.races() for r in race.results]
    assert set(text_nocs) == {None} or not text_nocs
    assert len(wiki_nocs) == len(text_nocs)
    assert any(noc is not None for noc in wiki_nocs) or not wiki_nocs
    assert text.records.standing == ()
