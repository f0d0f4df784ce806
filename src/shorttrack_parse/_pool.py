"""Ordered, chunked work on a process pool, with a bounded number of chunks in flight.

Inputs may be a lazy stream (pages read from a dump), so they are chunked as they
come and at most a few chunks per worker are pending: memory stays flat and the
results come back in input order.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Final, TypeVar

_In = TypeVar("_In")
_Out = TypeVar("_Out")

_IN_FLIGHT_PER_WORKER: Final = 3


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def chunked(items: Iterable[_In], size: int) -> Iterator[list[_In]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def ordered_map(
    work: Callable[[list[_In]], list[_Out]],
    chunks: Iterable[list[_In]],
    workers: int,
    on_failure: Callable[[list[_In], BaseException], list[_Out]],
) -> Iterator[list[_Out]]:
    """``work(chunk)`` for every chunk, on ``workers`` processes, in input order.

    ``work`` must be a module-level function (it is pickled).  A chunk whose worker
    failed as a whole (a killed process, an unpicklable result) is handed to
    ``on_failure``, so that every input still gets a result.
    """
    if workers <= 1:
        for chunk in chunks:
            yield work(chunk)
        return
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: deque[tuple[list[_In], Future[list[_Out]]]] = deque()
    try:
        for chunk in chunks:
            pending.append((chunk, pool.submit(work, chunk)))
            if len(pending) >= workers * _IN_FLIGHT_PER_WORKER:
                yield _result(*pending.popleft(), on_failure)
        while pending:
            yield _result(*pending.popleft(), on_failure)
    finally:
        # Also reached when the caller stops early: queued chunks are not started.
        pool.shutdown(wait=True, cancel_futures=True)


def _result(
    chunk: list[_In],
    future: Future[list[_Out]],
    on_failure: Callable[[list[_In], BaseException], list[_Out]],
) -> list[_Out]:
    try:
        return future.result()
    except Exception as error:
        return on_failure(chunk, error)
