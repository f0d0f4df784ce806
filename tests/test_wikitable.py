"""Wikitables read by MediaWiki's line rules, with rowspan and colspan laid out."""

from __future__ import annotations

import pytest

import shorttrack_parse as sp
from shorttrack_parse._document import Document, Paragraph, Table
from shorttrack_parse._wikitext_reader import read_wikitext


def read(source: str) -> Document:
    return read_wikitext(source)


def only_table(source: str) -> Table:
    tables = [block for block in read(source).blocks if isinstance(block, Table)]
    assert len(tables) == 1
    return tables[0]


def grid(source: str) -> list[tuple[str, ...]]:
    return [row.texts for row in only_table(source).rows]


def test_header_and_data_cells() -> None:
    table = only_table(
        '{| class="wikitable"\n'
        "|-\n"
        "! Rank !! Athlete !! Time\n"
        "|-\n"
        "| 1 || Wim De Deyne || 1:30.950\n"
        "|}"
    )
    assert [row.texts for row in table.rows] == [
        ("Rank", "Athlete", "Time"),
        ("1", "Wim De Deyne", "1:30.950"),
    ]
    assert [row.is_header for row in table.rows] == [True, False]
    assert [row.line for row in table.rows] == [3, 5]
    assert (table.line, table.end_line) == (1, 6)


def test_cells_on_their_own_lines() -> None:
    assert grid("{|\n! Rank\n! Athlete\n|-\n| 1\n| Wim De Deyne\n|}") == [
        ("Rank", "Athlete"),
        ("1", "Wim De Deyne"),
    ]


def test_header_cells_split_at_double_bar_too() -> None:
    assert grid("{|\n! Rank || Athlete !! Time\n|}") == [("Rank", "Athlete", "Time")]


def test_data_cells_do_not_split_at_double_bang() -> None:
    assert grid("{|\n|-\n| a !! b || c\n|}") == [("a !! b", "c")]


def test_header_row_before_the_first_row_separator() -> None:
    table = only_table("{|\n! Rank !! Athlete\n|-\n| 1 || Li Jiajun\n|}")
    assert [row.texts for row in table.rows] == [("Rank", "Athlete"), ("1", "Li Jiajun")]
    assert table.rows[0].is_header


def test_row_separator_with_attributes() -> None:
    source = (
        "{|\n! Rank !! Athlete\n|- bgcolor=ccffcc\n| 1 || A B\n"
        '|- style="background:#ffcccc"\n| 2 || C D\n|}'
    )
    assert grid(source) == [("Rank", "Athlete"), ("1", "A B"), ("2", "C D")]


def test_caption() -> None:
    table = only_table("{|\n|+ Heat 1\n|-\n! Rank\n|}")
    assert table.caption is not None
    assert table.caption.text == "Heat 1"
    assert [row.texts for row in table.rows] == [("Rank",)]


def test_caption_with_attributes() -> None:
    table = only_table('{|\n|+ style="text-align:left" | Heat 2\n! Rank\n|}')
    assert table.caption is not None
    assert table.caption.text == "Heat 2"


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        ("| align=left | Wim De Deyne", "Wim De Deyne"),
        ('| style="text-align:left" | Wim De Deyne', "Wim De Deyne"),
        ("| [[Mark Jackson (speed skater)|Mark Jackson]]", "Mark Jackson"),
        ("| align=left | [[Mark Jackson (speed skater)|Mark Jackson]]", "Mark Jackson"),
        ("| {{flagIOCathlete|[[Rusty Smith]]|USA|2002 Winter}}", "Rusty Smith"),
        ("| align=left | {{flagIOCathlete|[[Rusty Smith]]|USA|2002 Winter}}", "Rusty Smith"),
        ("| {{sort|Smith|Rusty Smith}}", "Rusty Smith"),
    ],
)
def test_cell_attributes_before_a_single_bar(cell: str, text: str) -> None:
    assert grid("{|\n|-\n" + cell + "\n|}") == [(text,)]


def test_flag_in_a_cell_with_attributes_keeps_its_country() -> None:
    table = only_table("{|\n|-\n| align=left | {{flagIOC|BEL|2002 Winter}}\n|}")
    [cell] = table.rows[0].cells
    assert cell.text == ""
    assert cell.content.flags == ("BEL",)


def test_link_before_a_single_bar_is_content_not_attributes() -> None:
    table = only_table("{|\n|-\n| [[Kim Dong-sung]] | note\n|}")
    [cell] = table.rows[0].cells
    assert cell.text == "Kim Dong-sung | note"
    assert [link.target for link in cell.content.links] == ["Kim Dong-sung"]


def test_rowspan_is_laid_out() -> None:
    source = (
        "{|\n! Rank !! Heat !! Athlete\n"
        "|-\n| 1 || rowspan=3 | 1 || A\n"
        "|-\n| 2 || B\n"
        "|-\n| 3 || C\n"
        "|-\n| 1 || rowspan=2 | 2 || D\n"
        "|-\n| 2 || E\n|}"
    )
    assert grid(source) == [
        ("Rank", "Heat", "Athlete"),
        ("1", "1", "A"),
        ("2", "1", "B"),
        ("3", "1", "C"),
        ("1", "2", "D"),
        ("2", "2", "E"),
    ]


def test_rowspan_cell_is_shared_not_copied_text_only() -> None:
    table = only_table("{|\n|-\n| rowspan=2 | {{flagIOC|KOR|2002 Winter}} || a\n|-\n| b\n|}")
    assert [row.cells[0].content.flags for row in table.rows] == [("KOR",), ("KOR",)]
    assert [row.texts[1] for row in table.rows] == ["a", "b"]


@pytest.mark.parametrize("attribute", ['rowspan="2"', "rowspan='2'", "ROWSPAN=2", "rowspan = 2"])
def test_rowspan_spellings(attribute: str) -> None:
    source = "{|\n|-\n| x || " + attribute + " | z\n|-\n| p\n|}"
    assert grid(source) == [("x", "z"), ("p", "z")]


def test_rowspan_in_the_last_column_fills_shorter_rows() -> None:
    source = "{|\n! A !! B !! C\n|-\n| x || y || rowspan=2 | z\n|-\n| p || q\n|}"
    assert grid(source) == [("A", "B", "C"), ("x", "y", "z"), ("p", "q", "z")]


def test_rowspan_in_the_first_column_shifts_the_row_right() -> None:
    source = "{|\n|-\n| rowspan=3 | r || s || t\n|-\n| u\n|-\n|\n|}"
    assert grid(source) == [("r", "s", "t"), ("r", "u"), ("r", "")]


def test_colspan_is_laid_out() -> None:
    source = "{|\n! colspan=2 | Athlete !! Time\n|-\n| A || B || 1:00.000\n|}"
    assert grid(source) == [("Athlete", "Athlete", "Time"), ("A", "B", "1:00.000")]


def test_title_row_spanning_every_column() -> None:
    source = "{|\n|-\n! colspan=6 | Men's 1000 metres\n|-\n| a || b || c || d || e || f\n|}"
    rows = grid(source)
    assert rows[0] == ("Men's 1000 metres",) * 6
    assert rows[1] == ("a", "b", "c", "d", "e", "f")


def test_rowspan_and_colspan_together() -> None:
    source = "{|\n|-\n| rowspan=2 colspan=2 | X || a\n|-\n| b\n|}"
    assert grid(source) == [("X", "X", "a"), ("X", "X", "b")]


def test_huge_spans_are_capped() -> None:
    table = only_table("{|\n|-\n| colspan=999999 | x\n|}")
    assert len(table.rows[0].cells) == 1000


def test_multi_line_cell_continues_the_last_cell() -> None:
    source = "{|\n|-\n| a\ncontinued here\n| b\n|}"
    table = only_table(source)
    assert table.rows[0].texts == ("a\ncontinued here", "b")
    assert table.rows[0].line == 3


def test_multi_line_template_in_a_cell() -> None:
    source = (
        "{|\n|-\n| 1 || {{flagIOC|\nBEL|2002 Winter}} || 1:00.000\n"
        "|-\n| 2 || {{flagIOC|KOR|2002 Winter}} || 1:01.000\n|}"
    )
    table = only_table(source)
    assert [row.line for row in table.rows] == [3, 6]
    assert [row.cells[1].content.flags for row in table.rows] == [("BEL",), ("KOR",)]
    assert [row.texts[2] for row in table.rows] == ["1:00.000", "1:01.000"]


def test_a_table_of_its_own_rows_keeps_them_and_then_gives_its_nested_tables() -> None:
    source = "{|\n|-\n| x || y\n{|\n| nested\n|}\n| after\n|-\n| next || row\n|}"
    tables = [block for block in read(source).blocks if isinstance(block, Table)]
    assert [[row.texts for row in table.rows] for table in tables] == [
        [("x", "y", "after"), ("next", "row")],
        [("nested",)],
    ]
    assert [(table.line, table.end_line) for table in tables] == [(1, 10), (4, 6)]


def test_a_table_that_only_lays_out_tables_gives_what_it_holds_in_document_order() -> None:
    source = "{|\n| x\n{|\n| nested\n|}\n| after\n|}"
    blocks = read(source).blocks
    kinds = [
        ("table", block.rows[0].texts) if isinstance(block, Table) else ("text", block.text)
        for block in blocks
        if isinstance(block, (Table, Paragraph))
    ]
    assert kinds == [("text", "x"), ("table", ("nested",)), ("text", "after")]


def test_blank_and_empty_rows_are_skipped() -> None:
    assert grid("{|\n|-\n|-\n\n|-\n| a\n|-\n|}") == [("a",)]


def test_text_outside_any_cell_is_a_diagnostic() -> None:
    document = read("{|\nstray text\n|-\n| a\n|}")
    assert [(d.line, d.code) for d in document.diagnostics] == [(2, "table-text")]


def test_unclosed_table_is_read_to_the_end_with_a_diagnostic() -> None:
    document = read("text\n{|\n! A !! B\n|-\n| 1 || 2")
    [table] = [b for b in document.blocks if isinstance(b, Table)]
    assert [row.texts for row in table.rows] == [("A", "B"), ("1", "2")]
    assert [(d.line, d.code) for d in document.diagnostics] == [(2, "unclosed-table")]


def test_unclosed_table_ends_at_the_next_heading() -> None:
    document = read("{|\n! A\n|-\n| 1\n==Results==\n")
    [table] = [b for b in document.blocks if isinstance(b, Table)]
    assert [row.texts for row in table.rows] == [("A",), ("1",)]
    assert [(d.line, d.code) for d in document.diagnostics] == [(1, "unclosed-table")]
    assert "heading on line 5" in document.diagnostics[0].message


@pytest.mark.parametrize("opening", ["  {|", ":{|", "::{| class=wikitable"])
def test_indented_tables(opening: str) -> None:
    assert grid(opening + "\n! A\n|-\n| 1\n  |}") == [("A",), ("1",)]


def test_comment_inside_a_table_keeps_line_numbers() -> None:
    source = "{|\n! A\n<!-- a\ncomment -->\n|-\n| 1\n|}"
    table = only_table(source)
    assert [row.line for row in table.rows] == [2, 6]


def test_unbalanced_template_does_not_swallow_the_next_cells() -> None:
    # An unclosed {{ is plain text, so its | ends the cell's "attributes", as in MediaWiki.
    table = only_table("{|\n|-\n| 1 || Kim || {{flagIOC|KOR || 1:00.000\n|}")
    assert table.rows[0].texts == ("1", "Kim", "KOR", "1:00.000")


def test_text_taken_for_attributes_is_reported() -> None:
    event = sp.parse("==Heats==\n{|\n! Rank !! Athlete\n|-\n| 1 || Kim | Lee\n|}", form="wikitext")
    assert [(d.line, d.code) for d in event.diagnostics] == [(5, "cell-attributes")]
    assert event.rounds[0].races[0].results[0].name == "Lee"
