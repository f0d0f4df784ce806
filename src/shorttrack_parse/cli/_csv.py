"""``csv``: one tidy row per result (or per record), the columns of ``to_rows``."""

from __future__ import annotations

import argparse
import csv
from typing import Any, TextIO

from ..tables import RECORD_COLUMNS, RESULT_COLUMNS, to_rows
from ._dump_inputs import add_dump_options
from ._inputs import add_input_options, exit_status, parse_all
from ._show import add_strict_option
from ._streams import Streams


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``csv``."""
    parser = commands.add_parser(
        "csv",
        help="write one CSV row per result (or per record)",
        description="Write the rows of to_rows (columns in docs/tables.md) as UTF-8 CSV. "
        "Exit status: 0 all written, 1 strict mode failed, 2 unreadable input.",
    )
    add_input_options(parser, paths_optional=True)
    add_dump_options(parser)
    add_strict_option(parser)
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


def _write(out: TextIO, options: argparse.Namespace, streams: Streams) -> int:
    columns = RECORD_COLUMNS if options.records else RESULT_COLUMNS
    every = parse_all(options, streams.stdin)  # usage errors before the header
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    status = 0
    for parsed in every:
        status = max(status, exit_status(parsed))
        if parsed.event is None:
            streams.err.write(f"{parsed.article.name}: {parsed.error}\n")
            continue
        rows = to_rows({parsed.article.name: parsed.event}, records=options.records)
        writer.writerows([_cell(row[column]) for column in columns] for row in rows)
    return status


def run(options: argparse.Namespace, streams: Streams) -> int:
    """Write the table to standard output or ``--output``."""
    if options.output is None:
        return _write(streams.out, options, streams)
    with open(options.output, "w", encoding="utf-8", newline="") as out:
        return _write(out, options, streams)
