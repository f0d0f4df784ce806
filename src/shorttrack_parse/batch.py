"""Many articles at once: :func:`parse_many` and :func:`rows_many`, on all the machine's cores.

One bad input never stops the rest: each input gets a :class:`Parsed` that holds
its event (or rows) or the error that stopped it, in input order.
"""

from __future__ import annotations

import math
import os
import traceback
from collections.abc import Callable, Iterable, Iterator, Sized
from functools import partial
from typing import Any, Final, TypeAlias

import attrs

from ._api import FORMS, Form, parse, parse_file
from ._pool import chunked, default_workers, ordered_map
from ._progress import with_progress
from .errors import InputError, ShorttrackParseError, UnexpectedError, UnsupportedFormError
from .model import Event

__all__ = ["BatchInput", "Parsed", "parse_many", "rows_many"]

BatchInput: TypeAlias = "str | os.PathLike[str] | bytes | tuple[str, str | bytes]"
"""A path, an article's text, or a ``(title, text)`` pair."""

Row: TypeAlias = dict[str, Any]

# Chunks of about this many articles keep pickling and hand-over below a few per
# cent of the parsing time (see benchmarks/bench_batch.py).
_CHUNK: Final = 32
_CHUNKS_PER_WORKER: Final = 4


@attrs.frozen
class Parsed:
    """The outcome of one input of a batch.

    ``source`` names the input: the path, the title of a ``(title, text)`` pair, or
    ``"<input N>"`` for a bare text (N counts from 0).  ``event`` is the parsed
    event (``None`` if it failed, and from :func:`rows_many`, which sends rows
    only); ``rows`` are the event's table rows (from :func:`rows_many` only);
    ``error`` is the :class:`ShorttrackParseError` that stopped it, an
    :class:`UnexpectedError` wrapping anything else.
    """

    source: str
    event: Event | None = None
    error: ShorttrackParseError | None = None
    rows: tuple[Row, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the input was parsed."""
        return self.error is None


# One unit of work: (source, path, text, title); exactly one of path and text is set.
_Job: TypeAlias = tuple[str, str | None, str | bytes | None, str | None]
_Export: TypeAlias = Callable[[dict[str, Event]], list[Row]]


def parse_many(
    inputs: Iterable[BatchInput],
    *,
    workers: int | None = None,
    form: Form = "auto",
    strict: bool = False,
    progress: bool | None = None,
) -> Iterator[Parsed]:
    """Parse many articles, in input order, on ``workers`` processes.

    ``inputs`` may be a lazy stream (for example :func:`read_dump`).  Each is a
    path (an :class:`os.PathLike`, or a ``str`` holding no line break), an
    article's text (``bytes``, or a ``str`` with line breaks) or a ``(title, text)``
    pair.  ``workers=None`` uses every core this process may run on; ``workers=1``
    parses in this process (nothing is pickled).  ``form`` and ``strict`` are
    :func:`parse`'s.  ``progress`` shows a bar with articles per second on
    standard error: ``None`` (the default) only when it is a terminal and tqdm (the
    ``progress`` extra) is installed, ``True`` always, ``False`` never.
    """
    return _run(inputs, workers, form, strict, progress, None)


def rows_many(
    inputs: Iterable[BatchInput],
    *,
    workers: int | None = None,
    form: Form = "auto",
    strict: bool = False,
    records: bool = False,
    progress: bool | None = None,
) -> Iterator[Parsed]:
    """Like :func:`parse_many`, but each :class:`Parsed` holds the event's rows, not the event.

    The rows are :func:`to_rows`'s, with the input's ``source`` in their ``source``
    column; they are made in the worker processes, so only small flat dictionaries
    travel back.  ``records=True`` gives the records table's rows instead.  The
    other keywords are :func:`parse_many`'s.
    """
    from .tables import to_rows

    return _run(inputs, workers, form, strict, progress, partial(to_rows, records=records))


def _run(
    inputs: Iterable[BatchInput],
    workers: int | None,
    form: Form,
    strict: bool,
    progress: bool | None,
    export: _Export | None,
) -> Iterator[Parsed]:
    if isinstance(inputs, (str, bytes, os.PathLike)):
        # One input given where many are expected: iterating it would be nonsense.
        raise InputError(f"inputs must be a collection of inputs, got one {type(inputs).__name__}")
    if workers is not None and (type(workers) is not int or workers < 1):
        raise InputError(f"workers must be a positive integer or None, got {workers!r}")
    if form not in FORMS:
        raise UnsupportedFormError(f"form must be one of {', '.join(FORMS)}; got {form!r}")
    count = workers or default_workers()
    total = len(inputs) if isinstance(inputs, Sized) else None
    size = _CHUNK if total is None else _chunk_size(total, count)
    jobs = (_job(index, item) for index, item in enumerate(inputs))
    work = partial(_work, form=form, strict=strict, export=export)
    chunks = ordered_map(work, chunked(jobs, size), count, _failed_chunk)
    results = (parsed for chunk in chunks for parsed in chunk)
    return with_progress(results, progress=progress, total=total, unit="article")


def _chunk_size(total: int, workers: int) -> int:
    # Enough chunks for every worker to stay busy, none larger than _CHUNK.
    return max(1, min(_CHUNK, math.ceil(total / (workers * _CHUNKS_PER_WORKER))))


def _job(index: int, item: object) -> _Job | Parsed:
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
        title, text = item
        if isinstance(text, (str, bytes)):
            return (title, None, text, title)
    if isinstance(item, os.PathLike):
        path = os.fspath(item)
        if isinstance(path, str):
            return (path, path, None, None)
    if isinstance(item, str) and "\n" not in item:
        return (item, item, None, None)
    if isinstance(item, (str, bytes)):
        return (f"<input {index}>", None, item, None)
    message = f"input {index} is not a path, a text or a (title, text) pair: {type(item).__name__}"
    return Parsed(f"<input {index}>", error=InputError(message))


def _work(
    jobs: list[_Job | Parsed], *, form: Form, strict: bool, export: _Export | None
) -> list[Parsed]:
    return [job if isinstance(job, Parsed) else _one(job, form, strict, export) for job in jobs]


def _one(job: _Job, form: Form, strict: bool, export: _Export | None) -> Parsed:
    source, path, text, title = job
    try:
        if path is not None:
            event = parse_file(path, form=form, strict=strict)
        else:
            assert text is not None
            event = parse(text, form=form, title=title, strict=strict)
        if export is None:
            return Parsed(source, event=event)
        return Parsed(source, rows=tuple(export({source: event})))
    except ShorttrackParseError as error:
        return Parsed(source, error=error)
    except Exception as error:
        return Parsed(source, error=_unexpected(error))


def _unexpected(error: BaseException) -> UnexpectedError:
    details = "".join(traceback.format_exception(error))
    return UnexpectedError(f"unexpected {type(error).__name__}: {error}", details=details)


def _failed_chunk(jobs: list[_Job | Parsed], error: BaseException) -> list[Parsed]:
    wrapped = _unexpected(error)
    return [job if isinstance(job, Parsed) else Parsed(job[0], error=wrapped) for job in jobs]
