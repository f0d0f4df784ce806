"""Wikimedia's multistream dumps: the index, and the one bz2 stream at a given offset.

A ``…-pages-articles-multistream.xml.bz2`` is many bz2 streams laid end to end,
about 100 pages each; its ``…-multistream-index.txt.bz2`` has one line per page,
``offset:page_id:title``, where ``offset`` is the byte position of the stream that
holds the page.  Reading the index and decompressing only the streams that hold
wanted titles skips everything else.
"""

from __future__ import annotations

import bz2
import io
import os
import re
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, Final
from xml.sax.saxutils import unescape

from .errors import InputError

_READ: Final = 1 << 18
_INDEX_BLOCK: Final = 1 << 22  # bytes of the index scanned at once
# A stream's pages, without the <mediawiki> and <siteinfo> that open the first one
# and the </mediawiki> that closes the last.
_FIRST_PAGE: Final = re.compile(rb"<page[\s>]")
_LAST_PAGE_END: Final = b"</page>"
# Wikimedia's index writes titles XML-escaped ("AT&amp;T").
_ENTITIES: Final = {"&quot;": '"', "&apos;": "'"}


def _open(path: str | os.PathLike[str]) -> io.BufferedIOBase:
    """A file's bytes, decompressed on the fly when its name ends in ``.bz2``."""
    name = os.fspath(path)
    try:
        return bz2.open(name, "rb") if name.endswith(".bz2") else open(name, "rb")
    except OSError as error:
        raise InputError(f"cannot read {name!r}: {error.strerror}") from error


def stream_offsets(
    index: str | os.PathLike[str],
    wanted: Callable[[str], bool],
    *,
    candidates: re.Pattern[bytes] | None = None,
) -> list[int]:
    """The offsets, in increasing order, of the streams holding a title that is ``wanted``.

    ``candidates``, a pattern found in the UTF-8 of every index line whose title
    is wanted (and maybe of others), lets the index be scanned in large blocks at
    the regex engine's speed; only the lines holding it are then read one by one.
    """
    offsets: set[int] = set()
    name = os.fspath(index)
    with _open(index) as data:
        try:
            lines = enumerate(data, 1) if candidates is None else _candidates(data, candidates)
            for number, line in lines:
                offset = _offset(line.decode("utf-8"), wanted, name, number)
                if offset is not None:
                    offsets.add(offset)
        except (OSError, EOFError, UnicodeDecodeError) as error:
            raise InputError(f"cannot read the index {name!r}: {error}") from error
    return sorted(offsets)


def _candidates(data: io.BufferedIOBase, pattern: re.Pattern[bytes]) -> Iterator[tuple[int, bytes]]:
    """The numbered lines holding ``pattern``, found block by block."""
    number = 1  # the number of the line starting at ``counted``
    rest = b""
    while True:
        chunk = data.read(_INDEX_BLOCK)
        block = rest + chunk
        cut = block.rfind(b"\n") + 1 if chunk else len(block)  # whole lines only
        rest = block[cut:]
        counted = last = 0
        for match in pattern.finditer(block, 0, cut):
            start = block.rfind(b"\n", 0, match.start()) + 1
            if start < last:
                continue  # a second match on a line already yielded
            end = block.find(b"\n", match.end(), cut)
            last = end = cut if end < 0 else end
            number += block.count(b"\n", counted, start)
            counted = start
            yield number, block[start:end]
        number += block.count(b"\n", counted, cut)
        if not chunk:
            return


def _offset(line: str, wanted: Callable[[str], bool], name: str, number: int) -> int | None:
    offset, _, rest = line.partition(":")
    _page_id, colon, title = rest.partition(":")
    if not colon:
        raise InputError(f"{name}: line {number} is not offset:page_id:title: {line!r}")
    title = title.rstrip("\r\n")
    if "&" in title:
        title = unescape(title, _ENTITIES)
    if not wanted(title):
        return None
    if not offset.isdigit():
        raise InputError(f"{name}: line {number} has no byte offset: {line!r}")
    return int(offset)


def stream_at(handle: BinaryIO, offset: int, *, where: str) -> bytes:
    """The pages of the one bz2 stream starting at byte ``offset``, as an XML fragment."""
    handle.seek(offset)
    decompressor = bz2.BZ2Decompressor()
    parts: list[bytes] = []
    try:
        while not decompressor.eof:
            data = handle.read(_READ)
            if not data:
                raise InputError(f"{where}: the stream at byte {offset} ends early")
            parts.append(decompressor.decompress(data))
    except OSError as error:  # not bz2 data at this offset
        raise InputError(f"{where}: no bz2 stream at byte {offset} ({error})") from error
    xml = b"".join(parts)
    first = _FIRST_PAGE.search(xml)
    last = xml.rfind(_LAST_PAGE_END)
    if first is None or last < first.start():
        return b""
    return xml[first.start() : last + len(_LAST_PAGE_END)]


def fragments(path: str | os.PathLike[str], offsets: Iterable[int]) -> Iterator[list[bytes]]:
    """For each offset, its stream's pages wrapped in one element, as chunks for the XML reader."""
    name = os.fspath(path)
    try:
        handle = open(name, "rb")  # noqa: SIM115 - closed below, after the last stream
    except OSError as error:
        raise InputError(f"cannot read {name!r}: {error.strerror}") from error
    with handle:
        for offset in offsets:
            yield [b"<pages>", stream_at(handle, offset, where=name), b"</pages>"]
