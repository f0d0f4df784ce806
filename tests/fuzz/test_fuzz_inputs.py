"""Hostile text keeps every promise: only ShorttrackParseError escapes, lines in range."""

from __future__ import annotations

import pytest
from conftest import examples
from hypothesis import given
from hypothesis.strategies import binary

import shorttrack_parse as sp

from .generators import (
    FIXTURE_TEXTS,
    arbitrary_text,
    assembled_wikitext,
    flattened_tables,
    mutated_fixture,
)
from .properties import check_text


@examples(40)
@given(arbitrary_text())
def test_arbitrary_text(text: str) -> None:
    check_text(text)


@examples(40)
@given(assembled_wikitext())
def test_assembled_wikitext(text: str) -> None:
    check_text(text)


@examples(30)
@given(flattened_tables())
def test_flattened_tables(text: str) -> None:
    check_text(text)


@examples(30)
@given(mutated_fixture())
def test_mutated_fixtures(text: str) -> None:
    check_text(text)


@pytest.mark.parametrize("index", range(len(FIXTURE_TEXTS)))
def test_every_fixture_truncated_at_every_tenth_line(index: int) -> None:
    lines = FIXTURE_TEXTS[index].split("\n")
    for end in range(0, len(lines), 10):
        check_text("\n".join(lines[:end]))


@examples(20)
@given(binary())
def test_bytes_are_read_or_refused_as_input_errors(data: bytes) -> None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        with pytest.raises(sp.InputError):
            sp.parse(data)
    else:
        check_text(data)
