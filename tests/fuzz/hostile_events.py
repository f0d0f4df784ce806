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
from shorttrack_parse._labels import round_kind
from shorttrack_parse._text import clean
from shorttrack_parse.notes import parse_notes
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


def remarks() -> st.SearchStrategy[str]:
    """Remarks as notes cells write them, separators and note codes among them."""
    words = st.sampled_from(["fell", "Q", "OR", "PEN", "(impeding)", ",", ";", "/", "–", "x"])
    return st.lists(words | hostile_text(), min_size=1, max_size=4).map(" ".join).map(clean)


@st.composite
def hostile_events(draw: st.DrawFn) -> sp.Event:
    """An event the model allows, its names and remarks full of markup."""
    event = draw(events())

    def result(row: sp.Result) -> sp.Result:
        name = draw(hostile_text())
        if row.team:
            return row
        # Only a remark the notes column reads as itself can be written (docs/model.md):
        # not one with a separator ("," ";" "/") or starting with a note's code.
        said = draw(hostile_text() | remarks())
        remark = draw(st.sampled_from([(), (said,)])) if parse_notes(said) == (said,) else ()
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


@st.composite
def hostile_named_events(draw: st.DrawFn) -> sp.Event:
    """A hostile event whose race and round names are hostile too.

    A race's name is hostile text, alone or after the name an article would write
    ("Heat 2 (…)", "Heat 2 – …"); its stage and label, and a round's kind, are
    what the name says, as the readers derive them: the model lets a race claim
    a stage its name does not say, but no article can write that.
    """
    event = draw(hostile_events())
    renamed: dict[str, str] = {}
    keys = {race.key for race in event.races()}

    def race(old: sp.Race) -> sp.Race:
        shape = draw(st.sampled_from(["{} {}", "{} ({})", "{} – {}", "hostile"]))
        said = draw(hostile_text())
        name = said if shape == "hostile" else clean(shape.format(old.name, said))
        # The stage and label the name says, as a reader derives them.
        new = sp.Race(name=name, results=old.results, columns=old.columns)
        keys.discard(old.key)
        if new.key in keys or name in renamed.values():
            keys.add(old.key)
            return old  # two races of one key: a reader would take them for one
        keys.add(new.key)
        renamed[old.name] = name
        return new

    def round_(old: sp.Round) -> sp.Round:
        name = clean(f"{old.name} {draw(hostile_text())}")
        kind = round_kind(name)
        return attrs.evolve(
            old, name=name if kind == old.kind else old.name, races=tuple(map(race, old.races))
        )

    rounds = tuple(map(round_, event.rounds))
    new = tuple(
        attrs.evolve(record, race=renamed.get(record.race, record.race))
        for record in event.records.new
    )
    return attrs.evolve(event, rounds=rounds, records=attrs.evolve(event.records, new=new))
