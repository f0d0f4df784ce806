"""``csv``: one tidy row per result (or per record), the columns of ``to_rows``."""

from __future__ import annotations

import argparse
import csv
from typing import Any, TextIO

from ..tables import RECORD_COLUMNS, RESULT_COLUMNS, to_rows
from ._inputs import Commands, Inputs, subcommand
from ._streams import Streams


def add_parser(commands: Commands) -> None:
    """Register ``csv``."""
    parser = subcommand(
        commands,
        "csv",
        "write one CSV row per result (or per record)",
        "Write the rows of to_rows (columns in docs/tables.md) as UTF-8 CSV. "
        "Exit status: 0 all written, 1 strict mode failed, 2 unreadable input.",
        strict=True,
        dumps=True,
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not standard output")
    parser.add_argument(
        "--records", action="store_true", help="the records table instead of the results"
    )
    parser.set_defaults(run=run)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _write(out: TextIO, options: argparse.Namespace, inputs: Inputs) -> int:
    columns = RECORD_COLUMNS if options.records else RESULT_COLUMNS
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for parsed in inputs:
        if parsed.event is None:
            continue
        rows = to_rows({parsed.article.name: parsed.event}, records=options.records)
        writer.writerows([_cell(row[column]) for column in columns] for row in rows)
    return inputs.status


def run(options: argparse.Namespace, streams: Streams) -> int:
    """Write the table to standard output or ``--output``."""
    # Usage errors come before anything is written, so --output is never emptied by one.
    inputs = Inputs(options, streams.stdin, streams.err)
    if options.output is None:
        return _write(streams.out, options, inputs)
    with open(options.output, "w", encoding="utf-8", newline="") as out:
        return _write(out, options, inputs)
