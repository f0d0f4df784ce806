"""Table columns by the meaning of their header text."""

from __future__ import annotations

import pytest

from shorttrack_parse._columns import _HEADER, _PLAIN_HEADERS, Column, column_of, columns_of

C = Column


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Rank", C.RANK),
        ("Pos.", C.RANK),
        ("Position", C.RANK),
        ("Pl.", C.RANK),
        ("Rk", C.RANK),
        ("#", C.RANK),
        ("No.", C.RANK),
        ("Final rank", C.RANK),
        ("Rank:", C.RANK),
        ("Place", C.PLACE),
        ("Heat", C.RACE),
        ("Heats", C.RACE),
        ("Race", C.RACE),
        ("Quarterfinal", C.RACE),
        ("Semifinal", C.RACE),
        ("Semi-final", C.RACE),
        ("Final", C.RACE),
        ("Group", C.RACE),
        ("Athlete", C.ATHLETE),
        ("Athletes", C.ATHLETE),
        ("Name", C.ATHLETE),
        ("Skater", C.ATHLETE),
        ("Competitor", C.ATHLETE),
        ("Members", C.ATHLETE),
        ("Team members", C.ATHLETE),
        ("Team", C.TEAM),
        ("Relay team", C.TEAM),
        ("Country", C.COUNTRY),
        ("Nation", C.COUNTRY),
        ("NOC", C.COUNTRY),
        ("Nationality", C.COUNTRY),
        ("Time", C.TIME),
        ("Times", C.TIME),
        ("Result", C.TIME),
        ("Results", C.TIME),
        ("Final time", C.TIME),
        ("Time (s)", C.TIME),
        ("Time*", C.TIME),
        ("  time  ", C.TIME),
        ("Notes", C.NOTES),
        ("Note", C.NOTES),
        ("Notes[1]", C.NOTES),
        ("Qual.", C.NOTES),
        ("Qualification", C.NOTES),
        ("Q", C.NOTES),
        ("Remarks", C.NOTES),
        ("Behind", C.GAP),
        ("Gap", C.GAP),
        ("Date", C.DATE),
        ("Round", C.ROUND),
        ("Event", C.ROUND),
        ("Stage", C.ROUND),
        ("Record", C.RECORD),
        ("Records", C.RECORD),
        ("OR", C.OLYMPIC_RECORD),
        ("WR", C.WORLD_RECORD),
        ("Venue", C.PLACE),
        ("Location", C.PLACE),
        ("Lane", C.LANE),
        ("Start", C.LANE),
        ("Starting position", C.LANE),
        ("Foo", C.UNKNOWN),
        ("", C.UNKNOWN),
        ("Speed", C.UNKNOWN),
    ],
)
def test_column_of(header: str, column: Column) -> None:
    assert column_of(header) is column


@pytest.mark.parametrize(
    ("headers", "columns"),
    [
        (
            ("Rank", "Athlete", "Country", "Time", "Notes"),
            (C.RANK, C.ATHLETE, C.COUNTRY, C.TIME, C.NOTES),
        ),
        (
            ("Rank", "Country", "Athlete", "Result", "Notes"),
            (C.RANK, C.COUNTRY, C.ATHLETE, C.TIME, C.NOTES),
        ),
        (
            ("Heat", "Rank", "Athlete", "Country", "Result", "Notes"),
            (C.RACE, C.RANK, C.ATHLETE, C.COUNTRY, C.TIME, C.NOTES),
        ),
        (
            ("Rank", "Semifinal", "Country", "Athletes", "Time", "Notes"),
            (C.RANK, C.RACE, C.COUNTRY, C.ATHLETE, C.TIME, C.NOTES),
        ),
        # Records: "Team" is the holder when there is no athlete column.
        (
            ("Date", "Round", "Team", "Time", "OR", "WR"),
            (C.DATE, C.ROUND, C.TEAM, C.TIME, C.OLYMPIC_RECORD, C.WORLD_RECORD),
        ),
        (
            ("Date", "Event", "Team", "Time", "OR", "WR"),
            (C.DATE, C.ROUND, C.TEAM, C.TIME, C.OLYMPIC_RECORD, C.WORLD_RECORD),
        ),
        # Beside an athlete column "Team" names the country.
        (("Rank", "Athlete", "Team", "Time"), (C.RANK, C.ATHLETE, C.COUNTRY, C.TIME)),
        # Unless there is a country column as well.
        (
            ("Rank", "Athlete", "Team", "Country", "Time"),
            (C.RANK, C.ATHLETE, C.TEAM, C.COUNTRY, C.TIME),
        ),
        # A relay table: the team is the competitor.
        (("Rank", "Team", "Time"), (C.RANK, C.TEAM, C.TIME)),
        # "Place" is the rank in a results table...
        (("Place", "Athlete", "Country", "Time"), (C.RANK, C.ATHLETE, C.COUNTRY, C.TIME)),
        # ... but where a record was set in a records table ...
        (("Date", "Place", "Record", "Time"), (C.DATE, C.PLACE, C.RECORD, C.TIME)),
        # ... and stays a place when there is already a rank.
        (("Rank", "Place", "Athlete", "Time"), (C.RANK, C.PLACE, C.ATHLETE, C.TIME)),
        (("Foo", "Bar"), (C.UNKNOWN, C.UNKNOWN)),
        ((), ()),
    ],
)
def test_columns_of(headers: tuple[str, ...], columns: tuple[Column, ...]) -> None:
    assert columns_of(headers) == columns


def test_plain_headers_read_as_the_whole_pattern_reads_them() -> None:
    # The plain words skip the compiled alternation; they must not change an answer.
    assert len(_PLAIN_HEADERS) > 50
    for text, column in _PLAIN_HEADERS.items():
        match = _HEADER.fullmatch(text)
        assert match is not None, text
        assert match.lastgroup == column.name, text
