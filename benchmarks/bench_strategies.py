"""Benchmark: how fast the strategies generate events, and how fast a failure shrinks.

Targets (issue 12): at least 100 ``events()`` per second for individual events;
a deliberately failing property over ``events()`` shrinks to a minimal example
(at most two rounds, two races, three rows a race) in under 20 s.

    python benchmarks/bench_strategies.py [--runs N] [--examples N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st

import shorttrack_parse as sp
from shorttrack_parse.strategies import events

GENERATION_TARGET = 100.0  # individual events per second
SHRINK_TARGET_S = 20.0


def rate(strategy: st.SearchStrategy[sp.Event], examples: int) -> float:
    """Events generated per second by Hypothesis, in one run of ``examples`` examples."""
    count = 0

    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def consume(event: sp.Event) -> None:
        nonlocal count
        count += 1

    start = time.perf_counter()
    consume()
    return count / (time.perf_counter() - start)


def disqualified(event: sp.Event) -> bool:
    """The failing property's counterexample: an event with a disqualification."""
    return any(row.status is sp.Status.DISQUALIFIED for r in event.races() for row in r.results)


def shrink(condition: Callable[[sp.Event], bool]) -> tuple[float, sp.Event]:
    """Seconds for Hypothesis to find and shrink a counterexample, and the example."""
    start = time.perf_counter()
    found = find(events(), condition, settings=settings(database=None, deadline=None))
    return time.perf_counter() - start, found


def size(event: sp.Event) -> str:
    races = list(event.races())
    rows = [len(race.results) for race in races]
    return f"{len(event.rounds)} rounds, {len(races)} races, rows per race {rows}"


def spread(values: list[float], unit: str) -> str:
    return (
        f"median {statistics.median(values):.1f} {unit} "
        f"(min {min(values):.1f}, max {max(values):.1f}, n={len(values)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--examples", type=int, default=300)
    args = parser.parse_args()

    print("generation (events per second)")
    for label, strategy in (
        ("individual", events(relay=False)),
        ("relay", events(relay=True)),
        ("any", events()),
    ):
        rates = [rate(strategy, args.examples) for _ in range(args.runs)]
        verdict = ""
        if label == "individual":
            ok = statistics.median(rates) >= GENERATION_TARGET
            verdict = f"  target >= {GENERATION_TARGET:.0f}: {'met' if ok else 'MISSED'}"
        print(f"  {label:<10} {spread(rates, '/s')}{verdict}")

    print("shrinking 'no skater is disqualified' (false) over events()")
    times = []
    for run in range(args.runs):
        seconds, example = shrink(disqualified)
        times.append(seconds)
        print(f"  run {run + 1}: {seconds:.1f} s -> {size(example)}")
    ok = max(times) < SHRINK_TARGET_S
    print(f"  {spread(times, 's')}  target < {SHRINK_TARGET_S:.0f} s: {'met' if ok else 'MISSED'}")


if __name__ == "__main__":
    main()
