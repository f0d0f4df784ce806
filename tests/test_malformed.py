"""Malformed, hostile and huge input: diagnostics with lines, or a ShorttrackParseError.

Never another exception type, never a hang, never a row dropped without a word.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from conftest import FIXTURES, load_text, load_wikitext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import shorttrack_parse as sp
from shorttrack_parse import InputError, ShorttrackParseError, StrictParseError

HEATS = "= T =\n==Results==\n===Heats===\n;Heat 1\n"  # a flattened article's first lines
WIKI_HEATS = "==Results==\n===Heats===\n"


def line_count(source: str) -> int:
    """Lines as an editor counts them, or as ``str.splitlines`` does, whichever is more."""
    return max(source.count("\n") + 1, len(source.splitlines()))


def assert_located(event: sp.Event, source: str) -> None:
    for diagnostic in event.diagnostics:
        assert diagnostic.line is None or 1 <= diagnostic.line <= line_count(source), diagnostic


def located(event: sp.Event) -> list[tuple[int | None, str]]:
    return [(d.line, d.code) for d in event.diagnostics]


# --- nothing to read ----------------------------------------------------------------------


@pytest.mark.parametrize("form", ["auto", "text", "wikitext"])
@pytest.mark.parametrize("source", ["", " ", "\n\n\n", " \t\n  \n", "\r\n"])
def test_empty_and_blank_input_is_an_empty_event(source: str, form: str) -> None:
    event = sp.parse(source, form=form)  # type: ignore[arg-type]
    assert event.rounds == ()
    assert event.records == sp.Records()
    assert event.info.medalists == ()
    assert event.diagnostics == ()


def test_no_infobox_still_reads_the_results() -> None:
    event = sp.parse(HEATS + "| Rank | Athlete | Time |\n| 1 | Kim | 41.802 |\n")
    assert event.info == sp.EventInfo()
    [result] = next(event.races()).results
    assert (result.rank, result.name, str(result.time), result.line) == (1, "Kim", "41.802", 6)
    assert event.diagnostics == ()


# --- rows and tables the interpreter cannot fully read ------------------------------------


@pytest.mark.parametrize(
    ("source", "form", "diagnostics"),
    [
        (
            HEATS + "| Rank | Athlete | Country | Time | Notes |\n"
            "| 1 | Kim | | 41.802 | Q | extra | more |\n",
            "text",
            [(6, "extra-cells")],
        ),
        (
            WIKI_HEATS + "{|\n! Rank !! Athlete !! Time\n|-\n| 1 || Kim || 41.802 || extra\n|}\n",
            "wikitext",
            [(6, "extra-cells")],
        ),
        (
            HEATS + "| Rank | Heat | Athlete | Country | Time | Notes |\n"
            "| 1 | 1 | Kim | | 41.802 | Q |\n| 2 | Li | 41.900 |\n",
            "text",
            [(7, "row-misfit")],
        ),
        (HEATS + "| Foo | Bar |\n| 1 | 2 |\n", "text", [(5, "unknown-table")]),
        (
            WIKI_HEATS + "{|\n|-\n| 1 || Kim || 41.802\n|}\n",  # no header row
            "wikitext",
            [(3, "unknown-table")],
        ),
        (
            HEATS + "| Rank | Athlete | Speed | Time |\n| 1 | Kim | fast | 41.802 |\n",
            "text",
            [(5, "unknown-column")],
        ),
        (
            HEATS + "| Rank | Athlete | Time |\n| first | Kim | 41.802 |\n",
            "text",
            # A flattened rank may have been lost with its rowspan: a rank column that
            # does not hold a rank makes the row not fit its header.
            [(6, "row-misfit")],
        ),
        (HEATS + "| Rank | Athlete | Time |\n| 1 | Kim | fast |\n", "text", [(6, "bad-time")]),
        (
            HEATS + "| Rank | Athlete | Country | Time |\n| 1 | Kim | Narnia | 41.802 |\n",
            "text",
            [(6, "unknown-country")],
        ),
        (
            HEATS + "| Rank | Athlete | Time |\n| | | |\n| 1 | Kim | 41.802 |\n",
            "text",
            [(6, "empty-row")],
        ),
        (
            WIKI_HEATS + "{|\n! Rank !! Athlete !! Time\n|-\n| 1 || Kim || 41.802\n",
            "wikitext",
            [(3, "unclosed-table")],
        ),
        (
            "{{Infobox Olympic event\n| event = X\n| competitors = many\n",
            "wikitext",
            [(1, "infobox-syntax")],
        ),
        (
            "{{Infobox Olympic event\n| event = X\n| competitors = many\n"
            "| win_value = fast\n| goldNOC = Narnia\n| gold = Kim\n}}\n",
            "wikitext",
            [(3, "infobox-value"), (4, "infobox-value"), (5, "unknown-country")],
        ),
        (
            "Infobox\n- Event: X\n- Competitors: many\n- Win Value: fast\n- Goldnoc: Narnia\n"
            "- Gold: Kim\n- oops\n",
            "text",
            [
                (7, "infobox-syntax"),
                (3, "infobox-value"),
                (4, "infobox-value"),
                (5, "unknown-country"),
            ],
        ),
        (
            WIKI_HEATS + "{|\n! Rank !! Athlete !! Country !! Time\n|-\n"
            "| 1 || Kim || {{flagIOC|KOR || 41.802\n|}\n",
            "wikitext",
            # MediaWiki reads "{{flagIOC" as the cell's attributes and shows "KOR".
            [(6, "cell-attributes")],
        ),
        ("==Results==\n" + "{{a|" * 500, "wikitext", [(2, "unreadable-markup")]),
        (
            WIKI_HEATS + "{|\n! Rank !! Athlete !! Country !! Time\n|-\n"
            "| 1 || align=left | {{flagIOCathlete|[[Kim]]|KOR} || || 41.802\n|}\n",
            "wikitext",
            # With attributes before it, the unclosed template is the cell's content.
            [(6, "unclosed-template")],
        ),
        (
            WIKI_HEATS + "{|\n! Rank !! Athlete !! Country !! Time\n|-\n"
            "| 1 || [[Kim Dong-sung] || {{KOR}} || 41.802\n|}\n",
            "wikitext",
            [(6, "unclosed-link")],
        ),
    ],
    ids=[
        "more-cells-text",
        "more-cells-wikitext",
        "combined-row-that-fits-no-way",
        "unknown-headers",
        "no-header",
        "unknown-column",
        "bad-rank",
        "bad-time",
        "unknown-country",
        "empty-row",
        "unclosed-table",
        "unclosed-infobox",
        "bad-infobox-values-wikitext",
        "bad-infobox-values-text",
        "unbalanced-template",
        "deeply-unclosed-templates",
        "unclosed-template-after-attributes",
        "unclosed-link",
    ],
)
def test_diagnostics_with_lines(source: str, form: str, diagnostics: list[tuple[int, str]]) -> None:
    event = sp.parse(source, form=form)  # type: ignore[arg-type]
    assert located(event) == diagnostics
    lines = source.split("\n")
    for diagnostic in event.diagnostics:
        assert diagnostic.message
        assert diagnostic.line is not None
        assert diagnostic.source is not None
        # The line's text, quoted short ("…") when it is long.
        assert lines[diagnostic.line - 1].startswith(diagnostic.source.removesuffix("…"))


def test_row_with_fewer_cells_is_kept_with_its_cells() -> None:
    # Trailing cells simply absent: the row is read as far as it goes (validation,
    # not parsing, says a finisher has no time).
    source = HEATS + "| Rank | Athlete | Country | Time | Notes |\n| 1 | Kim |\n"
    event = sp.parse(source)
    [result] = next(event.races()).results
    assert (result.rank, result.name, result.time, result.line) == (1, "Kim", None, 6)
    assert result.cells == ("1", "Kim", "", "", "")


def test_every_table_row_is_a_result_or_a_diagnostic() -> None:
    source = (
        HEATS + "| Rank | Heat | Athlete | Country | Time | Notes |\n"
        "| 1 | 1 | Kim | | 41.802 | Q |\n"
        "| 2 | Li | 41.900 |\n"
        "| | | | | | |\n"
        "| 3 | 1 | Wang | | fast | |\n"
        "| 4 | 1 | Zhou | | 42.000 | | extra |\n"
    )
    event = sp.parse(source)
    result_lines = {r.line for race in event.races() for r in race.results}
    diagnostic_lines = {d.line for d in event.diagnostics}
    assert result_lines == {6, 9, 10}
    assert {7, 8, 9, 10} <= diagnostic_lines
    assert result_lines | diagnostic_lines >= set(range(6, 11))


def test_deep_template_nesting_in_a_cell_is_a_diagnostic() -> None:
    source = (
        WIKI_HEATS
        + "{|\n! Rank !! Athlete !! Time\n|-\n| 1 || "
        + "{{a|" * 500
        + "Kim"
        + "}}" * 500
        + " || 41.802\n|}\n"
    )
    event = sp.parse(source, form="wikitext")
    assert 6 in {d.line for d in event.diagnostics}


@pytest.mark.parametrize(
    "source",
    [
        "{{a|" * 500 + "}}" * 500,
        "Lead " + "{{a|" * 500 + "x" + "}}" * 500 + " end\n==Results==\n",
        "Lead " + "[[" * 500 + "x" + "]]" * 500 + "\n",
        "{{" * 5000,
        "}}" * 5000,
        "{|\n" * 300 + "|}\n" * 300,
        "<ref>" * 1000,
        "'''" * 2000,
    ],
    ids=["nested", "nested-in-prose", "nested-links", "open", "close", "tables", "refs", "quotes"],
)
def test_deep_or_unbalanced_markup_does_not_crash(source: str) -> None:
    event = sp.parse(source, form="wikitext")
    assert_located(event, source)


# --- not text at all ----------------------------------------------------------------------


def garbage(size: int, seed: int) -> bytes:
    generator = random.Random(seed)
    return bytes(generator.randrange(256) for _ in range(size))


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("form", ["auto", "text", "wikitext"])
def test_random_bytes_decoded_with_replacement(seed: int, form: str) -> None:
    source = garbage(20_000, seed).decode("utf-8", errors="replace")
    event = sp.parse(source, form=form)  # type: ignore[arg-type]
    assert_located(event, source)


@pytest.mark.parametrize("data", [garbage(20_000, 1), b"\xff\xfe\xfa", b"Heat 1 \xc3\x28"])
def test_invalid_utf8_bytes_are_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError, match="not UTF-8"):
        sp.parse(data)


def test_utf8_bytes_with_bom_are_text() -> None:
    event = sp.parse("\ufeff= Title =\n".encode())
    assert event.title == "Title"


@pytest.mark.parametrize("name", ["2002-men-1000m", "2006-men-1000m"])
def test_a_text_that_kept_its_byte_order_mark_reads_as_without_it(name: str) -> None:
    for text in (load_text(name), load_wikitext(name)):
        assert sp.parse("\ufeff" + text) == sp.parse(text)


@pytest.mark.parametrize("value", [None, 42, ["= T ="]])
def test_not_text_is_an_input_error(value: object) -> None:
    with pytest.raises(InputError):
        sp.parse(value)  # type: ignore[arg-type]


def test_unknown_form_is_an_unsupported_form_error() -> None:
    with pytest.raises(sp.UnsupportedFormError, match="html"):
        sp.parse("= T =", form="html")  # type: ignore[arg-type]


# --- strict mode ---------------------------------------------------------------------------


def test_strict_raises_on_the_first_diagnostic_with_its_line() -> None:
    source = HEATS + "| Rank | Athlete | Time |\n| first | Kim | 41.802 |\n| 2 | Li | fast |\n"
    with pytest.raises(StrictParseError) as raised:
        sp.parse(source, strict=True)
    error = raised.value
    assert isinstance(error, ShorttrackParseError)
    assert error.line == 6
    assert error.source_line == "| first | Kim | 41.802 |"
    assert error.message.startswith("row not read: its cells do not fit the header")
    assert "rank='first'" in error.message
    assert str(error).startswith("line 6: row not read")
    assert "| first | Kim | 41.802 |" in str(error)


def test_strict_wikitext_error_carries_the_raw_line() -> None:
    source = WIKI_HEATS + "{|\n! Rank !! Athlete !! Time\n|-\n| 1 || Kim || 41.802 || extra\n|}\n"
    with pytest.raises(StrictParseError) as raised:
        sp.parse(source, form="wikitext", strict=True)
    assert raised.value.line == 6
    assert raised.value.source_line == "| 1 || Kim || 41.802 || extra"


def test_lenient_parse_of_the_same_input_does_not_raise() -> None:
    source = HEATS + "| Rank | Athlete | Time |\n| first | Kim | 41.802 |\n"
    assert located(sp.parse(source)) == [(6, "row-misfit")]


# --- line numbers --------------------------------------------------------------------------


@pytest.mark.parametrize("separator", ["\u2028", "\x0c", "\x85"])
def test_flattened_line_numbers_count_newlines_only(separator: str) -> None:
    source = f"Prose with a{separator}stray separator\n==Results==\n===Heats===\n| Foo |\n| 1 |\n"
    event = sp.parse(source, form="text")
    assert located(event) == [(4, "unknown-table")]


def test_wikitext_line_numbers_count_newlines_only() -> None:
    source = "Prose with a\u2028stray separator\n==Results==\n===Heats===\n{|\n! Foo\n|-\n| 1\n|}\n"
    event = sp.parse(source, form="wikitext")
    assert located(event) == [(4, "unknown-table")]


# --- huge input ----------------------------------------------------------------------------


def test_five_megabytes_of_flattened_text() -> None:
    article = load_text("2002-men-1000m")
    copies = 5_000_000 // len(article) + 1
    event = sp.parse(article * copies, form="text")
    assert len(event.rounds) == 4 * copies
    assert len(event.records.new) == 2 * copies
    assert event.diagnostics == ()


def test_ten_megabytes_of_wikitext() -> None:
    article = load_wikitext("2002-men-1000m")
    copies = 10_000_000 // len(article) + 1
    event = sp.parse(article * copies, form="wikitext", title="Huge")
    assert len(event.rounds) == 4 * copies
    assert sum(len(race.results) for race in event.races()) == 65 * copies
    assert event.diagnostics == ()


@pytest.mark.parametrize(
    ("form", "load"),
    [("text", load_text), ("wikitext", load_wikitext)],
)
def test_doubled_input_still_parses(form: str, load: object) -> None:
    article = load("2002-men-1000m")  # type: ignore[operator]
    single = sp.parse(article * 20, form=form)  # type: ignore[arg-type]
    double = sp.parse(article * 40, form=form)  # type: ignore[arg-type]
    assert len(double.rounds) == 2 * len(single.rounds) == 160
    rows = sum(len(race.results) for race in single.races())
    assert sum(len(race.results) for race in double.races()) == 2 * rows


def test_one_huge_line() -> None:
    source = "| " + " | ".join(["x"] * 200_000) + " |\n"
    event = sp.parse(source, form="text")
    assert located(event) == [(1, "unknown-table")]


def test_one_huge_wikitext_row() -> None:
    source = "{|\n! Rank !! Athlete !! Time\n|-\n| " + " || ".join(["1"] * 100_000) + "\n|}\n"
    event = sp.parse(WIKI_HEATS + source, form="wikitext")
    assert [code for _, code in located(event)] == ["extra-cells"]


# --- anything at all -----------------------------------------------------------------------

WIKI_PIECES = st.sampled_from(
    [
        "{|", "|}", "|-", "||", "!!", "|+", "{{", "}}", "[[", "]]", "\n", "\n| ", "\n! ", " ",
        "rowspan=2 |", "colspan=3 |", "<br />", "<ref>", "</ref>", "<!--", "-->", "'''",
        "==Results==\n", "===Heats===\n", "==Records==\n", ";Heat 1\n", "Infobox\n",
        "{{Infobox Olympic event\n|gold=", "- Gold: ", "{{flagIOC|KOR}}", "1:29.109", "DQ",
        "Rank", "Athlete", "Time", "Country", "Heat", "Date", "Round", "Q", "–", "|", "=",
    ]
)  # fmt: skip


def check_anything(source: str, form: str) -> None:
    try:
        event = sp.parse(source, form=form)  # type: ignore[arg-type]
    except ShorttrackParseError:
        return
    assert_located(event, source)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.sampled_from(["auto", "text", "wikitext"]))
def test_arbitrary_text(source: str, form: str) -> None:
    check_anything(source, form)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WIKI_PIECES, max_size=60).map("".join), st.sampled_from(["text", "wikitext"]))
def test_arbitrary_markup(source: str, form: str) -> None:
    check_anything(source, form)


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    try:
        event = sp.parse(data)
    except InputError:
        return
    assert_located(event, data.decode("utf-8-sig"))


@pytest.mark.parametrize("written", ["1:29,398", "1;29.398", "1:29.3988"])
def test_a_mistyped_standing_record_time_is_reported_not_taken_for_a_place(written: str) -> None:
    wikitext = (
        "==Records==\n"
        '{| class="wikitable"\n'
        "|-\n"
        "| Olympic record || [[Satoru Terao]] || "
        f"{written} || [[Nagano]], Japan || 17 February 1998\n"
        "|}\n"
    )
    event = sp.parse(wikitext, form="wikitext")
    (record,) = event.records.standing
    assert (record.time, record.place, record.date) == (None, "Nagano, Japan", "17 February 1998")
    assert [(d.line, d.code) for d in event.diagnostics] == [(4, "bad-time")]


def _table_lines_with(text: str, closer: str) -> list[int]:
    """Indexes of the cell lines of tables (not table marks) that hold ``closer``."""
    found, depth = [], 0
    for index, line in enumerate(text.split("\n")):
        if line.startswith("{|"):
            depth += 1
        elif line.startswith("|}"):
            depth -= depth > 0
        elif depth and line.startswith(("|", "!")) and not line.startswith(("|-", "|+")):
            found += [index] if closer in line else []
    return found


@pytest.mark.parametrize(
    "path", sorted([*FIXTURES.glob("wikitext/*.wiki"), *FIXTURES.glob("editor/*.wiki")]), ids=str
)
@pytest.mark.parametrize(("closer", "broken"), [("}}", "}"), ("]]", "]")])
def test_every_unclosed_template_or_link_in_a_row_is_reported(
    path: Path, closer: str, broken: str
) -> None:
    """Cut one closer from any table row of a real article: that row's line gets a word."""
    text = path.read_text(encoding="utf-8")
    rows = _table_lines_with(text, closer)
    assert rows
    for index in rows:
        lines = text.split("\n")
        lines[index] = lines[index].replace(closer, broken, 1)
        opener = "{{" if closer == "}}" else "[["
        if lines[index].count(opener) <= lines[index].count(closer):
            continue  # the row had a closer to spare ("}}}"): still balanced
        event = sp.parse("\n".join(lines), form="wikitext")
        codes = {d.code for d in event.diagnostics if d.line == index + 1}
        assert codes & {"unclosed-template", "unclosed-link", "cell-attributes"}, (
            index + 1,
            lines[index],
        )


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("{{" * 40 + "x" + "}}" * 40, "unreadable-markup"),
        ("align=left | {{flagIOC|KOR <ref>r</ref>", "unclosed-template"),
    ],
)
def test_each_line_holding_the_same_broken_cell_is_reported(cell: str, code: str) -> None:
    text = (
        "==Results==\n===Heats===\n{| class=wikitable\n! Rank !! Athlete !! Country\n"
        f"|-\n| 1 || [[A]] || {cell}\n|-\n| 2 || [[B]] || {cell}\n|}}\n"
    )
    event = sp.parse(text, form="wikitext")
    assert [d.line for d in event.diagnostics if d.code == code] == [6, 8]
