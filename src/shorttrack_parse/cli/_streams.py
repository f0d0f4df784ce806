"""Output streams that always write UTF-8, whatever the terminal's encoding."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

import attrs


@attrs.frozen
class Streams:
    """The streams a subcommand reads and writes."""

    out: TextIO
    err: TextIO
    stdin: TextIO
    terminal: bool = False
    """Whether standard output is a terminal (a person reads it)."""


def _utf8(stream: TextIO) -> tuple[TextIO, bool]:
    """``stream`` re-wrapped as UTF-8, and whether a wrapper was made (to detach later)."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a text-only stream (StringIO): any text goes
        return stream, False
    stream.flush()
    # backslashreplace: even a lone surrogate (from an undecodable file name) cannot crash.
    wrapper = io.TextIOWrapper(
        buffer, encoding="utf-8", errors="backslashreplace", line_buffering=True
    )
    return wrapper, True


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):  # closed or detached
        return False


@contextmanager
def utf8_streams() -> Iterator[Streams]:
    """Standard output and error as UTF-8 writers for the length of a command."""
    terminal = _is_terminal(sys.stdout)
    out, wrapped_out = _utf8(sys.stdout)
    err, wrapped_err = _utf8(sys.stderr)
    try:
        yield Streams(out=out, err=err, stdin=sys.stdin, terminal=terminal)
    finally:
        for stream, wrapped in ((out, wrapped_out), (err, wrapped_err)):
            stream.flush()
            if wrapped:
                stream.detach()  # type: ignore[attr-defined]
