"""form="auto": telling wikitext from flattened text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import examples
from hypothesis import given
from hypothesis import strategies as st

import shorttrack_parse as sp
from shorttrack_parse._api import _signs

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize(
    ("path", "form"),
    [(path, "wikitext") for path in sorted((FIXTURES / "wikitext").glob("*.wiki"))]
    + [(path, "text") for path in sorted((FIXTURES / "text").glob("*.txt"))],
    ids=lambda value: value.name if isinstance(value, Path) else value,
)
def test_every_fixture_is_recognised(path: Path, form: str) -> None:
    assert sp.detect_form(path.read_text(encoding="utf-8")) == form


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("{|\n! Rank !! Athlete\n|-\n| 1 || Kim\n|}\n", "wikitext"),
        ("'''Heats'''\n{| class=wikitable\n|}", "wikitext"),
        ("==Results==\n===Heats===\n;Heat 1\n{|\n|-\n| 1 || [[Kim]]\n|}", "wikitext"),
        ("| Rank | Athlete |\n| 1 | Kim |\n", "text"),
        ("= Title =\n\nInfobox\n- Event: X\n", "text"),
        ("Infobox\n- Gold: Kim\n\n==Results==\n| Rank | Athlete |\n| 1 | Kim |", "text"),
        ("", "text"),
    ],
    ids=[
        "bare-wikitable",
        "bold-and-table",
        "terms-and-links",
        "bare-flattened-table",
        "title-and-infobox",
        "flattened-infobox-and-table",
        "empty",
    ],
)
def test_small_inputs(text: str, form: str) -> None:
    assert sp.detect_form(text) == form


def test_auto_gives_the_same_event_as_naming_the_form() -> None:
    text = (FIXTURES / "wikitext" / "2002-men-1000m.wiki").read_text(encoding="utf-8")
    assert sp.parse(text, title="T") == sp.parse(text, form="wikitext", title="T")


# The signs as patterns (detect_form's own before it counted them line by line; a
# title is one line, which the old pattern's [^=] let run over a line break).
_WIKITEXT_SIGNS = re.compile(r"^[^\S\n]*(\{\||\|\}|\|-|\|\+|!|\{\{)|\[\[|\{\{|<ref|''", re.M)
_TEXT_SIGNS = re.compile(r"^(?:Infobox|- [^:\n]+: .*|\| .* \||= [^=\n].* =)$", re.M)
SIGN_FRAGMENTS = st.sampled_from(
    [
        "\n", " ", "\t", "\u00a0", "{", "}", "[", "|", "!", "-", "=", ":", "'", "<", "a",
        "{|", "|}", "|-", "|+", "{{", "[[", "<ref", "''", "'''", "Infobox", "- ", ": ",
        "| ", " |", "= ", " =", "==", "x",
    ]
)  # fmt: skip


def _by_patterns(text: str) -> str:
    wikitext, flattened = _counted_by_patterns(text[:8_000])
    return "wikitext" if wikitext > flattened else "text"


def _counted_by_patterns(text: str) -> tuple[int, int]:
    return len(_WIKITEXT_SIGNS.findall(text)), len(_TEXT_SIGNS.findall(text))


@examples(500)
@given(st.lists(SIGN_FRAGMENTS, max_size=30).map("".join))
def test_detection_counts_the_signs_the_patterns_count(text: str) -> None:
    assert _signs(text) == _counted_by_patterns(text)


SIGN_LINES = st.lists(
    st.sampled_from(
        [
            "", "| a | b |", "| a |", "|  |", "| |", "| a | b", "|- x |", "|}", "|+ c", "{| x",
            "! a !! b", " ! a", "\t{|", "\u3000|-", "\u00a0| a |", "- a: b", "- a:b", "= T =",
            "== T ==", "Infobox", "Infobox x", "a | b |", "x", "[[a]] |", "{{a}}", "| a |\r",
        ]
    ),
    max_size=12,
).map("\n".join)  # fmt: skip


@examples(500)
@given(SIGN_LINES)
def test_detection_counts_the_signs_of_whole_lines(text: str) -> None:
    # Lines of every kind, flattened table rows among them (which a line of "|" may be).
    assert _signs(text) == _counted_by_patterns(text)


@pytest.mark.parametrize(
    "path",
    sorted((FIXTURES / "wikitext").glob("*.wiki")) + sorted((FIXTURES / "text").glob("*.txt")),
    ids=lambda path: path.name,
)
def test_detection_agrees_with_the_patterns_on_fixtures(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert sp.detect_form(text) == _by_patterns(text)
