"""Validation: where an article contradicts itself, one finding per disagreement.

>>> import shorttrack_parse as sp
>>> report = sp.validate(sp.parse_file("fixtures/text/2002-men-1000m.txt"))
>>> report.ok
True
>>> print(report)  # doctest: +NORMALIZE_WHITESPACE
131: warning status-in-time-column Semifinal 1/Satoru Terao: the Time column holds 'DQ',
    a status, not a time; a status belongs in the Notes column

Checks are small independent functions, each with a stable code, registered in
:data:`DEFAULT_CHECKS`.  :func:`validate` runs them all, a subset (``select``,
``ignore``), or checks of your own (``checks``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import attrs

from ._checks import (
    article,
    completeness,
    countries,
    infobox,
    names,
    progression,
    qualification,
    races,
    record_races,
    records,
    statuses,
    time_format,
)
from ._checks._memo import one_validation
from ._collector import collector_paused
from ._findings import Check, CheckFunction, Finding, Location, Severity, check
from .errors import ValidationError
from .model import Event

__all__ = [
    "DEFAULT_CHECKS",
    "Check",
    "CheckFunction",
    "Finding",
    "Location",
    "Report",
    "Severity",
    "ValidationError",
    "check",
    "validate",
]

DEFAULT_CHECKS: Final[tuple[Check, ...]] = (
    completeness.incomplete,
    races.rank_sequence,
    races.rank_time_order,
    races.duplicate_time,
    races.duplicate_competitor,
    names.unnamed_row,
    statuses.status_with_rank,
    statuses.unranked_finisher,
    statuses.missing_time,
    statuses.status_in_time_column,
    time_format.time_without_minutes,
    qualification.qualification_in_final,
    qualification.qualifier_count,
    qualification.qualifier_places,
    qualification.time_qualifier,
    qualification.advanced_by_place,
    progression.progression_unqualified,
    progression.progression_missing,
    progression.progression_wrong_final,
    progression.progression_misnamed,
    progression.name_mismatch,
    progression.competitor_in_two_races,
    countries.country_change,
    infobox.infobox_medalist,
    infobox.infobox_medalist_noc,
    infobox.infobox_winning_time,
    infobox.infobox_competitors,
    infobox.infobox_nations,
    infobox.infobox_dates,
    records.record_not_in_race,
    record_races.record_race_missing,
    records.record_holder,
    records.record_notes,
    records.record_order,
    records.unlisted_record,
    records.record_date,
    article.not_an_event,
)
"""Every check :func:`validate` runs by default, in the order findings on one line appear."""


def _sort_key(finding: Finding) -> tuple[bool, int]:
    return finding.line is None, finding.line or 0


@attrs.frozen
class Report:
    """The findings of a validation, in source order (findings without a line last).

    ``str(report)`` prints one finding per line, as a compiler or linter would:
    ``LINE: SEVERITY CODE race/athlete: message``.
    """

    findings: tuple[Finding, ...] = ()

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity error."""
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings of severity warning."""
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return not self.errors

    def raise_for_errors(self) -> None:
        """Raise :class:`ValidationError` listing the errors, if there are any."""
        if self.errors:
            raise ValidationError(self.errors)

    def __str__(self) -> str:
        return "\n".join(str(finding) for finding in self.findings)


def _codes(value: str | Iterable[str] | None, name: str, known: set[str]) -> set[str] | None:
    if value is None:
        return None
    codes = {value} if isinstance(value, str) else set(value)
    unknown = codes - known
    if unknown:
        raise ValueError(
            f"{name} names unknown check codes {sorted(unknown)}; known: {sorted(known)}"
        )
    return codes


def validate(
    event: Event,
    *,
    checks: Iterable[Check] | None = None,
    select: str | Iterable[str] | None = None,
    ignore: str | Iterable[str] | None = None,
) -> Report:
    """Run checks on ``event`` and report every disagreement found.

    ``checks`` replaces :data:`DEFAULT_CHECKS` (pass ``(*DEFAULT_CHECKS, mine)`` to
    add one); ``select`` runs only the checks with those codes; ``ignore`` skips
    the checks with those codes.  Unknown codes raise :class:`ValueError`.
    Findings come sorted by source line, stably, without duplicates.
    """
    chosen = tuple(DEFAULT_CHECKS if checks is None else checks)
    known = {c.code for c in chosen}
    if len(known) != len(chosen):
        raise ValueError("two checks share a code; codes must be unique")
    selected = _codes(select, "select", known)
    ignored = _codes(ignore, "ignore", known) or set()
    found: dict[Finding, None] = {}
    with one_validation(), collector_paused():  # its objects live until it returns
        for item in chosen:
            if (selected is None or item.code in selected) and item.code not in ignored:
                for finding in item(event):  # most checks find nothing: no dict per check
                    found[finding] = None
    return Report(tuple(sorted(found, key=_sort_key)))
