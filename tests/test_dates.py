"""Calendar dates out of free text (the private ``_dates`` module)."""

from __future__ import annotations

from datetime import date

import pytest

from shorttrack_parse._dates import date_range, find_dates


@pytest.mark.parametrize(
    ("text", "default_year", "dates"),
    [
        ("13–16 February 2002", None, [date(2002, 2, 13), date(2002, 2, 16)]),
        ("13 to 16 February 2002", None, [date(2002, 2, 13), date(2002, 2, 16)]),
        ("February 13, 24, 2010", None, [date(2010, 2, 13), date(2010, 2, 24)]),
        ("30 January – 2 February 2018", None, [date(2018, 1, 30), date(2018, 2, 2)]),
        (
            "15 February 2014 (qualifying heats, semifinal, and final)",
            None,
            [date(2014, 2, 15)],
        ),
        ("February 13 – March 2, 2010", None, [date(2010, 2, 13), date(2010, 3, 2)]),
        (
            "10, 13 and 16 February 2022",
            None,
            [date(2022, 2, 10), date(2022, 2, 13), date(2022, 2, 16)],
        ),
        ("14 October 2001", None, [date(2001, 10, 14)]),
        ("Feb 13, 2010", None, [date(2010, 2, 13)]),
        ("13 Feb. 2010", None, [date(2010, 2, 13)]),
        ("20 February", 2002, [date(2002, 2, 20)]),
        (
            "17–19 February 1994 (heats) 21 February 1994",
            None,
            [date(1994, 2, 17), date(1994, 2, 19), date(1994, 2, 21)],
        ),
    ],
)
def test_find_dates(text: str, default_year: int | None, dates: list[date]) -> None:
    assert find_dates(text, default_year) == dates


@pytest.mark.parametrize(
    ("text", "default_year"),
    [
        ("13 February", None),  # no year anywhere
        ("February 2002", None),  # no day
        ("31 February 2002", None),  # no such day
        ("There were eight heats of 4 skaters each", 2002),
        ("", 2002),
        ("Heat 7", 2002),
    ],
)
def test_no_dates(text: str, default_year: int | None) -> None:
    assert find_dates(text, default_year) == []
    assert date_range(text, default_year) == (None, None)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "The first round was held on 13 February. "
            "There were eight heats of 4 skaters each, with the top 2 moving on.",
            [date(2002, 2, 13)],
        ),
        (
            "There were eight heats of 4 skaters each, held on 13 February.",
            [date(2002, 2, 13)],
        ),
        (
            "There were 32 skaters from 20 nations on 13 February",
            [date(2002, 2, 13)],
        ),
        (
            "The quarterfinals were held on 16 February. The top two finishers in each "
            "of the four quarterfinals advanced.",
            [date(2002, 2, 16)],
        ),
    ],
)
def test_stray_numbers_in_prose_are_not_days(text: str, dates: list[date]) -> None:
    assert find_dates(text, default_year=2002) == dates


@pytest.mark.parametrize(
    ("text", "default_year", "start", "end"),
    [
        ("13–16 February 2002", None, date(2002, 2, 13), date(2002, 2, 16)),
        ("February 13, 24, 2010", None, date(2010, 2, 13), date(2010, 2, 24)),
        ("30 January – 2 February 2018", None, date(2018, 1, 30), date(2018, 2, 2)),
        (
            "15 February 2014 (qualifying heats, semifinal, and final)",
            None,
            date(2014, 2, 15),
            date(2014, 2, 15),
        ),
        ("18–22 February 1992", None, date(1992, 2, 18), date(1992, 2, 22)),
        ("20 February 2002", None, date(2002, 2, 20), date(2002, 2, 20)),
        ("16 February", 2002, date(2002, 2, 16), date(2002, 2, 16)),
        # Out of order in the text: the range is still first to last.
        ("21 February and 17 February 1994", None, date(1994, 2, 17), date(1994, 2, 21)),
    ],
)
def test_date_range(text: str, default_year: int | None, start: date, end: date) -> None:
    assert date_range(text, default_year) == (start, end)


def test_written_year_wins_over_default_year() -> None:
    assert find_dates("13 February 2006", default_year=2002) == [date(2006, 2, 13)]
