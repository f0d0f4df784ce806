"""Renderers escape: any text the model allows reads back as the same text."""

from __future__ import annotations

import pytest
from conftest import examples
from hypothesis import given

import shorttrack_parse as sp
from shorttrack_parse._escape import flat_cell, wiki_text
from shorttrack_parse._text import parameter_key
from shorttrack_parse._text_reader import split_row

from .hostile_events import HOSTILE, hostile_events, hostile_named_events
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


@examples(15)
@given(hostile_named_events())
def test_hostile_names_read_back_the_same_from_wikitext(event: sp.Event) -> None:
    again = sp.parse(sp.to_wikitext(event), form="wikitext", title=event.title)
    assert sp.same_content(again, event), _difference(again, event)


@examples(15)
@given(hostile_named_events())
def test_hostile_names_read_back_the_same_from_flattened_text(event: sp.Event) -> None:
    again = sp.parse(sp.to_text(event), form="text")
    assert _flattened_content(again) == _flattened_content(event), _difference(again, event)


def _flattened_content(event: sp.Event) -> object:
    """The event's content less what the flattened form cannot hold.

    That form drops templates and links (so every ``…link`` is gone), and a cell
    is one line, so the separator between relay members (a line break, ``<br />``)
    is lost: the members themselves are compared instead of ``members_text``.
    Its infobox keys are title-cased, so other keys compare by ``parameter_key``.
    """

    def strip(value: object) -> object:
        if isinstance(value, dict) and "other" in value and "venue" in value:
            value = {**value, "other": [[parameter_key(k), v] for k, v in value["other"]]}
        if isinstance(value, dict):
            return {
                key: strip(item)
                for key, item in value.items()
                if not key.endswith("link") and not (key == "members_text" and value.get("members"))
            }
        if isinstance(value, list):
            return [strip(item) for item in value]
        return value

    return strip(sp.to_dict(sp.without_sources(event)))


def _difference(first: sp.Event, second: sp.Event) -> str:
    """Where two events first differ, as a path and the two values."""

    def walk(a: object, b: object, path: str) -> str | None:
        if isinstance(a, dict) and isinstance(b, dict):
            for key in [*a, *(k for k in b if k not in a)]:
                found = walk(a.get(key), b.get(key), f"{path}.{key}")
                if found:
                    return found
            return None
        if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
            return next(
                (
                    f
                    for i, (x, y) in enumerate(zip(a, b, strict=True))
                    if (f := walk(x, y, f"{path}[{i}]"))
                ),
                None,
            )
        return None if a == b else f"{path}: {a!r} != {b!r}"

    data = [sp.to_dict(sp.without_sources(event)) for event in (first, second)]
    return walk(data[0], data[1], "$") or "no difference in to_dict"
