"""Each fast path of the parser gives what the slow path it short-cuts gives."""

from __future__ import annotations

import re
from datetime import date
from unittest.mock import patch

from conftest import FIXTURES, examples
from hypothesis import example, given
from hypothesis import strategies as st

from shorttrack_parse import _dates, _hidden, _wikitable, _wikitext_reader, parse_file
from shorttrack_parse._cells import _MEMBER_SEPARATORS, _bare_name, _member_parts
from shorttrack_parse._document import Cell, Document, Inline, Row, Table
from shorttrack_parse._hidden import hidden_spans, merge_spans, tag_spans
from shorttrack_parse._interpreter import interpret
from shorttrack_parse._results import _spanning_text
from shorttrack_parse._source import _SURROGATE, _has_surrogate
from shorttrack_parse._text import clean
from shorttrack_parse._text_reader import read_text
from shorttrack_parse._wikisyntax import (
    _COMMENT,
    _PAIRS,
    TEMPLATE_BRACES,
    _braces,
    _expand_top_level_pipes,
    _matched_spans,
    _multiline_template_lines,
    _span_lines,
    _split_outside_markup,
    expand_pipes,
    infobox_end,
    logical_lines,
    split_outside,
    split_parameters,
    template_end,
)
from shorttrack_parse._wikitable import _cell_facts, _CellFacts, _RawRow, _row_cells
from shorttrack_parse._wikitext_reader import read_wikitext

# What cells of results tables hold, plus the words dates are made of.
CELL_TEXTS = st.sampled_from(
    [
        "", "", "1", "2", "3", "=4", "–", "-", "DQ", "Q", "q", "QA", "ADV", "PEN", "OR",
        "Q, OR", "1:30.950", "41.802", "1:29.10 OR", "Heat 1", "Final B", "A", "13 February",
        "February 13, 2002", "Wim De Deyne", "Mark Jackson (NZL)", "Canada", "AUS",
        "Yang Yang (A)", "n/a", "x", "1:28.183*",
    ]
)  # fmt: skip
DATE_WORDS = st.sampled_from(
    ["13", "2002", "February", "feb", "May", "may", "to", "and", "–", ",", "heats", "31", "0"]
)
# Hostile pieces: month names inside and beside other words, digits that int() or the
# reading refuse, letters that casefold into two, marks, and characters that regular
# expressions count as letters (superscripts, fractions) or as digits (other scripts).
HOSTILE_DATE_PIECES = st.sampled_from(
    [
        "13", "2002", "0013", "99999", "1000", "2999", "3000", "0", "31", "32", "2nd", "13th",
        "February", "FEB", "feb.", "Sept", "septx", "xfeb", "feb2", "2feb", "decfeb", "mayor",
        "remarkable", "junior", "may", "Dec", "the", "th", "of", "and", "to", "heats",
        " ", "  ", "\n", "–", ",", ".", "_", "-", "İ", "ß", "ﬀ", "ǅ", "ᾈ", "é", "e\u0301",
        "²", "½", "Ⅻ", "٣", "３", "ＦＥＢ", "ｆｅｂ", "\u00a0",
    ]
)  # fmt: skip


def _dates_the_long_way(text: str, default_year: int | None) -> list[date]:
    """The dates read from every word of the text, none passed over (nor the text)."""
    return _dates._read_dates(_dates._EVERY_WORD.findall(text.casefold()), default_year)


def _dates_of_date_words(text: str, default_year: int | None) -> list[date]:
    """The dates read from the words that make dates, whatever the text's length."""
    return _dates._read_dates(_dates._date_words(text.casefold()), default_year)


@examples(100)
@given(st.lists(DATE_WORDS, max_size=8).map(" ".join), st.sampled_from([None, 2000]))
def test_dates_are_found_as_the_long_way_finds_them(text: str, default_year: int | None) -> None:
    expected = _dates_the_long_way(text, default_year)
    assert _dates.find_dates(text, default_year) == expected
    assert _dates_of_date_words(text, default_year) == expected


@examples(300)
@given(
    st.lists(st.tuples(HOSTILE_DATE_PIECES, st.sampled_from(["", " ", "-"])), max_size=30).map(
        lambda pieces: "".join(piece + gap for piece, gap in pieces)
    ),
    st.sampled_from([None, 2002]),
)
def test_dates_of_hostile_texts_are_found_as_the_long_way_finds_them(
    text: str, default_year: int | None
) -> None:
    expected = _dates_the_long_way(text, default_year)
    assert _dates.find_dates(text, default_year) == expected
    assert _dates_of_date_words(text, default_year) == expected


@examples(100)
@given(st.text(max_size=100), st.sampled_from([None, 2002]))
def test_dates_of_any_text_are_found_as_the_long_way_finds_them(
    text: str, default_year: int | None
) -> None:
    expected = _dates_the_long_way(text, default_year)
    assert _dates.find_dates(text, default_year) == expected
    assert _dates_of_date_words(text, default_year) == expected


def test_dates_of_prose_are_found_as_the_long_way_finds_them() -> None:
    for path in sorted((FIXTURES / "wikitext").glob("*.wiki")):
        for round_ in parse_file(path).rounds:
            for year in (None, 2002):
                expected = _dates_the_long_way(round_.prose, year)
                assert _dates.find_dates(round_.prose, year) == expected
                assert _dates_of_date_words(round_.prose, year) == expected


def _reference_spanning_text(row: Row, width: int, laid_out: bool) -> str | None:
    """The spanning-row test without its early exit for rows of two different texts."""
    cells = row.cells
    if not cells:
        return None
    first = cells[0]
    if (len(cells) == 1 and width != 1) or (
        len(cells) > 1 and all(cell is first for cell in cells)
    ):
        return " ".join(first.content.text.split())
    if laid_out or len(cells) < 2 or not first.content.text:
        return None
    if all(cell.content.text == first.content.text for cell in cells):
        return " ".join(first.content.text.split())
    return None


@st.composite
def rows(draw: st.DrawFn) -> Row:
    """Rows whose cells are new, shared with their neighbour (a colspan), or equal texts."""
    cells: list[Cell] = []
    for text in draw(st.lists(CELL_TEXTS, max_size=6)):
        if cells and draw(st.booleans()):
            cells.append(cells[-1])
        else:
            cells.append(Cell(Inline(text)))
    return Row(tuple(cells), 1)


@examples(200)
@given(rows(), st.integers(1, 6), st.booleans())
def test_spanning_text_fast_path_agrees(row: Row, width: int, laid_out: bool) -> None:
    assert _spanning_text(row, width, laid_out) == _reference_spanning_text(row, width, laid_out)


@st.composite
def flattened_articles(draw: st.DrawFn) -> str:
    """Flattened results tables whose rows may lack cells or repeat each other's texts."""
    header = draw(
        st.sampled_from(
            [
                "| Rank | Athlete | Country | Time | Notes |",
                "| Rank | Heat | Name | Country | Time | Notes |",
                "| Rank | Team | Time | Notes |",
                "| Date | Round | Team | Time | OR | WR |",
            ]
        )
    )
    lines = ["= Men's 1000 metres =", "==Results==", "===Heats===", ";Heat 1", header]
    for row in draw(st.lists(st.lists(CELL_TEXTS, max_size=7), max_size=12)):
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines) + "\n"


def _unshared(document: Document) -> Document:
    """The document with a fresh Inline in every cell, as the reader built them before."""
    blocks = tuple(
        block.replace(
            rows=tuple(
                Row(
                    tuple(Cell(Inline(cell.content.text), cell.header) for cell in row.cells),
                    row.line,
                )
                for row in block.rows
            ),
        )
        if isinstance(block, Table)
        else block
        for block in document.blocks
    )
    return document.replace(blocks=blocks)


@examples(60)
@given(flattened_articles())
def test_cells_sharing_one_inline_read_as_unshared_cells(text: str) -> None:
    document = read_text(text)
    shared = [
        cell.content for block in document.blocks if isinstance(block, Table) for row in block.rows
        for cell in row.cells
    ]  # fmt: skip
    by_text = {content.text: content for content in shared}
    assert all(content is by_text[content.text] for content in shared)
    assert interpret(document) == interpret(_unshared(document))


# Fragments of table rows: markup closed or not, nested or not, with separators inside.
ROW_FRAGMENTS = st.sampled_from(
    [
        "{{", "}}", "[[", "]]", "{", "}", "[", "]", "|", "||", "!", "!!", "a", " ", "<br>",
        "{{a|b}}", "[[a|b]]", "{{a||b}}", "[[a||b]]", "{{a!!b}}", "[[a!!b]]", "{{a|[[b|c]]}}",
        "{{a|{{b}}}}", "[[a|{{b}}]]", "{{a|[[b||c]]}}", "{{{a}}}", "<br>", "<br />",
        "<small>", "</small>", '<span title="a||b">', '<span title="a!!b">', "<ref>", "</ref>",
        "<REF name=x>", "<ref name=x/>", "<!--", "-->", "<nowiki>", "</nowiki>", "<", ">",
        "<references />", "<b>", "<ref>a||b!!c</ref>", "<nowiki>||</nowiki>", "<!--||-->",
        '<span title="{{">', '<span title="}}">', '<b title="[[">', '<b title="]]">',
    ]
)  # fmt: skip


@examples(300)
@given(
    st.lists(ROW_FRAGMENTS, max_size=12).map("".join),
    st.sampled_from(["||", "!!", "|"]),
    st.sampled_from([-1, -1, 0, 1, 2]),
)
def test_split_outside_fast_path_agrees(text: str, separator: str, maxsplit: int) -> None:
    expected = _split_outside_markup(text, separator, maxsplit)
    assert split_outside(text, separator, maxsplit) == expected
    if maxsplit >= 0:
        assert len(expected) <= maxsplit + 1  # as str.split counts


# What infobox bodies hold: parameters, plain links (which the fast split takes), and
# what it leaves to the general split (templates, tags, stray or nested brackets).
INFOBOX_FRAGMENTS = st.sampled_from(
    [
        "|", "\n| ", "a = b", "=", " ", "a", "[[a]]", "[[a|b]]", "[[a|b|c]]", "[[", "]]",
        "[", "]", "[[a]", "[a]]", "[[[a]]]", "{{a|b}}", "{{", "}}", "{", "}", "<br />",
        "<ref>a|b</ref>", "<!--|-->", "–", "{{a|[[b|c]]|d}}", "{{a|[[b}}", "{{{", "}}}",
        '<ref name="a" />', "<ref>", "</ref>", "<!--", "-->", "<br>", "<small>", "</small>",
        '<span title="a|b">', "<span title='[[a]]'>", "<nowiki>", "</nowiki>", "<", ">",
    ]
)  # fmt: skip


@examples(300)
@given(st.lists(INFOBOX_FRAGMENTS, max_size=14).map(lambda parts: "{{" + "".join(parts)))
@example("{{Infobox|a=[[A|B]]\n}}")
def test_infobox_end_agrees_with_template_end(text: str) -> None:
    assert infobox_end(text) == template_end(text)


@examples(300)
@given(st.lists(INFOBOX_FRAGMENTS, max_size=14).map("".join))
@example("a=[[A|B]]|b=[[C]] x|c")
@example("a={{flagIOCmedalist|[[A|B]]|CHN}}|b=[[C]]")
@example("a={{b|[[c}}|d]]")  # a link opened in a template and closed after it
@example('a=[[A]]<br />[[B|C]]|b=D<ref name="x" />|c')
@example('a=<span title="x|y">z</span>|b')  # a bar inside a tag splits nothing
def test_infobox_split_agrees_with_split_outside(body: str) -> None:
    assert split_parameters(body) == split_outside(body, "|")


def _split_token_by_token(text: str, separator: str, maxsplit: int) -> list[str]:
    """The general split as it was written first: every mark and separator in turn."""
    if separator not in text or maxsplit == 0:
        return [text]
    if "<" in text and (tags := tag_spans(text)):
        hidden = merge_spans(sorted(tags + _matched_spans(text)))
    elif "{{" not in text and "[[" not in text:
        return text.split(separator, maxsplit)
    else:
        pattern = re.compile(r"\{\{|\}\}|\[\[|\]\]|" + re.escape(separator))
        parts: list[str] = []
        templates = links = start = 0
        for match in pattern.finditer(text):
            token = match.group()
            if token == "{{":
                templates += 1
            elif token == "[[":
                links += 1
            elif token == "}}":
                templates -= templates > 0
            elif token == "]]":
                links -= links > 0
            elif not templates and not links:
                parts.append(text[start : match.start()])
                start = match.end()
                if len(parts) == maxsplit:
                    break
        if not templates and not links:
            return [*parts, text[start:]]
        hidden = _matched_spans(text)  # something never closed hid nothing
    parts = []
    start = 0
    for match in re.finditer(re.escape(separator), text):
        position = match.start()
        if position < start or any(first < position < last for first, last in hidden):
            continue
        parts.append(text[start:position])
        start = match.end()
        if len(parts) == maxsplit:
            break
    return [*parts, text[start:]]


# Marks alone, so that stray, unclosed and interleaved ones meet often.
MARKS = st.sampled_from(["{{", "}}", "[[", "]]", "|", "||", "a", ":", "="])


@examples(300)
@given(
    st.one_of(
        st.lists(st.one_of(ROW_FRAGMENTS, st.sampled_from([":", "=", "a:b", "x=y"])), max_size=12),
        st.lists(MARKS, max_size=12),
    ).map("".join),
    st.sampled_from(["||", "!!", "|", ":", "="]),
    st.sampled_from([-1, -1, 0, 1, 2]),
)
@example("}}{{a|a}}{{", "|", -1)  # a stray mark, a closed template, an unclosed one
def test_split_outside_markup_agrees_with_the_token_by_token_split(
    text: str, separator: str, maxsplit: int
) -> None:
    assert _split_outside_markup(text, separator, maxsplit) == _split_token_by_token(
        text, separator, maxsplit
    )


TEMPLATE_FRAGMENTS = st.sampled_from(
    [
        "{{", "}}", "{", "}", "a", "|", "\n", "{{a}}", "{{a|b}}", "{{a\n}}", "<!--", "-->",
        "<ref>", "</ref>", "<ref name=x />", "<nowiki>", "</nowiki>", "{{{a}}}", "{{{", "}}}",
        # Hidden text that cuts a one-line template: one brace hidden, the other not.
        "{{a<!--", "}}-->", "<!--{{a-->}}", "<ref>{{a</ref>}}", "{{a<ref>}}</ref>",
    ]
)  # fmt: skip


def _reference_multiline_templates(
    text: str, hidden: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans of the top-level templates that hold a newline, brace by brace as
    MediaWiki's preprocessor pairs them, braces inside hidden text not counted."""
    stack: list[int] = []
    spans: list[tuple[int, int]] = []
    next_hidden = 0
    for match in TEMPLATE_BRACES.finditer(text):
        position = match.start()
        while next_hidden < len(hidden) and hidden[next_hidden][1] <= position:
            next_hidden += 1
        if next_hidden < len(hidden) and hidden[next_hidden][0] < position:
            continue  # inside a comment or an extension tag
        if match.group() == "{{":
            stack.append(match.start())
        elif stack:
            start = stack.pop()
            if not stack and "\n" in text[start : match.end()]:
                spans.append((start, match.end()))
    return spans


@examples(300)
@given(st.lists(TEMPLATE_FRAGMENTS, max_size=14).map("".join))
def test_multiline_template_lines_agree_brace_by_brace(text: str) -> None:
    hidden = hidden_spans(text)
    fast = list(_multiline_template_lines(text, hidden))
    assert fast == list(_span_lines(text, _reference_multiline_templates(text, hidden)))


@examples(300)
@given(st.lists(TEMPLATE_FRAGMENTS, max_size=14).map("".join))
@example("a<!--x\ny-->b<!--c-->d\ne<!--f-->\n<!--g\nh")  # comments joined by a line
def test_logical_lines_from_the_callers_split_lines_agree(text: str) -> None:
    # The reader passes the lines it split already; comments must still be blanked.
    assert logical_lines(text, text.split("\n")) == logical_lines(text)


@examples(300)
@given(st.lists(st.sampled_from(["<!--", "-->", "-", "--", ">", "<!-", "a", "\n"]), max_size=12))
@example(["<!--", "--", "-->"])
def test_comments_end_where_the_lazy_pattern_ends_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    lazy = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
    assert [m.span() for m in _COMMENT.finditer(text)] == [m.span() for m in lazy.finditer(text)]


# Closing tags as written, others, and what the pattern's case folding also takes (ſ).
CLOSER_PIECES = st.sampled_from(
    ["</ref>", "</REF >", "</ref\n>", "</reſ>", "</", "<", "/", "ref", ">", "x"]
)


@examples(300)
@given(st.lists(CLOSER_PIECES, max_size=10).map("".join), st.integers(0, 12))
@example("</small></ref>", 0)  # another closing tag first: the pattern decides
@example("</REF></ref>", 0)
def test_closing_tags_end_where_the_pattern_ends_them(text: str, start: int) -> None:
    match = re.compile(r"</ref\s*>", re.IGNORECASE).search(text, start)
    assert _hidden.closer_end(text, "ref", start) == (None if match is None else match.end())


# Pipe words among braces, inside templates nested, closed or left open.
PIPE_TEXTS = st.recursive(
    st.sampled_from(["{{", "}}", "{", "}", "{{!}}", "{{ !! }}", "{{{!}}", "a|", "\n"]),
    lambda inner: st.one_of(
        st.tuples(st.sampled_from(["{{a|", "{{{"]), inner, st.sampled_from(["}}", "}}}", ""])),
        st.lists(inner, min_size=2, max_size=4),
    ).map("".join),
    max_leaves=10,
)


@examples(300)
@given(PIPE_TEXTS)
@example("{{a|{{!}}{{b}}")  # the template closes only with the second "}}": never
@example("{{a|}}{{!}}}}")  # a template closed before the pipe
@example("{{{a|{{!}}}}")  # the first "{{" opens the template
def test_pipes_in_templates_are_kept_as_pairing_every_brace_keeps_them(text: str) -> None:
    assert expand_pipes(text) == _expand_top_level_pipes(text)


@examples(200)
@given(
    st.lists(st.sampled_from(["{", "}", "{{", "}}", "{{{", "a", "\n"]), max_size=12).map("".join)
)
def test_braces_are_found_as_the_pattern_finds_them(text: str) -> None:
    found = [(match.start(), match.group()) for match in TEMPLATE_BRACES.finditer(text)]
    assert _braces(text) == found


@examples(200)
@given(
    st.lists(st.sampled_from(["{", "}", "{{", "}}", "{{{", "a", "\n"]), max_size=12).map("".join)
)
def test_template_end_is_found_as_the_pattern_finds_it(text: str) -> None:
    depth = 0
    end = None
    for match in TEMPLATE_BRACES.finditer(text):
        depth += 1 if match.group() == "{{" else -1
        if depth == 0:
            end = match.end()
            break
    assert template_end(text) == end


# What row lines hold: plain cells, attributes, spans, markup (closed or not) and
# separators inside markup.
ROW_CELLS = st.one_of(
    ROW_FRAGMENTS,
    CELL_TEXTS,
    st.sampled_from(
        [
            "align=left | ", " colspan=2 | ", "rowspan=2|", "[[A]] | ", "{{a}} | ", "x=y | ",
            "{{flagIOC|BEL|2002 Winter}}", "[[Wim De Deyne]]", "'''Q'''", "&nbsp;", "{{a",
        ]
    ),
)  # fmt: skip


def _row_cells_the_long_way(body: str, header: bool) -> list[_CellFacts]:
    """A row line's cells split where MediaWiki splits them, each read on its own."""
    pieces = split_outside(body, "||")
    if header:
        pieces = [part for piece in pieces for part in split_outside(piece, "!!")]
    return [_cell_facts(piece) for piece in pieces]


@examples(300)
@given(st.lists(ROW_CELLS, max_size=12).map("".join), st.booleans())
def test_row_cells_split_plainly_as_the_long_way_splits_them(body: str, header: bool) -> None:
    assert _row_cells(body, header) == _row_cells_the_long_way(body, header)


@st.composite
def tables(draw: st.DrawFn) -> str:
    """Tables of row lines, header lines, continued cells, HTML cells and spans."""
    lines = ["{|"]
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["|-", "|", "|", "!", "more", "<td>", "|}"]))
        cells = draw(st.lists(ROW_CELLS, min_size=1, max_size=5))
        if kind == "|":
            lines.append("| " + " || ".join(cells))
        elif kind == "!":
            lines.append("! " + " !! ".join(cells))
        elif kind == "more":
            lines.append(cells[0].replace("|", "") or "more")
        elif kind == "<td>":
            lines.append("<td>" + cells[0] + "</td>")
        else:
            lines.append(kind)
    return "\n".join([*lines, "|}"])


# Rows under rowspans: the cells carried down, rows shorter and longer than them.
SPANNING_CELLS = st.sampled_from(
    ["a", "b", "", " rowspan=2 | c", "rowspan=3|d", 'rowspan="4" | e', " colspan=2 | f"]
)


@st.composite
def tables_with_rowspans(draw: st.DrawFn) -> str:
    """Tables of one-line rows, some cells spanning rows below them."""
    lines = ["{|"]
    for _ in range(draw(st.integers(1, 8))):
        cells = draw(st.lists(SPANNING_CELLS, max_size=4))
        lines += ["|-", "| " + " || ".join(cells)]
    return "\n".join([*lines, "|}"])


@examples(300)
@given(tables() | tables_with_rowspans())
@example("{|\n|-\n| rowspan=3 | 1 || a || b\n|-\n| c || d\n|-\n| e || f\n|-\n| g || h\n|}")
@example("{|\n|-\n| a || rowspan=2 | b || rowspan=3 | c\n|-\n| d\n|-\n| e\n|}")
def test_rows_laid_out_from_the_lines_read_as_from_raw_cells(text: str) -> None:
    fast = read_wikitext(text)
    # Every row made into raw cells, every cell rendered at layout.
    with (
        patch.object(_RawRow, "only_read", lambda self: None),
        patch.object(_wikitable, "shown_without_problems", lambda wikitext: None),
    ):
        assert read_wikitext(text) == fast


@examples(200)
@given(st.lists(st.sampled_from(["{", "}", "[", "]", "{{", "]]", "[[[", "a", "\n"]), max_size=12))
def test_marks_are_found_as_the_pattern_finds_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = [(match.start(), match.group()) for match in _PAIRS.finditer(text)]
    assert _braces(text, ("{{", "}}", "[[", "]]")) == found


SPACES_AND_LETTERS = st.sampled_from(
    [" ", "  ", "\u00a0", "\t", "\n", "\u2003", "\u3000", "\x1f", "\x85", "a", "Q", "1:30", ""]
)


@examples(300)
@given(st.one_of(st.text(max_size=40), st.lists(SPACES_AND_LETTERS, max_size=8).map("".join)))
def test_clean_text_is_returned_as_the_long_way_cleans_it(text: str) -> None:
    assert clean(text) == " ".join(text.replace("\u00a0", " ").split())


MEMBER_PIECES = st.sampled_from(
    [
        "Kim Ki-hoon", "[[A]]", "Yang Yang (A)", "(", ")", "[", "]", ":", "–", "-", ",", ";",
        "\n", " ", "  ", "\t", "\u00a0", "\u2028", "\x85", "\x1c", "and", " and ", "Andrew",
        "Sandra", "land", "and\n", "",
    ]
)  # fmt: skip


@examples(300)
@given(st.lists(MEMBER_PIECES, max_size=12).map("".join))
def test_members_are_split_as_the_pattern_splits_them(text: str) -> None:
    def names(parts: list[str]) -> list[str]:
        return [name for name in map(_bare_name, parts) if name]

    assert names(_member_parts(text)) == names(_MEMBER_SEPARATORS.split(text))


@examples(300)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["a", "–", "é", "\U0001f600", "\ud800", "\udfff", "\ud83d\ude00"]),
            st.characters(),
        ),
        max_size=8,
    ).map("".join)
)
def test_surrogates_are_found_as_the_pattern_finds_them(text: str) -> None:
    assert _has_surrogate(text) == (_SURROGATE.search(text) is not None)


TAG_PIECES = st.sampled_from(
    [
        "<", ">", "/", " ", "<!--", "-->", "ref", "REF", "Ref", "references", "ſource", "ſ",
        "\u212a", "k", "İ", "ı", "<br />", "<nowiki>", "</nowiki>", "<syntaxhighlight", "ce",
        "Ce", "section", "x", "<small>", "=", '"', "<ref>", "<ref name=a/>", "<ce>", "<Math>",
        "<ſcore>", "<gallery>", "<timeline>", "<hiero>", "<inputbox>", "<templatedata>",
        "<onlyinclude>", "<pre>", "<Poem>", "<chem>", "<mapframe>", "<imagemap>",
    ]
)  # fmt: skip


@examples(300)
@given(st.lists(TAG_PIECES, max_size=10).map("".join))
def test_tag_openers_are_found_as_the_plain_pattern_finds_them(text: str) -> None:
    # The pattern without its look at the first letters.
    plain = re.compile(
        rf"<!--|<(?P<name>{_hidden._EXTENSION_NAMES})\b[^<>]*?(?P<empty>/?)>", re.IGNORECASE
    )

    def found(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
        return [(match.span(), match.groups()) for match in pattern.finditer(text)]

    assert found(_hidden._OPENER) == found(plain)


@examples(200)
@given(
    st.lists(
        st.sampled_from(
            ["{{", "}}", "[[", "]]", "Category:", "File:", "_", "__TOC__", "----", "-", "a", " "]
        ),
        max_size=6,
    ).map(lambda pieces: "".join(pieces).strip())
)
@example("[[Category:A]] [[File:b]]")
@example("{{Navbox}}")
@example("__NOTOC__")
@example("-----")
def test_furniture_is_told_as_its_patterns_tell_it(text: str) -> None:
    expected = bool(
        (_wikitext_reader._ONLY_TEMPLATE.fullmatch(text) and text.count("{{") == text.count("}}"))
        or _wikitext_reader._ONLY_SPECIAL_LINKS.fullmatch(text)
        or _wikitext_reader._MAGIC_WORD.fullmatch(text)
        or text.startswith("----")
    )
    assert _wikitext_reader._WikitextReader._is_furniture(text) == expected
