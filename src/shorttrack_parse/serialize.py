"""Lossless, JSON-ready dictionaries of events: ``from_dict(to_dict(e)) == e``.

The shape is documented in ``docs/json.md``.  cattrs does the structuring; this
module only says how the few non-JSON types (times, dates, notes) are written.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn
from cattrs.preconf.json import make_converter
from cattrs.v import format_exception

from .errors import InputError
from .model import Event, Race
from .notes import Note, NoteLike
from .times import RaceTime

__all__ = ["from_dict", "to_dict"]

_TextPairs = tuple[tuple[str, str], ...]  # EventInfo.other
_LinePairs = tuple[tuple[str, int], ...]  # EventInfo.key_lines
_PAIR_TYPES = {_TextPairs: str, _LinePairs: int}


def _structure_time(value: Any, _type: object) -> RaceTime:
    if not isinstance(value, str):
        raise TypeError(f"a time must be a string like '1:29.109', got {value!r}")
    return RaceTime.parse(value)


def _structure_note(value: Any, _type: object) -> NoteLike:
    if not isinstance(value, str) or not value.strip():
        raise TypeError(f"a note must be a non-empty string, got {value!r}")
    return Note(value) if value in Note._value2member_map_ else value


def _structure_date(value: Any, _type: object) -> date:
    if not isinstance(value, str):
        raise TypeError(f"a date must be an ISO string, got {value!r}")
    return date.fromisoformat(value)


def _structure_pairs(value: Any, type_: Any) -> tuple[tuple[str, Any], ...]:
    second = _PAIR_TYPES[type_]
    pairs = []
    for item in value:
        if not isinstance(item, (list, tuple)) or len(item) != 2:
            raise TypeError(f"expected a [key, value] pair, got {item!r}")
        key, other = item
        if type(key) is not str or type(other) is not second:
            raise TypeError(f"expected a [string, {second.__name__}] pair, got {item!r}")
        pairs.append((key, other))
    return tuple(pairs)


def _strict(type_: type[Any]) -> Any:
    """A structure hook that takes values of exactly ``type_``, never converting."""

    def structure(value: Any, _type: object) -> Any:
        if type(value) is not type_:
            raise TypeError(f"expected {type_.__name__}, got {value!r}")
        return value

    return structure


def _make_converter() -> cattrs.Converter:
    # Unknown keys are refused: a misspelt key would otherwise lose its data.
    converter = make_converter(forbid_extra_keys=True)
    for type_ in (str, int, bool):
        converter.register_structure_hook(type_, _strict(type_))
    converter.register_unstructure_hook(RaceTime, str)
    converter.register_structure_hook(RaceTime, _structure_time)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)
    converter.register_unstructure_hook_func(lambda type_: type_ == NoteLike, str)
    converter.register_structure_hook_func(lambda type_: type_ == NoteLike, _structure_note)
    converter.register_unstructure_hook_func(
        lambda type_: type_ in _PAIR_TYPES, lambda pairs: [list(pair) for pair in pairs]
    )
    converter.register_structure_hook_func(lambda type_: type_ in _PAIR_TYPES, _structure_pairs)
    _register_race(converter)
    return converter


class _KeyMismatch(ValueError):
    """A race's ``key`` that its stage and label do not give."""


def _register_race(converter: cattrs.Converter) -> None:
    """A race's dict carries its ``key``; on input the key is checked, not stored."""
    unstructure = make_dict_unstructure_fn(Race, converter)
    structure = make_dict_structure_fn(Race, converter, _cattrs_forbid_extra_keys=True)

    def race_to_dict(race: Race) -> dict[str, Any]:
        return {**unstructure(race), "key": race.key}

    def race_from_dict(value: Any, _type: object) -> Race:
        if not isinstance(value, dict) or "key" not in value:
            return structure(value, Race)
        written = value["key"]
        race = structure({k: v for k, v in value.items() if k != "key"}, Race)
        if written != race.key:
            raise _KeyMismatch(f"key {written!r} is not the race's stage and label ({race.key!r})")
        return race

    converter.register_unstructure_hook(Race, race_to_dict)
    converter.register_structure_hook(Race, race_from_dict)


_CONVERTER = _make_converter()


def _describe(error: BaseException, type_: Any) -> str:
    message = format_exception(error, type_)
    if isinstance(error, _KeyMismatch) or (
        isinstance(error, (ValueError, TypeError)) and message == "invalid value"
    ):
        message = f"invalid value ({error})"
    return message


def to_dict(event: Event) -> dict[str, Any]:
    """The event as plain dicts, lists, strings, numbers and ``None``, ready for JSON."""
    result: dict[str, Any] = _CONVERTER.unstructure(event)
    return result


def from_dict(data: dict[str, Any]) -> Event:
    """Rebuild an :class:`Event` from :func:`to_dict`'s output.

    Raises :class:`~shorttrack_parse.InputError` naming the path of every bad value
    (``expected int @ $.rounds[0].races[1].results[2].rank``).
    """
    if not isinstance(data, dict):
        raise InputError(f"not an event dictionary: expected a dict, got {type(data).__name__}")
    try:
        return _CONVERTER.structure(data, Event)
    except Exception as error:  # cattrs groups every problem into one exception
        messages = (
            cattrs.transform_error(error, format_exception=_describe)
            if isinstance(error, ExceptionGroup)
            else []
        )
        detail = "; ".join(messages) or str(error)
        raise InputError(f"not an event dictionary: {detail}") from error
