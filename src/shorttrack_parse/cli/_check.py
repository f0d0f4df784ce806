"""``check``: parser diagnostics and validation findings, one a line, like a compiler."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, TextIO

import attrs

from ..model import Diagnostic, Event
from ..validation import DEFAULT_CHECKS, Finding, validate
from ._inputs import Commands, Inputs, UsageError, subcommand
from ._streams import Streams

PARSE_PREFIX: Final = "parse"
"""Parser diagnostics appear as ``parse-<code>`` (``parse-bad-time``): part of the article
could not be read, always an error."""

_VALIDATION_CODES: Final = tuple(check.code for check in DEFAULT_CHECKS)
FORMATS: Final = ("text", "json", "github")


@attrs.frozen
class Problem:
    """One line of ``check`` output: where, how bad, which code, what."""

    file: str
    line: int | None
    column: int | None
    severity: str
    code: str
    message: str
    race: str | None = None
    athlete: str | None = None


def add_parser(commands: Commands) -> None:
    """Register ``check``."""
    parser = subcommand(
        commands,
        "check",
        "lint articles: parser diagnostics and validation findings",
        "Print every parser diagnostic (part of the article could not be read) "
        "and validation finding as FILE:LINE:COL: SEVERITY CODE message. "
        "Exit status: 0 no error, 1 errors found, 2 usage error or unreadable file.",
        strict=False,
    )
    parser.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="report only these codes or code prefixes (comma-separated, repeatable); "
        f"'{PARSE_PREFIX}' is every parser diagnostic",
    )
    parser.add_argument(
        "--ignore", action="append", metavar="CODES", help="do not report these codes or prefixes"
    )
    parser.add_argument(
        "--warnings-as-errors", action="store_true", help="report warnings as errors"
    )
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format")
    parser.add_argument(
        "--summary",
        choices=("auto", "always", "never"),
        default="auto",
        help="the closing '2 errors, 1 warning in 3 files' line (auto: on a terminal)",
    )
    parser.set_defaults(run=run)


def _matches(code: str, prefix: str) -> bool:
    return code == prefix or code.startswith(prefix + "-")


def _known(prefix: str) -> bool:
    if _matches(prefix, PARSE_PREFIX) and prefix.replace("-", "").isalnum():
        return True
    return any(_matches(code, prefix) for code in _VALIDATION_CODES)


def selectors(values: Sequence[str] | None, option: str) -> tuple[str, ...] | None:
    """The codes of ``--select``/``--ignore``; an unknown one is a usage error."""
    if values is None:
        return None
    codes = tuple(code.strip() for value in values for code in value.split(",") if code.strip())
    unknown = [code for code in codes if not _known(code)]
    if unknown:
        raise UsageError(
            f"{option}: unknown code {', '.join(unknown)} "
            f"(known: {PARSE_PREFIX}-*, {', '.join(_VALIDATION_CODES)})"
        )
    return codes


def _column(lines: Sequence[str], line: int | None, athlete: str | None) -> int | None:
    # The column is known when the finding names an athlete written on its line.
    if line is None or athlete is None or not 1 <= line <= len(lines):
        return None
    found = lines[line - 1].find(athlete.split("\n")[0])
    return found + 1 if found >= 0 else None


def _from_diagnostic(name: str, diagnostic: Diagnostic) -> Problem:
    return Problem(
        file=name,
        line=diagnostic.line,
        column=None,
        severity="error",
        code=f"{PARSE_PREFIX}-{diagnostic.code}",
        message=diagnostic.message,
    )


def _from_finding(name: str, finding: Finding, lines: Sequence[str]) -> Problem:
    location = finding.location
    return Problem(
        file=name,
        line=finding.line,
        column=_column(lines, finding.line, location.athlete),
        severity=finding.severity.value,
        code=finding.code,
        message=finding.message,
        race=location.race or location.round or location.section,
        athlete=location.athlete,
    )


def problems(name: str, text: bytes, event: Event) -> list[Problem]:
    """Every diagnostic and finding of one article, in source order."""
    lines = text.decode("utf-8-sig", "replace").replace("\r\n", "\n").split("\n")
    found = [_from_diagnostic(name, diagnostic) for diagnostic in event.diagnostics]
    found.extend(_from_finding(name, finding, lines) for finding in validate(event).findings)
    return sorted(found, key=lambda p: (p.line is None, p.line or 0))


def _chosen(
    found: Iterable[Problem],
    select: Sequence[str] | None,
    ignore: Sequence[str] | None,
    warnings_as_errors: bool,
) -> Iterator[Problem]:
    for problem in found:
        if select is not None and not any(_matches(problem.code, s) for s in select):
            continue
        if ignore is not None and any(_matches(problem.code, s) for s in ignore):
            continue
        if warnings_as_errors and problem.severity == "warning":
            problem = attrs.evolve(problem, severity="error")
        yield problem


def _flat(text: str) -> str:
    return " ".join(text.split())


def _text_line(problem: Problem) -> str:
    return (
        f"{problem.file}:{problem.line or 1}:{problem.column or 1}: "
        f"{problem.severity} {problem.code} {_flat(problem.message)}"
    )


def _github_escape(text: str, *, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def _github_line(problem: Problem) -> str:
    properties = ",".join(
        [
            f"file={_github_escape(problem.file, property_value=True)}",
            f"line={problem.line or 1}",
            f"col={problem.column or 1}",
            f"title={_github_escape(problem.code, property_value=True)}",
        ]
    )
    return f"::{problem.severity} {properties}::{_github_escape(problem.message)}"


def _summary(problems_: Sequence[Problem], files: int) -> str:
    errors = sum(p.severity == "error" for p in problems_)
    warnings = len(problems_) - errors

    def count(number: int, word: str) -> str:
        return f"{number} {word}{'' if number == 1 else 's'}"

    return f"{count(errors, 'error')}, {count(warnings, 'warning')} in {count(files, 'file')}"


def _write(out: TextIO, output_format: str, found: Sequence[Problem]) -> None:
    if output_format == "json":
        json.dump([attrs.asdict(p) for p in found], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    format_line = _github_line if output_format == "github" else _text_line
    for problem in found:
        out.write(format_line(problem) + "\n")


def run(options: argparse.Namespace, streams: Streams) -> int:
    """Lint every input; see :func:`add_parser` for the exit statuses."""
    select = selectors(options.select, "--select")
    ignore = selectors(options.ignore, "--ignore")
    inputs = Inputs(options, streams.stdin, streams.err)
    reported: list[Problem] = []
    files = 0
    for parsed in inputs:
        files += 1
        if parsed.event is None or parsed.article.text is None:
            continue
        every = problems(parsed.article.name, parsed.article.text, parsed.event)
        chosen = list(_chosen(every, select, ignore, options.warnings_as_errors))
        if options.format != "json":  # lines go out file by file, as a linter's do
            _write(streams.out, options.format, chosen)
        reported.extend(chosen)
    if options.format == "json":
        _write(streams.out, "json", reported)
    show_summary = options.summary == "always" or (
        options.summary == "auto" and options.format == "text" and streams.terminal
    )
    if show_summary:
        streams.out.write(_summary(reported, files) + "\n")
    if inputs.status:  # an input that could not be read (check has no strict mode)
        return 2
    return 1 if any(p.severity == "error" for p in reported) else 0
