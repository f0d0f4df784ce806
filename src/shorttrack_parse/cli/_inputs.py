"""The command line's inputs: files, directories and standard input, read and parsed."""

from __future__ import annotations

import argparse
import itertools
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Final, TextIO, TypeAlias

import attrs

from .. import __version__
from .._api import parse
from ..errors import ShorttrackParseError, StrictParseError, ValidationError
from ..model import Event

STDIN: Final = "-"
STDIN_NAME: Final = "<stdin>"
DEFAULT_GLOBS: Final = ("*.wiki", "*.wikitext", "*.txt")
TITLE_SUFFIX: Final = ".title"


class UsageError(Exception):
    """A problem with the command line itself (exit status 2); ``usage`` is what to show."""

    def __init__(self, message: str, usage: str = "") -> None:
        super().__init__(message)
        self.usage = usage


@attrs.frozen
class Article:
    """One input: its display name, its text (or why it could not be read), its title."""

    name: str
    text: bytes | None = None
    title: str | None = None
    error: str | None = None


@attrs.frozen
class Parsed:
    """One input after parsing: the event, or the error that stopped it.

    ``unreadable`` tells an input that could not be read at all (exit status 2)
    from one that failed strict mode (exit status 1).
    """

    article: Article
    event: Event | None = None
    error: str | None = None
    unreadable: bool = False


Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def subcommand(
    commands: Commands,
    name: str,
    summary: str,
    description: str,
    *,
    strict: bool,
    dumps: bool = False,
) -> argparse.ArgumentParser:
    """A subcommand's parser, with the input options (and ``--strict``) every one takes.

    ``dumps``: it also reads Wikipedia dumps (``--dump``), so paths are optional.
    """
    parser = commands.add_parser(name, help=summary, description=description)
    add_input_options(parser, paths_optional=dumps)
    if dumps:
        from ._dump_inputs import add_dump_options

        add_dump_options(parser)
    if strict:
        parser.add_argument(
            "--strict",
            action="store_true",
            help="fail (exit status 1) on an article with any diagnostic or validation error",
        )
    return parser


def add_input_options(parser: argparse.ArgumentParser, *, paths_optional: bool = False) -> None:
    """The options every subcommand takes; ``paths_optional`` where ``--dump`` can stand in."""
    parser.add_argument(
        "paths",
        nargs="*" if paths_optional else "+",
        metavar="PATH",
        help="article file, directory (searched recursively) or - for standard input",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="parse on N worker processes (default: 1, in this process)",
    )
    parser.add_argument(
        "--form",
        choices=("auto", "text", "wikitext"),
        default="auto",
        help="input form (default: detected from the text)",
    )
    parser.add_argument(
        "--title",
        help="article title for wikitext, which carries none "
        "(default: the text of a sidecar file NAME.title, if present)",
    )
    parser.add_argument("--version", action="version", version=f"shorttrack-parse {__version__}")
    parser.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help="file names to take from directories (repeatable; "
        f"default: {' '.join(DEFAULT_GLOBS)})",
    )


def _positive(value: str) -> int:
    number = int(value) if value.isdigit() else 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, not {value!r}")
    return number


def _expand(path: str, globs: Sequence[str]) -> Iterator[str]:
    if path == STDIN or not os.path.isdir(path):
        yield path
        return
    found = {str(file) for pattern in globs for file in Path(path).rglob(pattern) if file.is_file()}
    if not found:
        raise UsageError(f"{path}: no files matching {' '.join(globs)} in this directory")
    yield from sorted(found)


def _sidecar_title(path: str) -> str | None:
    sidecar = Path(path).with_suffix(TITLE_SUFFIX)
    if sidecar == Path(path) or not sidecar.is_file():
        return None
    try:
        text = sidecar.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    first = text.strip().splitlines()
    return first[0].strip() if first else None


def _read_stdin(stdin: TextIO) -> bytes:
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data
    return stdin.read().encode("utf-8", "surrogateescape")


def _describe(error: OSError) -> str:
    return error.strerror or str(error)


def articles(options: argparse.Namespace, stdin: TextIO) -> Iterator[Article]:
    """Every input the options name, in order; directories expanded, nothing read twice.

    The pages of ``--dump`` (where the subcommand takes it) come after the paths.
    Usage errors are raised here, before anything is written.
    """
    from ._dump_inputs import dump_articles

    dumped = dump_articles(options)
    if not options.paths and dumped is None:
        raise UsageError("give a PATH or --dump DUMP")
    return itertools.chain(_path_articles(options, stdin), dumped or ())


def _path_articles(options: argparse.Namespace, stdin: TextIO) -> list[Article]:
    globs = tuple(options.glob or DEFAULT_GLOBS)
    paths = list(dict.fromkeys(p for given in options.paths for p in _expand(given, globs)))
    found: list[Article] = []
    for path in paths:
        if path == STDIN:
            found.append(Article(STDIN_NAME, _read_stdin(stdin), options.title))
            continue
        title = options.title or _sidecar_title(path)
        try:
            with open(path, "rb") as handle:
                found.append(Article(path, handle.read(), title))
        except OSError as error:
            found.append(Article(path, title=title, error=f"cannot read: {_describe(error)}"))
    return found


def one_line(error: ShorttrackParseError) -> str:
    """The error's message on one line, after its line number when it has one."""
    where = f"line {error.line}: " if error.line is not None else ""
    return where + " ".join(error.message.split())


def parse_article(article: Article, options: argparse.Namespace) -> Parsed:
    """Parse one input; errors become a one-line message, never an exception."""
    if article.text is None:
        return Parsed(article, error=article.error, unreadable=True)
    strict = bool(getattr(options, "strict", False))
    try:
        event = parse(article.text, form=options.form, title=article.title, strict=strict)
    except (StrictParseError, ValidationError) as error:
        return Parsed(article, error=one_line(error))
    except ShorttrackParseError as error:
        return Parsed(article, error=one_line(error), unreadable=True)
    except Exception as error:  # a parser bug must not end the run with a traceback
        message = f"internal error while parsing ({type(error).__name__}: {error})"
        return Parsed(article, error=" ".join(message.split()), unreadable=True)
    return Parsed(article, event)


def _exit_status(parsed: Parsed) -> int:
    """0 parsed, 1 failed strict mode, 2 could not be read."""
    if parsed.error is None:
        return 0
    return 2 if parsed.unreadable else 1


class Inputs:
    """The parsed inputs, in order; each failure is reported on one line as it comes.

    ``status`` is the worst exit status so far: 0 parsed, 1 failed strict mode,
    2 could not be read.  The inputs are found (and usage errors raised) when made;
    they are parsed as iterated, in this process or on ``--jobs`` processes.
    """

    def __init__(self, options: argparse.Namespace, stdin: TextIO, err: TextIO) -> None:
        self._options = options
        self._articles = articles(options, stdin)
        self._err = err
        self.status = 0

    def _parsed(self) -> Iterator[Parsed]:
        if self._options.jobs > 1:
            from ._jobs import parse_in_parallel

            return parse_in_parallel(self._articles, self._options)
        return (parse_article(article, self._options) for article in self._articles)

    def __iter__(self) -> Iterator[Parsed]:
        for parsed in self._parsed():
            article = parsed.article
            self.status = max(self.status, _exit_status(parsed))
            if parsed.error is not None:
                self._err.write(f"{article.name}: {parsed.error}\n")
            yield parsed
