"""Each fast path of interpreting a document gives what the general path gives.

The table readers build each :class:`Result` and :class:`Race` by setting its
fields directly (``model.read_result``, ``model.read_race``): the values they
read meet the validators and converters by construction.  These tests pin both
halves: the direct build gives the object the constructor gives, and every
result and race a parse reads is one the constructor would build.  The cell
readers' short cuts (a cell of one link, the status of notes) are compared with
their general paths.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from conftest import examples
from hypothesis import example, given
from hypothesis import strategies as st
from test_fast_paths import CELL_TEXTS

import shorttrack_parse as sp
from shorttrack_parse import _cells, _labels, _race_names
from shorttrack_parse._cells import link_for
from shorttrack_parse._document import Cell, Inline, Link, Row
from shorttrack_parse._infobox import _has_value
from shorttrack_parse._records import _is_title_row
from shorttrack_parse._text import clean
from shorttrack_parse.model import Athlete, Race, RaceStage, Result, read_race, read_result
from shorttrack_parse.notes import Note, NoteLike, Status, status_of
from shorttrack_parse.times import RaceTime

FIXTURES = sorted(
    path
    for folder in ("wikitext", "text", "editor")
    for path in Path("fixtures", folder).iterdir()
    if path.suffix in (".wiki", ".txt")
)

TEXTS = st.text(max_size=8)
RESULT_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "rank": st.none() | st.integers(1, 999),
    "name": TEXTS,
    "link": st.none() | TEXTS,
    "noc": st.none() | st.sampled_from(["CAN", "KOR", "USA"]),
    "team": st.booleans(),
    "members": st.lists(st.builds(Athlete, TEXTS, st.none() | TEXTS), max_size=3).map(tuple),
    "members_text": TEXTS,
    "time": st.none() | st.integers(0, 10**6).map(RaceTime),
    "status": st.sampled_from(list(Status)),
    "notes": st.lists(st.sampled_from([*Note, "impeding", "fell"]), max_size=3).map(tuple),
    "line": st.integers(1, 10**4),
    "cells": st.lists(TEXTS, max_size=6).map(tuple),
}


# What results cells hold, and more: flags, links, members, rank 0, notes with remarks.
ROW_CELLS = CELL_TEXTS | st.sampled_from(
    [
        "0", "{{flagIOC|CAN|2002 Winter}}", "{{flagIOC|XYZ}}", "{{flagicon|KOR}} Korea",
        "[[Wim De Deyne]]", "[[Mark Jackson (speed skater)|Mark Jackson]]", "Kim (KOR)",
        "[[Canada]] ([[A]], [[B]])", "A<br>B<br>C", "PEN (impeding)", "Q – fell", ":",
    ]
)  # fmt: skip


def _fields(value: Any) -> dict[str, Any]:
    return {field.name: getattr(value, field.name) for field in attrs.fields(type(value))}


@given(st.fixed_dictionaries(RESULT_FIELDS))
def test_a_result_read_is_the_result_constructed(values: dict[str, Any]) -> None:
    built = read_result(**values)
    expected = Result(**values)
    assert type(built) is Result
    assert built == expected
    assert _fields(built) == _fields(expected)
    assert hash(built) == hash(expected)


RACE_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "name": TEXTS,
    "results": st.lists(
        st.fixed_dictionaries(RESULT_FIELDS).map(lambda v: Result(**v)), max_size=2
    ).map(tuple),
    "columns": st.lists(TEXTS, max_size=6).map(tuple),
    "line": st.integers(1, 10**4),
    "stage": st.sampled_from(list(RaceStage)),
    "label": TEXTS,
}


@given(st.fixed_dictionaries(RACE_FIELDS))
def test_a_race_read_is_the_race_constructed(values: dict[str, Any]) -> None:
    built = read_race(**values)
    expected = Race(**values)
    assert type(built) is Race
    assert built == expected
    assert _fields(built) == _fields(expected)
    assert hash(built) == hash(expected)


def _assert_valid(event: sp.Event) -> None:
    for race in event.races():
        attrs.validate(race)
        assert Race(**_fields(race)) == race
        for result in race.results:
            attrs.validate(result)
            assert Result(**_fields(result)) == result


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.name)
def test_every_result_of_the_fixtures_meets_the_validators(path: Path) -> None:
    _assert_valid(sp.parse_file(path))


@st.composite
def wikitext_tables(draw: st.DrawFn) -> str:
    """Wikitext results tables of any cells, relay or not."""
    header = draw(
        st.sampled_from(
            [
                "! Rank !! Athlete !! Country !! Time !! Notes",
                "! Rank !! Heat !! Name !! Country !! Time !! Notes",
                "! Rank !! Team !! Time !! Notes",
                "! Rank !! Country !! Athletes !! Time !! Notes",
            ]
        )
    )
    event = draw(st.sampled_from(["Men's 1000 metres", "Men's 5000 metre relay"]))
    infobox = ["{{Infobox Olympic event", f"| event = {event}", "}}"]
    lines = [*infobox, "==Results==", "===Heats===", ";Heat 1", "{|", header]
    for row in draw(st.lists(st.lists(ROW_CELLS, max_size=7), max_size=8)):
        lines += ["|-", "| " + " || ".join(row)]
    return "\n".join([*lines, "|}"]) + "\n"


@examples(100)
@given(wikitext_tables())
def test_every_result_of_any_table_meets_the_validators(text: str) -> None:
    _assert_valid(sp.parse(text, form="wikitext"))


# Names and link texts alike: equal, one inside the other, or apart by spaces alone.
LINK_WORDS = st.sampled_from(["Kim", "Kim Dong-sung", "Kim  Dong-sung", " Kim", "Dong", "(KOR)"])


@examples(200)
@given(
    st.lists(LINK_WORDS, max_size=3).map(" ".join),
    st.lists(st.builds(Link, st.just("target"), LINK_WORDS), max_size=3),
    st.lists(LINK_WORDS, max_size=3).map(" ".join),
)
def test_link_for_a_cell_of_one_link_agrees(name: str, links: list[Link], text: str) -> None:
    name = clean(name)  # as every caller gives it
    content = Inline(text, tuple(links))
    general = link_for(name, content, [clean(link.text) for link in links])
    assert link_for(name, content) == general


def _members_the_long_way(content: Inline) -> tuple[Athlete, ...]:
    """:func:`_cells.read_members` with each member's link looked for by ``link_for``."""
    parts = _cells._member_names(content.text)
    if len(parts) < 2:
        linked = [clean(link.text) for link in content.links]
        if len(linked) >= 2 and " ".join(linked) == _cells._bare_name(content.text):
            parts = tuple(linked)
        else:
            return ()
    texts = [clean(link.text) for link in content.links]
    return tuple(Athlete(part, link_for(part, content, texts)) for part in parts)


MEMBER_NAMES = st.sampled_from(["Ann", "Bo", "Cy", "Ann ", "bo"])


@examples(200)
@given(
    st.lists(MEMBER_NAMES, max_size=5),
    st.lists(st.tuples(st.sampled_from(["t1", "t2"]), MEMBER_NAMES), max_size=5),
    st.sampled_from(["links in order", "links reversed", "names of their own"]),
)
@example(["Ann", "Bo"], [("t1", "Bo"), ("t2", "Ann")], "names of their own")
@example([], [("t1", "Ann"), ("t2", "Ann")], "links in order")
def test_members_each_linked_in_order_agree(
    names: list[str], linked: list[tuple[str, str]], arrangement: str
) -> None:
    # A team listed a name a line, its links in order (or out of order, repeated,
    # missing, with other targets): the short cut gives what link_for finds.
    links = [Link(target, text) for target, text in linked]
    if arrangement != "names of their own":  # [[A]]<br />[[B]] shows the links' texts
        names = [link.text for link in links]
        if arrangement == "links reversed":
            names.reverse()
    content = Inline("\n".join(names), tuple(links))
    assert _cells.read_members(content) == _members_the_long_way(content)


def _reference_status_of(notes: tuple[NoteLike, ...]) -> Status:
    for note in notes:
        if isinstance(note, Note) and note.status is not None:
            return note.status
    return Status.FINISHED


@given(st.lists(st.sampled_from([*Note, "DQ", "PEN", "fell", ""]), max_size=4).map(tuple))
def test_status_of_agrees_with_each_notes_status(notes: tuple[NoteLike, ...]) -> None:
    assert status_of(notes) is _reference_status_of(notes)


@given(st.text(alphabet=st.sampled_from(" \t\n\r\x0b\x1c\u00a0\u2003\u200b\u3000ab"), max_size=6))
def test_an_infobox_value_is_present_as_its_cleaned_text_says(text: str) -> None:
    assert _has_value(Inline(text)) == bool(clean(text))
    assert _has_value(Inline(text, flags=("CAN",)))


@given(st.lists(st.sampled_from(["OR", " OR", "OR ", "O R", "WR", "", " "]), max_size=4))
def test_a_title_row_is_one_text_once_cleaned(texts: list[str]) -> None:
    row = Row(tuple(Cell(Inline(text), header=True) for text in texts), 1)
    assert _is_title_row(row) == (len({clean(text) for text in texts}) == 1)


HEADING_WORDS = st.sampled_from(
    [
        "heat", "heats", "Heat round", "round 1", "first round", "preliminary", "preliminaries",
        "round", "heats", "repechage", "repêchages", "quarter-finals", "quarter finals",
        "semifinal", "semi-finals", "final", "Finals", "final round", "medal round",
        "standings", "results", "classification", "summary", "A", "3", "(", ")", "-", " ",
    ]
)  # fmt: skip


@examples(300)
@given(st.lists(HEADING_WORDS, max_size=4).map(" ".join))
def test_a_heading_names_the_round_of_the_first_pattern_it_matches(text: str) -> None:
    _labels.round_kind.cache_clear()
    label = _race_names.race_label(text)
    expected = None
    if label is None or label.id is None:
        folded = _race_names.fold_label(text)
        expected = next(
            (kind for kind, pattern in _labels._ROUND_PATTERNS if re.match(pattern, folded)), None
        )
    assert _labels.round_kind(text) is expected


def _reference_unwrapped(text: str) -> str:
    """``_cells._unwrapped`` without its exit for text with no bracket at either end."""
    text = text.strip(_cells._AROUND_NAMES)
    for opening, closing in ("()", "[]"):
        if text.startswith(opening) and text.count(opening) > text.count(closing):
            text = text[1:]
        if text.endswith(closing) and text.count(closing) > text.count(opening):
            text = text[:-1]
    return text.strip(_cells._AROUND_NAMES)


@examples(300)
@given(st.lists(st.sampled_from(["(", ")", "[", "]", "A", " ", ":", "–", "-", "\n"]), max_size=8))
def test_a_name_is_unwrapped_as_the_general_path_unwraps_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _cells._unwrapped(text) == _reference_unwrapped(text)
