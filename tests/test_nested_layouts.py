"""Results wherever editors put them: tables inside layout tables, column templates,
labels inside outer cells, rows swallowed by an unclosed template."""

from __future__ import annotations

import gc
import time

import pytest
from conftest import examples
from hypothesis import given
from hypothesis import strategies as st

import shorttrack_parse as sp

TITLE = "Men's 1500 metres"
HEAD = "! Rank !! Athlete !! Country !! Time !! Notes"


def race_table(first: str, caption: str | None = None) -> str:
    lines = ['{| class="wikitable"']
    if caption is not None:
        lines.append(f"|+ {caption}")
    lines += [
        HEAD,
        "|-",
        f"| 1 || [[{first}]] || {{{{flagIOC|CAN|2002 Winter}}}} || 2:20.000 || Q",
        "|-",
        "| 2 || [[Other Skater]] || {{flagIOC|KOR|2002 Winter}} || 2:21.000 ||",
        "|}",
    ]
    return "\n".join(lines)


def parse(body: str) -> sp.Event:
    return sp.parse("==Results==\n===Heats===\n" + body, form="wikitext", title=TITLE)


def codes(event: sp.Event) -> list[str]:
    return [diagnostic.code for diagnostic in event.diagnostics]


@pytest.mark.parametrize(
    "label",
    [
        lambda n: (f";Heat {n}", None),
        lambda n: (f"'''Heat {n}'''", None),
        lambda n: (f"====Heat {n}====", None),
        lambda n: ("", f"Heat {n}"),
    ],
    ids=["term", "bold line", "heading", "caption"],
)
def test_side_by_side_heats_keep_their_labels(label: object) -> None:
    cells = []
    for n, skater in ((1, "Anna A"), (2, "Berit B"), (3, "Cara C")):
        above, caption = label(n)  # type: ignore[operator]
        cells.append(
            "|valign=top|\n" + (above + "\n" if above else "") + race_table(skater, caption)
        )
    body = '{| role="presentation"\n' + cells[0] + "\n" + cells[1] + "\n|-\n" + cells[2] + "\n|}"
    event = parse(body)
    assert codes(event) == []
    assert [race.key for race in event.races()] == ["heat-1", "heat-2", "heat-3"]
    assert [race.results[0].name for race in event.races()] == ["Anna A", "Berit B", "Cara C"]
    assert all(len(race.results) == 2 for race in event.races())


def test_tables_nested_three_deep_are_read_in_document_order() -> None:
    inner = race_table("Deep One", "Heat 2")
    middle = "{|\n|\n" + inner + "\n|}"
    body = "{|\n|\n" + race_table("Top One", "Heat 1") + "\n|\n" + middle + "\n|}"
    body += "\n" + race_table("After One", "Heat 3")
    event = parse(body)
    assert codes(event) == []
    assert [race.results[0].name for race in event.races()] == ["Top One", "Deep One", "After One"]


def test_an_inner_table_left_open_closes_at_the_next_label() -> None:
    unclosed = race_table("Anna A").removesuffix("|}")
    body = "{|\n|valign=top|\n;Heat 1\n" + unclosed + "\n;Heat 2\n" + race_table("Berit B")
    body += "\n|}"
    event = parse(body)
    assert [race.key for race in event.races()] == ["heat-1", "heat-2"]
    assert [(d.code, d.line) for d in event.diagnostics] == [("unclosed-table", 6)]


@pytest.mark.parametrize(
    ("opening", "between", "closing"),
    [
        ("{{col-begin}}\n{{col-2}}", "{{col-2}}", "{{col-end}}"),
        ("{{col-begin}}\n{{col-3}}", "{{col-break}}", "{{col-end}}"),
        ("{{div col|colwidth=30em}}", "", "{{div col end}}"),
        ("{{multiple tables|", "", "}}"),
    ],
)
def test_column_templates_are_transparent(opening: str, between: str, closing: str) -> None:
    body = "\n".join(
        [
            opening,
            ";Heat 1",
            race_table("Anna A"),
            between,
            ";Heat 2",
            race_table("Berit B"),
            closing,
        ]
    )
    event = parse(body)
    assert [race.key for race in event.races()] == ["heat-1", "heat-2"]
    assert [race.results[0].name for race in event.races()] == ["Anna A", "Berit B"]
    assert "unknown-table" not in codes(event)


def test_rows_swallowed_by_an_unclosed_template_are_reported() -> None:
    body = (
        ";Heat 1\n{|\n" + HEAD + "\n|-\n"  # lines 3-6
        "| 1 || {{sortname|Anna|A || CAN || 2:20.000 ||\n"  # line 7: {{ left open
        "|-\n"
        "| 2 || [[Berit B]] || KOR || 2:21.000 ||\n"
        "|-\n"
        "| 3 || [[Cara C]] || NED || 2:22.000 || }}\n"  # line 11: closed here
        "|}"
    )
    event = parse(body)
    [swallowed] = [d for d in event.diagnostics if d.code == "swallowed-rows"]
    assert swallowed.line == 7
    assert "opened on line 7" in swallowed.message
    assert "lines 8-10" in swallowed.message
    assert "closes only on line 11" in swallowed.message
    assert len(next(event.races()).results) == 1  # as MediaWiki: the rows are an argument


def test_a_template_over_several_lines_in_a_cell_is_not_reported() -> None:
    body = ";Heat 1\n{|\n" + HEAD + "\n|-\n| 1 || {{sortname\n|Anna\n|A}} || CAN || 2:20.000 ||\n|}"
    event = parse(body)
    assert codes(event) == []
    assert next(event.races()).results[0].name == "Anna A"


def test_refs_and_pipe_templates_do_not_split_cells() -> None:
    body = (
        ";Heat 1\n{|\n" + HEAD + "\n|-\n"
        "| 1 || [[Anna A]]<ref>Name | as || spelled</ref> || CAN || 2:20.000 || Q\n"
        "{{!}}-\n"
        "{{!}} 2 {{!}}{{!}} [[Berit B]]<ref name=x>multi\n|| line\n|-</ref> || KOR || 2:21.000 ||\n"
        "|}"
    )
    event = parse(body)
    assert codes(event) == []
    results = next(event.races()).results
    assert [(r.rank, r.name, r.noc, str(r.time)) for r in results] == [
        (1, "Anna A", "CAN", "2:20.000"),
        (2, "Berit B", "KOR", "2:21.000"),
    ]


def _seconds(depth: int) -> float:
    """The best of three parses of ``depth`` tables opened inside each other, never closed."""
    text = "==Results==\n" + "{|\n|\n" * depth
    best = float("inf")
    gc.collect()
    gc.disable()  # a collection in the middle of one run is noise, not cost
    try:
        for _ in range(3):
            start = time.perf_counter()
            sp.parse(text, form="wikitext")
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


def test_tables_left_unclosed_inside_each_other_cost_linear_time() -> None:
    small, large = _seconds(2000), _seconds(8000)
    # Four times the depth: linear time is about 4x, quadratic 16x (generous margin).
    assert large < 8 * small + 0.05


def test_a_results_table_with_a_table_in_a_cell_stays_a_results_table() -> None:
    body = (
        ";Heat 1\n{|\n" + HEAD + "\n|-\n| 1 || [[Anna A]] || CAN || 2:20.000 ||\n|-\n"
        "| 2 || [[Berit B]] || KOR || 2:21.000 || see\n{|\n| split || 1:10.000\n|}\n|}"
    )
    event = parse(body)
    assert [r.name for r in next(event.races()).results] == ["Anna A", "Berit B"]
    # The small inner table is read as what it is: neither results nor records.
    assert [d.code for d in event.diagnostics] == ["unknown-table"]


# --- property: however the heats are laid out, every row is read once, in order --------

LABELS = ["term", "bold", "heading", "caption"]


@st.composite
def _layouts(draw: st.DrawFn) -> tuple[str, list[list[str]]]:
    """Heats laid out in layout tables (nested to a random depth), and their skaters."""
    heats = draw(st.integers(1, 5))
    per_row = draw(st.integers(1, 3))
    depth = draw(st.integers(1, 3))
    style = draw(st.sampled_from(LABELS))
    skaters = [
        [f"Skater {n}{chr(97 + i)}" for i in range(draw(st.integers(1, 4)))]
        for n in range(1, heats + 1)
    ]
    cells = []
    for n, names in enumerate(skaters, 1):
        rows = "".join(
            f"|-\n| {place} || [[{name}]] || {{{{flagIOC|CAN}}}} || 2:2{place}.000 ||\n"
            for place, name in enumerate(names, 1)
        )
        caption = f"|+ Heat {n}\n" if style == "caption" else ""
        label = {
            "term": f";Heat {n}\n",
            "bold": f"'''Heat {n}'''\n",
            "heading": f"====Heat {n}====\n",
        }
        table = f'{{| class="wikitable"\n{caption}{HEAD}\n{rows}|}}'
        cell = "|valign=top|\n" + label.get(style, "") + table
        if n > 1 and (n - 1) % per_row == 0:
            cell = "|-\n" + cell
        cells.append(cell)
    body = "{|\n" + "\n".join(cells) + "\n|}"
    for _ in range(depth - 1):
        body = "{|\n|\n" + body + "\n|}"
    return body, skaters


@examples(40)
@given(_layouts())
def test_every_row_of_every_laid_out_heat_is_read_once(layout: tuple[str, list[list[str]]]) -> None:
    body, skaters = layout
    event = parse(body)
    assert codes(event) == []
    assert [race.key for race in event.races()] == [f"heat-{n}" for n in range(1, len(skaters) + 1)]
    assert [[r.name for r in race.results] for race in event.races()] == skaters


@pytest.mark.parametrize(
    "labels", ["! Heat 2 !! Heat 1", "| '''Heat 2''' || '''Heat 1'''"], ids=["header", "bold"]
)
def test_a_row_of_labels_labels_the_tables_below_it_column_by_column(labels: str) -> None:
    body = (
        "{|\n"
        + labels
        + "\n|-\n|valign=top|\n"
        + race_table("Berit B")
        + "\n|valign=top|\n"
        + race_table("Anna A")
        + "\n|}"
    )
    event = parse(body)
    assert codes(event) == []
    assert [(race.key, race.results[0].name) for race in event.races()] == [
        ("heat-2", "Berit B"),
        ("heat-1", "Anna A"),
    ]
