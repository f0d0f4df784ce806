"""Beyond one machine: a Dask bag of parsed articles, and Parquet tables written from it.

Dask (the ``dask`` extra: dask, pandas, pyarrow) is imported only when these
functions run.  Each partition is one article file, one whole dump, or a range
of a multistream dump's bz2 streams, so a cluster reads a large dump in
parallel; the scheduler is whatever Dask is set up to use (a
``distributed.Client``, processes, threads), or the one passed in.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeAlias

from ._api import Form
from .batch import Parsed, rows_many
from .dumps import (
    DEFAULT_PATTERN,
    TitleFilter,
    read_dump,
    read_streams,
    title_filter,
    wanted_streams,
)
from .errors import InputError, MissingExtraError
from .tables import to_dataframe

if TYPE_CHECKING:
    import dask.bag

__all__ = ["DaskInput", "dask_rows", "dask_to_parquet"]

_Path: TypeAlias = "str | os.PathLike[str]"
DaskInput: TypeAlias = "_Path | tuple[_Path, _Path]"
"""An article file, a directory of them, a dump, or a ``(dump, index)`` pair."""

ARTICLE_GLOBS: Final = ("*.wiki", "*.wikitext", "*.txt")
DUMP_SUFFIXES: Final = (".xml", ".xml.bz2")
STREAMS_PER_PARTITION: Final = 50

# A partition's work: ("files", paths) | ("dump", path) | ("streams", path, offsets).
_Task: TypeAlias = tuple[Any, ...]


def _dask_bag() -> Any:
    try:
        import dask.bag
    except ImportError as error:
        raise MissingExtraError(
            "the Dask recipe needs dask: pip install 'shorttrack_parse[dask]'"
        ) from error
    return dask.bag


def _tasks(
    paths: Iterable[DaskInput], titles: TitleFilter, streams_per_partition: int
) -> Iterator[_Task]:
    for given in paths:
        if isinstance(given, tuple):
            dump, index = (os.fspath(part) for part in given)
            offsets = wanted_streams(index, titles)
            for start in range(0, len(offsets), streams_per_partition):
                yield ("streams", dump, tuple(offsets[start : start + streams_per_partition]))
            continue
        path = Path(given)
        if path.is_dir():
            found = sorted({f for glob in ARTICLE_GLOBS for f in path.rglob(glob) if f.is_file()})
            yield from (("files", (str(file),)) for file in found)
        elif str(path).endswith(DUMP_SUFFIXES):
            yield ("dump", str(path))
        else:
            yield ("files", (str(path),))


def _parsed(
    task: _Task,
    titles: TitleFilter,
    namespaces: Collection[int] | None,
    form: Form,
    records: bool,
) -> list[Parsed]:
    """One partition: its articles parsed and made rows, in this worker (no processes).

    A dump that breaks off keeps the pages read before, and adds its error.
    """
    kind, path, *rest = task
    pages: Iterator[tuple[str, str]] | None = None
    if kind == "dump":
        pages = read_dump(path, titles=titles, namespaces=namespaces)
    elif kind == "streams":
        pages = read_streams(path, rest[0], title_filter(titles), namespaces)
    inputs: list[Any] = [Path(file) for file in path] if pages is None else []
    failed: list[Parsed] = []
    try:
        inputs.extend(pages or ())
    except InputError as error:
        failed.append(Parsed(os.fspath(path), error=error))
    parsed = rows_many(inputs, workers=1, form=form, records=records, progress=False)
    return [*parsed, *failed]


def dask_rows(
    paths: Iterable[DaskInput],
    *,
    titles: TitleFilter = DEFAULT_PATTERN,
    namespaces: Collection[int] | None = (0,),
    form: Form = "auto",
    records: bool = False,
    streams_per_partition: int = STREAMS_PER_PARTITION,
) -> dask.bag.Bag:
    """A Dask bag of :class:`Parsed` (with rows, like :func:`rows_many`) for every article.

    ``paths`` are article files, directories of them (``*.wiki``, ``*.wikitext``,
    ``*.txt``, searched recursively; one partition per file), dumps (``.xml`` or
    ``.xml.bz2``, one partition each) and ``(dump, index)`` pairs of multistream
    dumps (the index is read here; one partition per ``streams_per_partition``
    streams that hold wanted titles).  ``titles`` and ``namespaces`` pick pages
    from dumps as in :func:`read_dump`; ``records=True`` gives the records table.
    Nothing is computed until the bag is.
    """
    bag = _dask_bag()
    title_filter(titles)  # a bad filter fails here, not on a worker
    if type(streams_per_partition) is not int or streams_per_partition < 1:
        raise InputError(f"streams_per_partition must be at least 1, got {streams_per_partition!r}")
    tasks = list(_tasks(paths, titles, streams_per_partition))
    if not tasks:
        raise InputError("dask_rows: no article files or dumps in the given paths")
    partitions = bag.from_sequence(tasks, npartitions=len(tasks))
    return partitions.map_partitions(
        _partition, titles=titles, namespaces=namespaces, form=form, records=records
    )


def _partition(tasks: Sequence[_Task], **options: Any) -> list[Parsed]:
    return [parsed for task in tasks for parsed in _parsed(task, **options)]


def _dtypes(records: bool) -> dict[str, Any]:
    """:func:`to_dataframe`'s dtypes, categories as strings (categories differ by partition)."""
    import pandas

    frame = to_dataframe([], records=records)
    return {
        column: "string" if isinstance(dtype, pandas.CategoricalDtype) else dtype
        for column, dtype in frame.dtypes.items()
    }


def _rows_frame(parsed: Sequence[Parsed], records: bool) -> Any:
    import pandas

    dtypes = _dtypes(records)
    rows = [row for item in parsed for row in item.rows]
    return pandas.DataFrame(rows, columns=list(dtypes)).astype(dtypes)


def _errors_frame(parsed: Sequence[Parsed]) -> Any:
    import pandas

    failed = [
        {"source": item.source, "error": type(item.error).__name__, "message": str(item.error)}
        for item in parsed
        if item.error is not None
    ]
    return pandas.DataFrame(failed, columns=["source", "error", "message"], dtype="string")


def dask_to_parquet(
    paths: Iterable[DaskInput],
    directory: str | os.PathLike[str],
    *,
    titles: TitleFilter = DEFAULT_PATTERN,
    namespaces: Collection[int] | None = (0,),
    form: Form = "auto",
    records: bool = False,
    scheduler: str | None = None,
    streams_per_partition: int = STREAMS_PER_PARTITION,
) -> tuple[Path, Path]:
    """Parse every article of ``paths`` with Dask and write two Parquet datasets.

    ``directory/rows`` holds the rows (the columns of :data:`RESULT_COLUMNS`, or
    :data:`RECORD_COLUMNS` with ``records=True``; integers, booleans and strings),
    ``directory/errors`` the inputs that failed (``source``, ``error``, ``message``):
    nothing is dropped silently.  One Parquet file per partition.  ``scheduler``
    is passed to Dask (``"synchronous"``, ``"threads"``, ``"processes"``), by
    default its own choice or the active ``distributed.Client``.  The other
    keywords are :func:`dask_rows`'s.  Returns the two dataset directories.
    """
    parsed = dask_rows(  # first: it names the extra if dask is missing
        paths,
        titles=titles,
        namespaces=namespaces,
        form=form,
        records=records,
        streams_per_partition=streams_per_partition,
    )
    import dask
    import dask.dataframe

    out = Path(directory)
    rows_meta = _rows_frame([], records)
    errors_meta = _errors_frame([])
    rows = dask.dataframe.from_delayed(
        [dask.delayed(_rows_frame)(part, records) for part in parsed.to_delayed()],
        meta=rows_meta,
        verify_meta=False,
    )
    errors = dask.dataframe.from_delayed(
        [dask.delayed(_errors_frame)(part) for part in parsed.to_delayed()],
        meta=errors_meta,
        verify_meta=False,
    )
    writes = [
        rows.to_parquet(out / "rows", write_index=False, compute=False),
        errors.to_parquet(out / "errors", write_index=False, compute=False),
    ]
    dask.compute(*writes, scheduler=scheduler)
    return out / "rows", out / "errors"
