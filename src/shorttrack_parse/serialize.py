"""Lossless, JSON-ready dictionaries of events: ``from_dict(to_dict(e)) == e``.

The shape is documented in ``docs/json.md``.  cattrs does the structuring; this
module only says how the few non-JSON types (times, dates, notes) are written.

``from_dict`` structures in two passes at most: a fast converter first, which
stops at the first bad value, and only if that fails the detailed one, which
names every bad value with its path.  Both accept and build exactly the same
(the fast one may refuse more, such as a tuple given as a string, and then the
detailed one decides), so the fast pass changes nothing but the time taken.
"""

from __future__ import annotations

import enum
import linecache
import types
from datetime import date
from typing import Any, Final, get_args, get_origin

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn
from cattrs.preconf.json import make_converter
from cattrs.v import format_exception

from ._unchecked import slot_setter
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


def _read_time(value: Any, _type: object) -> RaceTime:
    """:func:`_structure_time` for the fast pass, which leaves a ``str`` subclass to the other."""
    time = RaceTime.try_parse(value) if type(value) is str else None
    if time is None:
        raise TypeError(f"not a time: {value!r}")
    return time


def _structure_note(value: Any, _type: object) -> NoteLike:
    if not isinstance(value, str) or not value.strip():
        raise TypeError(f"a note must be a non-empty string, got {value!r}")
    return Note._value2member_map_.get(value, value)  # type: ignore[return-value]


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


def _is_optional(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is types.UnionType and len(args) == 2 and type(None) in args


def _structure_optional(type_: Any, converter: cattrs.Converter) -> Any:
    """``X | None``: the hook of ``X`` looked up once, not at every value."""
    inner_type = next(arg for arg in get_args(type_) if arg is not type(None))
    if inner_type in _EXACT:  # one call, not two, for the commonest fields

        def exact(value: Any, _type: object) -> Any:
            if value is None or type(value) is inner_type:
                return value
            raise TypeError(f"expected {inner_type.__name__} or None, got {value!r}")

        return exact
    inner = converter.get_structure_hook(inner_type)

    def structure(value: Any, _type: object) -> Any:
        return None if value is None else inner(value, inner_type)

    return structure


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _structure_tuple(type_: Any, converter: cattrs.Converter) -> Any:
    """``tuple[X, ...]`` from a JSON list (anything else is left to the detailed pass)."""
    item_type = get_args(type_)[0]
    if item_type in _EXACT:  # as the item hook would: values of exactly that type
        allowed = frozenset({item_type})

        def exact(value: Any, _type: object) -> tuple[Any, ...]:
            if type(value) is not list and type(value) is not tuple:
                raise TypeError(f"expected a list, got {value!r}")
            if not allowed.issuperset(map(type, value)):
                raise TypeError(f"expected a list of {item_type.__name__}, got {value!r}")
            return tuple(value)

        return exact
    item = converter.get_structure_hook(item_type)

    def structure(value: Any, _type: object) -> tuple[Any, ...]:
        if type(value) is not list and type(value) is not tuple:
            raise TypeError(f"expected a list, got {value!r}")
        if not value:
            return ()  # most rows' members, and many rows' notes
        return tuple([item(element, item_type) for element in value])

    return structure


def _structure_enum(type_: type[enum.Enum]) -> Any:
    """An enum member by its value, as ``type_(value)`` looks it up first."""
    members = type_._value2member_map_

    def structure(value: Any, _type: object) -> enum.Enum:
        return members[value]

    return structure


def _is_enum(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, enum.Enum)


_EXACT: Final = (str, int, bool)  # taken as they are, never converted


def _exact_types(type_: Any) -> frozenset[type] | None:
    """The types a field of ``type_`` takes as they are (``int | None``: int and None), if so."""
    if type_ in _EXACT:
        return frozenset({type_})
    if _is_optional(type_):
        inner = next(arg for arg in get_args(type_) if arg is not type(None))
        return frozenset({inner, type(None)}) if inner in _EXACT else None
    return None


def _structure_attrs(cls: type[Any], converter: cattrs.Converter) -> Any:
    """An attrs class from a dict: a function made for the class takes a dict of every field.

    ``to_dict`` writes every field, so that is the dict ``from_dict`` usually gets;
    any other is left to :func:`_structure_by_field`.  The function reads each
    field, refuses a plain value not of exactly its type, builds the others by
    their hooks, and then does what the class's ``__init__`` would (convert, set,
    validate) without its keyword call; for Result::

        v_rank = o['rank']
        ...
        if (v_rank is not None and type(v_rank) is not type_rank) or ...:
            raise TypeError(o)
        v_time = None if v_time is None else hook_time(v_time, type_time)
        ...
        instance = new(cls)
        set_rank(instance, v_rank)
        ...
        validate_rank(instance, field_rank, v_rank)
        ...
        return instance
    """
    fields = attrs.fields(attrs.resolve_types(cls))
    namespace: dict[str, Any] = {
        "cls": cls,
        "new": object.__new__,
        "names": frozenset(field.name for field in fields),
        "by_field": _structure_by_field(cls, fields, converter),
    }
    reads, refusals, builds = [], [], []
    for field in fields:
        local = f"v_{field.name}"
        reads.append(f"    {local} = o[{field.name!r}]")
        refusal, build = _field_code(field, local, converter, namespace)
        if refusal is not None:
            refusals.append(refusal)
        if build is not None:
            builds.append(f"    {local} = {build}")
    lines = [
        "def structure(o, _type):",
        "    if type(o) is not dict or o.keys() != names:",
        "        return by_field(o, _type)",
        *reads,
        *([f"    if {' or '.join(refusals)}:", "        raise TypeError(o)"] if refusals else []),
        *builds,
        *_init_code(cls, fields, namespace),
    ]
    source, filename = "\n".join(lines), f"<structure {cls.__qualname__}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)  # tracebacks
    exec(compile(source, filename, "exec"), namespace)
    return namespace["structure"]


def _init_code(
    cls: type[Any], fields: tuple[attrs.Attribute[Any], ...], namespace: dict[str, Any]
) -> list[str]:
    """Lines that build ``cls`` from the fields' values, as its ``__init__`` would.

    A frozen class's ``__init__`` converts and sets each field (through
    ``object.__setattr__``) and then runs the validators; setting each slot
    directly costs less than the keyword call (see ``_unchecked``).  A class whose
    ``__init__`` does more is called.
    """
    if not _init_only_sets(cls, fields):
        arguments = ", ".join(f"{field.alias}=v_{field.name}" for field in fields)
        return [f"    return cls({arguments})"]
    lines = ["    instance = new(cls)"]
    for field in fields:
        name = field.name
        if field.converter is not None:
            namespace[f"convert_{name}"] = field.converter
            lines.append(f"    v_{name} = convert_{name}(v_{name})")
        namespace[f"set_{name}"] = slot_setter(cls, name)
        lines.append(f"    set_{name}(instance, v_{name})")
    for field in fields:
        name = field.name
        if field.validator is not None:
            namespace[f"validate_{name}"], namespace[f"field_{name}"] = field.validator, field
            lines.append(f"    validate_{name}(instance, field_{name}, v_{name})")
    return [*lines, "    return instance"]


def _init_only_sets(cls: type[Any], fields: tuple[attrs.Attribute[Any], ...]) -> bool:
    """True if ``cls.__init__`` converts, sets and validates each field and does nothing more."""
    hooks = ("__attrs_pre_init__", "__attrs_post_init__")
    return not any(hasattr(cls, hook) for hook in hooks) and all(
        field.init and not isinstance(field.converter, attrs.Converter) for field in fields
    )


def _field_code(
    field: attrs.Attribute[Any], local: str, converter: cattrs.Converter, namespace: dict[str, Any]
) -> tuple[str | None, str | None]:
    """What refuses the value read into ``local``, and what builds the field from it, if anything.

    As the field's hook would: a plain value is taken if of exactly its type, an
    enum member looked up by its value, anything else built by its hook (``X | None``:
    ``None``, or by the hook of X).
    """
    type_: Any = field.type
    name = field.name
    allowed = _exact_types(type_)
    if allowed is not None:
        namespace[f"type_{name}"] = next(iter(allowed - {type(None)}))
        refusal = f"type({local}) is not type_{name}"
        return (f"({local} is not None and {refusal})" if type(None) in allowed else refusal), None
    if _is_enum(type_):
        namespace[f"members_{name}"] = type_._value2member_map_
        return None, f"members_{name}[{local}]"
    if _is_optional(type_):
        type_ = next(arg for arg in get_args(type_) if arg is not type(None))
        build = f"None if {local} is None else hook_{name}({local}, type_{name})"
    else:
        build = f"hook_{name}({local}, type_{name})"
    namespace[f"hook_{name}"] = converter.get_structure_hook(type_)
    namespace[f"type_{name}"] = type_
    return None, build


def _structure_by_field(
    cls: type[Any], fields: tuple[attrs.Attribute[Any], ...], converter: cattrs.Converter
) -> Any:
    """An attrs class from a dict of any of its fields.

    Plain fields are checked in place, the others built by their hooks.
    """
    names = frozenset(field.name for field in fields)
    plain = [(f.name, allowed) for f in fields if (allowed := _exact_types(f.type)) is not None]
    hooked = [
        (f.name, converter.get_structure_hook(f.type), f.type)
        for f in fields
        if _exact_types(f.type) is None
    ]

    def structure(value: Any, _type: object) -> Any:
        if type(value) is not dict or not names.issuperset(value):
            raise TypeError(f"expected a {cls.__name__} dict, got {value!r}")
        given = dict(value)
        for name, allowed in plain:
            if name in given and type(given[name]) not in allowed:
                raise TypeError(f"{name}: unexpected {given[name]!r}")
        for name, hook, type_ in hooked:
            if name in given:
                given[name] = hook(given[name], type_)
        return cls(**given)

    return structure


def _make_converter(*, detailed: bool) -> cattrs.Converter:
    # Unknown keys are refused: a misspelt key would otherwise lose its data.
    converter = make_converter(forbid_extra_keys=True, detailed_validation=detailed)
    if not detailed:
        # Registered first, so that the hooks for particular types below come first.
        converter.register_structure_hook_factory(_is_optional, _structure_optional)
        converter.register_structure_hook_factory(_is_homogeneous_tuple, _structure_tuple)
        converter.register_structure_hook_factory(_is_enum, _structure_enum)
        converter.register_structure_hook_factory(attrs.has, _structure_attrs)
    for type_ in _EXACT:
        converter.register_structure_hook(type_, _strict(type_))
    converter.register_unstructure_hook(RaceTime, str)
    converter.register_structure_hook(RaceTime, _structure_time if detailed else _read_time)
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
    structure = (
        make_dict_structure_fn(Race, converter, _cattrs_forbid_extra_keys=True)
        if converter.detailed_validation
        else _structure_attrs(Race, converter)
    )

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


_CONVERTER = _make_converter(detailed=True)
_FAST = _make_converter(detailed=False)


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
        return _FAST.structure(data, Event)
    except Exception:
        pass  # the detailed pass below decides, and names every bad value
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
