"""``to_dict`` / ``from_dict``: lossless, JSON-ready, and precise about bad input."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from conftest import ARTICLES, examples, parse_text_fixture, parse_wikitext_fixture
from hypothesis import given
from hypothesis import strategies as st

import shorttrack_parse as sp
from shorttrack_parse import InputError, from_dict, to_dict

EVENTS = [
    pytest.param(form, name, id=f"{name}-{form}") for name in ARTICLES for form in ("text", "wiki")
]


def load(form: str, name: str) -> sp.Event:
    return parse_text_fixture(name) if form == "text" else parse_wikitext_fixture(name)


@pytest.mark.parametrize(("form", "name"), EVENTS)
def test_round_trip(form: str, name: str) -> None:
    event = load(form, name)
    assert from_dict(to_dict(event)) == event
    # Times compare by value; the dictionaries show that the written form survives too.
    assert to_dict(from_dict(to_dict(event))) == to_dict(event)


@pytest.mark.parametrize(("form", "name"), EVENTS)
def test_round_trip_through_json_text(form: str, name: str) -> None:
    event = load(form, name)
    data = to_dict(event)
    text = json.dumps(data, ensure_ascii=False)
    assert json.loads(text) == data
    assert from_dict(json.loads(text)) == event


def test_round_trip_with_diagnostics() -> None:
    event = sp.parse("= T =\n==Results==\n| Foo | Bar |\n| 1 | 2 |\n")
    assert event.diagnostics
    assert from_dict(json.loads(json.dumps(to_dict(event)))) == event


def test_unrecognised_notes_survive_as_strings() -> None:
    event = sp.parse(
        "==Results==\n===Heats===\n;Heat 1\n"
        "| Rank | Athlete | Time | Notes |\n| 1 | Kim | 41.802 | Q, fell twice |\n"
    )
    [result] = next(event.races()).results
    assert result.notes == (sp.Note.QUALIFIED, "fell twice")
    data = to_dict(event)
    assert data["rounds"][0]["races"][0]["results"][0]["notes"] == ["Q", "fell twice"]
    assert from_dict(data) == event


# --- the shape of the dictionary ---------------------------------------------------------


@pytest.fixture(scope="module")
def men_1000m() -> dict[str, Any]:
    return to_dict(parse_wikitext_fixture("2002-men-1000m"))


def test_top_level_keys(men_1000m: dict[str, Any]) -> None:
    assert {"title", "info", "records", "rounds", "diagnostics"} <= set(men_1000m)
    assert men_1000m["title"] == (
        "Short-track speed skating at the 2002 Winter Olympics – Men's 1000 metres"
    )


def test_info(men_1000m: dict[str, Any]) -> None:
    info = men_1000m["info"]
    assert {"event", "games", "venue", "dates", "competitors", "nations", "winning_time"} <= set(
        info
    )
    assert info["event"] == "Men's 1000 metres"
    assert info["games"] == "2002 Winter"
    assert info["venue"] == "Salt Lake Ice Center"
    assert info["dates"] == "13–16 February 2002"
    assert info["competitors"] == 32
    assert info["nations"] == 20
    assert info["winning_time"] == "1:29.109"
    assert info["start_date"] == "2002-02-13"
    assert info["end_date"] == "2002-02-16"


def test_medalists(men_1000m: dict[str, Any]) -> None:
    medalists = men_1000m["info"]["medalists"]
    assert isinstance(medalists, list)
    for medalist in medalists:
        assert {"medal", "name", "noc", "members"} <= set(medalist)
    assert [(m["medal"], m["name"], m["noc"], m["members"]) for m in medalists] == [
        ("gold", "Steven Bradbury", "AUS", []),
        ("silver", "Apolo Anton Ohno", "USA", []),
        ("bronze", "Mathieu Turcotte", "CAN", []),
    ]


def test_relay_medalist_members() -> None:
    data = to_dict(parse_wikitext_fixture("2010-women-3000m-relay"))
    gold = data["info"]["medalists"][0]
    assert (gold["medal"], gold["name"], gold["noc"]) == ("gold", "China", "CHN")
    assert gold["members"][1] == {"name": "Wang Meng", "link": "Wang Meng (speed skater)"}


def test_records(men_1000m: dict[str, Any]) -> None:
    records = men_1000m["records"]
    assert {"standing", "new"} <= set(records)
    assert [(r["kind"], r["holder"], r["noc"], r["time"]) for r in records["standing"]] == [
        ("WR", "Steve Robillard", "CAN", "1:25.985"),
        ("OR", "Satoru Terao", "JPN", "1:29.398"),
    ]
    for record in records["new"]:
        assert {"date", "race", "holder", "noc", "time", "kinds"} <= set(record)
    first = records["new"][0]
    assert (
        first["date"],
        first["race"],
        first["holder"],
        first["noc"],
        first["time"],
        first["kinds"],
    ) == ("13 February", "Heat 7", "Rusty Smith", "USA", "1:28.183", ["OR"])


def test_rounds_races_results(men_1000m: dict[str, Any]) -> None:
    rounds = men_1000m["rounds"]
    assert [r["name"] for r in rounds] == ["Heats", "Quarterfinals", "Semifinals", "Finals"]
    semifinal_1 = rounds[2]["races"][0]
    assert semifinal_1["name"] == "Semifinal 1"
    for result in semifinal_1["results"]:
        assert {"rank", "name", "noc", "members", "time", "status", "notes", "line"} <= set(result)
        assert isinstance(result["notes"], list)
        assert all(isinstance(note, str) for note in result["notes"])
    first, *_, terao = semifinal_1["results"]
    assert (first["rank"], first["name"], first["noc"], first["time"]) == (
        1,
        "Steven Bradbury",
        "AUS",
        "1:29.189",
    )
    assert first["status"] == "finished"
    assert first["notes"] == ["QA"]
    assert first["members"] == []
    assert first["line"] == 232
    assert (terao["rank"], terao["time"], terao["status"]) == (None, None, "disqualified")


def test_times_are_strings_as_written() -> None:
    data = to_dict(parse_text_fixture("1992-men-5000m-relay"))
    times = [r["time"] for r in data["rounds"][0]["races"][0]["results"]]
    assert times == ["7:14.07", "7:15.10", "7:15.25"]
    assert data["info"]["winning_time"] == "7:14.02"


def test_diagnostics_shape() -> None:
    event = sp.parse("= T =\n==Results==\n| Foo | Bar |\n| 1 | 2 |\n")
    diagnostics = to_dict(event)["diagnostics"]
    assert isinstance(diagnostics, list)
    assert len(diagnostics) == 1
    assert {"line", "message"} <= set(diagnostics[0])
    assert diagnostics[0]["line"] == 3
    assert "not a results or records table" in diagnostics[0]["message"]


def test_everything_is_plain_json_types(men_1000m: dict[str, Any]) -> None:
    def walk(value: object) -> None:
        if isinstance(value, dict):
            assert all(isinstance(key, str) for key in value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        else:
            assert value is None or isinstance(value, str | int | float | bool), value

    walk(men_1000m)


# --- bad input ----------------------------------------------------------------------------


def _mutated(data: dict[str, Any], path: tuple[object, ...], value: object) -> dict[str, Any]:
    copied = copy.deepcopy(data)
    target: Any = copied
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return copied


RESULT = ("rounds", 0, "races", 1, "results", 2)


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        ((*RESULT, "rank"), "x", "$.rounds[0].races[1].results[2].rank"),
        ((*RESULT, "rank"), 0, "$.rounds[0].races[1].results[2]"),
        ((*RESULT, "time"), "1:60.000", "$.rounds[0].races[1].results[2].time"),
        ((*RESULT, "time"), 89.109, "$.rounds[0].races[1].results[2].time"),
        ((*RESULT, "status"), "bogus", "$.rounds[0].races[1].results[2].status"),
        ((*RESULT, "notes"), [""], "$.rounds[0].races[1].results[2].notes[0]"),
        ((*RESULT, "noc"), "Canada", "$.rounds[0].races[1].results[2]"),
        (("info", "start_date"), "2002-13-01", "$.info.start_date"),
        (("info", "competitors"), -1, "$.info"),
        (("info", "medalists", 0, "medal"), "platinum", "$.info.medalists[0].medal"),
        (("records", "new", 0, "kinds"), ["XR"], "$.records.new[0].kinds[0]"),
    ],
)
def test_bad_value_raises_input_error_naming_the_path(
    men_1000m: dict[str, Any], path: tuple[object, ...], value: object, where: str
) -> None:
    with pytest.raises(InputError) as raised:
        from_dict(_mutated(men_1000m, path, value))
    assert f"@ {where}" in str(raised.value)
    assert isinstance(raised.value, sp.ShorttrackParseError)


def test_every_bad_value_is_named_at_once(men_1000m: dict[str, Any]) -> None:
    data = _mutated(men_1000m, (*RESULT, "rank"), "x")
    data = _mutated(data, ("info", "start_date"), "never")
    with pytest.raises(InputError) as raised:
        from_dict(data)
    assert "$.rounds[0].races[1].results[2].rank" in str(raised.value)
    assert "$.info.start_date" in str(raised.value)


@pytest.mark.parametrize("data", [None, 42])
def test_no_mapping_at_all_is_an_input_error(data: object) -> None:
    with pytest.raises(InputError):
        from_dict(data)  # type: ignore[arg-type]


@pytest.mark.parametrize("data", [[1, 2], "abc"])
def test_not_a_dictionary_is_an_input_error(data: object) -> None:
    with pytest.raises(InputError):
        from_dict(data)  # type: ignore[arg-type]


def test_number_for_a_string_is_an_input_error(men_1000m: dict[str, Any]) -> None:
    with pytest.raises(InputError, match=r"\$\.title"):
        from_dict(_mutated(men_1000m, ("title",), 5))


def test_unknown_key_is_an_input_error(men_1000m: dict[str, Any]) -> None:
    data = copy.deepcopy(men_1000m)
    data["round"] = data.pop("rounds")
    with pytest.raises(InputError):
        from_dict(data)


# --- the fast pass and the detailed pass ----------------------------------------------------


@pytest.mark.parametrize(("form", "name"), EVENTS)
def test_fast_and_detailed_passes_build_the_same_event(form: str, name: str) -> None:
    from shorttrack_parse.serialize import _CONVERTER, _FAST

    data = to_dict(load(form, name))
    fast, detailed = _FAST.structure(data, sp.Event), _CONVERTER.structure(data, sp.Event)
    assert fast == detailed
    assert to_dict(fast) == to_dict(detailed) == data


def test_what_only_the_detailed_pass_accepts_still_loads(men_1000m: dict[str, Any]) -> None:
    from shorttrack_parse.serialize import _FAST

    # cattrs takes any iterable for a tuple; the fast pass takes lists only and leaves the
    # rest to the detailed pass, so from_dict accepts what it always did.
    data = _mutated(men_1000m, (*RESULT, "cells"), "ab")
    with pytest.raises(TypeError):
        _FAST.structure(data, sp.Event)
    assert from_dict(data).rounds[0].races[1].results[2].cells == ("a", "b")


@examples(50)
@given(st.from_type(sp.Event))
def test_fast_pass_builds_any_event_as_the_detailed_pass_does(event: sp.Event) -> None:
    from shorttrack_parse.serialize import _CONVERTER, _FAST

    data = to_dict(event)
    fast, detailed = _FAST.structure(data, sp.Event), _CONVERTER.structure(data, sp.Event)
    assert fast == detailed == event
    assert to_dict(fast) == data


def _paths(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """The path of every value under ``value``."""
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return []
    return [p for key, item in items for p in [(*path, key), *_paths(item, (*path, key))]]


# Values each wrong somewhere: of another type, refused by a validator, no enum member.
ODD_VALUES = [None, 0, -1, 1, True, 1.5, "", " ", "x", "Q", "gold", "WR", "heat", "heats"]
ODD_VALUES += ["finished", "Canada", "CAN", "1:60.000", "1:29.109", "2002-13-01", "2002-02-13"]
ODD_VALUES += [[], [""], ["Q"], [["a", "b"]], {}, {"name": "X"}]


def _structured(converter: Any, data: dict[str, Any]) -> sp.Event | type[Exception]:
    try:
        event: sp.Event = converter.structure(data, sp.Event)
    except Exception as error:  # any refusal is one
        return type(error)
    return event


@examples(300)
@given(data=st.data())
def test_fast_pass_refuses_whatever_the_detailed_pass_refuses(
    men_1000m: dict[str, Any], data: st.DataObject
) -> None:
    from shorttrack_parse.serialize import _CONVERTER, _FAST

    path = data.draw(st.sampled_from(_paths(men_1000m)))
    changed = _mutated(men_1000m, path, data.draw(st.sampled_from(ODD_VALUES)))
    detailed = _structured(_CONVERTER, changed)
    fast = _structured(_FAST, changed)
    if not isinstance(detailed, sp.Event):
        assert not isinstance(fast, sp.Event)
    elif isinstance(fast, sp.Event):  # the fast pass may refuse more: the detailed one decides
        assert fast == detailed
        assert to_dict(fast) == to_dict(detailed)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ((*RESULT, "rank"), 0),
        ((*RESULT, "noc"), "Canada"),
        (("info", "competitors"), -1),
        (("info", "medalists", 0, "noc"), "aus"),
        (("records", "standing", 0, "noc"), ""),
        (("records", "new", 0, "noc"), "USA "),
    ],
)
def test_fast_pass_runs_the_validators(
    men_1000m: dict[str, Any], path: tuple[object, ...], value: object
) -> None:
    from shorttrack_parse.serialize import _FAST

    with pytest.raises(ValueError):  # noqa: PT011 - each validator's own message
        _FAST.structure(_mutated(men_1000m, path, value), sp.Event)
