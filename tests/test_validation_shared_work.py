"""Work shared between checks changes no finding: validate equals each check run on its own.

Within one ``validate`` call the checks share indexes (stages, identities, record
placements, qualifying stages, prose dates) through the per-validation memory.
Outside a validation nothing is remembered, so calling each check alone rebuilds
everything it needs from the event: that straightforward path is the reference.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from builders import ARTICLE_FILES, VALIDATION_EVENTS
from conftest import examples
from hypothesis import given

import shorttrack_parse as sp
from shorttrack_parse._checks._identity import Identities
from shorttrack_parse.validation import DEFAULT_CHECKS


def _alone(event: sp.Event) -> list[sp.Finding]:
    """Every default check run by itself, with no memory shared, in validate's order."""
    found: dict[sp.Finding, None] = {}
    for check in DEFAULT_CHECKS:
        found.update(dict.fromkeys(check(event)))
    return sorted(found, key=lambda f: (f.line is None, f.line or 0))


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_fixture_reports_alike_with_and_without_shared_work(path: Path) -> None:
    event = sp.parse_file(path)
    assert list(sp.validate(event).findings) == _alone(event)


@examples(50)
@given(VALIDATION_EVENTS)
def test_generated_events_report_alike_with_and_without_shared_work(event: sp.Event) -> None:
    assert list(sp.validate(event).findings) == _alone(event)


def test_fixtures_that_have_records_are_among_those_compared() -> None:
    # The record placements are shared work: the comparison must see new records.
    with_records = [p for p in ARTICLE_FILES if sp.parse_file(p).records.new]
    assert with_records


@pytest.mark.parametrize("path", ARTICLE_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_row_identities_shared_by_name_and_link_equal_each_rows_own(path: Path) -> None:
    # Identities keeps one identity per (team, name, link, noc); each row's own nodes
    # must give the same, for the event's rows and for a row it has never seen.
    event = sp.parse_file(path)
    ids = Identities(event)
    rows = [row for race in event.races() for row in race.results]
    strangers = [attrs.evolve(row, name=row.name + " Jr", link=None) for row in rows[:3]]
    for row in [*rows, *strangers]:
        named, keyed = Identities._row_nodes(row)
        assert ids.key(row) == ids._identity(keyed or named)
    for race in event.races():
        assert ids.keys_in(race) == tuple(ids.key(row) for row in race.results)
