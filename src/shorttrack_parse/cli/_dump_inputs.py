"""``--dump DUMP [--index INDEX] [--titles REGEX]``: the event articles of a Wikipedia dump."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

from ..dumps import DEFAULT_PATTERN, read_dump
from ..errors import InputError
from ._inputs import Article, UsageError, one_line


def add_dump_options(parser: argparse.ArgumentParser) -> None:
    """The options of the subcommands that read dumps (``csv``, ``json``)."""
    parser.add_argument(
        "--dump",
        metavar="DUMP",
        help="also read the event articles of this MediaWiki XML export (.xml or .xml.bz2)",
    )
    parser.add_argument(
        "--index",
        metavar="INDEX",
        help="the dump's multistream index (…-multistream-index.txt.bz2): only the "
        "bz2 streams holding wanted titles are decompressed",
    )
    parser.add_argument(
        "--titles",
        metavar="REGEX",
        help="the titles to take from the dump (default: Olympic short-track event articles)",
    )


def dump_articles(options: argparse.Namespace) -> Iterator[Article] | None:
    """The wanted pages of ``--dump``, each named by its title; ``None`` without ``--dump``."""
    dump = getattr(options, "dump", None)
    if dump is None:
        if getattr(options, "index", None) is not None:
            raise UsageError("--index needs --dump")
        return None
    try:
        titles = re.compile(options.titles) if options.titles else DEFAULT_PATTERN
    except re.error as error:
        raise UsageError(f"--titles: not a regular expression: {error}") from None
    return _pages(dump, options.index, titles)


def _pages(dump: str, index: str | None, titles: re.Pattern[str]) -> Iterator[Article]:
    try:
        for title, text in read_dump(dump, titles=titles, index=index):
            yield Article(title, text.encode("utf-8"), title)
    except InputError as error:
        yield Article(dump, error=one_line(error))
