"""Layouts and editing habits seen in event articles beyond the bundled ones.

Each case is a small piece of an article, as an editor writes it, and what it
must give.  (Found by a review that tried to break the parser on real layouts.)
"""

from __future__ import annotations

import pytest

import shorttrack_parse as sp
from shorttrack_parse import Note, RecordKind, Status

RELAY = "Short-track speed skating at the 2006 Winter Olympics – Men's 5000 metre relay"
SOLO = "Short-track speed skating at the 2018 Winter Olympics – Women's 500 metres"


def wiki(text: str, title: str = SOLO) -> sp.Event:
    return sp.parse(text, form="wikitext", title=title)


def rows(event: sp.Event, race: str) -> list[sp.Result]:
    found = event.race(race)
    assert found is not None, f"no race {race!r} in {[r.name for r in event.races()]}"
    return list(found.results)


def codes(event: sp.Event) -> list[tuple[int | None, str]]:
    return [(d.line, d.code) for d in event.diagnostics]


# --- race labels -------------------------------------------------------------------------


def test_a_title_row_above_the_header_names_the_race() -> None:
    event = wiki(
        "==Results==\n===Final===\n"
        '{| class="wikitable"\n! colspan=5 | Final B\n|-\n'
        "! Rank !! Athlete !! Country !! Time !! Notes\n|-\n"
        "| 5 || [[Elise Christie]] || {{flagIOC|GBR|2018 Winter}} || 43.1 ||\n|}\n"
        '{| class="wikitable"\n! colspan=5 | Final A\n|-\n'
        "! Rank !! Athlete !! Country !! Time !! Notes\n|-\n"
        "| 1 || [[Arianna Fontana]] || {{flagIOC|ITA|2018 Winter}} || 42.569 ||\n|-\n"
        "| 2 || [[Yara van Kerkhof]] || {{flagIOC|NED|2018 Winter}} || 42.635 ||\n|-\n"
        "| 3 || [[Kim Boutin]] || {{flagIOC|CAN|2018 Winter}} || 42.703 ||\n|-\n"
        "| 4 || [[Choi Min-jeong]] || {{flagIOC|KOR|2018 Winter}} || 42.900 ||\n|}\n"
    )
    assert [race.name for race in event.races()] == ["Final B", "Final A"]
    assert [r.rank for r in rows(event, "Final A")] == [1, 2, 3, 4]
    assert "rank-sequence" not in {f.code for f in sp.validate(event).findings}


def test_a_flattened_title_line_names_the_race() -> None:
    event = sp.parse(
        "==Results==\n===Final===\n\n| Final B |\n| Rank | Athlete | Country | Time | Notes |\n"
        "| 5 | Elise Christie | | 43.1 | |\n\n"
        "| Rank | Athlete | Country | Time | Notes |\n"
        "| Final A | Final A | Final A | Final A | Final A |\n"
        "| 1 | Arianna Fontana | | 42.569 | |\n",
        form="text",
    )
    assert [race.name for race in event.races()] == ["Final B", "Final A"]
    assert event.diagnostics == ()


def test_a_row_spanning_the_table_that_names_no_race_is_reported_not_read() -> None:
    event = wiki(
        '==Results==\n===Final===\n{| class="wikitable"\n'
        "! Rank !! Name !! Country !! Time !! Notes\n|-\n! colspan=5 | Final A\n|-\n"
        "| 1 || [[Arianna Fontana]] || {{flagIOC|ITA|2018 Winter}} || 42.569 ||\n|-\n"
        "! colspan=5 | Final B\n|-\n"
        "| 4 || [[Kim Boutin]] || {{flagIOC|CAN|2018 Winter}} || 43.1 ||\n|-\n"
        "| colspan=5 | Classification race\n|-\n"
        "| 5 || [[Elise Christie]] || {{flagIOC|GBR|2018 Winter}} || 44.1 ||\n|}\n"
    )
    assert [r.name for r in rows(event, "Final B")] == ["Kim Boutin", "Elise Christie"]
    assert codes(event) == [(14, "spanning-row")]


def test_labels_outside_any_round_open_their_round() -> None:
    event = wiki(
        "==Results==\n;Final A\n{|\n! Rank !! Athlete !! Time\n|-\n| 1 || [[A Aa]] || 43.1\n|}\n"
        ";Final B\n{|\n! Rank !! Athlete !! Time\n|-\n| 5 || [[B Bb]] || 44.1\n|}\n"
    )
    assert [(r.name, r.kind) for r in event.rounds] == [("Finals", sp.RoundKind.FINALS)]
    assert [race.name for race in event.races()] == ["Final A", "Final B"]


def test_an_unbalanced_heading_still_names_its_round() -> None:
    event = wiki("==Results==\n===Heats==\n;Heat 1\n{|\n! Rank !! Athlete !! Time\n|-\n"
                 "| 1 || [[A Aa]] || 43.1\n|}\n")  # fmt: skip
    assert event.rounds[0].kind is sp.RoundKind.HEATS
    assert [race.name for race in event.races()] == ["Heat 1"]


def test_unlabelled_tables_are_named_by_their_place_in_the_round() -> None:
    event = wiki(
        "==Results==\n===Heats===\n;Heat 1\n{|\n! Rank !! Athlete !! Time\n|-\n"
        "| 1 || [[A Aa]] || 43.1\n|}\n\n{|\n! Rank !! Athlete !! Time\n|-\n"
        "| 1 || [[B Bb]] || 43.2\n|}\n====Heat 3 results====\n"
        "{|\n! Rank !! Athlete !! Time\n|-\n| 1 || [[C Cc]] || 43.3\n|}\n"
    )
    assert [race.name for race in event.races()] == ["Heat 1", "Heat 2", "Heat 3 results"]
    assert len(event.rounds) == 1


def test_a_generic_race_column_takes_the_round_stage() -> None:
    event = wiki(
        "==Results==\n===Semifinals===\n{|\n! Race !! Rank !! Athlete !! Time !! Notes\n|-\n"
        "| 1 || 1 || [[A Aa]] || 43.1 || QA\n|-\n| 2 || 1 || [[B Bb]] || 42.0 || QA\n|}\n"
    )
    assert [race.name for race in event.races()] == ["Semifinal 1", "Semifinal 2"]


def test_race_lookup_by_the_race_a_name_names() -> None:
    event = wiki(
        "==Results==\n===Finals===\n====Final B (Classification Round)====\n"
        "{|\n! Rank !! Athlete !! Time\n|-\n| 5 || [[A Aa]] || 43.1\n|}\n"
    )
    race = event.race("Final B")
    assert race is not None
    assert race.name == "Final B (Classification Round)"


def test_columns_belong_to_the_race_they_were_read_under() -> None:
    event = wiki(
        "==Results==\n===Finals===\n{|\n! colspan=5 | Final A\n|-\n"
        "! Rank !! Athlete !! Country !! Time !! Notes\n|-\n"
        "| 1 || [[A Aa]] || {{flagIOC|KOR|2018 Winter}} || 43.1 ||\n|-\n"
        "! colspan=5 | Final B\n|-\n! Rank !! Time !! Athlete !! Country !! Notes\n|-\n"
        "| 5 || 44.1 || [[B Bb]] || {{flagIOC|CAN|2018 Winter}} ||\n|}\n"
    )
    final_a, final_b = event.races()
    assert final_a.columns == ("rank", "athlete", "country", "time", "notes")
    assert final_b.columns == ("rank", "time", "athlete", "country", "notes")
    assert final_b.results[0].name == "B Bb"
    assert str(final_b.results[0].time) == "44.1"


# --- tables ------------------------------------------------------------------------------


def test_a_rowspan_running_past_the_last_row_makes_no_phantom_result() -> None:
    event = wiki(
        "==Results==\n===Heats===\n{|\n! Rank !! Heat !! Athlete !! Time\n|-\n"
        "| 1 || rowspan=4 | 1 || [[A Aa]] || 43.147\n|-\n| 2 || [[B Bb]] || 43.880\n|-\n|}\n"
    )
    assert [r.name for r in event.races().__next__().results] == ["A Aa", "B Bb"]
    assert event.diagnostics == ()


def test_a_header_written_as_bold_data_cells() -> None:
    event = wiki(
        "==Results==\n===Heats===\n;Heat 1\n{|\n|-\n"
        "| '''Rank''' || '''Athlete''' || '''Country''' || '''Time'''\n|-\n"
        "| 1 || [[A Aa]] || {{flagIOC|KOR|2018 Winter}} || 43.1\n|}\n"
    )
    assert [(r.rank, r.name, r.noc) for r in rows(event, "Heat 1")] == [(1, "A Aa", "KOR")]


def test_a_table_wrapped_in_a_template_is_read() -> None:
    event = wiki(
        "==Results==\n===Heats===\n{{Hidden|Heat 1|\n{|\n! Rank !! Athlete !! Time\n|-\n"
        "| 1 || [[A Aa]] || 43.1\n|}\n}}\n"
    )
    assert [(r.name, r.line) for r in event.races().__next__().results] == [("A Aa", 7)]


def test_a_missing_table_end_before_the_next_race_term() -> None:
    event = wiki(
        "==Results==\n===Heats===\n;Heat 1\n{|\n! Rank !! Athlete !! Time\n|-\n"
        "| 1 || [[A Aa]] || 43.1\n\n;Heat 2\n{|\n! Rank !! Athlete !! Time\n|-\n"
        "| 1 || [[C Cc]] || 43.3\n|}\n"
    )
    assert [r.name for r in rows(event, "Heat 2")] == ["C Cc"]
    assert codes(event) == [(4, "unclosed-table")]


def test_text_before_a_cell_bar_that_is_not_attributes_is_reported() -> None:
    event = wiki("==Heats==\n{|\n! Rank !! Athlete\n|-\n| 1 || Kim | Lee\n|}\n")
    assert codes(event) == [(5, "cell-attributes")]


def test_prose_after_the_infobox_on_its_closing_line() -> None:
    event = wiki(
        "{{Infobox Olympic event\n| event = Men's 1000 metres\n| next = [[X|2006]]\n}}"
        "The '''men's 1000 metres''' was held on 13 February 2002.\n"
    )
    assert event.info.next == "2006"
    assert event.lead == "The men's 1000 metres was held on 13 February 2002."
    assert event.diagnostics == ()


# --- relays ------------------------------------------------------------------------------


def test_relay_team_cells_in_the_ways_editors_write_them() -> None:
    event = wiki(
        "==Results==\n===Final===\n;Final A\n{|\n! Rank !! Team !! Time !! Notes\n|-\n"
        "| 1 || [[Canada]] || 6:38.110 ||\n|-\n"
        "| 2 || [[South Korea]] <small>([[Kim A]], [[Lee B]], [[Park C]], [[Choi D]])</small>"
        " || 6:40.000 ||\n|-\n"
        "| 3 || {{flagIOC|CHN|2006 Winter}}: [[Li Jiajun]], [[Li Ye]], [[Sui Baoku]] and "
        "[[Xu Zhiwei]] || 6:48.000 ||\n|-\n"
        "| 4 || Netherlands || 6:49.000 ||\n|-\n"
        "| 5 || {{flagIOC|USA|2006 Winter}}<br />[[Yang Yang (A)]]<br />[[B Bb]] || 6:50.000 ||\n"
        "|}\n",
        RELAY,
    )
    teams = rows(event, "Final A")
    assert [(t.name, t.noc) for t in teams] == [
        ("Canada", "CAN"),
        ("South Korea", "KOR"),
        ("China", "CHN"),
        ("Netherlands", "NED"),
        ("United States", "USA"),
    ]
    assert [[m.name for m in t.members] for t in teams] == [
        [],
        ["Kim A", "Lee B", "Park C", "Choi D"],
        ["Li Jiajun", "Li Ye", "Sui Baoku", "Xu Zhiwei"],
        [],
        ["Yang Yang (A)", "B Bb"],
    ]
    assert teams[1].members[0].link == "Kim A"
    assert event.diagnostics == ()


def test_relay_members_given_in_the_following_row() -> None:
    event = wiki(
        "==Results==\n===Final===\n;Final A\n{|\n! Rank !! Country !! Time !! Notes\n|-\n"
        "| rowspan=2 | 1 || {{flagIOC|KOR|2006 Winter}} || rowspan=2 | 4:17.040 || rowspan=2 | OR\n"
        "|-\n| <small>[[Byun Chun-sa]]<br />[[Choi Eun-kyung]]</small>\n|-\n"
        "| rowspan=2 | 2 || {{flagIOC|CAN|2006 Winter}} || rowspan=2 | 4:17.336 ||\n"
        "|-\n| [[Alanna Kraus]]<br />[[Anouk Leblanc-Boucher]]\n|}\n",
        RELAY,
    )
    teams = rows(event, "Final A")
    assert [(t.rank, t.noc, [m.name for m in t.members]) for t in teams] == [
        (1, "KOR", ["Byun Chun-sa", "Choi Eun-kyung"]),
        (2, "CAN", ["Alanna Kraus", "Anouk Leblanc-Boucher"]),
    ]
    assert [t.line for t in teams] == [7, 11]
    assert event.diagnostics == ()


def test_relay_medalists_written_with_a_country_name_or_a_list() -> None:
    event = wiki(
        "{{Infobox Olympic event\n| event = Men's 5000 metre relay\n"
        "| gold = [[Canada]]<br />[[Charles Hamelin]]<br />[[Steven Dubois]]\n"
        "| silver = {{plainlist|\n* [[Hwang Dae-heon]]\n* [[Kwak Yoon-gy]]\n}}\n"
        "| silverNOC = {{flagIOC|KOR|2022 Winter}}\n"
        "| bronze = {{flagIOCmedalist|[[Pietro Sighel]]<br>[[Yuri Confortola]]|ITA|2022 Winter}}\n"
        "}}\n",
        RELAY,
    )
    assert [(m.name, m.noc, [a.name for a in m.members]) for m in event.info.medalists] == [
        ("Canada", "CAN", ["Charles Hamelin", "Steven Dubois"]),
        ("South Korea", "KOR", ["Hwang Dae-heon", "Kwak Yoon-gy"]),
        ("Italy", "ITA", ["Pietro Sighel", "Yuri Confortola"]),
    ]


def test_a_time_in_the_competitors_cell_is_reported() -> None:
    event = wiki(
        "==Results==\n===Heats===\n;Heat 1\n{|\n! Rank !! Athlete !! Time\n|-\n"
        "| 1 || 43.100 || [[A Aa]]\n|}\n"
    )
    assert (7, "misplaced-cell") in codes(event)


# --- notes -------------------------------------------------------------------------------


def test_notes_with_a_reason_or_a_footnote_keep_their_status() -> None:
    event = wiki(
        "==Results==\n===Heats===\n;Heat 1\n{|\n! Rank !! Athlete !! Time !! Notes\n|-\n"
        "| 1 || [[A Aa]] || 43.100<sup>†</sup> || Q<sup>a</sup>\n|-\n"
        "| – || [[B Bb]] || || PEN (impeding)\n|-\n"
        "| – || [[C Cc]] || || DNF – fall\n|}\n"
    )
    first, second, third = rows(event, "Heat 1")
    assert (str(first.time), first.notes) == ("43.100", (Note.QUALIFIED,))
    assert (second.status, second.notes) == (Status.DISQUALIFIED, (Note.PENALTY, "(impeding)"))
    assert (third.status, third.notes) == (Status.DID_NOT_FINISH, (Note.DID_NOT_FINISH, "fall"))
    assert event.diagnostics == ()


def test_a_penalty_written_in_the_time_column_stays_a_penalty() -> None:
    event = wiki(
        "==Results==\n===Heats===\n;Heat 1\n{|\n! Rank !! Athlete !! Time !! Notes\n|-\n"
        "| – || [[A Aa]] || PEN ||\n|}\n"
    )
    (row,) = rows(event, "Heat 1")
    assert (row.status, row.notes, row.time) == (Status.DISQUALIFIED, (Note.PENALTY,), None)
    again = sp.parse(sp.to_wikitext(event), form="wikitext", title=SOLO)
    assert rows(again, "Heat 1")[0].notes == (Note.PENALTY,)


# --- records -----------------------------------------------------------------------------


def test_a_new_records_table_whose_first_column_is_the_record() -> None:
    event = wiki(
        "==Records==\n{|\n! Record !! Date !! Round !! Athlete !! Country !! Time\n|-\n"
        "| OR || 13 February || Heat 1 || [[Choi Min-jeong]] || {{flagIOC|KOR|2018 Winter}} "
        "|| 42.870\n|-\n"
        "| rowspan=2 | OR || 13 February || Quarterfinal 1 || [[Choi Min-jeong]] || "
        "{{flagIOC|KOR|2018 Winter}} || 42.422\n|-\n"
        "| 13 February || Final A || [[Arianna Fontana]] || {{flagIOC|ITA|2018 Winter}} "
        "|| 42.400\n|}\n"
    )
    assert event.records.standing == ()
    assert [(r.race, r.holder, str(r.time), r.kinds) for r in event.records.new] == [
        ("Heat 1", "Choi Min-jeong", "42.870", (RecordKind.OLYMPIC,)),
        ("Quarterfinal 1", "Choi Min-jeong", "42.422", (RecordKind.OLYMPIC,)),
        ("Final A", "Arianna Fontana", "42.400", (RecordKind.OLYMPIC,)),
    ]


def test_records_under_sub_headings_or_a_longer_heading() -> None:
    standing = (
        "{|\n| World record || {{flagIOCathlete|[[Elise Christie]]|GBR}} || 42.335 || "
        "[[Salt Lake City]] || 13 November 2016\n|}\n"
    )
    new = (
        "{|\n! Date !! Round !! Athlete !! Country !! Time !! Record\n|-\n"
        "| 13 February || Quarterfinal 1 || [[Choi Min-jeong]] || {{flagIOC|KOR|2018 Winter}} "
        "|| 42.422 || OR\n|}\n"
    )
    event = wiki("==Records==\n===Prior records===\n" + standing + "===New records===\n" + new)
    assert [r.holder for r in event.records.standing] == ["Elise Christie"]
    assert [r.race for r in event.records.new] == ["Quarterfinal 1"]
    assert event.rounds == ()
    other = wiki("==World and Olympic records==\n" + standing)
    assert [r.kind for r in other.records.standing] == [RecordKind.WORLD]


# --- flattened text ----------------------------------------------------------------------


def test_a_flattened_sentence_above_a_table_is_prose_not_a_caption() -> None:
    event = sp.parse(
        "==Results==\n===Heats===\nThe heats were held on 10 February 2018.\n"
        "| Rank | Athlete | Time |\n| 1 | Choi Min-jeong | 43.147 |\n",
        form="text",
    )
    assert event.rounds[0].prose == "The heats were held on 10 February 2018."


def test_flattened_ties_whose_rank_was_lost() -> None:
    event = sp.parse(
        "==Results==\n===Heats===\n\n| Rank | Heat | Athlete | Country | Time | Notes |\n"
        "| 1 | 1 | Ahn Hyun-soo | | 1:25.000 | Q |\n| 2 | 1 | Apolo Anton Ohno | | 1:25.100 | Q |\n"
        "| 1 | Li Jiajun | | 1:25.100 | Q | |\n| 4 | 1 | Paul Stanley | | 1:28.511 | |\n"
        "| 1 | 2 | Arianna Fontana | | 43.211 | Q |\n| 2 | Anna Seidel | | 43.880 | Q | |\n"
        "| – | Andrea Keszler | | | PEN | |\n",
        form="text",
    )
    heat_1, heat_2 = event.races()
    assert [(r.rank, r.name) for r in heat_1.results] == [
        (1, "Ahn Hyun-soo"),
        (2, "Apolo Anton Ohno"),
        (2, "Li Jiajun"),
        (4, "Paul Stanley"),
    ]
    assert [(r.rank, r.name) for r in heat_2.results] == [
        (1, "Arianna Fontana"),
        (2, "Anna Seidel"),
        (None, "Andrea Keszler"),
    ]
    assert event.diagnostics == ()


def test_relay_members_after_the_country_keep_their_line_breaks() -> None:
    event = wiki(
        "{{Infobox Olympic event\n| event = Men's 5000 metre relay\n"
        "| gold = [[Canada]]<br />Charles Hamelin<br />Steven Dubois\n}}\n",
        RELAY,
    )
    (gold,) = event.info.medalists
    assert (gold.noc, [m.name for m in gold.members]) == (
        "CAN",
        ["Charles Hamelin", "Steven Dubois"],
    )


# --- relay members in a row of their own; athlete and country in one cell ----------------

RELAY = "Men's 5000 metre relay"


def _final(rows: str, title: str = RELAY) -> sp.Event:
    text = "==Results==\n===Final===\n{|\n! Rank !! Country !! Time !! Notes\n" + rows + "\n|}"
    return sp.parse(text, form="wikitext", title=title)


@pytest.mark.parametrize(
    "members_row",
    [
        "| colspan=3 | <small>[[Anna A]], [[Berit B]], [[Cara C]] and [[Dana D]]</small>",
        "| colspan=3 | <small>Anna A<br>Berit B<br>Cara C<br>Dana D</small>",
        "| [[Anna A]] || [[Berit B]] || [[Cara C]] || [[Dana D]]",
    ],
    ids=["colspan, links", "colspan, line breaks", "one link per cell"],
)
def test_members_in_the_row_under_a_team_row(members_row: str) -> None:
    event = _final(
        "|-\n| rowspan=2 | 1 || {{flagIOC|CAN|2002 Winter}} || 6:51.579 ||\n|-\n" + members_row
    )
    assert [d.code for d in event.diagnostics] == []
    [team] = next(event.races()).results
    assert (team.rank, team.name, team.noc) == (1, "Canada", "CAN")
    assert [member.name for member in team.members] == ["Anna A", "Berit B", "Cara C", "Dana D"]


def test_members_in_small_under_the_flag_without_a_line_break() -> None:
    event = _final(
        "|-\n| 1 || {{flag|Canada}} <small>[[Anna A]], [[Berit B]]</small> || 6:51.579 ||"
    )
    assert [d.code for d in event.diagnostics] == []
    [team] = next(event.races()).results
    assert (team.noc, [m.name for m in team.members]) == ("CAN", ["Anna A", "Berit B"])


@pytest.mark.parametrize(
    ("cell", "name", "noc", "link"),
    [
        ("{{flagIOC2athlete|[[Kim A]]|KOR|2006 Winter}}", "Kim A", "KOR", "Kim A"),
        (
            "{{flagIOCathlete|[[Lee B (skater)|Lee B]]|CHN|2006 Winter}}",
            "Lee B",
            "CHN",
            "Lee B (skater)",
        ),
        ("{{flagathlete|[[Park C]]|Canada}}", "Park C", "CAN", "Park C"),
    ],
)
def test_athlete_and_country_in_one_cell(cell: str, name: str, noc: str, link: str) -> None:
    text = (
        "==Results==\n===Heats===\n;Heat 1\n{|\n! Rank !! Athlete !! Time\n|-\n"
        f"| 1 || {cell} || 41.000\n|}}"
    )
    event = sp.parse(text, form="wikitext", title="Men's 500 metres")
    [result] = next(event.races()).results
    assert (result.name, result.noc, result.link) == (name, noc, link)


@pytest.mark.parametrize(
    ("cell", "name", "link"),
    [
        ("{{sortname|Wim|De Deyne}}", "Wim De Deyne", "Wim De Deyne"),
        (
            "{{sortname|Mark|Jackson|Mark Jackson (speed skater)}}",
            "Mark Jackson",
            "Mark Jackson (speed skater)",
        ),
        (
            "{{sortname|Mark|Jackson|dab=speed skater}}",
            "Mark Jackson",
            "Mark Jackson (speed skater)",
        ),
        ("{{sortname|Anna|Berg|nolink=1}}", "Anna Berg", None),
    ],
)
def test_sortname_variants(cell: str, name: str, link: str | None) -> None:
    text = (
        "==Results==\n===Heats===\n;Heat 1\n{|\n! Rank !! Athlete !! Country !! Time\n|-\n"
        f"| 1 || {cell} || BEL || 41.000\n|}}"
    )
    event = sp.parse(text, form="wikitext", title="Men's 500 metres")
    [result] = next(event.races()).results
    assert (result.name, result.link) == (name, link)


# --- flattened relays ----------------------------------------------------------------------


def test_a_flattened_team_cell_of_members_alone_is_the_team_not_an_unknown_country() -> None:
    # Wikitext `{{flagIOC|KOR}}<br><small>[[A]], [[B]]…</small>` under "Country" loses
    # its flag in the flattened form: the cell is the members, and no country is wrong.
    text = (
        "= Short-track speed skating at the 2014 Winter Olympics – Women's 3000 metre relay =\n"
        "==Results==\n===Final===\n;Final A\n"
        "| Rank | Country | Time | Notes |\n"
        "| 1 | Cho Ha-ri, Kim A-lang, Park Seung-hi, Shim Suk-hee | 4:09.498 | |\n"
        "| 2 | Atlantis | 4:10.641 | |\n"
    )
    event = sp.parse(text, form="text")
    first, second = rows(event, "Final A")
    assert [m.name for m in first.members] == [
        "Cho Ha-ri",
        "Kim A-lang",
        "Park Seung-hi",
        "Shim Suk-hee",
    ]
    assert first.noc is None
    assert first.name
    # A single name that is no country is still reported.
    assert codes(event) == [(7, "unknown-country")]
    assert second.noc is None


def test_a_heat_column_in_a_quarterfinal_round_numbers_quarterfinals() -> None:
    event = wiki(
        "==Results==\n===Quarterfinals===\n"
        '{| class="wikitable"\n! Heat !! Rank !! Athlete !! Country !! Time !! Notes\n|-\n'
        "| rowspan=2 | 1 || 1 || [[Ann Able]] || {{flagIOC|CAN|1992 Winter}} || 47.55 || Q\n|-\n"
        "| 2 || [[Bea Bold]] || {{flagIOC|USA|1992 Winter}} || 47.78 ||\n|-\n"
        "| 2 || 1 || [[Cy Calm]] || {{flagIOC|CHN|1992 Winter}} || 47.38 || Q\n|}\n"
    )
    assert [race.name for race in event.races()] == ["Quarterfinal 1", "Quarterfinal 2"]
    assert [race.key for race in event.races()] == ["quarterfinal-1", "quarterfinal-2"]
    assert [len(race.results) for race in event.races()] == [2, 1]


def test_a_flattened_team_named_only_by_its_member_row_gets_their_names() -> None:
    # `| rowspan=2 | 1 || {{flagIOC|CHN}} || …` over `| <small>A<br />B…</small>`:
    # flattened, the flag is gone and the members row is one cell of its own.
    text = (
        "= Short-track speed skating at the 2022 Winter Olympics – Mixed 2000 metre relay =\n"
        "==Results==\n===Final===\n;Final A\n"
        "| Rank | Country | Time | Notes |\n"
        "| 1 | | 2:37.348 | |\n"
        "| Fan Kexin Qu Chunyu Ren Ziwei Wu Dajing |\n"
    )
    (team,) = rows(sp.parse(text, form="text"), "Final A")
    assert team.name == "Fan Kexin Qu Chunyu Ren Ziwei Wu Dajing"
    assert team.members_text == team.name


def test_a_lane_column_is_known_and_kept_in_cells() -> None:
    # Post-2014 articles give each skater's starting lane: not a rank, not unknown.
    event = wiki(
        "==Results==\n===Heats===\n;Heat 1\n"
        '{| class="wikitable"\n! Rank !! Lane !! Name !! Country !! Time !! Notes\n|-\n'
        "| 1 || 3 || [[Ann Able]] || {{flagIOC|CAN|2022 Winter}} || 43.551 || Q\n|-\n"
        "| 2 || 1 || [[Bea Bold]] || {{flagIOC|USA|2022 Winter}} || 43.778 || Q\n|}\n"
    )
    assert codes(event) == []
    heat = event.race("Heat 1")
    assert heat is not None
    assert heat.columns[1] == "lane"
    assert [(r.rank, r.cells[1]) for r in heat.results] == [(1, "3"), (2, "1")]


def test_a_note_template_against_a_time_is_the_time_and_the_note() -> None:
    event = wiki(
        "==Results==\n===Final===\n;Final A\n"
        '{| class="wikitable"\n! Rank !! Athlete !! Country !! Time !! Notes\n|-\n'
        "| 1 || [[Ann Able]] || {{flagIOC|CAN|2022 Winter}} || 42.569{{OR}} ||\n|}\n"
    )
    assert codes(event) == []
    (first,) = rows(event, "Final A")
    assert (str(first.time), [str(n) for n in first.notes]) == ("42.569", ["OR"])
