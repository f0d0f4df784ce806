"""Every regular expression of the package runs in linear time on its adversarial shapes.

Each shape is the text that would make a backtracking pattern super-linear: runs of
spaces beside a lazy group, a run the pattern could rescan from each of its
characters, an opener never closed.  At 200,000 characters a linear pattern takes
milliseconds and a quadratic one minutes, so one generous time budget tells them
apart on any machine.
"""

from __future__ import annotations

import gc
import re
import time
from collections.abc import Callable

import pytest

from shorttrack_parse import (
    _api,
    _cells,
    _collector,
    _columns,
    _dates,
    _findings,
    _infobox,
    _inline,
    _labels,
    _race_names,
    _source,
    _text,
    _text_reader,
    _wikisyntax,
    _wikitable,
    _wikitext_reader,
    model,
    notes,
    times,
)

N = 200_000
BUDGET = 1.0  # seconds; a quadratic pattern needs hundreds at this size
SPACES = " " * N


# Compiled at import, or on first use (for what only rare input needs): both are checked.
Pattern = re.Pattern[str] | _text.LazyPattern


def _all(pattern: Pattern) -> Callable[[str], object]:
    return lambda text: list(pattern.finditer(text))


# Patterns of fixed strings or one character class: nothing to backtrack.
_LITERALS = {"_NEWLINE", "TEMPLATE_BRACES", "_MARKUP"}

SHAPES: list[tuple[str, Callable[[str], object], str]] = [
    ("title", _text_reader._TITLE.fullmatch, "=" + SPACES + "x"),
    ("text heading", _text_reader._HEADING.fullmatch, "==" + SPACES + "x"),
    ("sentence", _text_reader._SENTENCE.search, ". " * (N // 2) + "x"),
    ("sentence words", _text_reader._SENTENCE.search, "a " * 4 + SPACES),
    ("infobox entry", _text_reader._INFOBOX_ENTRY.fullmatch, "- " + "a" * N),
    ("wiki heading", _wikitext_reader._HEADING.fullmatch, "=a" + "= " * (N // 2) + "x"),
    ("wiki heading marks", _wikitext_reader._HEADING.fullmatch, "=" * N + "x"),
    ("table inside, spaces", _wikitext_reader._TABLE_INSIDE.search, "\n" + SPACES),
    ("table inside, lines", _wikitext_reader._TABLE_INSIDE.search, "\n" * N),
    ("table inside, colons", _wikitext_reader._TABLE_INSIDE.search, "\n" + ": " * (N // 2)),
    ("special links", _wikitext_reader._ONLY_SPECIAL_LINKS.fullmatch, "[[File:x]]" + SPACES + "x"),
    ("only template", _wikitext_reader._ONLY_TEMPLATE.fullmatch, "{{" * (N // 2)),
    ("team prefix", _cells._TEAM_PREFIX.match, "a" + SPACES + "b"),
    ("member separators", _cells._MEMBER_SEPARATORS.split, "a" + SPACES + "b"),
    ("noc suffix", _cells._NOC_SUFFIX.fullmatch, "a " * (N // 2) + "(ABC"),
    ("ascii digit", _cells._ASCII_DIGIT.search, "a" * N),
    ("rank", _cells._RANK.fullmatch, "1" * N),
    ("header noise, brackets", _all(_columns._NOISE), "[" * N),
    ("header noise, marks", _all(_columns._NOISE), "." * N + "x"),
    ("header", _columns._HEADER.fullmatch, "rank " * (N // 5)),
    ("date tokens", _all(_dates._EVERY_WORD), "1a" * (N // 2)),
    ("date numbers", _all(_dates._NUMBER), "1a" * (N // 2)),
    ("date words", _all(_dates._WORD), "1a" * (N // 2)),
    ("date letters", _all(_dates._LETTER), "a" * N),
    ("month names, beginnings", _dates._month_names, "ja" * (N // 2)),
    ("month names, in a word", _dates._month_names, "jan" * (N // 3)),
    ("month names, long", _dates._month_names, "jan" + "a" * N),
    ("month names, words", _dates._month_names, "jan " * (N // 4)),
    ("games", _all(_infobox._GAMES), "2002 " * (N // 5)),
    ("count", _infobox._COUNT.match, "9" * N),
    ("from nations", _infobox._FROM_NATIONS.search, "from " * (N // 5)),
    ("simple tokens, template", _all(_inline._SIMPLE_TOKEN), "{{" + "a" * N),
    ("simple tokens, links", _all(_inline._SIMPLE_TOKEN), "{{[[a]]" * (N // 7)),
    ("simple tokens, link", _all(_inline._SIMPLE_TOKEN), "[[" + "a" * N),
    ("simple tokens, nested templates", _all(_inline._SIMPLE_TOKEN), "{{{{a|" * (N // 6)),
    ("simple tokens, entities", _all(_inline._SIMPLE_TOKEN), "&a" * (N // 2)),
    ("simple tokens, tags", _all(_inline._SIMPLE_TOKEN), "<small " * (N // 7)),
    ("simple tokens, footnotes", _all(_inline._SIMPLE_TOKEN), "<sup>a" * (N // 6)),
    ("inner template", _inline._INNER_TEMPLATE.findall, "{{a" * (N // 3)),
    ("tag starts", _inline._TAG_START.findall, "</" * (N // 2)),
    ("inner template, open", _inline._INNER_TEMPLATE.findall, "{{" + "a}" * (N // 2)),
    ("simple tokens, files", _all(_inline._SIMPLE_TOKEN), "[[File:a|" * (N // 9)),
    ("simple tokens, file captions", _all(_inline._SIMPLE_TOKEN), "[[File:a|" + "[[b" * N),
    ("references", _all(_inline._REFERENCE), "<ref>" * (N // 5)),
    ("reference attributes", _all(_inline._REFERENCE), "<ref " + "a" * N),
    ("openers", _all(_inline._OPENERS), "<a" + SPACES),
    ("openers, many", _all(_inline._OPENERS), "<a " * (N // 3)),
    ("footnote", _inline._FOOTNOTE.fullmatch, SPACES + "x"),
    ("medal icon", _inline._MEDAL_ICON.search, "file:" + "gold " * (N // 5)),
    ("athlete flag", _inline._ATHLETE_FLAG.match, "flag" * (N // 4)),
    ("cell attributes", _wikitable._ATTRIBUTES.fullmatch, "a" * N + "|"),
    ("cell attributes, pairs", _wikitable._ATTRIBUTES.fullmatch, "a=b " * (N // 4) + '"'),
    ("attribute names", _all(_wikitable._ATTRIBUTE_NAME), "a=" * (N // 2)),
    ("spans", _all(_wikitable._SPAN), "rowspan= " * (N // 9)),
    ("comments", _all(_wikisyntax._COMMENT), "<!--" * (N // 4)),
    ("pairs", _all(_wikisyntax._PAIRS), "{{[[" * (N // 4)),
    ("self-closed tag", _wikisyntax._SELF_CLOSED.fullmatch, "<a" + "/" * N),
    ("race name", _race_names._RACE_PATTERN.fullmatch, "heat 1" + SPACES + "x"),
    ("race name, dashes", _race_names._RACE_PATTERN.fullmatch, "final" + " -" * (N // 2)),
    ("time", times._TIME_PATTERN.fullmatch, "1" * N),
    ("infobox opener", _all(_wikitext_reader._INFOBOX), "{{ " * (N // 3)),
    ("magic word", _all(_wikitext_reader._MAGIC_WORD), "__A" * (N // 3)),
    ("list mark", _all(_inline._LIST_MARK), "*#:" * (N // 3)),
    ("list mark, lines", _all(_inline._LIST_MARK), "\n" * N),
    ("three capitals", _all(_inline._THREE_CAPITALS), "AB" * (N // 2)),
    ("race letter", _cells._RACE_LETTER.fullmatch, "a" * N),
    ("medal", _inline._MEDAL.fullmatch, "gold " * (N // 5)),
    ("noc", _all(model._NOC_PATTERN), "AB" * (N // 2)),
    ("note separators", _all(notes._PART_SEPARATORS), ",;/ " * (N // 4)),
    ("not alphanumeric", _all(_text._NOT_ALPHANUMERIC), "a_" * (N // 2)),
    ("finding code", _findings._CODE.fullmatch, "a-" * (N // 2) + "-"),
    ("surrogates", _all(_source._SURROGATE), "a\ud800" * (N // 2)),
    ("flattened cells", _all(_text_reader._CELL_TOKEN), "\\" * N),
    ("pipe word", _all(_wikisyntax._PIPE_WORD), "{{ " * (N // 3)),
    ("pipe word, spaces", _all(_wikisyntax._PIPE_WORD), "{{" + SPACES + "!" + SPACES),
    ("pipe tokens", _all(_wikisyntax._PIPE_TOKENS), "{{ !" * (N // 4)),
    ("pipe tokens, braces", _all(_wikisyntax._PIPE_TOKENS), "{" * N),
    ("row syntax", _wikisyntax._ROW_SYNTAX.match, "a" * N),
    ("row syntax, spaces", _wikisyntax._ROW_SYNTAX.match, SPACES + "x"),
    ("stray tag", _all(_inline._STRAY_TAG), "<a " * (N // 3)),
    ("stray tag, open", _all(_inline._STRAY_TAG), "</" + "a" * N),
    ("race key", _all(_race_names._NOT_KEY), "-a" * (N // 2)),
    ("html cell", _all(_wikitable._HTML_CELL), "<td " * (N // 4)),
    ("html cell, open", _all(_wikitable._HTML_CELL), "<td" + SPACES),
    ("one-line template", _all(_wikisyntax._ONE_LINE_TEMPLATE), "{{a" * (N // 3)),
    ("one-line template, open", _all(_wikisyntax._ONE_LINE_TEMPLATE), "{{" + "a}" * (N // 2)),
    ("common shape, link", _inline._COMMON_SHAPE.fullmatch, "[[" + "a" * N),
    ("common shape, flag", _inline._COMMON_SHAPE.fullmatch, "{{flag" + "|a" * (N // 2)),
    ("common shape, athlete", _inline._COMMON_SHAPE.fullmatch, "{{flagA|[[a|" + "a|" * N),
    ("common shape, spaces", _inline._COMMON_SHAPE.fullmatch, SPACES + "x"),
    ("common shape, apostrophes", _inline._COMMON_SHAPE.fullmatch, "[[" + "a'" * (N // 2)),
    ("common shape, shown", _inline._COMMON_SHAPE.fullmatch, "[[a|" + "'a" * (N // 2) + "''"),
    ("markup characters", _all(_wikisyntax._MARKUP_CHARACTER), "a" * N),
    *(
        (f"plain row {mark}{shape}", pattern.fullmatch, shape * (N // len(shape)) + "{")
        for mark, pattern in _wikisyntax._PLAIN_MARKUP.items()
        for shape in ("[[a|", "{{a|", "{{[[a]]", "{{" + mark, "[[" + mark)
    ),
    ("round kinds", _labels._ROUND.match, "heat " * (N // 5) + "semi " * (N // 5)),
]


@pytest.mark.parametrize(("name", "run", "text"), SHAPES, ids=[shape[0] for shape in SHAPES])
def test_pattern_is_linear_on_its_adversarial_shape(
    name: str, run: Callable[[str], object], text: str
) -> None:
    # The match objects and strings a run makes are many: with the cyclic collector
    # on, after a long session of other tests its passes over a large heap would be
    # timed too (a tenth of a second became a second in the thorough profile).
    with _collector.collector_paused():
        start = time.process_time()
        run(text)
        took = time.process_time() - start
    assert took < BUDGET, f"{name} backtracks on {text[:20]!r}..."


def test_every_pattern_of_the_package_has_a_shape() -> None:
    modules = (_api, _cells, _columns, _dates, _findings, _infobox, _inline, _labels, model)
    modules += (_race_names, _source, _text, _text_reader, _wikisyntax, _wikitable, notes)
    modules += (_wikitext_reader, times)
    compiled = {
        f"{module.__name__}.{name}"
        for module in modules
        for name, value in vars(module).items()
        if isinstance(value, re.Pattern | _text.LazyPattern) and name not in _LITERALS
    }
    # Patterns checked above by the attribute they are bound to.
    covered = {
        f"{module.__name__}.{attribute}"
        for module in modules
        for attribute, value in vars(module).items()
        if isinstance(value, re.Pattern | _text.LazyPattern)
        and any(
            getattr(run, "__self__", None) is value or _wraps(run, value) for _, run, _ in SHAPES
        )
    }
    assert compiled <= covered, f"patterns without an adversarial shape: {compiled - covered}"


def _wraps(run: Callable[[str], object], pattern: Pattern) -> bool:
    closure = getattr(run, "__closure__", None) or ()
    return any(cell.cell_contents is pattern for cell in closure)


_TABLE = "==Results==\n===Heats===\n{| class=wikitable\n! Rank !! Athlete !! Time\n"


def _parse_seconds(text: str) -> float:
    """The fastest of three parses, in CPU seconds (others' load adds to single runs)."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        _api.parse(text, form="wikitext")
        best = min(best, time.process_time() - start)
    return best


def test_cells_on_one_long_line_grow_linearly() -> None:
    # One line of 25,000 and then 100,000 '||' cells: two doublings, x2.3 each at most.
    small, large = (_TABLE + "|-\n| " + "||" * cells + "\n|}\n" for cells in (25_000, 100_000))
    growth = _parse_seconds(large) / _parse_seconds(small)
    assert growth <= 2.3**2, f"x{growth:.2f} for four times the cells"


def test_parse_pauses_the_collector_and_restores_it(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    read = _api.read_wikitext

    def spying(text: str) -> object:
        seen.append(gc.isenabled())
        return read(text)

    monkeypatch.setattr(_api, "read_wikitext", spying)
    assert gc.isenabled()
    _api.parse(_TABLE + "|-\n| 1 || A || 1:00.000\n|}\n", form="wikitext")
    assert seen == [False]
    assert gc.isenabled()


def test_collector_stays_off_until_the_last_nested_pause_ends() -> None:
    with _collector.collector_paused():
        with _collector.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_is_restored_after_an_error() -> None:
    with pytest.raises(RuntimeError), _collector.collector_paused():
        raise RuntimeError
    assert gc.isenabled()


def test_collector_left_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with _collector.collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
