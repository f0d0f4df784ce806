"""``show``: the readable summary of each article."""

from __future__ import annotations

import argparse

from ..summary import summarize
from ._inputs import Commands, Inputs, subcommand
from ._streams import Streams


def add_parser(commands: Commands) -> None:
    """Register ``show``."""
    parser = subcommand(
        commands,
        "show",
        "print a readable summary of each article",
        "Print each article's infobox facts, medalists, records, races and "
        "diagnostics. Exit status: 0 all shown, 1 strict mode failed, 2 unreadable input.",
        strict=True,
    )
    parser.set_defaults(run=run)


def run(options: argparse.Namespace, streams: Streams) -> int:
    """Summarise every input, a blank line between two."""
    inputs = Inputs(options, streams.stdin, streams.err)
    shown = 0
    for parsed in inputs:
        if parsed.event is None:
            continue
        if shown:
            streams.out.write("\n")
        streams.out.write(summarize(parsed.event))
        shown += 1
    return inputs.status
