"""An optional progress bar (tqdm, the ``progress`` extra) around a stream of results."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable, Iterator
from typing import IO, TypeVar

from .errors import MissingExtraError

_T = TypeVar("_T")


def with_progress(
    items: Iterable[_T],
    *,
    progress: bool | None,
    total: int | None,
    unit: str,
    file: IO[str] | None = None,
) -> Iterator[_T]:
    """``items`` unchanged, counted on a bar on standard error.

    ``progress=None`` shows the bar only when standard error is a terminal and tqdm
    is installed; ``True`` shows it even when it is not a terminal (and needs tqdm);
    ``False`` never shows it.
    """
    if progress is False:
        return iter(items)
    if importlib.util.find_spec("tqdm") is None:
        if progress:
            raise MissingExtraError(
                "progress=True needs tqdm: pip install 'shorttrack_parse[progress]'"
            )
        return iter(items)
    from tqdm import tqdm

    # disable=None is tqdm's own "only on a terminal" rule.
    bar = tqdm(
        items,
        total=total,
        unit=unit,
        file=file if file is not None else sys.stderr,
        disable=None if progress is None else False,
        smoothing=0.1,
    )
    return iter(bar)
