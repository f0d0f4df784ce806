"""Collecting diagnostics with the source line they are about."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from .model import Diagnostic

_SOURCE_LIMIT: Final = 300  # characters of the line quoted in a diagnostic


def _quote(text: str | None) -> str | None:
    if text is None or len(text) <= _SOURCE_LIMIT:
        return text
    return text[:_SOURCE_LIMIT] + "…"


class DiagnosticSink:
    """Gathers diagnostics; ``source`` looks up a line's text for each."""

    def __init__(self, source: Callable[[int | None], str | None]) -> None:
        self._source = source
        self.items: list[Diagnostic] = []

    def add(self, line: int | None, message: str, code: str) -> None:
        """Record that ``line`` could not be (fully) interpreted, and why."""
        self.items.append(
            Diagnostic(line=line, message=message, code=code, source=_quote(self._source(line)))
        )
