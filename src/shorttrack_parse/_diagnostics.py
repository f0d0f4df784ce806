"""Collecting diagnostics with the source line they are about."""

from __future__ import annotations

from collections.abc import Callable

from .model import Diagnostic


class DiagnosticSink:
    """Gathers diagnostics; ``source`` looks up a line's text for each."""

    def __init__(self, source: Callable[[int | None], str | None]) -> None:
        self._source = source
        self.items: list[Diagnostic] = []

    def add(self, line: int | None, message: str, code: str) -> None:
        """Record that ``line`` could not be (fully) interpreted, and why."""
        self.items.append(
            Diagnostic(line=line, message=message, code=code, source=self._source(line))
        )
