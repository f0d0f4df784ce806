"""The flattened-text reader: from lines to a neutral document."""

from __future__ import annotations

import pytest
from conftest import load_text
from hypothesis import given
from hypothesis import strategies as st

from shorttrack_parse._document import Heading, Paragraph, Table, Term
from shorttrack_parse._text_reader import read_text, split_row

ARTICLE = """\
= Short-track speed skating at the 2002 Winter Olympics – Men's 1000 metres =

Infobox
- Event: Men's 1000 metres
- Win Value: 1:29.109
- Goldnoc: AUS
- Empty:
Lead line one
lead line two

==Results==
===Heats===
;Heat 1
| Rank | Athlete | Country | Time | Notes |
| 1 | Wim De Deyne | | 1:30.950 | Q |
| – | Gregory Durand | | | DQ |

Heats
| Heat | Rank | Athlete |
| 1 | 1 | Li Ye |
"""


def blocks_of(text: str) -> list[object]:
    return list(read_text(text).blocks)


def test_title() -> None:
    assert read_text(ARTICLE).title == (
        "Short-track speed skating at the 2002 Winter Olympics – Men's 1000 metres"
    )


def test_only_the_first_title_line_is_the_title() -> None:
    document = read_text("= First =\n\n= Second =\n")
    assert document.title == "First"
    assert document.blocks == (Paragraph("= Second =", 3),)


def test_no_title() -> None:
    assert read_text("==Results==\n").title is None


def test_infobox_entries_keep_key_value_and_line() -> None:
    document = read_text(ARTICLE)
    assert document.infobox_line == 3
    assert [(e.key, e.value.text, e.line) for e in document.infobox] == [
        ("Event", "Men's 1000 metres", 4),
        ("Win Value", "1:29.109", 5),
        ("Goldnoc", "AUS", 6),
        ("Empty", "", 7),
    ]


def test_infobox_ends_at_the_first_line_that_is_not_an_entry() -> None:
    document = read_text(ARTICLE)
    assert document.blocks[0] == Paragraph("Lead line one\nlead line two", 8)


def test_malformed_infobox_line_is_a_diagnostic() -> None:
    document = read_text("Infobox\n- Event: Men's 500 metres\n- Broken line\n- Games: 2002\n")
    assert [(e.key, e.line) for e in document.infobox] == [("Event", 2), ("Games", 4)]
    assert [(d.line, d.code, d.source) for d in document.diagnostics] == [
        (3, "infobox-syntax", "- Broken line")
    ]


def test_headings_and_terms() -> None:
    blocks = blocks_of(ARTICLE)
    assert [b for b in blocks if isinstance(b, Heading | Term)] == [
        Heading("Results", 2, 11),
        Heading("Heats", 3, 12),
        Term("Heat 1", 13),
    ]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("==Results==", Heading("Results", 2, 1)),
        ("== Results ==", Heading("Results", 2, 1)),
        ("===Heats===", Heading("Heats", 3, 1)),
        ("====Final B (Classification Round)====", Heading("Final B (Classification Round)", 4, 1)),
    ],
)
def test_heading_levels(line: str, heading: Heading) -> None:
    assert blocks_of(line + "\n") == [heading]


def test_unbalanced_heading_keeps_the_extra_marks_as_text() -> None:
    # As MediaWiki reads it: the shorter run of marks gives the level.
    assert blocks_of("==Results===\n") == [Heading("Results=", 2, 1)]


def test_table_first_line_is_the_header() -> None:
    table = next(b for b in blocks_of(ARTICLE) if isinstance(b, Table))
    assert (table.line, table.end_line) == (14, 16)
    assert table.caption is None
    assert [row.line for row in table.rows] == [14, 15, 16]
    assert [row.is_header for row in table.rows] == [True, False, False]
    assert table.rows[0].texts == ("Rank", "Athlete", "Country", "Time", "Notes")
    assert table.rows[1].texts == ("1", "Wim De Deyne", "", "1:30.950", "Q")
    assert table.rows[2].texts == ("–", "Gregory Durand", "", "", "DQ")


def test_lone_line_above_a_table_is_its_caption() -> None:
    table = [b for b in blocks_of(ARTICLE) if isinstance(b, Table)][1]
    assert table.caption is not None
    assert table.caption.text == "Heats"
    assert table.line == 19
    assert table.rows[1].texts == ("1", "1", "Li Ye")


def test_indented_lines_above_a_table_are_prose_not_a_caption() -> None:
    text = " Q – qualified\n PEN – penalty\n| Rank | Name |\n| 1 | A |\n"
    blocks = blocks_of(text)
    assert blocks[0] == Paragraph(" Q – qualified\n PEN – penalty", 1)
    assert isinstance(blocks[1], Table)
    assert blocks[1].caption is None


def test_table_with_no_closing_bar() -> None:
    [table] = blocks_of("| Rank | Athlete | Time\n| 1 | Wim De Deyne | 1:30.950\n")
    assert isinstance(table, Table)
    assert table.rows[0].texts == ("Rank", "Athlete", "Time")
    assert table.rows[1].texts == ("1", "Wim De Deyne", "1:30.950")


def test_blank_line_ends_a_table() -> None:
    blocks = blocks_of("| A | B |\n| 1 | 2 |\n\n| C | D |\n| 3 | 4 |\n")
    assert [type(b) for b in blocks] == [Table, Table]
    assert [b.line for b in blocks if isinstance(b, Table)] == [1, 4]


def test_paragraphs_are_separated_by_blank_lines() -> None:
    assert blocks_of("one\ntwo\n\nthree\n") == [Paragraph("one\ntwo", 1), Paragraph("three", 4)]


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("| a | b |", ("a", "b")),
        ("| a | | b |", ("a", "", "b")),
        ("| a | b", ("a", "b")),
        ("  | a | b |  ", ("a", "b")),
        ("| 3 | Mark Jackson | | 1:32.276 | |", ("3", "Mark Jackson", "", "1:32.276", "")),
        ("| Semifinal 1 | | 2:15.942 | OR | | |", ("Semifinal 1", "", "2:15.942", "OR", "", "")),
    ],
)
def test_split_row(line: str, cells: tuple[str, ...]) -> None:
    assert split_row(line) == cells


def test_source_lines_are_kept() -> None:
    document = read_text(ARTICLE)
    assert document.source(14) == "| Rank | Athlete | Country | Time | Notes |"
    assert document.source(0) is None
    assert document.source(10_000) is None


def test_the_source_article() -> None:
    document = read_text(load_text("2002-men-1000m"))
    assert document.diagnostics == ()
    assert len(document.infobox) == 15
    assert document.infobox_line == 3
    headings = [b for b in document.blocks if isinstance(b, Heading)]
    assert [(h.text, h.level, h.line) for h in headings] == [
        ("Records", 2, 22),
        ("Results", 2, 31),
        ("Heats", 3, 32),
        ("Quarterfinals", 3, 91),
        ("Semifinals", 3, 122),
        ("Finals", 3, 140),
    ]
    terms = [b.text for b in document.blocks if isinstance(b, Term)]
    assert terms == [
        *(f"Heat {n}" for n in range(1, 9)),
        *(f"Quarterfinal {n}" for n in range(1, 5)),
        "Semifinal 1",
        "Semifinal 2",
        "Final A",
        "Final B",
    ]
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert len(tables) == 17  # the new records and 16 races
    assert [len(t.rows) for t in tables] == [3] + [5] * 12 + [6, 5, 6, 4]


@given(st.text(alphabet=" ab|\\\t", max_size=30))
def test_an_escaped_backslash_reads_as_any_other_character(line: str) -> None:
    """``\\\\`` is one character of its cell: the row splits as if it were an ``x``."""
    line = "|" + line
    escaped = split_row(line.replace("\\", "\\\\"))
    assert tuple(cell.replace("\\", "x") for cell in escaped) == split_row(line.replace("\\", "x"))
