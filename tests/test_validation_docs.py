"""Every example finding in docs/validation.md is what validation really prints.

Each check's example is produced by one edit of the 2002 men's 1000 m (or by a
fixture as it is); the edit is written here, the expected line there.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import shorttrack_parse as sp
from shorttrack_parse.validation import DEFAULT_CHECKS

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
TEXT = (FIXTURES / "text" / "2002-men-1000m.txt").read_text(encoding="utf-8")
WIKI = (FIXTURES / "wikitext" / "2002-men-1000m.wiki").read_text(encoding="utf-8")
RELAY = (FIXTURES / "text" / "2010-women-3000m-relay.txt").read_text(encoding="utf-8")
RELAY_RECORD = (
    "==Records==\n| Date | Round | Athlete | Country | Time | OR | WR |\n"
    "| 13 February | Heat 1 | China | China | 4:08.797 | OR |  |\n\n==Results=="
)

# code -> a fixture, as it is.
AS_IS: dict[str, str] = {
    "incomplete": "1992-men-5000m-relay.txt",
    "rank-time-order": "errors-rank-time.txt",
    "duplicate-time": "errors-duplicated-time.txt",
    "status-in-time-column": "2002-men-1000m.txt",
    "infobox-winning-time": "errors-winning-time.txt",
    "record-not-in-race": "errors-record-round.txt",
    "unlisted-record": "2002-men-1000m.wiki",
}
# code -> (source, [(written, replaced by)]).
EDITS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "rank-sequence": (TEXT, [("| 4 | Pieter Gysel |", "| 5 | Pieter Gysel |")]),
    "duplicate-competitor": (
        TEXT,
        [("| 1:32.421 | |\n", "| 1:32.421 | |\n| – | Mark Jackson | | | DNS |\n")],
    ),
    "status-with-rank": (
        TEXT,
        [("| – | Martin Johansson | | | DQ |", "| 4 | Martin Johansson | | | DQ |")],
    ),
    "unranked-finisher": (
        TEXT,
        [("| – | Martin Johansson | | | DQ |", "| – | Martin Johansson | | 1:30.500 | |")],
    ),
    "missing-time": (
        TEXT,
        [("| Miroslav Boyadzhiev | | 1:32.421 |", "| Miroslav Boyadzhiev | | |")],
    ),
    "qualification-in-final": (TEXT, [("| 1:29.109 | |", "| 1:29.109 | QA |")]),
    "qualifier-count": (
        TEXT,
        [("| Leon Flack | | 1:29.584 | Q |", "| Leon Flack | | 1:29.584 | |")],
    ),
    "qualifier-places": (
        TEXT,
        [("| 1:31.025 | Q |", "| 1:31.025 | |"), ("| 1:32.276 | |", "| 1:32.276 | Q |")],
    ),
    "time-qualifier": (TEXT, [("| 1:33.585 | |", "| 1:33.585 | q |")]),
    "advanced-by-place": (TEXT, [("| 1:29.265 | Q |", "| 1:29.265 | ADV |")]),
    "progression-unqualified": (
        TEXT,
        [("| 1:52.645 | QB |", "| 1:52.645 | QB |\n| 5 | Feng Kai | | 1:53.000 | |")],
    ),
    "progression-missing": (
        TEXT,
        [
            ("| 4 | Naoya Tamura | | 1:27.751 | QB |\n", ""),
            ("| 7 | Naoya Tamura | | 1:35.823 | |\n", ""),
        ],
    ),
    "progression-wrong-final": (
        TEXT,
        [
            ("| Ahn Hyun-soo | | 1:32.519 |", "| Naoya Tamura | | 1:32.519 |"),
            ("| Naoya Tamura | | 1:35.823 |", "| Ahn Hyun-soo | | 1:35.823 |"),
        ],
    ),
    "progression-misnamed": (
        TEXT,
        [("| Fabio Carta | | 1:27.492 |", "| Marc Gagnon | | 1:27.492 |")],
    ),
    "name-mismatch": (TEXT, [("| Naoya Tamura | | 1:35.823 |", "| Naoya Tamora | | 1:35.823 |")]),
    "competitor-in-two-races": (
        TEXT,
        [("| Mark McNee | | 1:46.701 |", "| Feng Kai | | 1:46.701 |")],
    ),
    "infobox-medalist": (TEXT, [("- Silver: Apolo Anton Ohno", "- Silver: Mathieu Turcotte")]),
    "infobox-medalist-noc": (WIKI, [("| goldNOC     = AUS", "| goldNOC     = NZL")]),
    "infobox-competitors": (TEXT, [("- Competitors: 32", "- Competitors: 31")]),
    "infobox-nations": (WIKI, [("| nations     = 20", "| nations     = 21")]),
    "infobox-dates": (TEXT, [("was held on 13 February", "was held on 12 February")]),
    "record-holder": (
        WIKI,
        [("{{flagIOCathlete|[[Rusty Smith]]|USA", "{{flagIOCathlete|[[Mathieu Turcotte]]|CAN")],
    ),
    "record-notes": (TEXT, [("| 1:28.183 | Q |", "| 1:28.183 | Q, WR |")]),
    "record-order": (
        TEXT,
        [("| Quarterfinal 3 | | 1:27.185 | OR |", "| Quarterfinal 1 | | 1:28.186 | OR |")],
    ),
    "record-date": (TEXT, [("| 13 February | Heat 7 |", "| 14 February | Heat 7 |")]),
    "unnamed-row": (TEXT, [("| 3 | Mark Jackson |", "| 3 | |")]),
    "time-without-minutes": (TEXT, [("| 1:28.186 |", "| 88.186 |")]),
    "country-change": (
        WIKI,
        [("{{flagIOC|GBR|2002 Winter}} || 1:28.604", "{{flagIOC|IRL|2002 Winter}} || 1:28.604")],
    ),
    # The relay begins with its semifinals and stops at an empty Final B.
    "record-race-missing": (RELAY, [("==Results==", RELAY_RECORD)]),
    # Not an edit: a text that is no event article at all.
    "not-an-event": ("A page about the Olympic Oval and its history.\n", []),
}


def _documented() -> dict[str, str]:
    text = (ROOT / "docs" / "validation.md").read_text(encoding="utf-8")
    found = re.findall(r"### `([a-z-]+)`\n.*?```text\n(.*?)\n```", text, flags=re.S)
    return dict(found)


def _event(code: str) -> sp.Event:
    if code in AS_IS:
        name = AS_IS[code]
        return sp.parse_file(FIXTURES / ("text" if name.endswith(".txt") else "wikitext") / name)
    source, edits = EDITS[code]
    for written, replaced in edits:
        assert source.count(written) == 1, written
        source = source.replace(written, replaced)
    return sp.parse(source)


def test_every_check_has_an_example_and_an_edit() -> None:
    codes = [c.code for c in DEFAULT_CHECKS]
    assert sorted(_documented()) == sorted(codes)
    assert sorted([*EDITS, *AS_IS]) == sorted(codes)


@pytest.mark.parametrize("code", [c.code for c in DEFAULT_CHECKS])
def test_the_documented_example_is_real_output(code: str) -> None:
    printed = [str(f) for f in sp.validate(_event(code)).findings if f.code == code]
    assert _documented()[code] == printed[0]
