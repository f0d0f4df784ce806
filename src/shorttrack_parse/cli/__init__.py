"""The command line: ``shorttrack-parse check|show|json|csv PATH...``.

Also ``python -m shorttrack_parse``.  Each subcommand lives in its own module;
this one builds the parser, keeps the old flag-style calls working, and makes
sure that nothing but a one-line message and an exit status ever comes out.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Sequence
from typing import Final, TextIO

from .. import __version__
from . import _check, _csv, _json, _show
from ._inputs import UsageError
from ._streams import Streams, utf8_streams

__all__ = ["main"]

PROG: Final = "shorttrack-parse"
_COMMANDS: Final = ("check", "show", "json", "csv")


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors raised instead of exiting, so ``main`` returns 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: error: {message}", self.format_usage())


def _arguments() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Parse, lint and export Wikipedia articles about Olympic short-track "
        "speed skating events.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for module in (_check, _show, _json, _csv):
        module.add_parser(commands)
    return parser


def _legacy(argv: list[str]) -> tuple[list[str], str] | None:
    """Today's flag-style call as a subcommand call, and the hint that says so."""
    if not argv or argv[0] in _COMMANDS or argv[0] in ("-h", "--help", "--version"):
        return None
    old_flags = {"--validate", "--format", "--strict"} & {item.partition("=")[0] for item in argv}
    # An option first (``--title T FILE``) can only be the old form: commands come first.
    old_form = old_flags or argv[0].startswith("-") or os.path.exists(argv[0])
    if not old_form:
        return None  # a mistyped command: argparse names the commands
    rest: list[str] = []
    command = ["show"]
    index = 0
    while index < len(argv):
        item = argv[index]
        if item == "--validate":
            command = ["check"]
        elif item in ("--format", "--format=json", "--format=jsonl", "--format=summary"):
            value = item.partition("=")[2]
            if not value and index + 1 < len(argv):
                index += 1
                value = argv[index]
            if value not in ("json", "jsonl", "summary"):
                return None  # let argparse report it against the new form
            if command != ["check"]:
                command = {"json": ["json"], "jsonl": ["json", "--jsonl"]}.get(value, ["show"])
        else:
            rest.append(item)
        index += 1
    if command == ["check"]:
        rest = [item for item in rest if item != "--strict"]
    new = [*command, *rest]
    return new, f"hint: this form is deprecated; use: {PROG} {' '.join(new)}"


def _run(argv: list[str], streams: Streams) -> int:
    legacy = _legacy(argv)
    if legacy is not None:
        argv, hint = legacy
        streams.err.write(hint + "\n")
    parser = _arguments()
    options = parser.parse_args(argv)
    status: int = options.run(options, streams)
    return status


def _silence_stdout() -> None:
    # Python flushes stdout again at exit; point it at /dev/null so that cannot fail.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _one_line(stream: TextIO, message: str) -> None:
    stream.write(" ".join(message.split()) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    0: nothing wrong; 1: ``check`` found errors, or ``--strict`` failed; 2: a usage
    error or an input that cannot be read.  Never raises and never prints a
    traceback: every failure is a one-line message on standard error.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    with utf8_streams() as streams:
        try:
            return _run(arguments, streams)
        except UsageError as error:
            streams.err.write(error.usage)
            message = str(error)
            _one_line(streams.err, message if message.startswith(PROG) else f"{PROG}: {message}")
            return 2
        except SystemExit as exit_:  # --help and --version
            return exit_.code if isinstance(exit_.code, int) else 0
        except BrokenPipeError:
            _silence_stdout()
            return 1  # the reader went away (``| head``); nothing more to say
        except OSError as error:
            _one_line(streams.err, f"{PROG}: error: {error.filename or ''}: {error.strerror}")
            return 2
        except Exception as error:  # a bug: still one line, never a traceback
            _one_line(streams.err, f"{PROG}: internal error: {type(error).__name__}: {error}")
            return 2
