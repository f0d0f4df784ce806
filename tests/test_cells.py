"""Typed values out of single cells: ranks, times, countries, athletes, team members."""

from __future__ import annotations

import pytest

from shorttrack_parse import Athlete, Note, RaceTime
from shorttrack_parse._cells import (
    Kind,
    kind_of,
    link_for,
    read_athlete,
    read_country,
    read_members,
    read_noc,
    read_rank,
    read_time,
    split_time,
)
from shorttrack_parse._document import Inline, Link
from shorttrack_parse._text import clean


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("  Kim   Dong-sung ", "Kim Dong-sung"),
        ("Kim\u00a0Dong-sung", "Kim Dong-sung"),
        ("a\nb", "a b"),
        ("", ""),
    ],
)
def test_clean(text: str, cleaned: str) -> None:
    assert clean(text) == cleaned


# --- ranks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("1", 1),
        ("12", 12),
        ("=3", 3),
        ("3=", 3),
        ("T3", 3),
        ("1st", 1),
        ("2nd", 2),
        ("3rd", 3),
        ("4th", 4),
        ("3.", 3),
        (" 5 ", 5),
    ],
)
def test_rank(text: str, rank: int) -> None:
    assert read_rank(text) == (rank, (), None)


@pytest.mark.parametrize("text", ["", "–", "-", "—", "−", "n/a", "N/A"])
def test_rank_dash_means_no_place(text: str) -> None:
    assert read_rank(text) == (None, (), None)


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("DQ", (Note.DISQUALIFIED,)),
        ("PEN", (Note.PENALTY,)),
        ("DNF", (Note.DID_NOT_FINISH,)),
        ("DNS", (Note.DID_NOT_START,)),
        ("DQ, YC", (Note.DISQUALIFIED, Note.YELLOW_CARD)),
    ],
)
def test_rank_cell_holding_notes(text: str, notes: tuple[Note, ...]) -> None:
    assert read_rank(text) == (None, notes, None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("0", "rank 0 is not a place"),
        ("abc", "rank 'abc' is not a place"),
        ("1000", "rank '1000' is not a place"),
        ("1:29.109", "rank '1:29.109' is not a place"),
    ],
)
def test_bad_rank_is_a_problem_not_an_exception(text: str, problem: str) -> None:
    assert read_rank(text) == (None, (), problem)


# --- times ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "time", "notes"),
    [
        ("1:27.048", "1:27.048", ()),
        ("41.802", "41.802", ()),
        ("7:14.02", "7:14.02", ()),
        ("12:27.696", "12:27.696", ()),
        ("1:27.048 OR", "1:27.048", (Note.OLYMPIC_RECORD,)),
        ("1:27.048 (OR)", "1:27.048", (Note.OLYMPIC_RECORD,)),
        ("1:27.048 WR, OR", "1:27.048", (Note.WORLD_RECORD, Note.OLYMPIC_RECORD)),
        ("1:27.048\u00a0OR", "1:27.048", (Note.OLYMPIC_RECORD,)),
    ],
)
def test_time(text: str, time: str, notes: tuple[Note, ...]) -> None:
    parsed, parsed_notes, problem = read_time(text)
    assert problem is None
    assert parsed is not None
    assert str(parsed) == time
    assert parsed_notes == notes


def test_suspicious_time_is_kept_as_written() -> None:
    # A real article writes 12:27.696 between 2:27.622 and 2:27.799: kept, not fixed.
    assert read_time("12:27.696") == (RaceTime(747_696), (), None)


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("DQ", (Note.DISQUALIFIED,)),
        ("DNS", (Note.DID_NOT_START,)),
        ("DNF", (Note.DID_NOT_FINISH,)),
        ("PEN", (Note.PENALTY,)),
        ("OR", (Note.OLYMPIC_RECORD,)),
    ],
)
def test_time_cell_holding_notes(text: str, notes: tuple[Note, ...]) -> None:
    assert read_time(text) == (None, notes, None)


@pytest.mark.parametrize("text", ["", "–", "-"])
def test_empty_time(text: str) -> None:
    assert read_time(text) == (None, (), None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("abc", "time 'abc' is not a race time"),
        ("1:27.048 fell", "time '1:27.048 fell' is not a race time"),
        ("1:61.000", "time '1:61.000' is not a race time"),
    ],
)
def test_bad_time_is_a_problem(text: str, problem: str) -> None:
    assert read_time(text) == (None, (), problem)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1:27.048 OR", (RaceTime(87_048), (Note.OLYMPIC_RECORD,))),
        ("1:27.048", (RaceTime(87_048), ())),
        ("1:27.048 fell", None),
        ("OR", None),
        ("Heat 1", None),
    ],
)
def test_split_time(text: str, expected: tuple[RaceTime, tuple[Note, ...]] | None) -> None:
    assert split_time(text) == expected


# --- countries --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "noc"),
    [
        (Inline("", flags=("BEL",)), "BEL"),  # {{flagIOC|BEL|2002 Winter}}
        (Inline("", flags=("Canada",)), "CAN"),  # {{flag|Canada}}
        (Inline("Canada", flags=("CAN",)), "CAN"),  # {{flagicon|CAN}} Canada
        (Inline("", flags=("Narnia", "KOR")), "KOR"),  # the first known flag
        (Inline("Canada"), "CAN"),
        (Inline("South Korea"), "KOR"),
        (Inline("KOR"), "KOR"),
        (Inline("Soviet Union"), "URS"),
        (Inline("URS"), "URS"),
        (Inline("Unified Team"), "EUN"),
    ],
)
def test_noc_from_flags_and_names(content: Inline, noc: str) -> None:
    assert read_noc(content) == (noc, None)


@pytest.mark.parametrize("content", [Inline(""), Inline("–"), Inline("  ")])
def test_no_country(content: Inline) -> None:
    assert read_noc(content) == (None, None)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (Inline("Narnia"), "country 'Narnia' is not a known IOC country"),
        (Inline("", flags=("Narnia",)), "flag 'Narnia' names no known IOC country"),
        (Inline("Canada", flags=("Narnia",)), "flag 'Narnia' names no known IOC country"),
    ],
)
def test_unknown_country_is_a_problem(content: Inline, problem: str) -> None:
    assert read_noc(content) == (None, problem)


def test_stray_text_beside_a_flag_is_reported_but_the_flag_counts() -> None:
    # {{flagIOC|KOR|2002 Winter}}} — a stray brace after the flag.
    assert read_country(Inline("}", flags=("KOR",))) == (
        "KOR",
        "country cell has '}' beside its flag",
    )


@pytest.mark.parametrize(
    ("content", "noc"),
    [
        (Inline("Canada", flags=("CAN",)), "CAN"),
        (Inline("", flags=("CAN",)), "CAN"),
        (Inline("Canada"), "CAN"),
    ],
)
def test_country_cell_agreeing_with_its_flag(content: Inline, noc: str) -> None:
    assert read_country(content) == (noc, None)


# --- athletes and team members ----------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "athlete", "noc"),
    [
        (
            Inline("Mark Jackson", links=(Link("Mark Jackson (speed skater)", "Mark Jackson"),)),
            Athlete("Mark Jackson", "Mark Jackson (speed skater)"),
            None,
        ),
        (
            Inline("Gregory Durand", links=(Link("Grégory Durand", "Gregory Durand"),)),
            Athlete("Gregory Durand", "Grégory Durand"),
            None,
        ),
        (Inline("Li Jiajun"), Athlete("Li Jiajun", None), None),
        (Inline(" Li\u00a0Jiajun "), Athlete("Li Jiajun", None), None),
        (
            Inline("Steven Bradbury (AUS)", links=(Link("Steven Bradbury", "Steven Bradbury"),)),
            Athlete("Steven Bradbury", "Steven Bradbury"),
            "AUS",
        ),
        # Only a real IOC code in brackets is taken off the name.
        (Inline("Kim (XYZ)"), Athlete("Kim (XYZ)", None), None),
    ],
)
def test_read_athlete(content: Inline, athlete: Athlete, noc: str | None) -> None:
    assert read_athlete(content) == (athlete, noc)


def test_link_for_picks_the_link_with_the_name() -> None:
    content = Inline("Kim (KOR)", links=(Link("South Korea", "KOR"), Link("Kim Dong-sung", "Kim")))
    assert link_for("Kim", content) == "Kim Dong-sung"
    assert link_for("Nobody", content) is None


@pytest.mark.parametrize(
    ("content", "members"),
    [
        (Inline("A B\nC D\nE F"), ("A B", "C D", "E F")),
        (Inline("A B, C D; E F"), ("A B", "C D", "E F")),
        (Inline(", Song Jae-kun , Kim Ki-hoon"), ("Song Jae-kun", "Kim Ki-hoon")),
        (
            Inline(
                "Song Jae-kun Kim Ki-hoon",
                links=(Link("Song Jae-kun", "Song Jae-kun"), Link("Kim Ki-hoon", "Kim Ki-hoon")),
            ),
            ("Song Jae-kun", "Kim Ki-hoon"),
        ),
    ],
)
def test_members_where_the_source_separates_them(content: Inline, members: tuple[str]) -> None:
    assert tuple(member.name for member in read_members(content)) == members


def test_members_keep_their_links() -> None:
    content = Inline(
        "Sun Linlin\nWang Meng",
        links=(Link("Sun Linlin", "Sun Linlin"), Link("Wang Meng (speed skater)", "Wang Meng")),
    )
    assert read_members(content) == (
        Athlete("Sun Linlin", "Sun Linlin"),
        Athlete("Wang Meng", "Wang Meng (speed skater)"),
    )


@pytest.mark.parametrize(
    "content",
    [
        Inline("Kieran Hansen John Kah Andrew Murtha Richard Nizielski"),  # run together
        Inline("Kieran Hansen"),
        Inline(""),
    ],
)
def test_members_run_together_are_not_split(content: Inline) -> None:
    assert read_members(content) == ()


# --- the kind of value a cell holds ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("", Kind.EMPTY),
        ("–", Kind.EMPTY),
        ("3", Kind.INT),
        ("=3", Kind.INT),
        ("1:27.048", Kind.TIME),
        ("1:27.048 OR", Kind.TIME),
        ("41.802", Kind.TIME),
        ("13 February", Kind.DATE),
        ("14 October 2001", Kind.DATE),
        ("February 13", Kind.DATE),
        ("DQ", Kind.NOTES),
        ("Q, OR", Kind.NOTES),
        ("QA", Kind.NOTES),
        ("OR", Kind.RECORD_MARK),
        ("Olympic record", Kind.RECORD_MARK),
        ("Heat 7", Kind.RACE),
        ("Semifinal 1", Kind.RACE),
        ("B", Kind.RACE),
        ("Steven Bradbury", Kind.TEXT),
        ("Calgary, Canada", Kind.TEXT),
        ("12 skaters", Kind.TEXT),
    ],
)
def test_kind_of(text: str, kind: Kind) -> None:
    assert kind_of(text) is kind
