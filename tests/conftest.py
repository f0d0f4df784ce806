"""Shared paths, loaders and hand-written facts for the parsing tests.

Only the six original article pairs are used here (``ARTICLES``); the fixtures with
hand-written expectations in ``fixtures/expected`` are tested elsewhere.
"""

from __future__ import annotations

import functools
import os
from datetime import date
from pathlib import Path
from typing import Final

from hypothesis import HealthCheck, settings

import shorttrack_parse as sp

# Hypothesis profiles: "quick" (the default, for the normal suite) and "thorough"
# (long runs: SHORTTRACK_PROFILE=thorough make test).  Property tests size their
# example counts with examples(), so the thorough profile scales every one of them.
PROFILE: Final = os.environ.get("SHORTTRACK_PROFILE", "quick")
THOROUGH_FACTOR: Final = 50
_RELAXED: Final = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("quick", deadline=None, suppress_health_check=_RELAXED)
settings.register_profile(
    "thorough", deadline=None, suppress_health_check=_RELAXED, max_examples=5_000
)
settings.load_profile(PROFILE)


def examples(quick: int) -> settings:
    """Settings for a property test: ``quick`` examples normally, many more when thorough."""
    count = quick * THOROUGH_FACTOR if PROFILE == "thorough" else quick
    return settings(max_examples=count)


REPO: Final = Path(__file__).resolve().parent.parent
FIXTURES: Final = REPO / "fixtures"
TEXT_DIR: Final = FIXTURES / "text"
WIKITEXT_DIR: Final = FIXTURES / "wikitext"

# The article title of each original fixture, as its flattened form's ``= Title =``
# line writes it; wikitext carries no title, so it is passed as ``title=``.
TITLES: Final[dict[str, str]] = {
    "1992-men-5000m-relay": (
        "Short-track speed skating at the 1992 Winter Olympics – Men's 5000 metre relay"
    ),
    "2002-men-1000m": "Short-track speed skating at the 2002 Winter Olympics – Men's 1000 metres",
    "2002-men-1500m": "Short-track speed skating at the 2002 Winter Olympics – Men's 1500 metres",
    "2006-men-1000m": "Short-track speed skating at the 2006 Winter Olympics – Men's 1000 metres",
    "2010-women-3000m-relay": (
        "Short-track speed skating at the 2010 Winter Olympics – Women's 3000 metre relay"
    ),
    "2014-women-1500m": (
        "Short-track speed skating at the 2014 Winter Olympics – Women's 1500 metres"
    ),
}
ARTICLES: Final = tuple(TITLES)
"""Names of the original articles; each has a ``.txt`` and a ``.wiki`` form."""


def text_path(name: str) -> Path:
    """The flattened-text fixture called ``name``."""
    return TEXT_DIR / f"{name}.txt"


def wikitext_path(name: str) -> Path:
    """The wikitext fixture called ``name``."""
    return WIKITEXT_DIR / f"{name}.wiki"


def load_text(name: str) -> str:
    """The flattened-text fixture's contents."""
    return text_path(name).read_text(encoding="utf-8")


def load_wikitext(name: str) -> str:
    """The wikitext fixture's contents."""
    return wikitext_path(name).read_text(encoding="utf-8")


@functools.cache
def parse_text_fixture(name: str) -> sp.Event:
    """The event parsed from the flattened form (events are immutable, so cached)."""
    return sp.parse(load_text(name), form="text")


@functools.cache
def parse_wikitext_fixture(name: str) -> sp.Event:
    """The event parsed from the wikitext form, with the article's title."""
    return sp.parse(load_wikitext(name), form="wikitext", title=TITLES[name])


def source_line(path: Path, number: int) -> str:
    """The 1-based line ``number`` of a fixture file, as written."""
    return path.read_text(encoding="utf-8").split("\n")[number - 1]


# The 2002 men's 1000 m, typed by hand from fixtures/text/2002-men-1000m.txt (ranks,
# names, times, notes) and fixtures/wikitext/2002-men-1000m.wiki (the NOC of every
# row).  One tuple per row: (rank, name, noc, time, notes column).
Row = tuple[int | None, str, str, str | None, str]
MEN_1000M_2002: Final[dict[str, tuple[Row, ...]]] = {
    "Heat 1": (
        (1, "Wim De Deyne", "BEL", "1:30.950", "Q"),
        (2, "Satoru Terao", "JPN", "1:31.025", "Q"),
        (3, "Mark Jackson", "NZL", "1:32.276", ""),
        (4, "Miroslav Boyadzhiev", "BUL", "1:32.421", ""),
    ),
    "Heat 2": (
        (1, "Steven Bradbury", "AUS", "1:30.956", "Q"),
        (2, "Nicola Rodigari", "ITA", "1:30.991", "Q"),
        (3, "Balázs Knoch", "HUN", "1:31.061", ""),
        (4, "Pieter Gysel", "BEL", "1:31.290", ""),
    ),
    "Heat 3": (
        (1, "Feng Kai", "CHN", "1:32.554", "Q"),
        (2, "Mark McNee", "AUS", "1:39.325", "Q"),
        (None, "Gregory Durand", "FRA", None, "DQ"),
        (None, "Volodymyr Hryhor'iev", "UKR", None, "DQ"),
    ),
    "Heat 4": (
        (1, "Naoya Tamura", "JPN", "1:28.867", "Q"),
        (2, "Leon Flack", "GBR", "1:29.584", "Q"),
        (3, "Krystian Zdrojkowski", "POL", "1:30.026", ""),
        (None, "Martin Johansson", "SWE", None, "DQ"),
    ),
    "Heat 5": (
        (1, "Fabio Carta", "ITA", "1:28.520", "Q"),
        (2, "Marc Gagnon", "CAN", "1:28.718", "Q"),
        (3, "Cees Juffermans", "NED", "1:29.249", ""),
        (4, "Matúš Užák", "SVK", "2:17.608", ""),
    ),
    "Heat 6": (
        (1, "Kim Dong-sung", "KOR", "1:32.091", "Q"),
        (2, "Apolo Anton Ohno", "USA", "1:33.167", "Q"),
        (3, "Arian Nachbar", "GER", "1:33.585", ""),
        (4, "Battulgyn Oktyabri", "MGL", "1:47.213", ""),
    ),
    "Heat 7": (
        (1, "Rusty Smith", "USA", "1:28.183", "Q"),
        (2, "Mathieu Turcotte", "CAN", "1:28.229", "Q"),
        (3, "Bruno Loscos", "FRA", "1:28.532", ""),
        (4, "Kiril Pandov", "BUL", "1:31.842", ""),
    ),
    "Heat 8": (
        (1, "Ahn Hyun-soo", "KOR", "1:30.252", "Q"),
        (2, "Li Jiajun", "CHN", "1:30.447", "Q"),
        (3, "Kornél Szántó", "HUN", "1:31.391", ""),
        (4, "Nicky Gooch", "GBR", "1:38.034", ""),
    ),
    "Quarterfinal 1": (
        (1, "Fabio Carta", "ITA", "1:28.186", "Q"),
        (2, "Satoru Terao", "JPN", "1:28.241", "Q"),
        (3, "Feng Kai", "CHN", "1:28.424", ""),
        (4, "Leon Flack", "GBR", "1:28.604", ""),
    ),
    "Quarterfinal 2": (
        (1, "Apolo Anton Ohno", "USA", "1:28.650", "Q"),
        (2, "Steven Bradbury", "AUS", "1:29.265", "Q"),
        (3, "Naoya Tamura", "JPN", "1:29.864", "ADV"),
        (None, "Marc Gagnon", "CAN", None, "DQ"),
    ),
    "Quarterfinal 3": (
        (1, "Mathieu Turcotte", "CAN", "1:27.185", "Q"),
        (2, "Ahn Hyun-soo", "KOR", "1:27.201", "Q"),
        (3, "Nicola Rodigari", "ITA", "1:27.578", ""),
        (4, "Wim De Deyne", "BEL", "1:27.785", ""),
    ),
    "Quarterfinal 4": (
        (1, "Kim Dong-sung", "KOR", "1:27.429", "Q"),
        (2, "Li Jiajun", "CHN", "1:27.467", "Q"),
        (3, "Rusty Smith", "USA", "1:28.078", ""),
        (4, "Mark McNee", "AUS", "1:46.701", ""),
    ),
    "Semifinal 1": (
        (1, "Steven Bradbury", "AUS", "1:29.189", "QA"),
        (2, "Li Jiajun", "CHN", "1:30.592", "QA"),
        (3, "Mathieu Turcotte", "CAN", "1:35.156", "ADV"),
        (4, "Kim Dong-sung", "KOR", "1:52.645", "QB"),
        (None, "Satoru Terao", "JPN", None, "DQ"),  # DQ written in the Time column
    ),
    "Semifinal 2": (
        (1, "Apolo Anton Ohno", "USA", "1:27.428", "QA"),
        (2, "Ahn Hyun-soo", "KOR", "1:27.469", "QA"),
        (3, "Fabio Carta", "ITA", "1:27.492", "QB"),
        (4, "Naoya Tamura", "JPN", "1:27.751", "QB"),
    ),
    "Final A": (
        (1, "Steven Bradbury", "AUS", "1:29.109", ""),
        (2, "Apolo Anton Ohno", "USA", "1:30.160", ""),
        (3, "Mathieu Turcotte", "CAN", "1:30.563", ""),
        (4, "Ahn Hyun-soo", "KOR", "1:32.519", ""),
        (None, "Li Jiajun", "CHN", None, "DQ"),
    ),
    "Final B": (
        (5, "Kim Dong-sung", "KOR", "1:35.582", ""),
        (6, "Fabio Carta", "ITA", "1:35.589", ""),
        (7, "Naoya Tamura", "JPN", "1:35.823", ""),
    ),
}
MEN_1000M_2002_ROUNDS: Final = (
    ("Heats", sp.RoundKind.HEATS, tuple(f"Heat {n}" for n in range(1, 9))),
    ("Quarterfinals", sp.RoundKind.QUARTERFINALS, tuple(f"Quarterfinal {n}" for n in range(1, 5))),
    ("Semifinals", sp.RoundKind.SEMIFINALS, ("Semifinal 1", "Semifinal 2")),
    ("Finals", sp.RoundKind.FINALS, ("Final A", "Final B")),
)

# (round name, kind, ((race name, rows), ...)), counted by hand from fixtures/text/*.txt.
SHAPES: Final[dict[str, tuple[tuple[str, sp.RoundKind, tuple[tuple[str, int], ...]], ...]]] = {
    "1992-men-5000m-relay": (
        ("Heats", sp.RoundKind.HEATS, (("Heat 1", 3), ("Heat 2", 3), ("Heat 3", 3))),
        ("Semifinals", sp.RoundKind.SEMIFINALS, (("Semifinal 1", 0),)),  # cut short
    ),
    "2002-men-1000m": tuple(
        (name, kind, tuple((race, len(MEN_1000M_2002[race])) for race in races))
        for name, kind, races in MEN_1000M_2002_ROUNDS
    ),
    "2002-men-1500m": (
        (
            "Heats",
            sp.RoundKind.HEATS,
            (("Heat 1", 5), ("Heat 2", 5), ("Heat 3", 5), ("Heat 4", 5), ("Heat 5", 0)),
        ),
    ),
    "2006-men-1000m": (
        (
            "Heats",
            sp.RoundKind.HEATS,
            (("Heat 1", 4), ("Heat 2", 4), ("Heat 3", 3), ("Heat 4", 3), ("Heat 5", 1)),
        ),
    ),
    "2010-women-3000m-relay": (
        ("Semifinals", sp.RoundKind.SEMIFINALS, (("Semifinal 1", 4), ("Semifinal 2", 4))),
        ("Finals", sp.RoundKind.FINALS, (("Final B (Classification Round)", 0),)),
    ),
    "2014-women-1500m": (
        ("Heats", sp.RoundKind.HEATS, (("Heat 1", 6), ("Heat 2", 6), ("Heat 3", 4))),
    ),
}

# Infobox facts of each article, the same in both forms:
# (competitors, teams, nations, winning time, start, end, previous, next).
INFOBOX_FACTS: Final[
    dict[str, tuple[int | None, int | None, int, str | None, date, date, str | None, str]]
] = {
    "1992-men-5000m-relay": (
        37,
        None,
        9,
        "7:14.02",
        date(1992, 2, 18),
        date(1992, 2, 22),
        None,
        "1994",
    ),
    "2002-men-1000m": (
        32,
        None,
        20,
        "1:29.109",
        date(2002, 2, 13),
        date(2002, 2, 16),
        "1998",
        "2006",
    ),
    "2002-men-1500m": (
        31,
        None,
        19,
        "2:18.541",
        date(2002, 2, 20),
        date(2002, 2, 20),
        None,
        "2006",
    ),
    "2006-men-1000m": (26, None, 17, None, date(2006, 2, 15), date(2006, 2, 18), "2002", "2010"),
    "2010-women-3000m-relay": (
        None,
        8,
        8,
        "4:06.610",
        date(2010, 2, 13),
        date(2010, 2, 24),
        "2006",
        "2014",
    ),
    "2014-women-1500m": (
        36,
        None,
        19,
        "2:19.140",
        date(2014, 2, 15),
        date(2014, 2, 15),
        "2010",
        "2018",
    ),
}
