"""Typed values out of single cells: ranks, times, countries, athletes, team members."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from typing import Final

from . import _ioc
from ._columns import Column
from ._dates import find_dates
from ._document import Inline
from ._labels import race_key
from ._text import TextCache, clean, starts_with_digit
from .model import Athlete
from .notes import Note, NoteLike, parse_notes
from .times import RaceTime

_DASHES: Final = frozenset({"", "-", "–", "—", "−", "‒", "n/a", "N/A"})
_RANK: Final = re.compile(r"(?:=|T)?(?P<rank>\d{1,3})(?:=|\.|st|nd|rd|th)?")
_RECORD_MARKS: Final = frozenset({"or", "wr", "olympic record", "world record", "✓", "✔", "x"})
_RACE_LETTER: Final = re.compile(r"[A-Da-d]")
_ASCII_DIGIT: Final = re.compile(r"[0-9]")
_NOC_SUFFIX: Final = re.compile(r"(.*\S)\s*\(([A-Z]{3})\)")
# Starts only where a run of spaces starts, so a long run is not rescanned from each space.
_MEMBER_SEPARATORS: Final = re.compile(r"(?<![^\S\n])[^\S\n]*(?:[\n,;]|\band\b)\s*")
_FOOTNOTE_MARKS: Final = "*†‡§"
_AROUND_NAMES: Final = " \n:–—-"
_TEAM_PREFIX: Final = re.compile(r"([^(:\n–—]+)([(:\n–—])")


class Kind(enum.Enum):
    """The kind of value a cell's text holds, for checking a row against its header."""

    EMPTY = "empty"
    INT = "integer"
    TIME = "time"
    NOTES = "notes"
    RECORD_MARK = "record mark"
    RACE = "race label"
    DATE = "date"
    TEXT = "text"

    # Singletons, looked up in each column's accepted set for every cell of a
    # re-aligned row: identity hashing is correct and cheaper than Enum's.
    __hash__ = object.__hash__


_ACCEPTS: Final[dict[Column, frozenset[Kind]]] = {
    Column.RANK: frozenset({Kind.EMPTY, Kind.INT, Kind.NOTES}),
    Column.RACE: frozenset({Kind.EMPTY, Kind.INT, Kind.RACE}),
    Column.ATHLETE: frozenset({Kind.EMPTY, Kind.TEXT}),
    Column.TEAM: frozenset({Kind.EMPTY, Kind.TEXT}),
    Column.COUNTRY: frozenset({Kind.EMPTY, Kind.TEXT}),
    Column.TIME: frozenset({Kind.EMPTY, Kind.TIME, Kind.NOTES, Kind.RECORD_MARK, Kind.TEXT}),
    Column.NOTES: frozenset({Kind.EMPTY, Kind.NOTES, Kind.RECORD_MARK, Kind.TEXT}),
    Column.GAP: frozenset({Kind.EMPTY, Kind.TIME, Kind.TEXT}),
    Column.LANE: frozenset({Kind.EMPTY, Kind.INT}),
    Column.DATE: frozenset({Kind.EMPTY, Kind.DATE}),
    Column.ROUND: frozenset({Kind.EMPTY, Kind.RACE, Kind.TEXT}),
    Column.RECORD: frozenset({Kind.EMPTY, Kind.RECORD_MARK, Kind.TEXT}),
    Column.OLYMPIC_RECORD: frozenset({Kind.EMPTY, Kind.RECORD_MARK, Kind.TEXT}),
    Column.WORLD_RECORD: frozenset({Kind.EMPTY, Kind.RECORD_MARK, Kind.TEXT}),
    Column.PLACE: frozenset({Kind.EMPTY, Kind.TEXT, Kind.DATE}),
    Column.UNKNOWN: frozenset(Kind),
}


@TextCache
def kind_of(text: str) -> Kind:
    """Classify a cell's text."""
    text = clean(text)
    if text in _DASHES:
        return Kind.EMPTY
    if _RANK.fullmatch(text):
        return Kind.INT
    if starts_with_digit(text):
        if split_time(text) is not None:
            return Kind.TIME
        if find_dates(text, default_year=2000):
            return Kind.DATE
        return Kind.TEXT
    if text.casefold() in _RECORD_MARKS:
        return Kind.RECORD_MARK
    if all(isinstance(note, Note) for note in parse_notes(text)):
        return Kind.NOTES
    if race_key(text) is not None or _RACE_LETTER.fullmatch(text):
        return Kind.RACE
    if _ASCII_DIGIT.search(text) and find_dates(text, default_year=2000):
        return Kind.DATE
    return Kind.TEXT


def fits(
    columns: tuple[Column, ...],
    texts: tuple[str, ...],
    kind: Callable[[str], Kind] = kind_of,
) -> bool:
    """True if every cell holds a kind of value its column accepts.

    ``kind`` classifies a text: :func:`kind_of`, or a memo of it.
    """
    if len(columns) != len(texts):  # the general way, which fails as zip(strict=True) does
        return all(
            kind(text) in _ACCEPTS[column] for column, text in zip(columns, texts, strict=True)
        )
    # All in C, and lazily: a text past the first misfit is not classified.
    return all(map(frozenset.__contains__, map(_ACCEPTS.__getitem__, columns), map(kind, texts)))


def split_time(text: str) -> tuple[RaceTime, tuple[NoteLike, ...]] | None:
    """A time optionally followed by notes (``"1:27.048 OR"``), or ``None``."""
    return _split_clean_time(clean(text))


@TextCache
def _split_clean_time(text: str) -> tuple[RaceTime, tuple[NoteLike, ...]] | None:
    if not starts_with_digit(text):
        return None
    head, _, rest = text.partition(" ")
    time = RaceTime.try_parse(head.rstrip(_FOOTNOTE_MARKS))
    if time is None:
        return None
    notes = parse_notes(rest) if rest else ()
    if notes and any(not isinstance(note, Note) for note in notes):
        return None
    return time, notes


def _only_notes(text: str) -> tuple[NoteLike, ...]:
    """The notes a cell holds if it holds nothing else ("DQ" in a Rank or Time cell)."""
    notes = parse_notes(text)
    return notes if all(isinstance(note, Note) for note in notes) else ()


def read_rank(text: str) -> tuple[int | None, tuple[NoteLike, ...], str | None]:
    """Rank, notes written in the rank cell (``DQ``), and a problem message or ``None``."""
    text = clean(text)
    if text in _DASHES:
        return None, (), None
    match = _RANK.fullmatch(text)
    if match is not None:
        rank = int(match["rank"])
        if rank == 0:
            return None, (), "rank 0 is not a place"
        return rank, (), None
    notes = _only_notes(text)
    if notes:
        return None, notes, None
    return None, (), f"rank {text!r} is not a place"


def read_time(text: str) -> tuple[RaceTime | None, tuple[NoteLike, ...], str | None]:
    """Time, notes written in the time cell (``DQ`` or ``OR``), and a problem or ``None``."""
    text = clean(text)
    if text in _DASHES:
        return None, (), None
    timed = _split_clean_time(text)
    if timed is not None:
        return timed[0], timed[1], None
    notes = _only_notes(text)
    if notes:
        return None, notes, None
    return None, (), f"time {text!r} is not a race time"


def read_noc(content: Inline) -> tuple[str | None, str | None]:
    """The IOC code a cell names (by flag or by text), and a problem or ``None``."""
    for flag in content.flags:
        code = _ioc.noc_for(flag)
        if code is not None:
            return code, None
    if content.flags:
        return None, f"flag {content.flags[0]!r} names no known IOC country"
    text = clean(content.text)
    if text in _DASHES:
        return None, None
    code = _ioc.noc_for(text)
    if code is None:
        return None, f"country {text!r} is not a known IOC country"
    return code, None


def read_country(content: Inline) -> tuple[str | None, str | None]:
    """Like :func:`read_noc`, for a cell that holds only a country.

    Text beside a flag must name the same country (``{{flagicon|CAN}} Canada``);
    anything else (a stray ``}``) is reported, though the flag still gives the code.
    """
    code, problem = read_noc(content)
    text = clean(content.text)
    beside = text.strip("() ")  # "{{flagicon|CAN}} Canada" or "… (CAN)" say it again
    if code is not None and problem is None and beside and _ioc.noc_for(beside) != code:
        return code, f"country cell has {text!r} beside its flag"
    return code, problem


def link_for(name: str, content: Inline, texts: list[str] | None = None) -> str | None:
    """The target of the link whose text is ``name`` (or of the only link, within the name).

    ``name`` is clean text (:func:`clean`); ``texts`` are the links' texts, cleaned,
    when the caller has them already.
    """
    links = content.links
    if texts is None and len(links) == 1:
        # The usual cell, one link: a text equal to the clean name is clean itself.
        text = links[0].text
        return links[0].target if text == name or clean(text) in name else None
    if texts is None:
        texts = [clean(link.text) for link in content.links]
    for text, link in zip(texts, content.links, strict=True):
        if text == name:
            return link.target
    if len(content.links) == 1 and texts[0] in name:
        return content.links[0].target
    return None


def read_athlete(content: Inline) -> tuple[Athlete, str | None]:
    """The athlete a cell names, and the IOC code written after the name, if any.

    ``Steven Bradbury (AUS)`` is Steven Bradbury of AUS.
    """
    name = clean(content.text)
    noc: str | None = None
    suffix = _NOC_SUFFIX.fullmatch(name) if name.endswith(")") else None
    if suffix is not None and _ioc.is_ioc_code(suffix.group(2)):
        name, noc = suffix.group(1), suffix.group(2)
    return Athlete(name, link_for(name, content)), noc


def read_members(content: Inline) -> tuple[Athlete, ...]:
    """A relay team's members, where the source separates them; ``()`` otherwise.

    Members are separated by line breaks, commas, semicolons or a last "and", or
    are each a link of their own; names merely run together are not split.
    Brackets around the list and punctuation before it are not part of a name.
    """
    parts = _member_names(content.text)
    if len(parts) < 2:
        linked = [clean(link.text) for link in content.links]
        if len(linked) >= 2 and " ".join(linked) == _bare_name(content.text):
            parts = tuple(linked)
        else:
            return ()
    if not content.links:  # names alone, as flattened text gives them: no link to find
        return tuple(map(Athlete, parts))
    texts = [clean(link.text) for link in content.links]
    if texts == list(parts) and len(set(texts)) == len(texts):
        # The usual list, one link a member in order: each name's link is its own.
        return tuple(map(Athlete, parts, [link.target for link in content.links]))
    return tuple(Athlete(part, link_for(part, content, texts)) for part in parts)


@TextCache  # a team's members stand in each round's table, and in the infobox
def _member_names(text: str) -> tuple[str, ...]:
    """The names a members cell's text separates, before its links are looked at."""
    parts = [_bare_name(part) for part in _member_parts(text)]
    return tuple(part for part in parts if part)


def _member_parts(text: str) -> list[str]:
    """``text`` split at the separators of members, the spaces around them left on.

    The pattern is slow (it may match at every character): a list of one name a
    line (``[[A]]<br />[[B]]``), the usual one, is split at its line breaks by
    ``str.split``.  Its parts are the pattern's once cleaned (:func:`_bare_name`)
    and the empty ones dropped: every line break is a separator, as no space the
    pattern leaves unread stands before one.
    """
    if "," in text or ";" in text or "and" in text:
        return _MEMBER_SEPARATORS.split(text)
    return text.split("\n")


def team_name(members: tuple[Athlete, ...], text: str) -> str:
    """What names a team that no country names: its members, as the source shows them."""
    if members:
        return " ".join(member.name for member in members)
    return " ".join(_bare_name(text).split())


def _bare_name(text: str) -> str:
    """A name without the punctuation around a list: "(A", "B)", ": C" -> A, B, C.

    Brackets that belong to the name, as in "Yang Yang (A)", are kept.
    """
    return _unwrapped(clean(text))


def _unwrapped(text: str) -> str:
    """``text`` without punctuation and unbalanced brackets at its ends; lines kept."""
    text = text.strip(_AROUND_NAMES)
    if not text.startswith(("(", "[")) and not text.endswith((")", "]")):
        return text  # no bracket at either end: nothing more to take off
    for opening, closing in ("()", "[]"):
        if text.startswith(opening) and text.count(opening) > text.count(closing):
            text = text[1:]
        if text.endswith(closing) and text.count(closing) > text.count(opening):
            text = text[:-1]
    return text.strip(_AROUND_NAMES)


def split_team(content: Inline) -> tuple[str | None, Inline]:
    """A team cell's country, when it opens the cell, and the rest of the cell.

    ``[[South Korea]] ([[A]], [[B]] …)``, ``Canada: A, B …`` and a country's name
    alone all name the country in text; the members follow it, their line breaks
    kept.
    """
    text = content.text
    first = content.links[0].text if content.links else ""
    code = _ioc.noc_for(first) if first else None
    if code is not None:
        rest = text.replace(first, "", 1)
        return code, Inline(_unwrapped(rest), content.links[1:], content.flags)
    match = _TEAM_PREFIX.match(text)
    head, rest = (match.group(1), text[match.end() :]) if match else (text, "")
    code = _ioc.noc_for(_bare_name(head))
    if code is None:
        return None, content
    return code, Inline(_unwrapped(rest), content.links, content.flags)
