"""Renderers are the inverse of the readers: render, parse back, compare.

The comparison ignores what a re-rendered article cannot share with its
source: source lines, the cells as written, and (flattened text) link targets
and the way relay members were separated.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import shorttrack_parse as sp
from shorttrack_parse._text import parameter_key
from shorttrack_parse.render import to_text, to_wikitext
from shorttrack_parse.strategies import events

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
WIKITEXT_FILES = sorted((FIXTURES / "wikitext").glob("*.wiki"))
NOT_SHARED = {"line", "key_lines", "cells", "columns", "diagnostics", "source", "prose", "lead"}


def _project(value: Any, *, flattened: bool) -> Any:
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key in NOT_SHARED or (flattened and key.endswith("link")):
                continue
            if flattened and key == "members_text" and value.get("members"):
                continue  # the members, split, are compared instead
            if key == "other":
                item = [[parameter_key(k), v] for k, v in item]
            out[key] = _project(item, flattened=flattened)
        return out
    if isinstance(value, list):
        return [_project(item, flattened=flattened) for item in value]
    return value


def projection(event: sp.Event, *, flattened: bool = False) -> Any:
    return _project(sp.to_dict(event), flattened=flattened)


@pytest.mark.parametrize("path", WIKITEXT_FILES, ids=lambda path: path.stem)
def test_fixture_survives_wikitext_rendering(path: Path) -> None:
    event = sp.parse_file(path, title="Title")
    again = sp.parse(to_wikitext(event), form="wikitext", title="Title")
    assert projection(again) == projection(event)


@pytest.mark.parametrize("path", WIKITEXT_FILES, ids=lambda path: path.stem)
def test_fixture_survives_flattened_rendering(path: Path) -> None:
    event = sp.parse_file(path, title="Title")
    again = sp.parse(to_text(event), form="text")
    assert projection(again, flattened=True) == projection(event, flattened=True)


def test_rendering_is_stable() -> None:
    event = sp.parse_file(FIXTURES / "wikitext" / "2002-men-1000m.wiki", title="Title")
    wikitext = to_wikitext(event)
    assert to_wikitext(sp.parse(wikitext, form="wikitext", title="Title")) == wikitext
    text = to_text(event)
    assert to_text(sp.parse(text, form="text")) == text


ROUND_TRIP = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@ROUND_TRIP
@given(events())
def test_generated_event_round_trips_through_wikitext(event: sp.Event) -> None:
    again = sp.parse(to_wikitext(event), form="wikitext", title=event.title)
    assert again.diagnostics == ()
    assert projection(again) == projection(event)


@ROUND_TRIP
@given(events())
def test_generated_event_round_trips_through_flattened_text(event: sp.Event) -> None:
    again = sp.parse(to_text(event))
    assert again.diagnostics == ()
    assert projection(again, flattened=True) == projection(event, flattened=True)


@ROUND_TRIP
@given(st.from_type(sp.Event))
def test_events_are_registered_for_from_type(event: sp.Event) -> None:
    assert sp.from_dict(sp.to_dict(event)) == event
    assert sp.to_dict(sp.from_dict(sp.to_dict(event))) == sp.to_dict(event)


EDITOR = sorted((FIXTURES / "editor").glob("*.wiki"))


@pytest.mark.parametrize(
    "path", WIKITEXT_FILES + EDITOR, ids=lambda path: f"{path.parent.name}-{path.stem}"
)
def test_fixture_has_the_same_content_after_wikitext_rendering(path: Path) -> None:
    event = sp.parse_file(path, title="Title")
    again = sp.parse(to_wikitext(event), form="wikitext", title="Title")
    if event.diagnostics:  # what was reported is not written back
        event = attrs.evolve(event, diagnostics=())
    assert sp.same_content(again, event)
