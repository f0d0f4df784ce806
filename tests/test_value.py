"""The bases of the internal record classes: equality, hashing, repr and replace by field."""

from __future__ import annotations

import pytest

from shorttrack_parse._document import Cell, Heading, Inline, Link, Table, Term


def test_equal_by_fields_and_class() -> None:
    assert Heading("Results", 2, 3) == Heading("Results", 2, 3)
    assert Heading("Results", 2, 3) != Heading("Results", 2, 4)
    assert Term("Heat 1", 5) != Heading("Heat 1", 5, 5)
    assert Inline("a", (Link("A", "a"),)) == Inline("a", (Link("A", "a"),))
    assert Inline("a", (Link("A", "a"),)) != Inline("a", (Link("B", "a"),))


def test_frozen_records_hash_by_value_mutable_ones_do_not_hash() -> None:
    assert hash(Term("Heat 1", 5)) == hash(Term("Heat 1", 5))
    assert len({Term("Heat 1", 5), Term("Heat 1", 5), Term("Heat 2", 5)}) == 2
    with pytest.raises(TypeError):
        hash(Cell(Inline("a")))


def test_repr_names_every_field() -> None:
    assert repr(Term("Heat 1", 5)) == "Term(line=5, text='Heat 1')"


def test_replace_copies_with_changes() -> None:
    table = Table((), 1, 2, Inline("Heat 1"))
    changed = table.replace(end_line=9)
    assert (changed.line, changed.end_line, changed.caption) == (1, 9, Inline("Heat 1"))
    assert table.end_line == 2
    with pytest.raises(TypeError, match="no field 'width'"):
        table.replace(width=3)
