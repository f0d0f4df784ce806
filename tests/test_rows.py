"""Fitting a row's cells to its header, and re-aligning a row that lost a rowspan cell."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shorttrack_parse._cells import _ACCEPTS as ACCEPTS
from shorttrack_parse._cells import fits, kind_of, read_rank
from shorttrack_parse._columns import Column, columns_of
from shorttrack_parse._document import Cell, Inline
from shorttrack_parse._results import CellValues
from shorttrack_parse._rows import _SPANNABLE as SPANNABLE
from shorttrack_parse._rows import fit_row

RECORDS = columns_of(("Date", "Round", "Team", "Time", "OR", "WR"))
COMBINED = columns_of(("Rank", "Heat", "Name", "Country", "Time", "Notes"))
SIMPLE = columns_of(("Rank", "Athlete", "Country", "Time", "Notes"))


def cells(*texts: str) -> tuple[Cell, ...]:
    return tuple(Cell(Inline(text)) for text in texts)


def texts(fitted_cells: tuple[Cell, ...] | None) -> tuple[str, ...] | None:
    return None if fitted_cells is None else tuple(cell.text for cell in fitted_cells)


def test_a_fitting_row_is_kept_as_it_is() -> None:
    row = cells("13 February", "Heat 7", "", "1:28.183", "OR", "")
    fitted = fit_row(RECORDS, row, None, realign=True)
    assert fitted.cells == row
    assert fitted.problem is None
    assert fitted.extra == ()


def test_records_row_that_lost_its_date_cell_is_realigned() -> None:
    # fixtures/text/2002-men-1500m.txt: "| Semifinal 1 | | 2:15.942 | OR | | |" under
    # "Date | Round | Team | Time | OR | WR": the date spanned two rows in the wikitext.
    previous = cells("20 February", "Heat 5", "", "2:18.846", "OR", "")
    row = cells("Semifinal 1", "", "2:15.942", "OR", "", "")
    fitted = fit_row(RECORDS, row, previous, realign=True)
    assert texts(fitted.cells) == ("20 February", "Semifinal 1", "", "2:15.942", "OR", "")
    assert fitted.problem is None
    # The borrowed cell is the previous row's own cell.
    assert fitted.cells is not None
    assert fitted.cells[0] is previous[0]


def test_records_row_that_lost_date_and_round_is_realigned() -> None:
    previous = cells("20 February", "Heat 5", "", "2:18.846", "OR", "")
    row = cells("", "2:15.942", "OR", "", "", "")
    fitted = fit_row(RECORDS, row, previous, realign=True)
    assert texts(fitted.cells) == ("20 February", "Heat 5", "", "2:15.942", "OR", "")


def test_combined_heats_row_that_lost_its_heat_cell_is_realigned() -> None:
    previous = cells("1", "1", "Shim Suk-hee", "", "2:24.765", "Q")
    row = cells("2", "Marie-Ève Drolet", "", "2:24.859", "Q")
    fitted = fit_row(COMBINED, row, previous, realign=True)
    assert texts(fitted.cells) == ("2", "1", "Marie-Ève Drolet", "", "2:24.859", "Q")
    assert fitted.problem is None


def test_combined_heats_row_that_lost_its_heat_cell_and_its_empty_notes() -> None:
    previous = cells("3", "1", "Anna Seidel", "", "2:25.700", "Q")
    row = cells("4", "Martina Valcepina", "", "2:27.212")
    fitted = fit_row(COMBINED, row, previous, realign=True)
    assert texts(fitted.cells) == ("4", "1", "Martina Valcepina", "", "2:27.212", "")


def test_a_lost_cell_without_a_previous_row_is_a_problem() -> None:
    fitted = fit_row(
        RECORDS, cells("Semifinal 1", "", "2:15.942", "OR", "", ""), None, realign=True
    )
    assert fitted.cells is None
    assert fitted.problem == (
        "its cells do not fit the header (date='Semifinal 1', team='2:15.942', time='OR')"
    )


def test_ambiguous_realignment_is_a_problem() -> None:
    # Under Date | Round | Time | Record the lost cell could be the date or the round:
    # both borrowings fit, so the row is not guessed at.
    columns = columns_of(("Date", "Round", "Time", "Record"))
    previous = cells("13 February", "Heat 7", "1:28.183", "OR")
    fitted = fit_row(columns, cells("", "1:27.000", "OR"), previous, realign=True)
    assert fitted.cells is None
    assert fitted.problem == "its cells could be re-aligned in more than one way"


def test_a_row_that_fits_in_no_way_is_a_problem() -> None:
    previous = cells("1", "1", "Shim Suk-hee", "", "2:24.765", "Q")
    row = cells("2", "Marie-Ève Drolet", "", "2:24.859", "Q", "x")
    fitted = fit_row(COMBINED, row, previous, realign=True)
    assert fitted.cells is None
    assert fitted.problem is not None
    assert fitted.problem.startswith("its cells do not fit the header (rank='2', race=")


def test_short_row_is_padded_with_empty_cells() -> None:
    fitted = fit_row(SIMPLE, cells("1", "Wim De Deyne"), None, realign=True)
    assert texts(fitted.cells) == ("1", "Wim De Deyne", "", "", "")
    assert fitted.problem is None
    assert fitted.extra == ()


def test_extra_cells_are_reported_not_dropped_silently() -> None:
    row = cells("1", "Steven Bradbury", "", "1:29.109", "", "stray", "", "more")
    fitted = fit_row(SIMPLE, row, None, realign=True)
    assert texts(fitted.cells) == ("1", "Steven Bradbury", "", "1:29.109", "")
    assert fitted.extra == ("stray", "more")


def test_empty_extra_cells_are_not_extra() -> None:
    fitted = fit_row(
        SIMPLE, cells("1", "Steven Bradbury", "", "1:29.109", "", "", ""), None, realign=True
    )
    assert fitted.extra == ()


def test_laid_out_spans_leave_odd_values_where_they_are() -> None:
    # Wikitext spans are laid out, so nothing was lost: the cell readers report odd values.
    row = cells("1:29.109", "1", "Steven Bradbury", "Q", "")
    fitted = fit_row(SIMPLE, row, cells("1", "Li", "", "1:30.000", ""), realign=False)
    assert fitted.cells == row
    assert fitted.problem is None


def test_a_row_that_lost_its_tied_rank_is_realigned_as_a_tie() -> None:
    previous = cells("2", "Ohno", "", "1:25.100", "Q")
    fitted = fit_row(SIMPLE, cells("Li", "", "1:25.100", "Q", ""), previous, realign=True)
    assert texts(fitted.cells) == ("2", "Li", "", "1:25.100", "Q")


def test_a_lost_race_number_is_preferred_when_the_ranks_follow_on() -> None:
    # Rank | Heat | Name …: the row "2 | Anna" lost either its heat (2nd in heat 1)
    # or its rank (tied 1st in heat 2); only the first continues the ranks.
    previous = cells("1", "1", "Choi", "", "43.147", "Q")
    row = cells("2", "Anna Seidel", "", "43.880", "Q", "")
    fitted = fit_row(COMBINED, row, previous, realign=True)
    assert texts(fitted.cells) == ("2", "1", "Anna Seidel", "", "43.880", "Q")


@pytest.mark.parametrize(
    "row",
    [
        ("1", "1", "Shim Suk-hee", "", "2:24.765", "Q"),
        ("–", "2", "Elise Christie", "", "", "DNF"),
        ("3", "3", "Li Jianrou", "", "2:27.758 OR", "Q"),
    ],
)
def test_combined_rows_that_fit(row: tuple[str, ...]) -> None:
    fitted = fit_row(COMBINED, cells(*row), None, realign=True)
    assert texts(fitted.cells) == row


# The long way, as fit_row was first written: every candidate's texts built and
# classified through the general `fits`.
def _fit_the_long_way(
    columns: tuple[Column, ...], row: tuple[Cell, ...], previous: tuple[Cell, ...] | None
) -> tuple[tuple[Cell, ...] | None, str | None, tuple[str, ...]]:
    width = len(columns)
    extra: tuple[str, ...] = ()
    if len(row) > width:
        extra = tuple(cell.text for cell in row[width:] if cell.text.strip())
        row = row[:width]
    row += (Cell(Inline("")),) * (width - len(row))
    if fits(columns, tuple(cell.text for cell in row)):
        return row, None, extra
    if previous is None or extra:
        return None, "misfit", ()
    trailing = len(row) - len(tuple(itertools.dropwhile(lambda c: not c.text.strip(), row[::-1])))
    found: list[tuple[Cell, ...]] = []
    seen: set[tuple[str, ...]] = set()
    for lost in range(1, min(2, trailing) + 1):
        for start in range(width - lost + 1):
            if not all(column in SPANNABLE for column in columns[start : start + lost]):
                continue
            candidate = row[:start] + previous[start : start + lost] + row[start : width - lost]
            candidate_texts = tuple(cell.text for cell in candidate)
            if fits(columns, candidate_texts) and candidate_texts not in seen:
                seen.add(candidate_texts)
                found.append(candidate)
        if found:
            break
    if len(found) == 1:
        return found[0], None, ()
    if found and Column.RANK in columns:
        index = columns.index(Column.RANK)
        before = read_rank(previous[index].text)[0]
        scores = []
        for candidate in found:
            rank = read_rank(candidate[index].text)[0]
            borrowed = candidate[index] is previous[index]
            follows = before is not None and rank == before + 1
            scores.append(
                2
                if (rank is None and not borrowed) or follows
                else int(borrowed and rank is not None)
            )
        if max(scores) > 0 and scores.count(max(scores)) == 1:
            return found[scores.index(max(scores))], None, ()
    return None, "ambiguous" if found else "misfit", ()


_TEXTS = (
    "",
    "–",
    "1",
    "2",
    "3",
    "Q",
    "DQ",
    "OR",
    "43.880",
    "1:27.048 OR",
    "Heat 2",
    "Li",
    "13 February",
)
_COLUMNS = (COMBINED, SIMPLE, RECORDS)


@settings(max_examples=400, deadline=None)
@given(
    columns=st.sampled_from(_COLUMNS),
    row=st.lists(st.sampled_from(_TEXTS), max_size=8),
    previous=st.none() | st.lists(st.sampled_from(_TEXTS), min_size=1, max_size=6),
    memo=st.booleans(),
)
def test_fit_row_agrees_with_the_long_way(
    columns: tuple[Column, ...], row: list[str], previous: list[str] | None, memo: bool
) -> None:
    row_cells = cells(*row)
    # A row above narrower than the header (one read under an earlier header) too.
    previous_cells = None if previous is None else cells(*previous)
    values = CellValues()
    memos = {"kind": values.kind, "rank": values.rank} if memo else {}
    try:
        expected, problem, extra = _fit_the_long_way(columns, row_cells, previous_cells)
    except ValueError:  # zip(strict=True) in fits
        with pytest.raises(ValueError, match="zip"):
            fit_row(columns, row_cells, previous_cells, realign=True, **memos)
        return
    fitted = fit_row(columns, row_cells, previous_cells, realign=True, **memos)
    assert fitted.extra == extra
    assert (fitted.problem is None) == (problem is None)
    if expected is None:
        assert fitted.cells is None
    else:
        assert fitted.cells is not None
        assert texts(fitted.cells) == texts(expected)


@given(columns=st.sampled_from(_COLUMNS), row=st.lists(st.sampled_from(_TEXTS), max_size=7))
def test_fits_agrees_with_the_long_way(columns: tuple[Column, ...], row: list[str]) -> None:
    texts = tuple(row)
    try:
        expected = all(
            kind_of(text) in ACCEPTS[column] for column, text in zip(columns, texts, strict=True)
        )
    except ValueError:
        with pytest.raises(ValueError, match="zip"):
            fits(columns, texts)
        return
    assert fits(columns, texts) == expected


def test_article_memos_agree_with_their_functions() -> None:
    values = CellValues()
    for text in (*_TEXTS, *_TEXTS):
        assert values.kind(text) is kind_of(text)
        assert values.rank(text) == read_rank(text)
