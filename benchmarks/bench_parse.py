"""Benchmark: our full parse against ``mwparserfromhell.parse`` of the same text.

Both are measured side by side in one run, so the ratio does not depend on the
machine.  The target is a ratio of at most 0.20 on the 13 kB wikitext article,
and the same on the editor-style article (layout tables, sortname, footnotes).
A second table shows how parse time grows with input size (it should double
when the input doubles).

    python benchmarks/bench_parse.py [--repeat N]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import mwparserfromhell

import shorttrack_parse

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "fixtures" / "wikitext" / "2002-men-1000m.wiki"
FLATTENED = ROOT / "fixtures" / "text" / "2002-men-1000m.txt"
# Editor-style twins: the 13 kB article's (cut short) and one with side-by-side heats.
EDITORS = (
    ROOT / "fixtures" / "editor" / "2002-men-1000m.wiki",
    ROOT / "fixtures" / "editor" / "2002-men-1500m.wiki",
)
TARGET_RATIO = 0.20


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``action`` in milliseconds, after one warm-up call."""
    action()
    samples = []
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            action()
            samples.append((time.perf_counter() - start) * 1000)
    finally:
        gc.enable()
    return statistics.median(samples)


def against_reference(text: str, repeat: int) -> float:
    """Print our parse of ``text`` against mwparserfromhell's; return the ratio."""
    reference = median_ms(lambda: mwparserfromhell.parse(text), repeat)
    ours = median_ms(lambda: shorttrack_parse.parse(text, form="wikitext"), repeat)
    ratio = ours / reference
    print(f"  mwparserfromhell.parse        {reference:8.2f} ms")
    print(f"  shorttrack_parse.parse        {ours:8.2f} ms  (form='wikitext')")
    verdict = "ok" if ratio <= TARGET_RATIO else "TOO SLOW"
    print(f"  ratio ours / reference        {ratio:8.3f}    target <= {TARGET_RATIO}: {verdict}")
    return ratio


def compare(repeat: int) -> float:
    """Print both medians and the ratio for the wikitext article; return the ratio."""
    text = ARTICLE.read_text(encoding="utf-8")
    flattened = FLATTENED.read_text(encoding="utf-8")
    print(f"article: {ARTICLE.name} ({len(text.encode()) / 1000:.1f} kB)")
    ratio = against_reference(text, repeat)
    ours_auto = median_ms(lambda: shorttrack_parse.parse(text), repeat)
    ours_text = median_ms(lambda: shorttrack_parse.parse(flattened), repeat)
    print(f"  shorttrack_parse.parse        {ours_auto:8.2f} ms  (form detected)")
    print(f"  flattened twin                {ours_text:8.2f} ms")
    return ratio


def growth(repeat: int) -> None:
    """Print parse time against input size: the article's results repeated 1x to 16x."""
    text = ARTICLE.read_text(encoding="utf-8")
    head, _, results = text.partition("==Results==")
    print("growth (results section repeated):")
    previous = None
    for copies in (1, 2, 4, 8, 16):
        big = head + "==Results==" + results * copies
        took = median_ms(lambda big=big: shorttrack_parse.parse(big), max(3, repeat // copies))
        step = f"  x{took / previous:4.2f}" if previous else ""
        print(f"  {len(big) / 1000:8.1f} kB  {took:9.2f} ms{step}")
        previous = took


def compare_editor(path: Path, repeat: int) -> float:
    """Print both medians and the ratio for an editor-style article; return the ratio."""
    text = path.read_text(encoding="utf-8")
    print(f"editor-style article: editor/{path.name} ({len(text.encode()) / 1000:.1f} kB)")
    return against_reference(text, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50, help="timed runs per measurement")
    options = parser.parse_args()
    compare(options.repeat)
    for path in EDITORS:
        compare_editor(path, options.repeat)
    growth(options.repeat)


if __name__ == "__main__":
    main()
