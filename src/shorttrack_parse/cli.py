"""The command line: ``shorttrack-parse [options] FILE...`` (or ``python -m shorttrack_parse``)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from ._api import parse
from .errors import ShorttrackParseError
from .model import Event
from .serialize import to_dict
from .summary import summarize
from .validation import Report, validate

__all__ = ["main"]


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shorttrack-parse",
        description="Parse Wikipedia articles about Olympic short-track speed skating events.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="article file, or - for stdin")
    parser.add_argument(
        "--form",
        choices=("auto", "text", "wikitext"),
        default="auto",
        help="input form (default: detected from the text)",
    )
    parser.add_argument("--title", help="article title, for wikitext that carries none")
    parser.add_argument(
        "--format",
        choices=("summary", "json", "jsonl"),
        default="summary",
        help="summary (readable), json (one document per file) or jsonl (one line per file)",
    )
    parser.add_argument(
        "--strict", action="store_true", help="fail on the first diagnostic instead of listing it"
    )
    parser.add_argument(
        "--validate",
        action="store_true",
        help="check the article against itself and print findings as "
        "'LINE: SEVERITY CODE race/athlete: message' (exit status 1 on any error)",
    )
    return parser


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


def _emit(event: Event, output_format: str, out: TextIO) -> None:
    if output_format == "summary":
        out.write(summarize(event))
    elif output_format == "json":
        json.dump(to_dict(event), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(json.dumps(to_dict(event), ensure_ascii=False) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    0: every file parsed (and, with ``--validate``, has no validation error);
    1: a file could not be read, failed in strict mode, or has validation errors;
    2: a usage error.
    """
    options = _arguments().parse_args(argv)
    failed = False
    for index, path in enumerate(options.files):
        try:
            event = parse(
                _read(path), form=options.form, title=options.title, strict=options.strict
            )
        except (OSError, ShorttrackParseError) as error:
            print(f"{path}: {error}", file=sys.stderr)
            failed = True
            continue
        if options.validate:
            report = validate(event)
            failed = failed or not report.ok
            _emit_findings(report, path if len(options.files) > 1 else None, sys.stdout)
            continue
        if options.format == "summary" and index:
            sys.stdout.write("\n")
        _emit(event, options.format, sys.stdout)
    return 1 if failed else 0


def _emit_findings(report: Report, path: str | None, out: TextIO) -> None:
    # Like a compiler: one finding a line, prefixed with the file when there are several.
    prefix = f"{path}:" if path else ""
    for finding in report.findings:
        out.write(f"{prefix}{finding}\n")
