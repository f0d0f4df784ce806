"""Every table row of the source is a result, a race label, or a diagnostic — once."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

import shorttrack_parse as sp

NAMES = st.sampled_from(["[[Kim A]]", "Lee B", "[[Park C|Park]]", "{{sortname|Choi|D}}"])
FLAGS = st.sampled_from(["{{flagIOC|KOR|2018 Winter}}", "{{flagIOC|CAN}}", "", "Canada"])
TIMES = st.sampled_from(["43.147", "1:29.109", "", "DQ", "fast"])
NOTES = st.sampled_from(["Q", "'''Q'''", "", "PEN (impeding)", "q", "ADVA"])
RANKS = st.sampled_from(["1", "2", "3", "–", "DNF", "first"])


@st.composite
def _row(draw: st.DrawFn) -> tuple[str, str]:
    """One row on one line, and what it is."""
    shape = draw(
        st.sampled_from(["full", "full", "full", "short", "extra", "empty", "label", "span"])
    )
    cells = [draw(RANKS), draw(NAMES), draw(FLAGS), draw(TIMES), draw(NOTES)]
    if shape == "short":
        cells = cells[: draw(st.integers(1, 4))]
    elif shape == "extra":
        cells = [*cells, "stray"]
    elif shape == "empty":
        cells = [""] * 5
    elif shape == "label":
        return f"| colspan=5 | Heat {draw(st.integers(1, 9))}", "label"
    elif shape == "span":
        return "| colspan=5 | Results as published", "row"
    return "| " + " || ".join(cells), "row"


def _assert_accounted(event: sp.Event, kinds: dict[int, str], lines: list[str]) -> None:
    """Each row line is one result, or a diagnostic, or (a race label) neither."""
    read = Counter(result.line for race in event.races() for result in race.results)
    reported = {diagnostic.line for diagnostic in event.diagnostics}
    assert all(count == 1 for count in read.values()), "a row became two results"
    for line, kind in kinds.items():
        if kind == "label":
            assert line not in read
        else:
            assert line in read or line in reported, f"line {line} vanished: {lines[line - 1]}"
    assert set(read) <= set(kinds)


@settings(max_examples=60, deadline=None)
@given(st.lists(_row(), min_size=1, max_size=12))
def test_every_row_is_read_once_or_reported(rows: list[tuple[str, str]]) -> None:
    lines = ["==Results==", "===Heats===", "{| class=wikitable", "! Rank !! Athlete !! Country "
             "!! Time !! Notes"]  # fmt: skip
    kinds: dict[int, str] = {}
    for text, kind in rows:
        lines.append("|-")
        lines.append(text)
        kinds[len(lines)] = kind
    lines.append("|}")
    event = sp.parse("\n".join(lines), form="wikitext", title="Women's 500 metres")

    _assert_accounted(event, kinds, lines)


@settings(max_examples=60, deadline=None)
@given(st.lists(_row(), min_size=1, max_size=12))
def test_every_flattened_row_is_read_once_or_reported(rows: list[tuple[str, str]]) -> None:
    lines = ["==Results==", "===Heats===", "", "| Rank | Athlete | Country | Time | Notes |"]
    kinds: dict[int, str] = {}
    for text, kind in rows:
        # The same cells as flattened text writes them: links as text, templates gone.
        cells = [cell.split("|")[-1].strip() for cell in text[1:].split("||")]
        plain = [cell.replace("[[", "").replace("]]", "").replace("'''", "") for cell in cells]
        plain = ["" if cell.startswith("{{") else cell for cell in plain]
        lines.append("| " + " | ".join(plain) + " |")
        kinds[len(lines)] = kind
    event = sp.parse("\n".join(lines), form="text")

    _assert_accounted(event, kinds, lines)
