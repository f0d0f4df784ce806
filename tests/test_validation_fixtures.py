"""Validation of every fixture: exactly the disagreements the article really has.

Each expectation was written by reading the article: every finding listed is true
of it (the comment says why) and nothing else in it disagrees.  A new fixture
needs its own entry here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import shorttrack_parse as sp

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

Expected = list[tuple[str, int]]

TEXT: dict[str, Expected] = {
    # Stops at Semifinal 1's header: no rows, no Final.
    "1992-men-5000m-relay": [("incomplete", 44)],
    # Heats, repechage, quarterfinals, semifinals and both finals agree throughout.
    "1994-women-500m": [],
    # Semifinal 1: Satoru Terao's row has "DQ" in the Time column, Notes empty.
    "2002-men-1000m": [("status-in-time-column", 131)],
    # Stops at Heat 5's header (the Heat 5 and Semifinal 1 records cannot be checked).
    "2002-men-1500m": [("incomplete", 67)],
    # Final A stops after 2nd place, though four teams qualified for it (QA).
    "2002-women-3000m-relay-short": [("incomplete", 60)],
    # The combined heats table stops at Heat 5's first row; no quarterfinals or finals.
    "2006-men-1000m": [("incomplete", 51)],
    "2010-men-1500m-errors": [
        ("infobox-winning-time", 10),  # Win Value 2:16.993; Final A was won in 2:17.611
        ("record-not-in-race", 28),  # 2:15.245 is Semifinal 2's time, not Semifinal 1's
        ("rank-time-order", 46),  # Heat 2: 2nd in 12:27.696, between 2:27.622 and 2:27.799
        ("duplicate-time", 96),  # Semifinal 2: 3rd and 4th both 2:16.032, not a tie
        ("status-in-time-column", 98),  # Semifinal 2: Paul Herrmann's "DQ" in the Time column
    ],
    # Final B's table has a header and no rows; Final A is missing.
    "2010-women-3000m-relay": [("incomplete", 36)],
    # The heats table stops inside Heat 3; no later rounds.
    "2014-women-1500m": [("incomplete", 52)],
    # Consistent (the semifinal names were flag templates, lost in this form).
    "2018-women-500m": [],
    # Consistent: Hungary advanced (ADVA) into a five-team Final A, Final B starts at 6th.
    "2022-men-5000m-relay": [],
    # Consistent: Italy's 2:37.301 in Final A beats the standing Olympic record only
    # after the Netherlands set 2:37.012 in Semifinal 1.
    "2026-mixed-2000m-relay": [],
    # Consistent: repechage of every heat non-qualifier, Final A/B without QA/QB.
    "1998-men-500m": [],
    # Consistent (the flags were lost, the members in the Country cells kept).
    "2014-women-3000m-relay": [],
    # Consistent: member rows under rowspan=2 team rows became one-cell rows.
    "2022-mixed-2000m-relay": [],
    # Error fixtures: the 2002 men's 1000 m (or the 2010 men's 1500 m) with one real
    # kind of editing error each; the 1000 m keeps its own Time-column DQ.
    "errors-duplicated-time": [
        ("status-in-time-column", 131),
        ("duplicate-time", 147),  # Final A: 3rd place given 2nd place's 1:30.160
    ],
    "errors-rank-time": [("rank-time-order", 46)],  # 12:27.696 between 2:27.622 and 2:27.799
    "errors-record-round": [
        ("record-not-in-race", 28),  # 1:28.183 credited to Heat 6; it is Heat 7's time
        ("status-in-time-column", 131),
    ],
    "errors-winning-time": [
        ("infobox-winning-time", 10),  # 2:18.541 is the 1500 m's winning time
        ("status-in-time-column", 131),
    ],
}

WIKITEXT: dict[str, Expected] = {
    "1992-men-5000m-relay": [("incomplete", 63)],
    "1994-women-500m": [],
    "2002-men-1000m": [
        # The standing Olympic record was 1:29.398.  Heat 4 was won in 1:28.867 and
        # Heat 5 in 1:28.520, both before Heat 7's listed 1:28.183: records the
        # Records table does not list.
        ("unlisted-record", 100),
        ("unlisted-record", 114),
        ("status-in-time-column", 240),
    ],
    "2002-men-1500m": [("incomplete", 104)],
    "2002-women-3000m-relay-short": [("incomplete", 100)],
    "2006-men-1000m": [("incomplete", 75)],
    "2010-men-1500m-errors": [
        ("infobox-winning-time", 10),  # the win_value line
        ("record-not-in-race", 40),
        ("rank-time-order", 72),
        ("duplicate-time", 170),
        ("status-in-time-column", 174),
    ],
    "2010-women-3000m-relay": [("incomplete", 48)],
    "2014-women-1500m": [("incomplete", 71)],
    "2018-women-500m": [],
    "2022-men-5000m-relay": [],
    "2026-mixed-2000m-relay": [],
    "1992-women-500m": [],
    "1998-men-500m": [],
    "2006-women-1000m-errors": [
        ("record-date", 22),  # 12 February 2006, copied from another event (22–25 February)
        ("rank-time-order", 47),  # Heat 2: 3rd written before 2nd, and faster
        ("qualifier-places", 49),  # ... so 2nd has no Q while 3rd has one
        ("missing-time", 59),  # Heat 3: 1:32,183 with a decimal comma
        ("status-with-rank", 63),  # Heat 3: DQ in the Time column of a row ranked 4th
        ("status-in-time-column", 63),
        # The missing |} (line 42), the stray } (59) and the unclosed {{ (70) are the
        # reader's diagnostics: see test_fixtures_articles.py.
    ],
    "2014-women-3000m-relay": [],
    "2022-men-1000m": [],
    "2022-mixed-2000m-relay": [],
}

FORMS = {"text": (".txt", TEXT), "wikitext": (".wiki", WIKITEXT)}
CASES = [
    pytest.param(form, path, id=f"{form}-{path.stem}")
    for form, (suffix, _) in FORMS.items()
    for path in sorted((FIXTURES / form).glob(f"*{suffix}"))
]


def _findings(form: str, path: Path) -> Expected:
    try:
        event = sp.parse_file(path, form="text" if form == "text" else "wikitext")
    except sp.UnsupportedFormError as error:
        pytest.skip(f"the {form} reader is not available: {error}")
    return [(f.code, f.line or 0) for f in sp.validate(event).findings]


@pytest.mark.parametrize(("form", "path"), CASES)
def test_fixture_findings_are_exactly_the_real_problems(form: str, path: Path) -> None:
    expected = FORMS[form][1]
    assert path.stem in expected, f"no findings written down for {path.name}: read it and add them"
    assert _findings(form, path) == expected[path.stem]


@pytest.mark.parametrize("form", FORMS)
def test_every_expectation_has_its_fixture(form: str) -> None:
    suffix, expected = FORMS[form]
    assert sorted(expected) == sorted(p.stem for p in (FIXTURES / form).glob(f"*{suffix}"))


def test_the_source_article_reports_the_dq_in_the_time_column_precisely() -> None:
    report = sp.validate(sp.parse_file(FIXTURES / "text" / "2002-men-1000m.txt"))
    assert str(report) == (
        "131: warning status-in-time-column Semifinal 1/Satoru Terao: the Time column holds "
        "'DQ', a status, not a time; a status belongs in the Notes column"
    )
    assert report.ok


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("1992-men-5000m-relay", 44),
        ("2002-men-1500m", 67),
        ("2006-men-1000m", 51),
        ("2010-women-3000m-relay", 36),
        ("2014-women-1500m", 52),
    ],
)
def test_a_truncated_article_is_incomplete_once_without_cascade(name: str, line: int) -> None:
    report = sp.validate(sp.parse_file(FIXTURES / "text" / f"{name}.txt"))
    assert [(f.code, f.severity, f.line) for f in report.findings] == [
        ("incomplete", sp.Severity.WARNING, line)
    ]


@pytest.mark.parametrize(
    ("name", "finding"),
    [
        (
            "errors-rank-time",
            "46: error rank-time-order Heat 2/Han Jialiang: 2nd place has time 12:27.696, "
            "slower than 3rd place's 2:27.799",
        ),
        (
            "errors-winning-time",
            "10: error infobox-winning-time Infobox: the infobox winning value is 2:18.541, but "
            "Final A's winner Steven Bradbury skated 1:29.109",
        ),
        (
            "errors-duplicated-time",
            "147: warning duplicate-time Final A/Mathieu Turcotte: 3rd place has exactly the time "
            "of 2nd place Apolo Anton Ohno, 1:30.160, without a tie; is one of them copied?",
        ),
        (
            "errors-record-round",
            "28: error record-not-in-race Heat 6: the new OR 1:28.183 is not a time in Heat 6; "
            "it is Rusty Smith's time in Heat 7",
        ),
    ],
)
def test_each_editing_error_is_reported_once_precisely(name: str, finding: str) -> None:
    report = sp.validate(sp.parse_file(FIXTURES / "text" / f"{name}.txt"))
    code = finding.split()[2]
    assert [str(f) for f in report.findings if f.code == code] == [finding]
