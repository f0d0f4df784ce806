"""``show``: the readable summary of each article."""

from __future__ import annotations

import argparse

from ..summary import summarize
from ._inputs import add_input_options, exit_status, parse_all
from ._streams import Streams


def add_strict_option(parser: argparse.ArgumentParser) -> None:
    """``--strict``: an article with any diagnostic or validation error fails."""
    parser.add_argument(
        "--strict",
        action="store_true",
        help="fail (exit status 1) on an article with any diagnostic or validation error",
    )


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``show``."""
    parser = commands.add_parser(
        "show",
        help="print a readable summary of each article",
        description="Print each article's infobox facts, medalists, records, races and "
        "diagnostics. Exit status: 0 all shown, 1 strict mode failed, 2 unreadable input.",
    )
    add_input_options(parser)
    add_strict_option(parser)
    parser.set_defaults(run=run)


def run(options: argparse.Namespace, streams: Streams) -> int:
    """Summarise every input, a blank line between two."""
    status = 0
    shown = 0
    for parsed in parse_all(options, streams.stdin):
        status = max(status, exit_status(parsed))
        if parsed.event is None:
            streams.err.write(f"{parsed.article.name}: {parsed.error}\n")
            continue
        if shown:
            streams.out.write("\n")
        streams.out.write(summarize(parsed.event))
        shown += 1
    return status
