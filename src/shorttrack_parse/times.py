"""Exact race times: integer milliseconds plus the way the time was written."""

from __future__ import annotations

import functools
import re
from datetime import timedelta
from typing import Final

import attrs

from ._unchecked import slot_setter

__all__ = ["RaceTime"]

# m:ss.fff, ss.fff (seconds may exceed 59 when no minutes are written, e.g. 77.124);
# digit runs are bounded, as no race lasts days and int() refuses huge strings.
_TIME_PATTERN: Final = re.compile(
    r"(?:(?P<minutes>[0-9]{1,4}):(?P<seconds_m>[0-5][0-9])|(?P<seconds>[0-9]{1,6}))"
    r"(?:\.(?P<fraction>[0-9]{1,3}))?"
)
_MS_PER_MINUTE: Final = 60_000
# What a fraction of so many decimals is multiplied by to make it milliseconds.
_PADDING: Final = (1000, 100, 10, 1)


def _non_negative(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _valid_decimals(_instance: object, _attribute: attrs.Attribute[int], value: int) -> None:
    if not 0 <= value <= 3:
        raise ValueError(f"decimals must be between 0 and 3, got {value}")


@functools.total_ordering
@attrs.frozen(eq=False)
class RaceTime:
    """A race time, exact to the millisecond, that prints as it was written.

    ``milliseconds`` is the value; ``decimals`` (0-3) and ``with_minutes`` record the
    written form, so ``str(RaceTime.parse(s)) == s`` for every valid ``s``.  Like
    :class:`~decimal.Decimal`, times compare, hash, order and subtract by value
    only: ``1:29.10 == 1:29.100`` and ``77.124 == 1:17.124``, while each still
    prints as written.  By default a time of a minute or more is written with minutes.

    >>> t = RaceTime.parse("1:29.109")
    >>> t.milliseconds, str(t)
    (89109, '1:29.109')
    >>> RaceTime.parse("1:30.160") - t
    datetime.timedelta(seconds=1, microseconds=51000)
    >>> RaceTime.parse("1:29.10") == RaceTime.parse("1:29.100"), str(RaceTime.parse("1:29.10"))
    (True, '1:29.10')
    """

    milliseconds: int = attrs.field(validator=_non_negative)
    decimals: int = attrs.field(default=3, validator=_valid_decimals)
    with_minutes: bool = attrs.field(
        default=attrs.Factory(lambda self: self.milliseconds >= _MS_PER_MINUTE, takes_self=True)
    )

    def __attrs_post_init__(self) -> None:
        step = 10 ** (3 - self.decimals)
        if self.milliseconds % step:
            raise ValueError(
                f"{self.milliseconds} ms cannot be written with {self.decimals} decimals"
            )

    @classmethod
    def parse(cls, text: str) -> RaceTime:
        """Parse ``m:ss.fff``, ``ss.fff``, ``ss.ff`` or ``77.124``; else raise ``ValueError``."""
        parsed = cls.try_parse(text)
        if parsed is None:
            raise ValueError(f"not a race time: {text!r}")
        return parsed

    @classmethod
    def try_parse(cls, text: str) -> RaceTime | None:
        """Like :meth:`parse` but return ``None`` for text that is not a time."""
        match = _TIME_PATTERN.fullmatch(text.strip())
        if match is None:
            return None
        minutes, seconds_m, seconds, fraction = match.groups()
        decimals = len(fraction) if fraction else 0
        # The digits with the fraction padded to three places, read as one number:
        # milliseconds, or with minutes minutes * 100_000 + milliseconds of the minute.
        if minutes is None:
            milliseconds = int(seconds + (fraction or "")) * _PADDING[decimals]
        else:
            written = int(minutes + seconds_m + (fraction or "")) * _PADDING[decimals]
            milliseconds = written - written // 100_000 * (100_000 - _MS_PER_MINUTE)
        return cls._read(milliseconds, decimals, minutes is not None)

    @classmethod
    def _read(cls, milliseconds: int, decimals: int, with_minutes: bool) -> RaceTime:
        """A time as :meth:`try_parse` reads it, built without re-checking what its pattern ensures.

        The pattern's digits give ``milliseconds`` >= 0 and 0 to 3 ``decimals``,
        and milliseconds read from ``decimals`` digits are written with as many,
        so the validators and ``__attrs_post_init__`` could refuse nothing.
        """
        time = object.__new__(cls)
        _set_milliseconds(time, milliseconds)
        _set_decimals(time, decimals)
        _set_with_minutes(time, with_minutes)
        return time

    def __str__(self) -> str:
        seconds, ms = divmod(self.milliseconds, 1000)
        fraction = f"{ms:03d}"[: self.decimals]
        point = f".{fraction}" if self.decimals else ""
        if self.with_minutes:
            minutes, seconds = divmod(seconds, 60)
            return f"{minutes}:{seconds:02d}{point}"
        return f"{seconds}{point}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RaceTime):
            return NotImplemented
        return self.milliseconds == other.milliseconds

    def __hash__(self) -> int:
        return hash(self.milliseconds)

    def __lt__(self, other: RaceTime) -> bool:
        if not isinstance(other, RaceTime):
            return NotImplemented
        return self.milliseconds < other.milliseconds

    def __sub__(self, other: RaceTime) -> timedelta:
        if not isinstance(other, RaceTime):
            return NotImplemented
        return timedelta(milliseconds=self.milliseconds - other.milliseconds)

    @property
    def seconds(self) -> float:
        """The time in seconds, as a float, for plotting; compare ``milliseconds`` instead."""
        return self.milliseconds / 1000


_set_milliseconds = slot_setter(RaceTime, "milliseconds")
_set_decimals = slot_setter(RaceTime, "decimals")
_set_with_minutes = slot_setter(RaceTime, "with_minutes")
