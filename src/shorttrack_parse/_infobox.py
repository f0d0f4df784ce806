"""The infobox: typed fields where the meaning is clear, every other key kept as text."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

from . import _ioc
from ._cells import read_members, read_noc, split_team, split_time, team_name
from ._dates import date_range
from ._diagnostics import DiagnosticSink
from ._document import InfoboxEntry, Inline
from ._text import TextCache, clean, parameter_key
from .model import EventInfo, Medal, Medalist

_GAMES: Final = re.compile(r"(?P<year>[0-9]{4})\s*(?P<season>winter|summer)?", re.IGNORECASE)
_COUNT: Final = re.compile(r"[0-9]{1,9}(?![0-9])")
_FROM_NATIONS: Final = re.compile(r"\bfrom\s+([0-9]{1,9})\s+(?:nations|countries|nocs)\b", re.I)
# Infoboxes of every article write the same few keys.
_key_of: Final = TextCache(parameter_key)


def _has_value(value: Inline) -> bool:
    """True if the value shows text or a flag (its text, cleaned, is not empty)."""
    return bool(value.text.strip() or value.flags)


def _first_link(value: Inline) -> str | None:
    return value.links[0].target if value.links else None


class _InfoboxReader:
    def __init__(self, entries: tuple[InfoboxEntry, ...], relay: bool, sink: DiagnosticSink):
        self.keyed = [(_key_of(entry.key), entry) for entry in entries]
        self.entries = dict(self.keyed)
        self.relay = relay
        self.sink = sink
        self.fields: dict[str, Any] = {}
        self.used: set[str] = set()

    def read(self, line: int | None) -> EventInfo:
        for key, handler, field in _HANDLERS:
            entry = self.entries.get(key)
            if entry is not None and _has_value(entry.value):
                self.used.add(key)
                handler(self, entry, field)
        # Lists made into tuples: a list comprehension runs in its caller's frame.
        medalists = tuple(
            [
                medalist
                for medal, key, noc_key in _MEDAL_KEYS
                if (medalist := self._medalist(medal, key, noc_key)) is not None
            ]
        )
        other = tuple(
            [
                (entry.key, text)
                for key, entry in self.keyed
                if key not in self.used and (text := clean(entry.value.text))
            ]
        )
        key_lines = tuple([(key, entry.line) for key, entry in self.keyed])
        return EventInfo(
            **self.fields, medalists=medalists, other=other, line=line, key_lines=key_lines
        )

    def _text(self, entry: InfoboxEntry, field: str) -> None:
        self.fields[field] = clean(entry.value.text)

    def _count(self, entry: InfoboxEntry, field: str) -> None:
        text = clean(entry.value.text)
        match = _COUNT.match(text)
        if match is None:
            self.used.discard(_key_of(entry.key))
            self.sink.add(entry.line, f"{entry.key} {text!r} is not a number", "infobox-value")
        else:
            self.fields[field] = int(match.group())
            # "32 from 16 nations" gives the nations too, unless they have a key.
            nations = _FROM_NATIONS.search(text)
            if nations is not None and "nations" not in self.entries:
                self.fields["nations"] = int(nations.group(1))

    def _linked(self, entry: InfoboxEntry, field: str) -> None:
        self.fields[field] = clean(entry.value.text)
        self.fields[f"{field}_link"] = _first_link(entry.value)

    def _games(self, entry: InfoboxEntry, field: str) -> None:
        text = clean(entry.value.text)
        self.fields[field] = text
        match = _GAMES.search(text)
        if match is not None:
            self.fields["games_year"] = int(match["year"])
            if match["season"]:
                self.fields["games_season"] = match["season"].capitalize()

    def _dates(self, entry: InfoboxEntry, field: str) -> None:
        text = clean(entry.value.text)
        self.fields[field] = text
        # The games' handler runs first: the year read there completes "13–16 February".
        start, end = date_range(text, self.fields.get("games_year"))
        self.fields["start_date"], self.fields["end_date"] = start, end

    def _winning_time(self, entry: InfoboxEntry, _field: str) -> None:
        text = clean(entry.value.text)
        timed = split_time(text)  # "45.98 {{OR}}" is a time and a record mark
        if timed is None:
            self.used.discard(_key_of(entry.key))
            self.sink.add(entry.line, f"winning value {text!r} is not a time", "infobox-value")
        else:
            self.fields["winning_time"], self.fields["winning_notes"] = timed

    def _medalist(self, medal: Medal, key: str, noc_key: str) -> Medalist | None:
        entry = self.entries.get(key)
        noc_entry = self.entries.get(noc_key)
        if noc_entry is not None:
            self.used.add(noc_key)
        if entry is None or not _has_value(entry.value):
            return None
        self.used.add(key)
        noc = self._noc(noc_entry) if noc_entry is not None else None
        if noc is None and entry.value.flags:
            noc, problem = read_noc(entry.value)
            if problem:
                self.sink.add(entry.line, problem, "unknown-country")
        if self.relay:
            # The team's country may open the value as text: "[[Canada]]<br />[[A]]…".
            named, rest = split_team(entry.value)
            noc = noc or named
            members = read_members(rest)
            name = (_ioc.country_name(noc) if noc else None) or team_name(members, rest.text)
            return Medalist(medal, name, noc, members=members)
        name = clean(entry.value.text)
        if not name:
            return None
        return Medalist(medal, name, noc, link=_first_link(entry.value))

    def _noc(self, entry: InfoboxEntry) -> str | None:
        noc, problem = read_noc(entry.value)
        if problem:
            self.sink.add(entry.line, problem, "unknown-country")
        return noc


# Each medal and the folded keys of its medalist and of their country ("gold", "goldnoc").
_MEDAL_KEYS: Final = tuple((medal, medal.value, f"{medal.value}noc") for medal in Medal)

# Folded key -> how its value is read, and the field it fills.  The games come before
# the dates: the year read there completes "13–16 February".
_HANDLERS: Final[
    tuple[tuple[str, Callable[[_InfoboxReader, InfoboxEntry, str], None], str], ...]
] = (
    ("event", _InfoboxReader._text, "event"),
    ("games", _InfoboxReader._games, "games"),
    ("venue", _InfoboxReader._linked, "venue"),
    ("dates", _InfoboxReader._dates, "dates"),
    ("competitors", _InfoboxReader._count, "competitors"),
    ("teams", _InfoboxReader._count, "teams"),
    ("nations", _InfoboxReader._count, "nations"),
    ("winlabel", _InfoboxReader._text, "winning_label"),
    ("winvalue", _InfoboxReader._winning_time, "winning_time"),
    ("prev", _InfoboxReader._linked, "previous"),
    ("previous", _InfoboxReader._linked, "previous"),
    ("next", _InfoboxReader._linked, "next"),
)


def read_infobox(
    entries: tuple[InfoboxEntry, ...], line: int | None, relay: bool, sink: DiagnosticSink
) -> EventInfo:
    """Interpret the infobox's entries."""
    return _InfoboxReader(entries, relay, sink).read(line)
