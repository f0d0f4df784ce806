"""How parse and validate times grow with input size: linear, or a regression.

    python benchmarks/bench_scaling.py            # 1, 2, 4, 8 MB and adversarial shapes
    python benchmarks/bench_scaling.py --sizes 1 2

Times are CPU seconds of this process (``time.process_time``), so that other
work on a shared machine does not pass for growth.  Big inputs are made by
repeating a fixture's results with each copy's skaters renamed, so that every
copy is new work for the checks.  Each line prints the parse and validate seconds
and the growth factor over the size before; a factor above x2.3 per doubling, or
more than 10 s for an input under 10 MB, is flagged.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

import shorttrack_parse as sp

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MB = 1_000_000
_ROW = re.compile(r"^\|\s*[0-9–].*$", re.MULTILINE)
_WORD = re.compile(r"\b([A-Z][a-z]+)\b")
LIMIT_FACTOR = 2.3
LIMIT_SECONDS = 10.0


def _copies(path: Path, size: int) -> str:
    """The fixture's text before its results, then its results again and again."""
    text = path.read_text(encoding="utf-8")
    head, marker, results = text.partition("==Results==")
    parts = [head, marker]
    copy = 0
    while sum(map(len, parts)) < size:
        copy += 1
        # Rename the skaters of each data row, so that every copy is new to the checks.
        parts.append(_ROW.sub(lambda row, n=copy: _WORD.sub(rf"\g<1>{n:x}", row[0]), results))
    return "".join(parts)


def _flattened(size: int) -> str:
    return _copies(FIXTURES / "text" / "2002-men-1000m.txt", size)


def _wikitext(size: int) -> str:
    return _copies(FIXTURES / "wikitext" / "2002-men-1000m.wiki", size)


_TABLE = "==Results==\n===Heats===\n{| class=wikitable\n! Rank !! Athlete !! Time\n"
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "nested unclosed tables": lambda n: _TABLE + "|-\n| a\n{|\n" * (n // 8),
    "attribute-like run": lambda n: _TABLE + "|-\n| " + "a" * n + " x | y\n|}\n",
    "{{ on one line": lambda n: _TABLE + "|-\n| " + "{{" * (n // 2) + "\n|}\n",
    "[[ on one line": lambda n: _TABLE + "|-\n| " + "[[" * (n // 2) + "\n|}\n",
    "|| on one line": lambda n: _TABLE + "|-\n| " + "||" * (n // 2) + "\n|}\n",
    "''' on one line": lambda n: _TABLE + "|-\n| " + "'''" * (n // 3) + "\n|}\n",
    "flattened cells": lambda n: (
        "==Results==\n===Heats===\n| Rank | Athlete |\n" + "| " * (n // 2) + "\n"
    ),
}


def _time_once(text: str, form: str) -> tuple[float, float]:
    start = time.process_time()
    event = sp.parse(text, form=form)  # type: ignore[arg-type]
    parsed = time.process_time()
    sp.validate(event)
    return parsed - start, time.process_time() - parsed


def _time(text: str, form: str) -> tuple[float, float]:
    """Parse and validate seconds; the median of three runs where one takes under a second.

    A tenth of a second is too short for one run to measure a growth factor.
    """
    runs = [_time_once(text, form)]
    if sum(runs[0]) < 1.0:
        runs += [_time_once(text, form), _time_once(text, form)]
    return sorted(runs, key=sum)[len(runs) // 2]


def _series(name: str, form: str, build: Callable[[int], str], sizes: list[float]) -> int:
    flagged = 0
    before: float | None = None
    for megabytes in sizes:
        text = build(int(megabytes * MB))
        parse_s, validate_s = _time(text, form)
        total = parse_s + validate_s
        factor = f"x{total / before:.2f}" if before else "     "
        marks = []
        if before and total > 0.05 and total / before > LIMIT_FACTOR:
            marks.append(f"growth above x{LIMIT_FACTOR}")
        if len(text) < 10 * MB and total > LIMIT_SECONDS:
            marks.append(f"over {LIMIT_SECONDS:.0f} s")
        flagged += bool(marks)
        flag = ("  <-- " + ", ".join(marks)) if marks else ""
        print(
            f"{name:24} {len(text) / MB:6.2f} MB  parse {parse_s:7.2f} s  "
            f"validate {validate_s:7.2f} s  {factor}{flag}",
            flush=True,
        )
        before = total
    return flagged


def main() -> int:
    """Print the growth table; exit status 1 if anything was flagged."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8], help="MB")
    parser.add_argument("--shapes", type=float, nargs="+", default=[0.125, 0.25, 0.5, 1], help="MB")
    args = parser.parse_args()
    flagged = _series("flattened text", "text", _flattened, args.sizes)
    flagged += _series("wikitext", "wikitext", _wikitext, args.sizes)
    for name, build in ADVERSARIAL.items():
        form = "text" if name.startswith("flattened") else "wikitext"
        flagged += _series(name, form, build, args.shapes)
    print(f"bench: {flagged} flagged")
    return 1 if flagged else 0


if __name__ == "__main__":
    raise SystemExit(main())
