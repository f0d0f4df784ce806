"""Model-valid events whose free text is hostile to both article forms.

The base is a tidy event from ``shorttrack_parse.strategies.events``; every name,
remark, place and infobox value is then rewritten to text full of markup
(``{{…}}``, ``[[``, ``|``, ``''``, ``<``, ``&``, ``__``, backslashes, ``=``).
Text is drawn in the readers' normal form (single spaces, no line breaks, no
edge spaces): whitespace is not content in either form, see docs/render-and-strategies.md.
"""

from __future__ import annotations

from typing import Final

import attrs
from hypothesis import strategies as st

import shorttrack_parse as sp
from shorttrack_parse._text import clean
from shorttrack_parse.strategies import events

HOSTILE: Final = (
    "{{x}}",
    "{{",
    "}}",
    "[[y]]",
    "[[",
    "]]",
    "a|b",
    "||",
    "|",
    "''c''",
    "'''",
    "<d>",
    "<nowiki>",
    "</nowiki>",
    "<ref>",
    "<!--",
    "-->",
    "&amp;",
    "&",
    "&#124;",
    "__TOC__",
    "=",
    "==",
    "\\",
    "\\|",
    "{|",
    "|}",
    "!!",
    "<br />",
    "Ünïcödé",
)


@st.composite
def hostile_text(draw: st.DrawFn) -> str:
    """A word, then markup fragments and words, in normal form."""
    parts = draw(st.lists(st.sampled_from(HOSTILE) | st.sampled_from(["Kim", "Lee"]), max_size=5))
    separator = draw(st.sampled_from([" ", ""]))
    return clean(f"Xu {separator.join(parts)} Yi")


@st.composite
def hostile_events(draw: st.DrawFn) -> sp.Event:
    """An event the model allows, its names and remarks full of markup."""
    event = draw(events())

    def result(row: sp.Result) -> sp.Result:
        name = draw(hostile_text())
        if row.team:
            return row
        # The notes column separates notes by "," ";" "/": a remark cannot hold them.
        said = draw(hostile_text()).translate({ord(c): " " for c in ",;/"})
        remark = draw(st.sampled_from([(), (clean(said),)]))
        return attrs.evolve(row, name=name, link=None, notes=(*row.notes, *remark))

    rounds = tuple(
        attrs.evolve(
            round_,
            races=tuple(
                attrs.evolve(race, results=tuple(map(result, race.results)))
                for race in round_.races
            ),
        )
        for round_ in event.rounds
    )
    other = tuple((f"extra{i}", draw(hostile_text())) for i in range(draw(st.integers(0, 2))))
    info = attrs.evolve(event.info, other=other)
    return attrs.evolve(event, rounds=rounds, info=info)
