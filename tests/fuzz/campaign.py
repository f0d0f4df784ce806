"""A long fuzzing campaign: the suite's generators over many inputs, on every core.

    python tests/fuzz/campaign.py --inputs 1000000 --jobs 2
    python tests/fuzz/campaign.py --seconds 600

Each worker process runs the Hypothesis generators of ``generators.py`` (and the
tagged tables of ``accounted_tables.py``, checked for row accounting too) in turn
(with ``--atheris``, one worker runs atheris's coverage-guided mutation of the
fixtures instead, if the optional extra is installed) and checks every input
with ``properties.check_text``.  A failure is shrunk by Hypothesis and its
minimal input saved into the corpus directory (``tests/fuzz/corpus`` by
default), which the normal test suite replays.  The last line says how many
inputs were tried, how long it took and how many failed::

    fuzz: 1000000 inputs in 1234 s, 0 failures
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from fuzz import accounted_tables, generators
from fuzz._corpus import CORPUS, save
from fuzz.properties import check_text

GENERATORS: dict[str, Callable[[], st.SearchStrategy[str]]] = {
    "arbitrary": generators.arbitrary_text,
    "wikitext": generators.assembled_wikitext,
    "flattened": generators.flattened_tables,
    "mutated": generators.mutated_fixture,
}
# Tables that know what each line is, checked for row accounting too.
TAGGED: dict[str, tuple[Callable[[], Any], Callable[[Any], None]]] = {
    "accounted-wikitext": (accounted_tables.wikitext_tables, accounted_tables.check_wikitext),
    "accounted-flattened": (accounted_tables.flattened_tables, accounted_tables.check_flattened),
    "accounted-mutated": (accounted_tables.mutated_tables, accounted_tables.check_wikitext),
    "accounted-articles": (
        accounted_tables.mutated_fixtures,
        accounted_tables.check_mutated_fixture,
    ),
}
_BATCH = 200  # inputs per Hypothesis run; small batches keep the workers' counts fresh


def _signature(error: BaseException) -> str:
    """Where a failure happened, so one bug found many times is saved once."""
    frames = traceback.extract_tb(error.__traceback__)
    inner = next((f for f in reversed(frames) if "shorttrack_parse" in f.filename), frames[-1])
    return f"{type(error).__name__} at {Path(inner.filename).name}:{inner.lineno}"


def _text_of(value: Any) -> str:
    """The text of a tagged input (a ``Tagged``, or a ``(Tagged, form)`` pair)."""
    return value[0].text() if isinstance(value, tuple) else value.text()


def _run_batch(name: str, count: int, corpus: Path, seen: set[str]) -> tuple[int, list[str]]:
    """Run one generator for ``count`` inputs; return (inputs tried, failures saved)."""
    tried = 0
    failing: dict[str, str] = {}
    if name in TAGGED:
        strategy, check = TAGGED[name]
        inputs, text_of = strategy(), _text_of
    else:
        inputs, check, text_of = GENERATORS[name](), check_text, lambda value: value

    @settings(
        max_examples=count,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate, Phase.shrink],
    )
    @given(inputs)
    def run(value: Any) -> None:
        nonlocal tried
        tried += 1
        try:
            check(value)
        except Exception as error:
            failing["text"], failing["why"] = text_of(value), f"{_signature(error)}: {error}"[:300]
            raise

    try:
        run()
    except Exception as error:
        signature = _signature(error)
        if signature in seen or "text" not in failing:
            return tried, []
        seen.add(signature)
        path = save(failing["text"], f"{name}: {failing['why']}", corpus)
        return tried, [f"{signature} -> {path}"]
    return tried, []


def _atheris_worker(share: int, deadline: float | None, corpus: Path, queue: Any) -> None:
    """Coverage-guided fuzzing with atheris, seeded with the fixtures; never returns."""
    import tempfile

    import atheris  # type: ignore[import-not-found]  # optional extra

    seeds = Path(tempfile.mkdtemp(prefix="shorttrack-fuzz-"))
    for index, text in enumerate(generators.FIXTURE_TEXTS):
        (seeds / f"seed-{index}").write_text(text, encoding="utf-8")
    counts = {"tried": 0, "sent": 0}
    seen: set[str] = set()

    def flush(final: bool) -> None:
        queue.put((counts["tried"] - counts["sent"], []))
        counts["sent"] = counts["tried"]
        if final:
            queue.put(None)
            queue.close()
            queue.join_thread()  # libFuzzer would exit without flushing the queue
            os._exit(0)

    def one_input(data: bytes) -> None:
        counts["tried"] += 1
        text = data.decode("utf-8", "replace")
        try:
            check_text(text)
        except Exception as error:
            signature = _signature(error)
            if signature not in seen:
                seen.add(signature)
                path = save(text, f"atheris: {signature}: {error}"[:300], corpus)
                queue.put((0, [f"{signature} -> {path}"]))
        over = deadline is not None and time.monotonic() > deadline
        if counts["tried"] >= share or over:
            flush(final=True)
        elif counts["tried"] - counts["sent"] >= _BATCH:
            flush(final=False)

    atheris.instrument_all()  # coverage guidance over the library, already imported
    atheris.Setup([sys.argv[0], "-max_len=200000", "-print_final_stats=0", str(seeds)], one_input)
    atheris.Fuzz()


def _worker(job: int, args: argparse.Namespace, queue: Any) -> None:
    deadline = time.monotonic() + args.seconds if args.seconds else None
    share = args.inputs // args.jobs + (1 if job < args.inputs % args.jobs else 0)
    if args.atheris and job == 0:
        _atheris_worker(share, deadline, args.corpus, queue)
    names = [*GENERATORS, *TAGGED]
    tried, turn, seen = 0, job, set[str]()
    while tried < share and (deadline is None or time.monotonic() < deadline):
        name = names[turn % len(names)]
        count = min(_BATCH, share - tried)
        try:
            done, found = _run_batch(name, count, args.corpus, seen)
        except BaseException as error:  # a crash of the harness itself is a failure too
            done, found = count, [f"harness: {_signature(error)}: {error}"]
        tried += done
        turn += 1
        queue.put((done, found))
    queue.put(None)


def main(argv: list[str] | None = None) -> int:
    """Run the campaign; exit status 1 if anything failed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=10_000, help="inputs in all (default 10000)")
    parser.add_argument("--seconds", type=float, default=0, help="stop after this long")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="where reproducers go")
    parser.add_argument(
        "--atheris", action="store_true", help="one worker runs atheris (optional extra)"
    )
    args = parser.parse_args(argv)
    if args.atheris:
        try:
            import atheris  # noqa: F401
        except ImportError:
            print("fuzz: atheris is not installed; running without it", file=sys.stderr)
            args.atheris = False
    start = time.monotonic()
    queue: Any = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=_worker, args=(job, args, queue)) for job in range(args.jobs)
    ]
    for worker in workers:
        worker.start()
    total, failures, running, reported = 0, [], len(workers), 0.0
    while running:
        item = queue.get()
        if item is None:
            running -= 1
            continue
        done, found = item
        total += done
        for failure in found:
            failures.append(failure)
            print(f"fuzz: FAILED {failure}", flush=True)
        if time.monotonic() - reported > 30:
            reported = time.monotonic()
            print(f"fuzz: {total} inputs, {reported - start:.0f} s", flush=True)
    for worker in workers:
        worker.join()
    elapsed = time.monotonic() - start
    rate = total / elapsed if elapsed else 0.0
    plural = "" if len(failures) == 1 else "s"
    print(
        f"fuzz: {total} inputs in {elapsed:.0f} s ({rate:.0f}/s), {len(failures)} failure{plural}"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
