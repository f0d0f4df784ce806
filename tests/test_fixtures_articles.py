"""The articles of other eras and layouts: both forms agree, and the planted errors are seen.

Their round-by-round expectations are in ``fixtures/expected`` (test_fixtures_expected.py)
and their validation findings in test_validation_fixtures.py; this module checks what
those do not: the two forms against each other, and the reader's own diagnostics.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_fixtures_wikitext import project

import shorttrack_parse as sp

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TWINS = ["1998-men-500m", "2014-women-3000m-relay", "2022-mixed-2000m-relay"]


def _wiki(name: str) -> sp.Event:
    title = (FIXTURES / "wikitext" / f"{name}.title").read_text(encoding="utf-8").strip()
    return sp.parse_file(FIXTURES / "wikitext" / f"{name}.wiki", title=title)


def _text(name: str) -> sp.Event:
    return sp.parse_file(FIXTURES / "text" / f"{name}.txt")


def _without_template_notes(data: dict[str, Any]) -> dict[str, Any]:
    # `win_value=42.862 {{OR}}`: the flattened form drops the template, hence the note.
    data["info"]["winning_notes"] = []
    return data


@pytest.mark.parametrize("name", TWINS)
def test_both_forms_give_the_same_event(name: str) -> None:
    wiki, text = _wiki(name), _text(name)
    assert wiki.diagnostics == ()
    assert text.diagnostics == ()
    assert _without_template_notes(project(wiki)) == _without_template_notes(project(text))


@pytest.mark.parametrize("name", TWINS)
def test_both_forms_give_the_same_members(name: str) -> None:
    # The projection leaves out team members: a flattened `<br />` list is one run of
    # words whose split is lost, so there only the words must agree.
    wiki, text = _wiki(name), _text(name)
    pairs = list(
        zip(
            [r for race in wiki.races() for r in race.results],
            [r for race in text.races() for r in race.results],
            strict=True,
        )
    )
    for ours, flat in pairs:
        names = [m.name for m in ours.members]
        assert len(names) == (4 if wiki.is_relay else 0)
        if flat.members:
            assert [m.name for m in flat.members] == names
        else:
            assert flat.members_text.split() == " ".join(names).split()


def test_the_planted_markup_errors_are_diagnosed_at_their_lines() -> None:
    event = _wiki("2006-women-1000m-errors")
    assert [(d.line, d.code) for d in event.diagnostics] == [
        (42, "unclosed-table"),  # Heat 2 has no |}
        (70, "cell-attributes"),  # {{flagIOC|KOR|2006 Winter left open
        (59, "bad-time"),  # 1:32,183
        (59, "unknown-country"),  # {{flagIOC|CHN|2006 Winter}}}
        (70, "unknown-country"),
    ]
    heat3 = event.race("Heat 3")
    assert heat3 is not None
    stray = heat3.results[1]
    assert (stray.noc, stray.time, stray.cells[3]) == ("CHN", None, "1:32,183")


def test_a_missing_table_end_still_reads_the_races_after_it() -> None:
    event = _wiki("2006-women-1000m-errors")
    assert [race.name for race in event.races()] == [
        "Heat 1",
        "Heat 2",
        "Heat 3",
        "Heat 4",
        "Final A",
        "Final B",
    ]
    assert all(len(race.results) == 4 for race in event.races())


def test_side_by_side_preliminary_heats_are_read_in_document_order() -> None:
    event = _wiki("1992-women-500m")
    first = event.rounds[0]
    assert first.name == "Preliminary round"
    assert [[r.name for r in race.results][:1] for race in first.races] == [
        ["Cathy Turner"],
        ["Li Yan"],
        ["Hwang Ok-sil"],
        ["Angela Cutrone"],
    ]
    assert str(first.races[0].results[0].time) == "48.02"  # two decimals, kept
