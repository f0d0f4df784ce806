"""Tidy tables: ``to_rows`` (one dict per result or record) and ``to_dataframe``."""

from __future__ import annotations

import sys

import pytest
from conftest import ARTICLES, TITLES, examples, parse_text_fixture, parse_wikitext_fixture
from hypothesis import given

import shorttrack_parse as sp
from shorttrack_parse import strategies

pandas = pytest.importorskip("pandas")


def test_one_row_per_result_in_source_order() -> None:
    event = parse_text_fixture("2002-men-1000m")
    rows = sp.to_rows(event)
    results = [result for race in event.races() for result in race.results]
    assert len(rows) == len(results)
    assert [row["line"] for row in rows] == [result.line for result in results]
    assert all(tuple(row) == sp.RESULT_COLUMNS for row in rows)


def test_a_row_holds_the_event_round_race_and_result() -> None:
    rows = sp.to_rows(parse_wikitext_fixture("2002-men-1000m"))
    assert rows[0] == {
        "source": None,
        "title": TITLES["2002-men-1000m"],
        "games_year": 2002,
        "games_season": "Winter",
        "event": "Men's 1000 metres",
        "gender": "men",
        "distance_m": 1000,
        "relay": False,
        "round": "Heats",
        "round_kind": "heats",
        "race": "Heat 1",
        "race_key": "heat-1",
        "race_stage": "heat",
        "rank": 1,
        "name": "Wim De Deyne",
        "link": "Wim De Deyne",
        "noc": "BEL",
        "team": False,
        "members": None,
        "time": "1:30.950",
        "time_ms": 90950,
        "status": "finished",
        "notes": "Q",
        "qualified": True,
        "line": rows[0]["line"],
    }
    assert isinstance(rows[0]["line"], int)


def test_a_disqualified_row_has_no_rank_or_time() -> None:
    rows = sp.to_rows(parse_text_fixture("2002-men-1000m"))
    (terao,) = [r for r in rows if r["name"] == "Satoru Terao" and r["race"] == "Semifinal 1"]
    assert (terao["rank"], terao["time"], terao["time_ms"]) == (None, None, None)
    assert terao["status"] == "disqualified"
    assert terao["qualified"] is False


def test_the_written_time_is_kept_beside_its_milliseconds() -> None:
    rows = sp.to_rows(parse_text_fixture("1992-men-5000m-relay"))
    assert (rows[0]["time"], rows[0]["time_ms"]) == ("7:14.07", 434_070)


def test_relay_rows_join_members_and_notes() -> None:
    event = parse_wikitext_fixture("2010-women-3000m-relay")
    rows = sp.to_rows(event)
    results = [result for race in event.races() for result in race.results]
    assert all(row["relay"] and row["team"] for row in rows)
    for row, result in zip(rows, results, strict=True):
        if result.members:
            assert row["members"] == "; ".join(member.name for member in result.members)
        assert row["notes"] == (", ".join(str(note) for note in result.notes) or None)
    assert any(row["members"] and "; " in row["members"] for row in rows)


def test_notes_join_several_notes_with_commas() -> None:
    result = sp.Result(rank=1, name="A", notes=(sp.Note.QUALIFIED, sp.Note.OLYMPIC_RECORD))
    event = sp.Event(
        rounds=(sp.Round(name="Heats", races=(sp.Race(name="Heat 1", results=(result,)),)),)
    )
    (row,) = sp.to_rows(event)
    assert row["notes"] == "Q, OR"
    assert sp.to_rows(event)[0]["race_key"] == "heat-1"


def test_a_mapping_gives_the_source_column() -> None:
    first, second = parse_text_fixture(ARTICLES[0]), parse_text_fixture(ARTICLES[1])
    rows = sp.to_rows({"a.txt": first, "b.txt": second})
    assert {row["source"] for row in rows} == {"a.txt", "b.txt"}
    assert [row["source"] for row in rows] == sorted(row["source"] for row in rows)
    assert len(rows) == len(sp.to_rows([first, second]))


@pytest.mark.parametrize(
    ("event_name", "title", "gender", "distance"),
    [
        ("Men's 1000 metres", None, "men", 1000),
        ("Women's 3000 metre relay", None, "women", 3000),
        ("Mixed 2000 metre relay", None, "mixed", 2000),
        ("Ladies' 500 m", None, "women", 500),
        ("Men's 5,000 metre relay", None, "men", 5000),
        (
            None,
            "Short-track speed skating at the 1994 Winter Olympics – Women's 500 metres",
            "women",
            500,
        ),
        (
            None,
            "Short-track speed skating at the 2006 Winter Olympics - Men's 1000 metres",
            "men",
            1000,
        ),
        (None, None, None, None),
        ("Team event", None, None, None),
        ("Men's 1" + "0" * 5000 + " metres", None, "men", None),
    ],
)
def test_gender_and_distance_come_from_the_event_name(
    event_name: str | None, title: str | None, gender: str | None, distance: int | None
) -> None:
    row = sp.to_rows(
        sp.Event(
            title=title,
            info=sp.EventInfo(event=event_name),
            rounds=(
                sp.Round(
                    name="Final", races=(sp.Race(name="Final A", results=(sp.Result(name="X"),)),)
                ),
            ),
        )
    )[0]
    assert (row["gender"], row["distance_m"]) == (gender, distance)


def test_a_hyphenated_title_gives_the_event_after_its_dash() -> None:
    title = "Short-track speed skating at the 2006 Winter Olympics - Men's 1000 metres"
    row = sp.to_rows(
        sp.Event(
            title=title,
            rounds=(
                sp.Round(
                    name="Final", races=(sp.Race(name="Final A", results=(sp.Result(name="X"),)),)
                ),
            ),
        )
    )[0]
    assert row["event"] == "Men's 1000 metres"


def test_record_rows() -> None:
    event = parse_wikitext_fixture("2002-men-1000m")
    rows = sp.to_rows({"x.wiki": event}, records=True)
    assert len(rows) == len(event.records.standing) + len(event.records.new)
    assert all(tuple(row) == sp.RECORD_COLUMNS for row in rows)
    standing = [row for row in rows if row["record"] == "standing"]
    new = [row for row in rows if row["record"] == "new"]
    assert [row["kind"] for row in standing] == [r.kind.value for r in event.records.standing]
    assert standing[0]["holder"] == "Steve Robillard"
    assert standing[0]["time"] == "1:25.985"
    assert [(row["race"], row["race_key"], row["time_ms"], row["kind"]) for row in new] == [
        ("Heat 7", "heat-7", 88183, "OR"),
        ("Quarterfinal 3", "quarterfinal-3", 87185, "OR"),
    ]
    assert {row["source"] for row in rows} == {"x.wiki"}


@given(strategies.events())
@examples(10)
def test_rows_match_the_results_of_any_event(event: sp.Event) -> None:
    rows = sp.to_rows(event)
    results = [result for race in event.races() for result in race.results]
    assert len(rows) == len(results)
    for row, result in zip(rows, results, strict=True):
        assert row["name"] == result.name
        assert row["rank"] == result.rank
        assert row["time_ms"] == (None if result.time is None else result.time.milliseconds)
        if result.time is not None:
            assert sp.RaceTime.parse(row["time"]) == result.time
        assert row["qualified"] is result.qualified


@pytest.mark.parametrize("name", ARTICLES)
def test_dataframe_dtypes(name: str) -> None:
    frame = sp.to_dataframe(parse_wikitext_fixture(name))
    assert list(frame.columns) == list(sp.RESULT_COLUMNS)
    dtypes = {column: str(dtype) for column, dtype in frame.dtypes.items()}
    for column in ("rank", "time_ms", "games_year", "distance_m", "line"):
        assert dtypes[column] == "Int64"
    for column in ("status", "round_kind", "race_stage", "gender"):
        assert dtypes[column] == "category"
    for column in ("relay", "team", "qualified"):
        assert dtypes[column] == "boolean"
    for column in ("source", "title", "name", "noc", "time", "race", "race_key", "notes"):
        assert dtypes[column] == "string"
    assert len(frame) == len(sp.to_rows(parse_wikitext_fixture(name)))


def test_dataframe_categories_are_in_running_order() -> None:
    frame = sp.to_dataframe(parse_text_fixture("2002-men-1000m"))
    assert list(frame["round_kind"].cat.categories) == [kind.value for kind in sp.RoundKind]
    assert frame["round_kind"].cat.ordered
    assert list(frame["status"].cat.categories) == [status.value for status in sp.Status]
    assert set(frame["gender"].cat.categories) == {"men", "women", "mixed"}
    assert frame["rank"].isna().sum() == sum(
        result.rank is None
        for race in parse_text_fixture("2002-men-1000m").races()
        for result in race.results
    )


def test_records_dataframe() -> None:
    event = parse_wikitext_fixture("2002-men-1000m")
    frame = sp.to_dataframe([event], records=True)
    assert list(frame.columns) == list(sp.RECORD_COLUMNS)
    assert str(frame["time_ms"].dtype) == "Int64"
    assert len(frame) == len(event.records.standing) + len(event.records.new)


def test_dataframe_of_no_events_has_the_columns() -> None:
    frame = sp.to_dataframe([])
    assert list(frame.columns) == list(sp.RESULT_COLUMNS)
    assert len(frame) == 0


def test_without_pandas_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(sp.MissingExtraError, match=r"shorttrack_parse\[pandas\]"):
        sp.to_dataframe(parse_text_fixture("2002-men-1000m"))
    assert issubclass(sp.MissingExtraError, ImportError)
