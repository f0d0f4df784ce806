"""Row accounting under fuzzing: no data row or race label of a generated table is lost."""

from __future__ import annotations

import pytest
from conftest import examples
from hypothesis import given

import shorttrack_parse as sp

from .accounted_tables import (
    FIXTURE_ARTICLES,
    Tagged,
    assert_accounted,
    check_flattened,
    check_mutated_fixture,
    check_wikitext,
    flattened_tables,
    mutated_fixtures,
    mutated_tables,
    tagged_fixture,
    wikitext_tables,
)


@examples(40)
@given(wikitext_tables())
def test_every_wikitext_row_and_label_is_accounted_for(tagged: Tagged) -> None:
    check_wikitext(tagged)


@examples(40)
@given(mutated_tables())
def test_rows_deleted_duplicated_swapped_or_odd_are_still_accounted_for(tagged: Tagged) -> None:
    check_wikitext(tagged)


@examples(40)
@given(flattened_tables())
def test_every_flattened_row_and_label_is_accounted_for(tagged: Tagged) -> None:
    check_flattened(tagged)


def test_a_label_with_no_rows_under_it_is_an_empty_race() -> None:
    text = "\n".join(
        ["==Results==", "===Finals===", "{| class=wikitable", "! Rank !! Athlete !! Time",
         "|-", "| colspan=3 | Final A", "|-", "| 1 || Kim A || 40.1",
         "|-", "| colspan=3 | Final B", "|}"]
    )  # fmt: skip
    kinds = {6: "label:Final A", 8: "row", 10: "label:Final B"}
    tagged = Tagged(
        tuple((line, kinds.get(n, "markup")) for n, line in enumerate(text.split("\n"), 1))
    )
    event = sp.parse(text, form="wikitext", title="Women's 500 metres")
    assert [(race.name, race.line, len(race.results)) for race in event.races()] == [
        ("Final A", 8, 1),
        ("Final B", 10, 0),
    ]
    assert_accounted(event, tagged)


@examples(30)
@given(mutated_fixtures())
def test_rows_of_real_articles_moved_about_are_still_accounted_for(
    mutated: tuple[Tagged, str],
) -> None:
    check_mutated_fixture(mutated)


def test_a_deleted_real_row_is_missed_by_the_accounting() -> None:
    """The accounting can fail: a row claimed by the tags but gone from the text is caught."""
    tagged, form = next(
        (tagged_fixture(path, form), form) for path, form in FIXTURE_ARTICLES if form == "wikitext"
    )
    row = next(index for index, (_, kind) in enumerate(tagged.lines) if kind == "entry")
    lines = list(tagged.lines)
    lines[row] = ("", "entry")  # the row's text gone, its tag kept
    broken = Tagged(tuple(lines), tagged.title)
    event = sp.parse(broken.text(), form=form, title=broken.title)
    with pytest.raises(AssertionError, match="vanished"):
        assert_accounted(event, broken)
