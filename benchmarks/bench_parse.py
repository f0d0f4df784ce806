"""Benchmark: every speed target of the parser, each with its verdict.

Parse times are ratios against ``mwparserfromhell.parse`` of the same text,
measured interleaved in one run (so they do not depend on the machine or its
load); the other times are ratios against our own parse of the same article.
Each figure is measured in three runs (``--runs``) and printed as the median of
the runs' medians with the spread (lowest-highest) over the runs:

- full parse of the 13 kB wikitext article <= 0.06 of mwparserfromhell (aim 0.05),
  also with the caches shared between articles emptied before each parse (the
  worst case for a batch) and holding only the other articles' texts (a batch's
  usual case), and <= 0.10 on each smaller wikitext article (the editor-style ones
  included);
- the flattened twin of an article no slower than its wikitext;
- ``validate`` <= 0.5x the parse; ``to_dict`` and ``from_dict`` each <= 0.3x;
- ``import shorttrack_parse`` <= 60 ms over a bare interpreter (subprocesses);
- the first parse in a fresh process <= 1.5x a warm one;
- memory kept per Event (tracemalloc) no worse than before: at most 48 kB on
  average over the wikitext articles, and the largest at most 56 kB.

The two fresh-process figures are measured with the package's bytecode written
first (``compileall``), as ``pip install`` of the wheel writes it: an editable
install under ``PYTHONDONTWRITEBYTECODE`` would otherwise compile every module
from source in every process, which is not what a user's import costs.

A last table shows how parse time grows with input size (it should double when
the input doubles), and a last figure how much of our parse's time in the ratios
above is the CPU caches that mwparserfromhell's parse, just before, left cold.

    python benchmarks/bench_parse.py [--repeat N] [--runs N]
"""

from __future__ import annotations

import argparse
import compileall
import gc
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import mwparserfromhell

import shorttrack_parse
from shorttrack_parse._text import TextCache

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "fixtures" / "wikitext" / "2002-men-1000m.wiki"
SMALLER = sorted(
    path
    for folder in ("wikitext", "editor")
    for path in (ROOT / "fixtures" / folder).glob("*.wiki")
    if path != ARTICLE
)
TWINS = sorted(
    (path, twin)
    for path in (ROOT / "fixtures" / "wikitext").glob("*.wiki")
    if (twin := ROOT / "fixtures" / "text" / f"{path.stem}.txt").exists()
)
# The largest Event of the fixtures before the speed work (2018-women-500m, by event_kb).
LARGEST_EVENT_KB = 56.0
# A fresh process's first parse and the median of 15 warm ones, in seconds, as
# ``first`` and ``warm``; the scripts below add what they print.
_FIRST_AND_WARM = """
import time
import shorttrack_parse
text = open({path!r}, encoding="utf-8").read()

def took():
    start = time.perf_counter()
    shorttrack_parse.parse(text)
    return time.perf_counter() - start

first = took()
warm = sorted(took() for _ in range(15))[7]
"""
_FIRST_PARSE = _FIRST_AND_WARM + "print(first / warm)\n"


def interleaved(
    actions: dict[str, Callable[[], object]],
    repeat: int,
    before: dict[str, Callable[[], object]] | None = None,
) -> dict[str, float]:
    """Median wall time of each action in ms, the actions taking turns, after a warm-up.

    ``before`` names work to do, untimed, before each run of an action.
    """
    before = before or {}
    for action in actions.values():
        action()
    samples: dict[str, list[float]] = {name: [] for name in actions}
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            for name, action in actions.items():
                if name in before:
                    before[name]()
                start = time.perf_counter()
                action()
                samples[name].append((time.perf_counter() - start) * 1000)
    finally:
        gc.enable()
    return {name: statistics.median(times) for name, times in samples.items()}


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def parse_ratio(path: Path, repeat: int, before: Callable[[], object] | None = None) -> float:
    """Our parse of the article over mwparserfromhell's; ``before`` runs, untimed, before ours."""
    text = _read(path)
    times = interleaved(
        {
            "reference": lambda: mwparserfromhell.parse(text),
            "ours": lambda: shorttrack_parse.parse(text, form="wikitext"),
        },
        repeat,
        before={"ours": before} if before is not None else None,
    )
    return times["ours"] / times["reference"]


def _empty_caches() -> None:
    """Empty the caches that parses share (what cells hold, remembered across articles)."""
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("shorttrack_parse"):
            for value in vars(module).values():
                if isinstance(value, TextCache):
                    value.cache_clear()


def cold_ratio(path: Path, repeat: int) -> float:
    """Like :func:`parse_ratio`, the caches shared between articles emptied before each parse.

    The worst case for a batch of articles: none of their cell texts seen before.
    """
    return parse_ratio(path, repeat, before=_empty_caches)


def primed_ratio(path: Path, repeat: int) -> float:
    """Like :func:`parse_ratio`, the shared caches holding every other article's texts only.

    A batch's usual case: flags, notes, ranks and headers seen before, this
    article's names and times not (the same event in editor markup is left out).
    """
    others = [_read(other) for other in SMALLER if other.stem != path.stem]

    def prime() -> None:
        _empty_caches()
        for other in others:
            shorttrack_parse.parse(other, form="wikitext")

    return parse_ratio(path, repeat, before=prime)


def twin_ratio(wikitext: Path, flattened: Path, repeat: int) -> float:
    """The flattened twin's parse over the wikitext's."""
    text, twin = _read(wikitext), _read(flattened)
    times = interleaved(
        {
            "wikitext": lambda: shorttrack_parse.parse(text, form="wikitext"),
            "text": lambda: shorttrack_parse.parse(twin, form="text"),
        },
        repeat,
    )
    return times["text"] / times["wikitext"]


def against_parse(path: Path, repeat: int) -> dict[str, float]:
    """``validate``, ``to_dict`` and ``from_dict`` of the article's event over its parse."""
    text = _read(path)
    event = shorttrack_parse.parse(text)
    data = shorttrack_parse.to_dict(event)
    times = interleaved(
        {
            "parse": lambda: shorttrack_parse.parse(text),
            "validate": lambda: shorttrack_parse.validate(event),
            "to_dict": lambda: shorttrack_parse.to_dict(event),
            "from_dict": lambda: shorttrack_parse.from_dict(data),
        },
        repeat,
    )
    return {name: times[name] / times["parse"] for name in ("validate", "to_dict", "from_dict")}


def compile_bytecode() -> None:
    """Write the package's bytecode (``.pyc``), as installing the wheel does.

    ``compileall`` writes it even under ``PYTHONDONTWRITEBYTECODE``, so the fresh
    processes that follow load the modules instead of compiling them from source.
    """
    compileall.compile_dir(Path(shorttrack_parse.__file__).parent, quiet=1)


def _subprocess_ms(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return (time.perf_counter() - start) * 1000


def import_ms(samples: int = 7) -> float:
    """``import shorttrack_parse`` in a fresh process, less a bare interpreter's start."""
    bare, loaded = [], []
    for _ in range(samples):
        bare.append(_subprocess_ms("pass"))
        loaded.append(_subprocess_ms("import shorttrack_parse"))
    return statistics.median(loaded) - statistics.median(bare)


def first_parse_ratio(path: Path, samples: int = 5) -> float:
    """The first parse in a fresh process over a warm one (median of the processes)."""
    code = _FIRST_PARSE.format(path=str(path))
    ratios = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(samples)
    ]
    return statistics.median(ratios)


def event_kb(path: Path, copies: int = 5) -> float:
    """Memory kept by one Event of the article (tracemalloc), caches already warm."""
    text = _read(path)
    shorttrack_parse.parse(text)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        events = [shorttrack_parse.parse(text) for _ in range(copies)]
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(events) == copies
    return kept / copies / 1000


def one_run(repeat: int) -> dict[tuple[str, float, str], float]:
    """Every figure once: (what, target, unit) -> value; a value must be <= its target."""
    figures: dict[tuple[str, float, str], float] = {}
    figures[(f"parse {ARTICLE.name} / mwparserfromhell", 0.06, "x")] = parse_ratio(ARTICLE, repeat)
    name = f"parse {ARTICLE.name}, caches emptied each time / mwparserfromhell"
    figures[(name, 0.06, "x")] = cold_ratio(ARTICLE, repeat)
    name = f"parse {ARTICLE.name}, caches primed by the others / mwparserfromhell"
    figures[(name, 0.06, "x")] = primed_ratio(ARTICLE, repeat)
    for path in SMALLER:
        name = f"parse {path.parent.name}/{path.name} / mwparserfromhell"
        figures[(name, 0.10, "x")] = parse_ratio(path, repeat)
    for wikitext, flattened in TWINS:
        name = f"flattened {flattened.name} / wikitext"
        figures[(name, 1.0, "x")] = twin_ratio(wikitext, flattened, repeat)
    ratios = against_parse(ARTICLE, repeat)
    figures[("validate / parse", 0.5, "x")] = ratios["validate"]
    figures[("to_dict / parse", 0.3, "x")] = ratios["to_dict"]
    figures[("from_dict / parse", 0.3, "x")] = ratios["from_dict"]
    compile_bytecode()
    figures[("import over a bare interpreter", 60.0, "ms")] = import_ms()
    figures[("first parse in a fresh process / warm", 1.5, "x")] = first_parse_ratio(ARTICLE)
    kept = [event_kb(path) for path in sorted((ROOT / "fixtures" / "wikitext").glob("*.wiki"))]
    figures[("memory per Event, mean over the wikitext articles", 48.0, "kB")] = statistics.mean(
        kept
    )
    figures[("memory per Event, largest wikitext article", LARGEST_EVENT_KB, "kB")] = max(kept)
    return figures


def report(runs: list[dict[tuple[str, float, str], float]]) -> int:
    """Print each figure's median, spread and verdict; return how many targets failed."""
    missed = 0
    print(f"{'figure':58} {'median':>8} {'spread (over runs)':>19}  target")
    for key in runs[0]:
        what, target, unit = key
        values = [run[key] for run in runs]
        value = statistics.median(values)
        verdict = "ok" if value <= target else f"MISSED by {value / target - 1:.0%}"
        spread = f"{min(values):.3f}-{max(values):.3f}"
        print(f"{what:58} {value:8.3f} {spread:>19}  <= {target:g} {unit}: {verdict}")
        missed += value > target
    return missed


def growth(repeat: int) -> None:
    """Print parse time against input size: the article's results repeated 1x to 16x."""
    text = _read(ARTICLE)
    head, _, results = text.partition("==Results==")
    print("growth (results section repeated):")
    previous = None
    for copies in (1, 2, 4, 8, 16):
        big = head + "==Results==" + results * copies
        took = interleaved(
            {"parse": lambda big=big: shorttrack_parse.parse(big)}, max(3, repeat // copies)
        )["parse"]
        step = f"  x{took / previous:4.2f}" if previous else ""
        print(f"  {len(big) / 1000:8.1f} kB  {took:9.2f} ms{step}")
        previous = took


def _after_reference_and_after_ours(
    text: str, repeat: int, in_a_row: int
) -> tuple[float, list[float]]:
    """mwparserfromhell's parse after its own, and ours right after it and after ours (ms).

    Each turn runs mwparserfromhell's parse twice, then ours ``in_a_row`` times.
    """

    def ours() -> object:
        return shorttrack_parse.parse(text, form="wikitext")

    def reference() -> object:
        return mwparserfromhell.parse(text)

    actions: dict[str, Callable[[], object]] = {
        "reference": reference,
        "reference again": reference,
    }
    actions.update({f"ours {place}": ours for place in range(1, in_a_row + 1)})
    times = interleaved(actions, repeat)
    return times["reference again"], [times[f"ours {place}"] for place in range(1, in_a_row + 1)]


def cache_effect(repeat: int, in_a_row: int = 4) -> None:
    """Print our parses timed right after mwparserfromhell's and after ours.

    Context for the verdicts above, not a target: there each of our parses follows one
    of mwparserfromhell's, which leaves the CPU caches holding its data, not ours.
    First the 13 kB article, our parse after 1 to ``in_a_row - 1`` of ours; then
    every smaller article, right after mwparserfromhell's and after three of ours.
    """
    reference, ours = _after_reference_and_after_ours(_read(ARTICLE), repeat, in_a_row)
    print("CPU caches (our parse of the 13 kB article; context, not a target):")
    for place, took in enumerate(ours, start=1):
        after = "right after mwparserfromhell's" if place == 1 else f"after {place - 1} of ours"
        ratio = took / reference
        print(f"  {after:32} {took:6.2f} ms  {ratio:6.3f} of mwparserfromhell after its own")
    print("  the smaller articles, right after mwparserfromhell's / after three of ours:")
    meeting = [0, 0]
    for path in SMALLER:
        reference, ours = _after_reference_and_after_ours(_read(path), repeat, 4)
        cold, hot = ours[0] / reference, ours[-1] / reference
        meeting[0] += cold <= 0.10
        meeting[1] += hot <= 0.10
        print(
            f"  {path.parent.name + '/' + path.stem:40} {cold:6.3f} / {hot:6.3f}"
            f"  ({ours[0]:.2f} / {ours[-1]:.2f} ms; mwparserfromhell {reference:.2f} ms)"
        )
    print(
        f"  meeting 0.10: {meeting[0]} of {len(SMALLER)} right after mwparserfromhell's,"
        f" {meeting[1]} of {len(SMALLER)} after three of ours"
    )


# The caches are emptied by the script's own loop, as _empty_caches does: importing
# this module there would load mwparserfromhell before the first parse it times.
_FIRST_PARSE_PARTS = (
    _FIRST_AND_WARM
    + """
import sys
from shorttrack_parse._text import TextCache

def empty_caches():
    for name, module in list(sys.modules.items()):
        if name.startswith("shorttrack_parse"):
            for value in vars(module).values():
                if isinstance(value, TextCache):
                    value.cache_clear()

emptied = []
for _ in range(9):
    empty_caches()
    emptied.append(took())
print(first / warm, sorted(emptied)[4] / warm)
"""
)


def first_parse_parts(path: Path, samples: int = 7) -> None:
    """Print what the first parse in a fresh process pays over a warm one (context).

    In each fresh process: the first parse, warm parses, and parses with the caches
    shared between articles emptied (the code warm, every text of the article unseen).
    """
    code = _FIRST_PARSE_PARTS.format(path=str(path))
    parts = [
        [
            float(value)
            for value in subprocess.run(
                [sys.executable, "-c", code], check=True, capture_output=True, text=True
            ).stdout.split()
        ]
        for _ in range(samples)
    ]
    first = statistics.median(part[0] for part in parts)
    emptied = statistics.median(part[1] for part in parts)
    print("first parse in a fresh process (context, not a target), over a warm parse:")
    print(f"  first parse                               {first:6.2f}")
    print(f"  caches emptied, code warm (texts unseen)  {emptied:6.2f}")
    print(f"  so once per process                       {first - emptied:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30, help="timed runs per measurement")
    parser.add_argument("--runs", type=int, default=3, help="runs of every measurement")
    options = parser.parse_args()
    runs = [one_run(options.repeat) for _ in range(options.runs)]
    missed = report(runs)
    print(f"{missed} target(s) missed")
    growth(options.repeat)
    cache_effect(options.repeat)
    first_parse_parts(ARTICLE)


if __name__ == "__main__":
    main()
