"""Generated consistent events validate clean and survive rendering and parsing unchanged."""

from __future__ import annotations

import attrs
from builders import each_row
from conftest import examples
from hypothesis import given

import shorttrack_parse as sp
from shorttrack_parse.strategies import events


@examples(30)
@given(events())
def test_a_generated_event_has_no_findings(event: sp.Event) -> None:
    assert str(sp.validate(event)) == ""


@examples(30)
@given(events())
def test_a_generated_event_round_trips_through_wikitext(event: sp.Event) -> None:
    again = sp.parse(sp.to_wikitext(event), form="wikitext", title=event.title)
    assert again.diagnostics == ()
    assert sp.same_content(again, event)


def as_flattened(event: sp.Event) -> sp.Event:
    """What the flattened form keeps of ``event``: relay members, as it separates them."""

    def flattened(row: sp.Result) -> sp.Result:
        if not row.members:
            return row
        return attrs.evolve(row, members_text=", ".join(m.name for m in row.members))

    return each_row(event, flattened)


@examples(30)
@given(events(links=False))  # flattened text has no link targets
def test_a_generated_event_round_trips_through_flattened_text(event: sp.Event) -> None:
    again = sp.parse(sp.to_text(event), form="text")
    assert again.diagnostics == ()
    assert sp.same_content(again, as_flattened(event))
