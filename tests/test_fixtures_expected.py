"""Both forms of each new fixture against expectations written by hand from the article."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import shorttrack_parse as sp

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EXPECTED = sorted((FIXTURES / "expected").glob("*.json"))
QUALIFYING = {"Q", "q", "QA", "QB", "ADV", "ADVA", "ADVB"}


def _load(name: str, form: str) -> tuple[sp.Event, dict[str, Any]]:
    expected = json.loads((FIXTURES / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    if form == "text":
        event = sp.parse_file(FIXTURES / "text" / f"{name}.txt")
    else:
        event = sp.parse_file(FIXTURES / "wikitext" / f"{name}.wiki", title=expected["title"])
    return event, expected


SUFFIX = {"text": "txt", "wikitext": "wiki"}
# Every expectation has its wikitext; a flattened twin only where flattening keeps the
# event readable (it drops {{flagIOC2athlete}} names and {{gold1}} ranks, for example).
CASES = [
    pytest.param(path.stem, form, id=f"{path.stem}-{form}")
    for path in EXPECTED
    for form in ("text", "wikitext")
    if (FIXTURES / form / f"{path.stem}.{SUFFIX[form]}").exists()
]


@pytest.mark.parametrize("path", EXPECTED, ids=lambda path: path.stem)
def test_every_expectation_has_its_wikitext(path: Path) -> None:
    assert (FIXTURES / "wikitext" / f"{path.stem}.wiki").exists()
    assert (FIXTURES / "wikitext" / f"{path.stem}.title").exists()


def _race_summary(race: sp.Race) -> dict[str, Any]:
    statuses = Counter(row.status.value for row in race.results)
    notes = Counter(str(note) for row in race.results for note in row.notes)
    return {
        "name": race.name,
        "rows": len(race.results),
        "ranked": sum(1 for row in race.results if row.rank is not None),
        "statuses": {
            status: statuses.get(status, 0)
            for status in ("disqualified", "did_not_finish", "did_not_start")
        },
        "notes": {note: count for note, count in notes.items() if note in QUALIFYING},
    }


@pytest.mark.parametrize(("name", "form"), CASES)
def test_rounds_races_and_rows(name: str, form: str) -> None:
    event, expected = _load(name, form)
    actual = [
        {"name": round_.name, "races": [_race_summary(race) for race in round_.races]}
        for round_ in event.rounds
    ]
    assert actual == expected["rounds"]


@pytest.mark.parametrize(("name", "form"), CASES)
def test_infobox(name: str, form: str) -> None:
    event, expected = _load(name, form)
    info = event.info
    assert event.title == expected["title"]
    assert info.event == expected["event"]
    assert info.nations == expected["nations"]
    assert info.competitors == expected["competitors"]
    winning = str(info.winning_time) if info.winning_time is not None else None
    assert winning == expected["winning_time"]
    medalists = [(m.medal.value, m.name) for m in info.medalists]
    expected_medalists = [(m["medal"], m["name"]) for m in expected["medalists"]]
    if form == "text" and event.is_relay and not any(m.noc for m in info.medalists):
        # The flattened form drops the flag that names a relay team's country: the
        # team is named by its members, who are the wikitext twin's.
        wiki_medalists = _load(name, "wikitext")[0].info.medalists
        expected_medalists = [
            (medal, " ".join(member.name for member in twin.members))
            for (medal, _), twin in zip(expected_medalists, wiki_medalists, strict=True)
        ]
        assert all(twin.members for twin in wiki_medalists)
    assert medalists == expected_medalists


@pytest.mark.parametrize("name", [path.stem for path in EXPECTED])
def test_medalist_nocs_in_wikitext(name: str) -> None:
    # Only wikitext has them all: the flattened form drops the flags.
    event, expected = _load(name, "wikitext")
    assert [m.noc for m in event.info.medalists] == [m["noc"] for m in expected["medalists"]]


@pytest.mark.parametrize(("name", "form"), CASES)
def test_records(name: str, form: str) -> None:
    event, expected = _load(name, form)
    new = [
        {"race": r.race, "time": str(r.time), "kinds": [k.value for k in r.kinds]}
        for r in event.records.new
    ]
    assert new == expected["new_records"]
    standing = expected["standing_records"] if form == "wikitext" else 0
    assert len(event.records.standing) == standing
