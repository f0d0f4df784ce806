"""Comparing events by what they say, not where the source said it."""

from __future__ import annotations

from typing import Any, Final

import attrs

from .model import Diagnostic, Event

__all__ = ["same_content", "without_sources"]

# Fields that record where or how the source wrote something, not what it says.
_SOURCE_FIELDS: Final = frozenset({"line", "key_lines", "cells", "columns"})
_DIAGNOSTIC_SOURCE_FIELDS: Final = frozenset({"line", "source"})


def _strip(value: Any) -> Any:
    if isinstance(value, tuple):
        return tuple(_strip(item) for item in value)
    if not attrs.has(type(value)):
        return value
    dropped = _DIAGNOSTIC_SOURCE_FIELDS if isinstance(value, Diagnostic) else _SOURCE_FIELDS
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        if field.name in dropped:
            default = field.default
            is_factory = isinstance(default, attrs.Factory)  # type: ignore[arg-type]
            changes[field.name] = default.factory() if is_factory else default
        else:
            current = getattr(value, field.name)
            stripped = _strip(current)
            if stripped is not current:
                changes[field.name] = stripped
    return attrs.evolve(value, **changes) if changes else value


def without_sources(event: Event) -> Event:
    """``event`` with source positions and cells as written removed.

    Lines (``line``, ``key_lines``), each row's ``cells`` and each race's
    ``columns`` are reset, and diagnostics keep their code and message only, so two
    readings of the same article in different forms or markup compare equal
    (plain and editor-style wikitext of one article, say).  Everything else is
    content, race names included: ``"B Final"`` and ``"Final B"`` differ as
    written, though both races have the key ``"final-b"``.
    """
    stripped: Event = _strip(event)
    return stripped


def same_content(first: Event, second: Event) -> bool:
    """True when two events say the same thing, wherever their sources said it.

    >>> import shorttrack_parse as sp
    >>> text = sp.parse_file("fixtures/text/2006-men-1000m.txt")
    >>> wiki = sp.parse_file("fixtures/wikitext/2006-men-1000m.wiki", title=text.title)
    >>> sp.same_content(text, text), text == wiki
    (True, False)
    """
    return without_sources(first) == without_sources(second)
