"""Event articles out of Wikipedia dumps: :func:`read_dump`, and the default title pattern.

A MediaWiki XML export is read as a stream (plain, or ``.bz2`` however many bz2
streams it holds), so memory stays flat whatever its size.  A Wikimedia
*multistream* dump given with its index is read through the index: only the bz2
streams holding a wanted title are decompressed, which turns hours of reading
into seconds.
"""

from __future__ import annotations

import bz2
import os
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import Final, TypeAlias

from ._dump_xml import Page, pages
from ._multistream import fragments, stream_offsets
from .errors import InputError

__all__ = ["DEFAULT_PATTERN", "TitleFilter", "read_dump"]

DEFAULT_PATTERN: Final = re.compile(
    r"^Short[- ]track speed skating at the \d{4} Winter Olympics [–-] \S.*$"
)
"""The titles of Olympic short-track event articles.

Both hyphenations ("Short-track", "Short track") and either dash before the event
("– Men's 1000 metres", "- Men's 1000 metres") match; the sport's overview pages
("Short-track speed skating at the 2002 Winter Olympics") do not.
"""

# Found in the index line of every title DEFAULT_PATTERN takes (and of a few more):
# the index is scanned for it in large blocks, about eight times faster than line
# by line, and only the lines holding it are read.
_DEFAULT_CANDIDATES: Final = re.compile(rb"hort[- ]track speed skating at the ")

TitleFilter: TypeAlias = "re.Pattern[str] | str | Callable[[str], bool] | None"
"""Which titles to keep: a pattern (searched in the title), a predicate, or ``None`` for all."""

_READ: Final = 1 << 20
_REDIRECT: Final = re.compile(r"\s*#REDIRECT\b", re.IGNORECASE)


def read_dump(
    path: str | os.PathLike[str],
    *,
    titles: TitleFilter = DEFAULT_PATTERN,
    namespaces: Collection[int] | None = (0,),
    index: str | os.PathLike[str] | None = None,
) -> Iterator[tuple[str, str]]:
    """The ``(title, text)`` of every wanted page of a MediaWiki XML export, in dump order.

    ``path`` is the export, plain XML or ``.bz2``.  ``titles`` picks the pages by
    title (by default :data:`DEFAULT_PATTERN`); ``namespaces`` by namespace number
    (by default the articles, 0; ``None`` for all).  Redirects are skipped.  The
    text is the page's latest revision.

    ``index`` is the ``…-multistream-index.txt`` (or ``.txt.bz2``) of a multistream
    dump: the pages are then looked up in it and only the streams holding wanted
    titles are decompressed.  Without it the whole dump is read, multistream or not.

    Raises :class:`InputError` for a file that cannot be read, broken XML or bz2,
    or an index line that is not ``offset:page_id:title``.
    """
    wanted = title_filter(titles)
    if index is None:
        found: Iterable[Page] = pages(_chunks(path), where=os.fspath(path))
        return _kept(found, wanted, namespaces)
    return read_streams(path, wanted_streams(index, titles), wanted, namespaces)


def wanted_streams(index: str | os.PathLike[str], titles: TitleFilter) -> list[int]:
    """The byte offsets of the multistream dump's streams that hold ``titles``, by its index."""
    candidates = _DEFAULT_CANDIDATES if titles is DEFAULT_PATTERN else None
    return stream_offsets(index, title_filter(titles), candidates=candidates)


def read_streams(
    path: str | os.PathLike[str],
    offsets: Iterable[int],
    wanted: Callable[[str], bool],
    namespaces: Collection[int] | None,
) -> Iterator[tuple[str, str]]:
    """The wanted pages of the multistream dump's streams at ``offsets`` (for a partition)."""
    found = (
        page
        for fragment in fragments(path, offsets)
        for page in pages(fragment, where=os.fspath(path))
    )
    return _kept(found, wanted, namespaces)


def _kept(
    found: Iterable[Page], wanted: Callable[[str], bool], namespaces: Collection[int] | None
) -> Iterator[tuple[str, str]]:
    for page in found:
        if namespaces is not None and page.namespace not in namespaces:
            continue
        if page.redirect or _REDIRECT.match(page.text) or not wanted(page.title):
            continue
        yield page.title, page.text


def title_filter(titles: TitleFilter) -> Callable[[str], bool]:
    """``titles`` as a predicate; raises :class:`InputError` for anything else."""
    if titles is None:
        return lambda _title: True
    if isinstance(titles, str):
        try:
            titles = re.compile(titles)
        except re.error as error:
            raise InputError(f"titles: {titles!r} is not a regular expression: {error}") from error
    if isinstance(titles, re.Pattern):
        search = titles.search
        return lambda title: search(title) is not None
    if callable(titles):
        return titles
    raise InputError(f"titles must be a pattern, a predicate or None, not {type(titles).__name__}")


def _chunks(path: str | os.PathLike[str]) -> Iterator[bytes]:
    name = os.fspath(path)
    try:
        handle = bz2.open(name, "rb") if name.endswith(".bz2") else open(name, "rb")  # noqa: SIM115
        with handle:
            while chunk := handle.read(_READ):
                yield chunk
    except (OSError, EOFError) as error:
        raise InputError(f"cannot read the dump {name!r}: {error}") from error
