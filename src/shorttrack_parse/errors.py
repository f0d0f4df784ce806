"""The library's exceptions: one base class, specific subclasses that carry the source line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._findings import Finding

__all__ = [
    "InputError",
    "MissingExtraError",
    "ShorttrackParseError",
    "StrictParseError",
    "UnexpectedError",
    "UnsupportedFormError",
    "ValidationError",
]


class ShorttrackParseError(Exception):
    """Base class of every error this library raises on purpose.

    ``line`` is the 1-based source line the error is about, or ``None`` when it is
    about the input as a whole.  ``source_line`` is that line's text when known.
    """

    def __init__(self, message: str, *, line: int | None = None, source_line: str | None = None):
        self.message = message
        self.line = line
        self.source_line = source_line
        super().__init__(self._format())

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled by keyword, so errors keep their line when sent back from worker processes.
        return (_rebuild, (type(self), self.message, self.line, self.source_line))

    def _format(self) -> str:
        if self.line is None:
            return self.message
        text = f"line {self.line}: {self.message}"
        if self.source_line is not None:
            text += f"\n    {self.source_line}"
        return text


class InputError(ShorttrackParseError):
    """The input cannot be read at all (undecodable bytes, wrong argument type or value)."""


class MissingExtraError(ShorttrackParseError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


class UnsupportedFormError(ShorttrackParseError):
    """The requested input form is unknown or not supported."""


class StrictParseError(ShorttrackParseError):
    """Raised by ``parse(..., strict=True)`` on the first diagnostic."""


class UnexpectedError(ShorttrackParseError):
    """An error the library did not expect (a bug), wrapped so that a batch goes on.

    The message names the original exception's type and message; ``details`` is its
    formatted traceback, for a bug report.
    """

    def __init__(
        self,
        message: str,
        *,
        line: int | None = None,
        source_line: str | None = None,
        details: str = "",
    ):
        self.details = details
        super().__init__(message, line=line, source_line=source_line)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_unexpected, (self.message, self.line, self.source_line, self.details))


class ValidationError(ShorttrackParseError):
    """Raised when validation finds errors; ``findings`` holds them and the message lists them."""

    def __init__(self, findings: Sequence[Finding]):
        self.findings = tuple(findings)
        count = len(self.findings)
        lines = "".join(f"\n  {finding}" for finding in self.findings)
        super().__init__(f"{count} validation error{'s' if count != 1 else ''}:{lines}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (ValidationError, (self.findings,))


def _rebuild(
    kind: type[ShorttrackParseError], message: str, line: int | None, source_line: str | None
) -> ShorttrackParseError:
    return kind(message, line=line, source_line=source_line)


def _rebuild_unexpected(
    message: str, line: int | None, source_line: str | None, details: str
) -> UnexpectedError:
    return UnexpectedError(message, line=line, source_line=source_line, details=details)
