"""Small pieces of MediaWiki syntax: comments, logical lines, splitting outside markup."""

from __future__ import annotations

import pytest

from shorttrack_parse._hidden import hidden_spans, tag_spans
from shorttrack_parse._wikisyntax import (
    LogicalLine,
    expand_pipes,
    logical_lines,
    split_outside,
    strip_comments,
    swallowed_rows,
)


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("no comment", "no comment"),
        ("a<!-- x -->b", "ab"),
        ("a<!-- x\ny\nz -->b", "a\n\nb"),
        ("a<!-- x --><!-- y\n-->b", "a\nb"),
        ("a<!-- unclosed\nto the end", "a\n"),
        ("<!---->", ""),
    ],
)
def test_strip_comments_keeps_newlines(text: str, stripped: str) -> None:
    assert strip_comments(text) == stripped


def test_strip_comments_keeps_line_count() -> None:
    text = "1\n<!-- two\nthree -->\n4\n<!-- five -->\n6"
    assert strip_comments(text).count("\n") == text.count("\n")


@pytest.mark.parametrize(
    ("text", "separator", "parts"),
    [
        (" 1 || 2 || 3", "||", [" 1 ", " 2 ", " 3"]),
        (
            " [[A|B]] || {{flagIOC|BEL|2002 Winter}}",
            "||",
            [" [[A|B]] ", " {{flagIOC|BEL|2002 Winter}}"],
        ),
        ("{{a|b}}|[[c|d]]|e", "|", ["{{a|b}}", "[[c|d]]", "e"]),
        ("{{a|{{b|c}}|d}}|e", "|", ["{{a|{{b|c}}|d}}", "e"]),
        ("a", "|", ["a"]),
        ("", "|", [""]),
        ("a|b", "|", ["a", "b"]),
        # A closing mark with nothing open is plain text.
        ("a}}|b", "|", ["a}}", "b"]),
        (" 1 || A]] || 1:00.000", "||", [" 1 ", " A]] ", " 1:00.000"]),
    ],
)
def test_split_outside(text: str, separator: str, parts: list[str]) -> None:
    assert split_outside(text, separator) == parts


def test_split_outside_maxsplit() -> None:
    assert split_outside("align=left | [[A|B]] | c", "|", 1) == ["align=left ", " [[A|B]] | c"]
    assert split_outside("[[A|B]]|c|d", "|", 1) == ["[[A|B]]", "c|d"]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (" 1 || {{flagIOC|KOR || 1:00.000", [" 1 ", " {{flagIOC|KOR ", " 1:00.000"]),
        (" 1 || [[A || 1:00.000", [" 1 ", " [[A ", " 1:00.000"]),
    ],
)
def test_split_outside_unclosed_markup_is_plain_text(text: str, parts: list[str]) -> None:
    assert split_outside(text, "||") == parts


def test_logical_lines_without_templates() -> None:
    assert logical_lines("a\nb\n") == [
        LogicalLine("a", 1),
        LogicalLine("b", 2),
        LogicalLine("", 3),
    ]


def test_multi_line_template_is_one_logical_line() -> None:
    text = "before\n{{Infobox Olympic event\n| event = X\n| games = 2002 Winter\n}}\nafter"
    assert logical_lines(text) == [
        LogicalLine("before", 1),
        LogicalLine("{{Infobox Olympic event\n| event = X\n| games = 2002 Winter\n}}", 2),
        LogicalLine("after", 6),
    ]


def test_nested_multi_line_templates_join_to_the_outer_end() -> None:
    text = "{{a|\n{{b|\nc}}\n}}\nd"
    assert logical_lines(text) == [LogicalLine("{{a|\n{{b|\nc}}\n}}", 1), LogicalLine("d", 5)]


def test_template_starting_mid_line_joins_from_that_line() -> None:
    text = "x\n| 1 || {{flagIOC|\nBEL|2002 Winter}} || 1:00.000\n|}"
    assert logical_lines(text) == [
        LogicalLine("x", 1),
        LogicalLine("| 1 || {{flagIOC|\nBEL|2002 Winter}} || 1:00.000", 2),
        LogicalLine("|}", 4),
    ]


def test_unclosed_template_joins_nothing() -> None:
    text = "{{a\n{{b}}\nc"
    assert logical_lines(text) == [
        LogicalLine("{{a", 1),
        LogicalLine("{{b}}", 2),
        LogicalLine("c", 3),
    ]


def test_one_line_templates_do_not_join() -> None:
    text = "{{a}}\n{{b|c}}\nd"
    assert [line.line for line in logical_lines(text)] == [1, 2, 3]


# --- what MediaWiki hides from table syntax, and {{!}} --------------------------------


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("a<ref>b|c</ref>d", ["<ref>b|c</ref>"]),
        ("a<REF name=x>b</ref >d", ["<REF name=x>b</ref >"]),
        ('a<ref name="x" />b', ['<ref name="x" />']),
        ("a<nowiki>||</nowiki>b<math>x|y</math>", ["<nowiki>||</nowiki>", "<math>x|y</math>"]),
        ("a<!-- x | y -->b<!-- open", ["<!-- x | y -->", "<!-- open"]),
        ("a<ref>never closed | b", ["<ref>"]),  # shown as text by MediaWiki
        ("<refs>not a ref</refs>", []),
    ],
)
def test_hidden_spans(text: str, hidden: list[str]) -> None:
    assert [text[start:end] for start, end in hidden_spans(text)] == hidden


def test_tag_spans_cover_html_attributes() -> None:
    text = '<span title="a||b">x</span>'
    assert [text[start:end] for start, end in tag_spans(text)] == ['<span title="a||b">', "</span>"]
    assert split_outside('| <span title="a||b">x</span> || y', "||") == [
        '| <span title="a||b">x</span> ',
        " y",
    ]


def test_many_unclosed_refs_cost_linear_time() -> None:
    text = "<ref>x | " * 20000
    assert len(hidden_spans(text)) == 20000  # each hides only itself


@pytest.mark.parametrize(
    ("text", "expanded"),
    [
        ("{{!}}- style=x", "|- style=x"),
        ("{{!}} a {{!}}{{!}} b {{!!}} c", "| a || b || c"),
        ("{{{!}} class=wikitable", "{| class=wikitable"),
        ("{{!}}}", "|}"),
        ("{{cite web|title=A {{!}} B}}", "{{cite web|title=A {{!}} B}}"),  # an argument's pipe
        ("{{open {{!}} never closed", "{{open | never closed"),
    ],
)
def test_expand_pipes(text: str, expanded: str) -> None:
    assert expand_pipes(text) == expanded


def test_logical_lines_join_refs_and_comments_spanning_lines() -> None:
    text = "| a <ref>x\n|| y</ref> || b\n| c <!-- d\n|| e --> || f\n|}"
    assert logical_lines(text) == [
        LogicalLine("| a <ref>x\n|| y</ref> || b", 1),
        LogicalLine("| c \n || f", 3),
        LogicalLine("|}", 5),
    ]


def test_braces_inside_nowiki_open_no_template() -> None:
    assert [line.line for line in logical_lines("<nowiki>{{</nowiki>\n| a\n}}")] == [1, 2, 3]


def test_swallowed_rows_are_the_row_lines_inside_an_open_template() -> None:
    [joined] = logical_lines("| {{a|\n|-\n| 2 || x\n}}")
    assert swallowed_rows(joined) == (2, 3)
    [parameters] = logical_lines("| {{sortname\n|Anna\n|A}}")
    assert swallowed_rows(parameters) is None
