"""Benchmark of the batch layer: articles per second, dump reading speed, memory.

- ``parse_many`` and ``rows_many`` over the fixtures replicated to about 2,000
  articles, in this process (1 worker) and on 2 worker processes;
- what one article costs to send back from a worker: pickling an Event, its
  ``to_dict`` output, or its rows;
- dump reading in MB/s (of uncompressed XML) for a plain export, a bz2 export,
  a multistream dump read whole, and the same dump read through its index;
- peak memory (RSS) reading generated dumps of two sizes, each in a fresh
  process, to show it flat.

Dumps are generated in a temporary directory and deleted afterwards.

    python benchmarks/bench_batch.py [--articles N] [--repeat N] [--sizes 50,200]
"""

from __future__ import annotations

import argparse
import bz2
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the dump writer the tests use

import dumpgen  # noqa: E402

import shorttrack_parse as sp  # noqa: E402
from shorttrack_parse.dumps import wanted_streams  # noqa: E402

FIXTURES = ROOT / "fixtures"
GOAL = 1_000  # articles per second for rows_many on a 2-core machine
ENWIKI_INDEX_LINES = 24_000_000  # pages in the English multistream index, roughly


def fixture_paths() -> list[Path]:
    return sorted([*FIXTURES.glob("text/*.txt"), *FIXTURES.glob("wikitext/*.wiki")])


def spread(samples: list[float]) -> str:
    """Median and range of ``samples``."""
    return f"{statistics.median(samples):8.1f}  ({min(samples):.1f}–{max(samples):.1f})"


def timed(action: Callable[[], int], repeat: int) -> list[float]:
    """Rates (items per second) of ``repeat`` runs of ``action``, which returns its item count."""
    rates = []
    for _ in range(repeat):
        start = time.perf_counter()
        count = action()
        rates.append(count / (time.perf_counter() - start))
    return rates


def batches(articles: int, repeat: int) -> None:
    paths = fixture_paths()
    inputs = (paths * (articles // len(paths) + 1))[:articles]
    print(f"batches: {len(inputs)} articles ({len(paths)} fixtures replicated), articles/s")
    print("  median   (min–max)")

    def run(function: Callable[..., Iterator[sp.Parsed]], workers: int) -> Callable[[], int]:
        def action() -> int:
            results = list(function(inputs, workers=workers, progress=False))
            assert all(parsed.ok for parsed in results)
            return len(results)

        return action

    best = 0.0
    for name, function in (("parse_many", sp.parse_many), ("rows_many", sp.rows_many)):
        for workers, how in ((1, "in this process"), (2, "2 processes")):
            rates = timed(run(function, workers), repeat)
            print(f"  {spread(rates)}  {name}, workers={workers} ({how})")
            if function is sp.rows_many:
                best = max(best, statistics.median(rates))
    verdict = "reached" if best >= GOAL else "not reached"
    print(f"  rows_many goal >= {GOAL} articles/s: {verdict} (best median {best:.0f})")


def hand_over(repeat: int) -> None:
    """Microseconds per article to send each shape back from a worker, and its size."""
    paths = fixture_paths()
    events = [sp.parse_file(path) for path in paths]

    def per_article(action: Callable[[], object]) -> float:
        rates = timed(lambda: (action(), len(events))[1], repeat * 3)
        return 1e6 / statistics.median(rates)

    parse_us = per_article(lambda: [sp.parse_file(path) for path in paths])
    print(f"hand-over from a worker, µs per article (parsing itself: {parse_us:.0f} µs)")
    print("  shape            make  pickle  unpickle  rebuild  total   bytes")
    dicts = [sp.to_dict(event) for event in events]
    shapes: list[tuple[str, list[object], Callable[[], object], Callable[[], object]]] = [
        ("Event", list(events), lambda: None, lambda: None),
        (
            "to_dict(event)",
            list(dicts),
            lambda: [sp.to_dict(e) for e in events],
            lambda: [sp.from_dict(d) for d in dicts],
        ),
        (
            "to_rows(event)",
            [sp.to_rows(e) for e in events],
            lambda: [sp.to_rows(e) for e in events],
            lambda: None,
        ),
    ]
    for name, items, make, rebuild in shapes:
        blobs = [pickle.dumps(item, pickle.HIGHEST_PROTOCOL) for item in items]
        costs = [
            per_article(make),
            per_article(
                lambda items=items: [pickle.dumps(i, pickle.HIGHEST_PROTOCOL) for i in items]
            ),
            per_article(lambda blobs=blobs: [pickle.loads(b) for b in blobs]),
            per_article(rebuild),
        ]
        size = statistics.mean(len(blob) for blob in blobs)
        cells = "".join(f"{cost:8.0f}" for cost in costs)
        print(f"  {name:15}{cells}{sum(costs):7.0f}  {size:6.0f}")


def corpus_pages(megabytes: float) -> Iterator[dumpgen.Page]:
    """Pages like real articles (the fixtures' wikitext) until about ``megabytes`` of XML;
    one in 500 has an event title."""
    texts = [path.read_text(encoding="utf-8") for path in FIXTURES.glob("wikitext/*.wiki")]
    target = megabytes * 1e6
    written = 0
    page_id = 0
    while written < target:
        page_id += 1
        text = texts[page_id % len(texts)]
        event = f"{1900 + page_id % 100} Winter Olympics – Men's {page_id} metres"
        wanted = page_id % 500 == 0
        title = f"Short-track speed skating at the {event}" if wanted else f"Article {page_id}"
        written += len(text) + 300
        yield dumpgen.Page(page_id, title, text)


def dumps(folder: Path, megabytes: float, repeat: int) -> None:
    pages = list(corpus_pages(megabytes))
    plain = dumpgen.write_plain(folder / "plain.xml", pages)
    size = plain.stat().st_size / 1e6
    packed = dumpgen.write_plain(folder / "plain.xml.bz2", pages)
    multi, index = folder / "m.xml.bz2", folder / "m-index.txt.bz2"
    streams = dumpgen.write_multistream(multi, index, pages, per_stream=100)
    wanted = sum(1 for page in pages if sp.DEFAULT_PATTERN.search(page.title))
    print(
        f"dump reading: {size:.0f} MB of XML, {len(pages)} pages, {streams} streams, "
        f"{wanted} wanted; MB/s of uncompressed XML"
    )
    print("  median   (min–max)")
    cases = (
        ("plain .xml", plain, None),
        ("bz2, one stream", packed, None),
        ("multistream, read whole", multi, None),
        ("multistream, through its index", multi, index),
    )
    for name, path, path_index in cases:

        def action(path: Path = path, path_index: Path | None = path_index) -> int:
            found = sum(1 for _ in sp.read_dump(path, index=path_index))
            assert found == wanted, found
            return int(size * 1e6)

        rates = [rate / 1e6 for rate in timed(action, repeat)]
        print(f"  {spread(rates)}  {name} ({path.stat().st_size / 1e6:.1f} MB on disk)")


_RSS_CHILD = """
import sys, time
import shorttrack_parse as sp

def status(key):
    # VmHWM is the peak of this process image (ru_maxrss would carry the parent's over).
    with open("/proc/self/status") as lines:
        return next(int(line.split()[1]) for line in lines if line.startswith(key))

before = status("VmRSS:")
start = time.perf_counter()
count = sum(1 for _ in sp.read_dump(sys.argv[1], titles=None))
print(count, before, status("VmHWM:"), time.perf_counter() - start)
"""


def memory(folder: Path, sizes: list[float]) -> None:
    print("peak memory reading a plain dump whole (titles=None), fresh process each")
    for megabytes in sizes:
        path = dumpgen.write_plain(folder / f"rss-{megabytes:g}.xml", corpus_pages(megabytes))
        out = subprocess.run(
            [sys.executable, "-c", _RSS_CHILD, str(path)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        pages, before, peak, seconds = int(out[0]), int(out[1]), int(out[2]), float(out[3])
        print(
            f"  {path.stat().st_size / 1e6:6.0f} MB dump, {pages:7d} pages: peak "
            f"{peak / 1024:6.1f} MB RSS, {(peak - before) / 1024:5.1f} MB above the "
            f"{before / 1024:.1f} MB after import  ({seconds:.1f} s)"
        )
        path.unlink()


def index_scan(folder: Path, lines: int, repeat: int) -> None:
    """Reading a multistream index: lines per second, and what the English one would take."""
    index = folder / "big-index.txt.bz2"
    event = "Short-track speed skating at the 1994 Winter Olympics – Men's 500 metres"
    with bz2.open(index, "wt", encoding="utf-8") as out:
        for number in range(1, lines + 1):
            title = event if number % 100_000 == 0 else f"Some article title {number}"
            out.write(f"{(number // 100) * 400_000 + 600}:{number}:{title}\n")
    print(f"index scan (bz2): {lines} lines, lines/s")

    def by_line(title: str) -> bool:  # a predicate: the index is read line by line
        return sp.DEFAULT_PATTERN.search(title) is not None

    for name, titles in (
        ("default pattern, in blocks", sp.DEFAULT_PATTERN),
        ("line by line", by_line),
    ):
        rates = timed(lambda titles=titles: (wanted_streams(index, titles), lines)[1], repeat)
        english = ENWIKI_INDEX_LINES / statistics.median(rates)
        print(f"  {spread(rates)}  {name}: {english:.0f} s for the English index (~24 M lines)")
    started = time.perf_counter()
    with bz2.open(index) as data:
        while data.read(1 << 22):
            pass
    print(f"  bz2 decompression alone: {lines / (time.perf_counter() - started):.0f} lines/s")
    index.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2_000, help="articles per batch run")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per measurement")
    parser.add_argument("--dump-mb", type=float, default=50, help="size of the speed-test dump")
    parser.add_argument("--sizes", default="50,200", help="dump sizes (MB) for the memory test")
    parser.add_argument("--index-lines", type=int, default=1_000_000, help="index scan size")
    options = parser.parse_args()
    # Other jobs on the machine take cores from the workers: say how busy it was.
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"machine: {os.cpu_count()} cores, load average {load}, Python {sys.version.split()[0]}")
    batches(options.articles, options.repeat)
    hand_over(options.repeat)
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as folder:
        dumps(Path(folder), options.dump_mb, options.repeat)
        index_scan(Path(folder), options.index_lines, options.repeat)
        memory(Path(folder), [float(size) for size in options.sizes.split(",")])
    print(f"load average at the end: {', '.join(f'{value:.1f}' for value in os.getloadavg())}")


if __name__ == "__main__":
    main()
