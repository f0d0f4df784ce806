"""IOC country codes: the bundled table ``data/ioc_codes.csv`` and lookups over it.

The table is read once, on first use, into dictionaries, so every lookup is O(1).
"""

from __future__ import annotations

import csv
import functools
import os
import unicodedata
from typing import TYPE_CHECKING, cast

from ._text import TextCache

if TYPE_CHECKING:
    from importlib.abc import ResourceLoader

__all__ = ["all_codes", "country_name", "is_ioc_code", "noc_for"]

# Characters an editor may type for an apostrophe; all compare as "'".
_APOSTROPHES = "\u2018\u2019\u02bc\u0060\u00b4"


class _Spellings:
    """The look-ups by what an editor wrote.

    ``by_key``: normalised name or alias -> code (keys claimed by two codes are left
    out); ``by_folded_code``: case-folded code -> code (left out where it is also
    another code's name or alias).
    """

    __slots__ = ("by_folded_code", "by_key")

    def __init__(self, by_key: dict[str, str], by_folded_code: dict[str, str]) -> None:
        self.by_key = by_key
        self.by_folded_code = by_folded_code


def _key(text: str) -> str:
    """Return the comparison form of ``text``.

    NFKC-normalised (so non-breaking and other odd spaces become plain spaces), apostrophe
    variants unified, case-folded, whitespace runs collapsed and a leading "the " dropped.
    """
    # ASCII text is already NFKC-normal, and most of the table and of cells are ASCII.
    normal = text if text.isascii() else unicodedata.normalize("NFKC", text)
    folded = _unify_apostrophes(normal).casefold()
    collapsed = " ".join(folded.split())
    if collapsed.startswith("the "):
        collapsed = collapsed[4:]
    return collapsed


@functools.cache
def _columns() -> tuple[list[str], list[str], list[str]]:
    """The CSV table's codes, names and aliases (``|``-separated), read once, column by column."""
    # The package's own loader reads its data (from a zip too), as pkgutil.get_data
    # does, without importing pkgutil or importlib.resources.
    loader = cast("ResourceLoader", __spec__.loader)
    data = loader.get_data(os.path.join(os.path.dirname(__file__), "data", "ioc_codes.csv"))
    header, *rows = _csv_rows(data.decode("utf-8"))
    width = len(header)
    if rows and all(map(width.__eq__, map(len, rows))):
        columns = list(map(list, zip(*rows, strict=True)))  # every row full: transposed in one step
    else:
        columns = [_column(rows, index) for index in range(width)]
    return (
        columns[header.index("code")],
        columns[header.index("name")],
        columns[header.index("aliases")],
    )


def _csv_rows(text: str) -> list[list[str]]:
    """The rows of CSV text, as :func:`csv.reader` reads them but for blank lines, left out.

    A line without quotes is split at its commas, as the csv module splits it, at a
    fraction of the cost; the csv module reads the others.
    """
    return [
        line.split(",") if '"' not in line else next(csv.reader([line]))
        for line in text.splitlines()
        if line
    ]


def _column(rows: list[list[str]], index: int) -> list[str]:
    return [row[index] if index < len(row) else "" for row in rows]


@functools.cache
def _names() -> dict[str, str]:
    """Code -> the table's name."""
    codes, names, _ = _columns()
    return dict(zip(codes, names, strict=True))


@functools.cache
def _spellings() -> _Spellings:
    """The lookups by name and alias, built on the first look-up that needs them.

    Flag templates give codes, so an article of flags never pays for this.
    """
    return _spellings_of(*_columns())


def _spellings_of(codes: list[str], names: list[str], aliases: list[str]) -> _Spellings:
    """The look-ups of a table's columns (aliases ``|``-separated)."""
    owners, spellings = [], []
    for code, name, alias_list in zip(codes, names, aliases, strict=True):
        for spelling in (name, *alias_list.split("|")):
            owners.append(code)
            spellings.append(spelling)
    by_key: dict[str, str] = {}  # each key's first claimant
    shared: set[str] = set()  # keys claimed by two codes
    for key, code in zip(_keys(spellings), owners, strict=True):
        if key and by_key.setdefault(key, code) != code:
            shared.add(key)
    by_folded_code = {}
    for code in codes:
        folded = code.casefold()
        if by_key.get(folded, code) == code and folded not in shared:
            by_folded_code[folded] = code
    for key in shared:
        del by_key[key]
    return _Spellings(by_key=by_key, by_folded_code=by_folded_code)


def _unify_apostrophes(text: str) -> str:
    # str.translate would look each character up in a dict when the text is not ASCII.
    for variant in _APOSTROPHES:
        if variant in text:
            text = text.replace(variant, "'")
    return text


def _keys(texts: list[str]) -> list[str]:
    """``[_key(text) for text in texts]`` for texts without line breaks, normalised as one text.

    Normalising, unifying apostrophes and case-folding go character by character
    (a line break composes with nothing), so the table's hundreds of spellings take
    one call of each instead of one per spelling.
    """
    if not texts:
        return []
    joined = "\n".join(texts)
    if not joined.isascii():
        joined = unicodedata.normalize("NFKC", joined)
    folded = _unify_apostrophes(joined).casefold()
    keys = [" ".join(line.split()) for line in folded.split("\n")]
    return [key[4:] if key.startswith("the ") else key for key in keys]


def is_ioc_code(code: str) -> bool:
    """Return whether ``code`` is, exactly as written (upper case), a code in the table."""
    return code in _names()


def country_name(code: str) -> str | None:
    """Return the table's English name for the exact code ``code``, or ``None`` if unknown."""
    return _names().get(code)


@TextCache
def noc_for(text: str) -> str | None:
    """Resolve what an editor wrote for a country to its IOC code, or ``None``.

    Accepted, in this order: a code exactly as in the table (surrounding whitespace
    ignored); a name or alias, compared case-insensitively after normalising whitespace
    (including non-breaking spaces) and ignoring a leading "the "; a code written in
    other case, when those letters are not also another code's name or alias.
    Never raises for any ``str``.
    """
    stripped = text.strip()
    if stripped in _names():
        return stripped
    key = _key(text)
    spellings = _spellings()
    return spellings.by_key.get(key) or spellings.by_folded_code.get(key)


def all_codes() -> frozenset[str]:
    """Every code in the table."""
    return frozenset(_names())
