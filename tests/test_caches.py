"""The speed caches change no result: cold, warm or shared, every fixture reads the same."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import shorttrack_parse as sp
from shorttrack_parse import _cells, _columns, _wikitable
from shorttrack_parse._checks import statuses
from shorttrack_parse._text import CACHE_SIZE, CACHED_LENGTH, TextCache

FIXTURES = sorted(
    path
    for folder in ("wikitext", "text", "editor")
    for path in Path("fixtures", folder).iterdir()
    if path.suffix in (".wiki", ".txt")
)


def _text_caches() -> list[TextCache[object]]:
    """Every :class:`TextCache` of the package, each once, found in its modules.

    Found rather than listed, so that a cache added later is cleared and checked too.
    """
    for module in pkgutil.walk_packages(sp.__path__, "shorttrack_parse."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found: dict[int, TextCache[object]] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("shorttrack_parse"):
            for value in vars(module).values():
                if isinstance(value, TextCache):
                    found[id(value)] = value
    return list(found.values())


# Every function memoised across validations, and every one memoised for parsing.
CACHED_BY_VALIDATION: tuple[TextCache[object], ...] = (statuses._status_written,)
CACHED = tuple(
    cache
    for cache in _text_caches()
    if not any(cache is validation for validation in CACHED_BY_VALIDATION)
)


def _clear() -> None:
    for function in (*CACHED, *CACHED_BY_VALIDATION):
        function.cache_clear()


def _reading(path: Path, parse: Callable[[Path], sp.Event]) -> tuple[object, list[str]]:
    event = parse(path)
    return sp.to_dict(event), [repr(finding) for finding in sp.validate(event).findings]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_cold_and_warm_caches_read_alike(path: Path) -> None:
    _clear()
    cold = _reading(path, sp.parse_file)
    assert _columns.column_of.cache_info().currsize  # the warm reading finds its texts kept
    warm = _reading(path, sp.parse_file)
    assert warm == cold


def test_caches_are_filled_by_parsing() -> None:
    _clear()
    sp.parse_file("fixtures/wikitext/2002-men-1000m.wiki")
    sp.parse_file("fixtures/wikitext/2010-women-3000m-relay.wiki")  # a relay's members
    sp.parse_file("fixtures/editor/1992-men-5000m-relay.wiki")  # rows split the long way
    assert [function for function in CACHED if not function.cache_info().currsize] == []


def test_every_cache_is_found() -> None:
    found = {id(cache) for cache in CACHED}  # caches are dicts: compared by their contents
    assert len(found) >= 15
    assert {id(_cells.kind_of), id(_columns.column_of), id(_wikitable._split_cell_facts)} <= found


def test_caches_of_validation_are_filled_by_validating() -> None:
    event = sp.parse_file("fixtures/wikitext/2002-men-1000m.wiki")
    _clear()
    sp.validate(event)
    assert all(function.cache_info().currsize for function in CACHED_BY_VALIDATION)


def test_validating_an_equal_copy_reports_the_same() -> None:
    # The checks share per-event structures; an equal but distinct event builds its own.
    event = sp.parse_file("fixtures/wikitext/2010-men-1500m-errors.wiki")
    copy = sp.from_dict(sp.to_dict(event))
    assert copy == event
    assert copy is not event
    first = sp.validate(event).findings
    assert first
    assert sp.validate(copy).findings == first
    assert sp.validate(event).findings == first


def test_same_cell_text_in_other_articles_reports_each_its_own_line() -> None:
    # A country read once per cell value still reports the row it stands in.
    row = "| 1 || [[A B]] || {{flagIOC|XYZ|2002 Winter}} || 1:29.109 ||\n|-\n"
    table = "{| class=wikitable\n! Rank !! Athlete !! Country !! Time !! Notes\n|-\n"
    for padding in (0, 3):
        text = "\n" * padding + "==Results==\n===Final===\n" + table + row + row + "|}\n"
        event = sp.parse(text, form="wikitext")
        lines = [d.line for d in event.diagnostics if d.code == "unknown-country"]
        assert lines == [padding + 6, padding + 8]


def test_long_texts_are_not_kept() -> None:
    _clear()
    long_header = "Rank " + "x" * CACHED_LENGTH
    assert _columns.column_of(long_header) is _columns.column_of("Rank x")
    assert _columns.column_of.cache_info().currsize == 1
    assert _columns.column_of("Rank") is _columns.Column.RANK
    assert _columns.column_of.cache_info().currsize == 2


def test_a_full_cache_forgets_its_texts_and_keeps_working() -> None:
    @TextCache
    def length(text: str) -> int:
        return len(text)

    for number in range(CACHE_SIZE):
        assert length(str(number)) == len(str(number))
    assert length.cache_info().currsize == CACHE_SIZE
    assert length("new text") == len("new text")  # the cache was full: all forgotten first
    assert length.cache_info().currsize == 1
    assert length("new text") == len("new text")
