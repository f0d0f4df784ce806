"""What a validation check reports: findings, their severity and location, and checks.

The public names are re-exported by :mod:`shorttrack_parse.validation`; they live
here so that the check modules can use them without importing the registry.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final, TypeAlias

import attrs

from .model import Event

__all__ = ["Check", "CheckFunction", "Finding", "Location", "Severity", "check"]

_CODE: Final = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


class Severity(enum.Enum):
    """How bad a finding is: an ``error`` is a contradiction, a ``warning`` a suspicion."""

    ERROR = "error"
    WARNING = "warning"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Location:
    """Where a finding is: round, race, athlete (or team) and 1-based source line.

    Every part is optional.  ``section`` names a part of the article that is not a
    race (``"Infobox"``, ``"Records"``).
    """

    round: str | None = None
    race: str | None = None
    athlete: str | None = None
    line: int | None = None
    section: str | None = None

    @property
    def where(self) -> str:
        """``race/athlete`` as the report prints it, or ``-`` when nothing is known."""
        parts = [part for part in (self.race or self.round or self.section, self.athlete) if part]
        return "/".join(part.replace("\n", ", ") for part in parts) or "-"


@attrs.frozen
class Finding:
    """One disagreement in an article: a stable ``code``, a severity, a message, a location."""

    code: str
    severity: Severity
    message: str
    location: Location = Location()

    @property
    def line(self) -> int | None:
        """The source line of the finding, if known."""
        return self.location.line

    def __str__(self) -> str:
        line = "-" if self.line is None else str(self.line)
        return f"{line}: {self.severity} {self.code} {self.location.where}: {self.message}"


CheckFunction: TypeAlias = Callable[[Event], Iterable[tuple[Location, str]]]
"""What a check runs: it yields ``(location, message)`` for each disagreement it sees."""


def _valid_code(_instance: object, _attribute: attrs.Attribute[Any], value: str) -> None:
    if not _CODE.fullmatch(value):
        raise ValueError(f"a check code is lowercase words joined by '-', got {value!r}")


@attrs.frozen
class Check:
    """A named, independent check of an event.

    Calling a check with an :class:`~shorttrack_parse.Event` yields its
    :class:`Finding`\\ s, each with this check's ``code`` and ``severity``.
    """

    code: str = attrs.field(validator=_valid_code)
    severity: Severity
    function: CheckFunction = attrs.field(repr=False)
    description: str = ""

    def __call__(self, event: Event) -> Iterator[Finding]:
        for location, message in self.function(event):
            yield Finding(self.code, self.severity, message, location)


def check(code: str, severity: Severity = Severity.ERROR) -> Callable[[CheckFunction], Check]:
    """Turn a function ``(event) -> Iterable[(Location, message)]`` into a :class:`Check`.

    The first line of the function's docstring becomes the check's description.
    """

    def wrap(function: CheckFunction) -> Check:
        doc = (function.__doc__ or "").strip().splitlines()
        return Check(code, severity, function, doc[0] if doc else "")

    return wrap
