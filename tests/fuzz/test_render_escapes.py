"""Renderers escape: any text the model allows reads back as the same text."""

from __future__ import annotations

import pytest
from conftest import examples
from hypothesis import given

import shorttrack_parse as sp
from shorttrack_parse._escape import flat_cell, wiki_text
from shorttrack_parse._text_reader import split_row

from .hostile_events import HOSTILE, hostile_events
from .properties import check_event


def _results(event: sp.Event) -> list[tuple[str, tuple[sp.NoteLike, ...]]]:
    return [(row.name, row.notes) for race in event.races() for row in race.results]


@examples(12)
@given(hostile_events())
def test_hostile_event_survives_wikitext(event: sp.Event) -> None:
    again = sp.parse(sp.to_wikitext(event), form="wikitext", title=event.title)
    assert again.diagnostics == ()
    assert _results(again) == _results(event)
    assert again.info.other == event.info.other
    check_event(again)


@examples(12)
@given(hostile_events())
def test_hostile_event_survives_flattened_text(event: sp.Event) -> None:
    again = sp.parse(sp.to_text(event), form="text")
    assert _results(again) == _results(event)
    check_event(again)


@pytest.mark.parametrize("text", HOSTILE)
def test_a_flattened_cell_reads_back_as_written(text: str) -> None:
    assert split_row(f"| {flat_cell(text)} | {flat_cell(text)} |") == (text.strip(),) * 2


@pytest.mark.parametrize("text", ["a|b", "{{x}}", "[[y]]", "''c''", "<d>", "&amp;", "__TOC__"])
def test_wikitext_escape_leaves_no_markup(text: str) -> None:
    escaped = wiki_text(text)
    assert not set(escaped) & set("{}[]|'<>")
    assert "__" not in escaped
