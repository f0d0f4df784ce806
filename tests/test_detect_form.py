"""form="auto": telling wikitext from flattened text."""

from __future__ import annotations

from pathlib import Path

import pytest

import shorttrack_parse as sp

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
