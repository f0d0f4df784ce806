"""IOC country codes: the bundled table ``data/ioc_codes.csv`` and lookups over it.

The table is read once, on first use, into dictionaries, so every lookup is O(1).
"""

from __future__ import annotations

import csv
import functools
import io
import pkgutil
import unicodedata
from dataclasses import dataclass

from ._text import TextCache

__all__ = ["all_codes", "country_name", "is_ioc_code", "noc_for"]

# Characters an editor may type for an apostrophe; all compare as "'".
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u02bc\u0060\u00b4", "'"))


@dataclass(frozen=True, slots=True)
class _Tables:
    names: dict[str, str]
    """Code -> the table's name."""
    by_key: dict[str, str]
    """Normalised name or alias -> code (keys claimed by two codes are left out)."""
    by_folded_code: dict[str, str]
    """Case-folded code -> code (left out where it is also another code's name or alias)."""


def _key(text: str) -> str:
    """Return the comparison form of ``text``.

    NFKC-normalised (so non-breaking and other odd spaces become plain spaces), apostrophe
    variants unified, case-folded, whitespace runs collapsed and a leading "the " dropped.
    """
    # ASCII text is already NFKC-normal, and most of the table and of cells are ASCII.
    normal = text if text.isascii() else unicodedata.normalize("NFKC", text)
    folded = normal.translate(_APOSTROPHES).casefold()
    collapsed = " ".join(folded.split())
    if collapsed.startswith("the "):
        collapsed = collapsed[4:]
    return collapsed


@functools.cache
def _tables() -> _Tables:
    """Read the CSV table once and build the lookup dictionaries."""
    # pkgutil, not importlib.resources: the same package data for a tenth of the import.
    data = pkgutil.get_data("shorttrack_parse", "data/ioc_codes.csv")
    assert data is not None  # the package's loader can read its files
    text = data.decode("utf-8")
    names: dict[str, str] = {}
    claims: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        code, name = row["code"].strip(), row["name"].strip()
        names[code] = name
        aliases = (row.get("aliases") or "").split("|")
        for spelling in (name, *aliases):
            key = _key(spelling)
            if key:
                claims.setdefault(key, set()).add(code)
    by_key = {key: next(iter(codes)) for key, codes in claims.items() if len(codes) == 1}
    by_folded_code = {
        code.casefold(): code for code in names if claims.get(code.casefold(), {code}) == {code}
    }
    return _Tables(names=names, by_key=by_key, by_folded_code=by_folded_code)


def is_ioc_code(code: str) -> bool:
    """Return whether ``code`` is, exactly as written (upper case), a code in the table."""
    return code in _tables().names


def country_name(code: str) -> str | None:
    """Return the table's English name for the exact code ``code``, or ``None`` if unknown."""
    return _tables().names.get(code)


@TextCache
def noc_for(text: str) -> str | None:
    """Resolve what an editor wrote for a country to its IOC code, or ``None``.

    Accepted, in this order: a code exactly as in the table (surrounding whitespace
    ignored); a name or alias, compared case-insensitively after normalising whitespace
    (including non-breaking spaces) and ignoring a leading "the "; a code written in
    other case, when those letters are not also another code's name or alias.
    Never raises for any ``str``.
    """
    tables = _tables()
    stripped = text.strip()
    if stripped in tables.names:
        return stripped
    key = _key(text)
    return tables.by_key.get(key) or tables.by_folded_code.get(key)


def all_codes() -> frozenset[str]:
    """Every code in the table."""
    return frozenset(_tables().names)
