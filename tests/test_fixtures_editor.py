"""Editor-style wikitext (layout tables, sortname, flag variants, footnotes, members in
<small>) gives the same event as the plainer wikitext of the same article."""

from __future__ import annotations

import pytest
from conftest import FIXTURES, TITLES, parse_wikitext_fixture

import shorttrack_parse as sp

EDITOR_DIR = FIXTURES / "editor"
# Twins whose editor file carries exactly the content of the plain file.
SAME = [
    "1992-men-5000m-relay",
    "2002-men-1500m",
    "2006-men-1000m",
    "2010-women-3000m-relay",
    "2014-women-1500m",
]


def parse_editor(name: str) -> sp.Event:
    text = (EDITOR_DIR / f"{name}.wiki").read_text(encoding="utf-8")
    return sp.parse(text, form="wikitext", title=TITLES[name])


@pytest.mark.parametrize("name", SAME)
def test_editor_markup_gives_the_same_event(name: str) -> None:
    editor = parse_editor(name)
    assert editor.diagnostics == ()
    assert sp.same_content(editor, parse_wikitext_fixture(name))


@pytest.mark.parametrize("name", SAME)
def test_editor_markup_reads_every_result_row(name: str) -> None:
    plain = parse_wikitext_fixture(name)
    editor = parse_editor(name)
    assert [race.key for race in editor.races()] == [race.key for race in plain.races()]
    assert sum(len(race.results) for race in editor.races()) == sum(
        len(race.results) for race in plain.races()
    )


def test_side_by_side_heats_are_read_in_document_order() -> None:
    event = parse_editor("2002-men-1500m")
    assert [race.key for race in event.races()] == [f"heat-{n}" for n in range(1, 6)]
    assert [len(race.results) for race in event.races()] == [5, 5, 5, 5, 0]
    assert event.race("heat-2").results[1].noc == "USA"  # {{flag|United States}}


def test_cut_short_editor_article_agrees_with_the_full_one_row_by_row() -> None:
    """The 1000 m editor file stops after Heat 4 and leaves some country cells empty."""
    editor = parse_editor("2002-men-1000m")
    plain = parse_wikitext_fixture("2002-men-1000m")
    assert editor.diagnostics == ()
    assert [race.key for race in editor.races()] == ["heat-1", "heat-2", "heat-3", "heat-4"]
    for race in editor.races():
        twin = plain.race(race.key)
        assert twin is not None
        written = [(r.rank, r.name, r.time, r.status, r.notes) for r in race.results]
        assert (
            written
            == [(r.rank, r.name, r.time, r.status, r.notes) for r in twin.results][
                : len(race.results)
            ]
        )
        for result, other in zip(race.results, twin.results, strict=False):
            assert result.noc in (None, other.noc)
