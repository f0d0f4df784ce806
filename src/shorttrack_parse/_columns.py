"""Table columns by the meaning of their header, never by their position."""

from __future__ import annotations

import enum
import re
from typing import Final

from ._text import LazyPattern, TextCache, clean


class Column(enum.Enum):
    """What a table column holds."""

    RANK = "rank"
    RACE = "race"
    ATHLETE = "athlete"
    TEAM = "team"
    COUNTRY = "country"
    TIME = "time"
    NOTES = "notes"
    GAP = "gap"
    LANE = "lane"
    DATE = "date"
    ROUND = "round"
    RECORD = "record"
    OLYMPIC_RECORD = "OR"
    WORLD_RECORD = "WR"
    PLACE = "place"
    UNKNOWN = "unknown"

    # Members are singletons: identity hashing is correct and much faster than
    # Enum's default, and columns are dictionary keys on the parser's hot path.
    __hash__ = object.__hash__


# Header text (casefolded, footnote marks and trailing dots removed) -> column.
# Order matters: the first pattern that matches the whole header wins.
_HEADER_PATTERNS: Final[tuple[tuple[Column, str], ...]] = (
    (Column.RANK, r"rank|pos|position|pl|#|no|final rank(ing)?|overall( rank)?|rk"),
    (Column.RACE, r"heats?|races?|quarter-?finals?|semi-?finals?|final|groups?"),
    (Column.ATHLETE, r"athletes?|athlete\(s\)|names?|skaters?|competitors?|(team )?members"
     r"|athletes? .*"),
    (Column.TEAM, r"teams?|relay teams?"),
    (Column.COUNTRY, r"country|countries|nations?|noc|nationality|nat"),
    (Column.TIME, r"times?|results?|final time|time \(.*\)"),
    (Column.NOTES, r"notes?|qual|qualification|qualified|remarks?|comments?|q"),
    (Column.GAP, r"behind|gap|deficit|diff|difference|time behind"),
    # Where a skater started (post-2014 tables): known, kept in cells, not interpreted.
    (Column.LANE, r"lanes?|start(ing)?( (position|pos|lane|line))?"),
    (Column.DATE, r"date|dates|day"),
    (Column.ROUND, r"round|event|stage|phase"),
    (Column.RECORD, r"records?|record type|type"),
    (Column.OLYMPIC_RECORD, r"or"),
    (Column.WORLD_RECORD, r"wr"),
    (Column.PLACE, r"place|location|venue|city"),
)  # fmt: skip
# One alternation of all the patterns, so a header costs one match, not one per column.
# It is the slowest pattern of the package to compile (a millisecond), and most headers
# are one of its plain words (below): compiled for the first header that is not.
_HEADER: Final = LazyPattern(
    "|".join(f"(?P<{column.name}>{pattern})" for column, pattern in _HEADER_PATTERNS)
)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (a ``|`` inside a group splits nothing)."""
    parts: list[str] = []
    depth, start, escaped = 0, 0, False
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
    parts.append(pattern[start:])
    return parts


def _plain_texts(alternative: str) -> list[str]:
    """Every text an alternative of plain characters, each perhaps optional
    (``semi-?finals?``), matches; none if it has any other syntax."""
    texts = [""]
    for index, char in enumerate(alternative):
        if char == "?":
            continue
        if not (char.isascii() and (char.isalnum() or char in " #-")):
            return []
        optional = alternative[index + 1 : index + 2] == "?"
        texts = [text + char for text in texts] + (texts if optional else [])
    return texts


def _plain_headers() -> dict[str, Column]:
    """Header texts that a plain alternative matches -> its column (the first one's)."""
    plain: dict[str, Column] = {}
    for column, pattern in _HEADER_PATTERNS:
        for alternative in _alternatives(pattern):
            for text in _plain_texts(alternative):
                plain.setdefault(text, column)
    return plain


# The same answer as _HEADER's (tests/test_columns.py checks each), without compiling it.
_PLAIN_HEADERS: Final = _plain_headers()
# A bracket stops at the next "[" and marks start only where their run does, so runs of
# either cost linear time.
_NOISE: Final = re.compile(r"\[[^\[\]]*\]|(?<![.:*†‡])[.:*†‡]+$")


@TextCache
def column_of(header: str) -> Column:
    """The column a header text names, or ``Column.UNKNOWN``."""
    text = _NOISE.sub("", clean(header).casefold()).strip()
    plain = _PLAIN_HEADERS.get(text)
    if plain is not None:
        return plain
    match = _HEADER.fullmatch(text)
    if match is None or match.lastgroup is None:
        return Column.UNKNOWN
    return Column[match.lastgroup]


def columns_of(headers: tuple[str, ...]) -> tuple[Column, ...]:
    """Map each header text to its column.

    ``Team`` means the competitor (a relay team, or a record holder) unless an
    athlete column is also present, in which case it names the country.  In a
    records table ``Place`` is where a record was set; elsewhere it is the rank.
    """
    columns = [column_of(header) for header in headers]
    if Column.ATHLETE in columns and Column.COUNTRY not in columns:
        columns = [Column.COUNTRY if c is Column.TEAM else c for c in columns]
    is_records = Column.DATE in columns or Column.RECORD in columns
    if not is_records and Column.RANK not in columns:
        columns = [Column.RANK if c is Column.PLACE else c for c in columns]
    return tuple(columns)
