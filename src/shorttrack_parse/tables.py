"""Tidy tables of events: one row per result (or per record), as dicts or a DataFrame.

>>> import shorttrack_parse as sp
>>> event = sp.parse_file("fixtures/text/2002-men-1000m.txt")
>>> row = sp.to_rows(event)[0]
>>> row["race_key"], row["rank"], row["name"], row["time"], row["time_ms"]
('heat-1', 1, 'Wim De Deyne', '1:30.950', 90950)

The columns are documented in ``docs/tables.md``; :data:`RESULT_COLUMNS` and
:data:`RECORD_COLUMNS` list them in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeAlias

from .errors import MissingExtraError
from .model import Event, NewRecord, Race, RaceStage, Result, Round, RoundKind, StandingRecord
from .notes import Status
from .times import RaceTime

if TYPE_CHECKING:
    import pandas

__all__ = ["RECORD_COLUMNS", "RESULT_COLUMNS", "to_dataframe", "to_rows"]

Events: TypeAlias = Event | Iterable[Event] | Mapping[str, Event]
"""What the table functions take: one event, several, or a mapping of source to event."""

EVENT_COLUMNS: Final = (
    "source",
    "title",
    "games_year",
    "games_season",
    "event",
    "gender",
    "distance_m",
    "relay",
)
RESULT_COLUMNS: Final = (
    *EVENT_COLUMNS,
    "round",
    "round_kind",
    "race",
    "race_key",
    "race_stage",
    "rank",
    "name",
    "link",
    "noc",
    "team",
    "members",
    "time",
    "time_ms",
    "status",
    "notes",
    "qualified",
    "line",
)
"""The columns of :func:`to_rows`, in order."""

RECORD_COLUMNS: Final = (
    *EVENT_COLUMNS,
    "record",
    "kind",
    "race",
    "race_key",
    "date",
    "holder",
    "link",
    "noc",
    "time",
    "time_ms",
    "place",
    "line",
)
"""The columns of :func:`to_rows` with ``records=True``, in order."""

MEMBER_SEPARATOR: Final = "; "
NOTE_SEPARATOR: Final = ", "

_GENDERS: Final = (
    (re.compile(r"\bmixed\b", re.I), "mixed"),
    (re.compile(r"\b(?:women|ladies)\b", re.I), "women"),
    (re.compile(r"\bmen\b", re.I), "men"),
)
# At most six digits ("5000", "5,000"): a longer run is no distance, and never reaches int().
_DISTANCE: Final = re.compile(r"\b([0-9]{1,6}|[0-9]{1,3},[0-9]{3})\s*(?:m|metres?|meters?)\b", re.I)
# The event's own name follows the games in a title: "… Winter Olympics – Men's 1000 metres";
# the dash stands between spaces, unlike the hyphen of "Short-track".
_TITLE_EVENT: Final = re.compile(r"\s[–—-]\s+([^–—]+)$")


def _event_name(event: Event) -> str | None:
    if event.info.event:
        return event.info.event
    match = _TITLE_EVENT.search(event.title or "")
    return match[1].strip() if match else None


def _gender(name: str) -> str | None:
    return next((gender for pattern, gender in _GENDERS if pattern.search(name)), None)


def _distance(name: str) -> int | None:
    match = _DISTANCE.search(name)
    return int(match[1].replace(",", "")) if match else None


def _event_columns(event: Event, source: str | None) -> dict[str, Any]:
    name = _event_name(event)
    return {
        "source": source,
        "title": event.title,
        "games_year": event.info.games_year,
        "games_season": event.info.games_season,
        "event": name,
        "gender": _gender(name) if name else None,
        "distance_m": _distance(name) if name else None,
        "relay": event.is_relay,
    }


def _time_columns(time: RaceTime | None) -> dict[str, Any]:
    return {
        "time": None if time is None else str(time),
        "time_ms": None if time is None else time.milliseconds,
    }


def _members(result: Result) -> str | None:
    if result.members:
        return MEMBER_SEPARATOR.join(member.name for member in result.members)
    lines = [line.strip() for line in result.members_text.splitlines() if line.strip()]
    return MEMBER_SEPARATOR.join(lines) or None


def _result_row(head: dict[str, Any], round_: Round, race: Race, result: Result) -> dict[str, Any]:
    return {
        **head,
        "round": round_.name,
        "round_kind": round_.kind.value,
        "race": race.name,
        "race_key": race.key,
        "race_stage": race.stage.value,
        "rank": result.rank,
        "name": result.name,
        "link": result.link,
        "noc": result.noc,
        "team": result.team,
        "members": _members(result),
        **_time_columns(result.time),
        "status": result.status.value,
        "notes": NOTE_SEPARATOR.join(str(note) for note in result.notes) or None,
        "qualified": result.qualified,
        "line": result.line,
    }


def _record_row(
    head: dict[str, Any], event: Event, record: StandingRecord | NewRecord
) -> dict[str, Any]:
    kind: str | None
    if isinstance(record, StandingRecord):
        kind, race_name, place = record.kind.value, None, record.place
    else:
        kind = NOTE_SEPARATOR.join(k.value for k in record.kinds) or None
        race_name, place = record.race, None
    race = event.race(race_name) if race_name else None
    return {
        **head,
        "record": "standing" if isinstance(record, StandingRecord) else "new",
        "kind": kind,
        "race": race_name,
        "race_key": race.key if race is not None else None,
        "date": record.date,
        "holder": record.holder,
        "link": record.link,
        "noc": record.noc,
        **_time_columns(record.time),
        "place": place,
        "line": record.line,
    }


def _sourced(events: Events) -> Iterator[tuple[str | None, Event]]:
    if isinstance(events, Event):
        yield None, events
    elif isinstance(events, Mapping):
        yield from events.items()
    else:
        for event in events:
            yield None, event


def to_rows(events: Events, *, records: bool = False) -> list[dict[str, Any]]:
    """One dict per result of every race (columns :data:`RESULT_COLUMNS`), in source order.

    ``events`` is an :class:`~shorttrack_parse.Event`, an iterable of them, or a
    mapping from a source (a path, a URL) to its event, which fills the ``source``
    column.  With ``records=True``, one dict per standing or new record instead
    (columns :data:`RECORD_COLUMNS`).  Missing values are ``None``.
    """
    rows: list[dict[str, Any]] = []
    for source, event in _sourced(events):
        head = _event_columns(event, source)
        if records:
            all_records: tuple[StandingRecord | NewRecord, ...] = (
                *event.records.standing,
                *event.records.new,
            )
            rows.extend(_record_row(head, event, record) for record in all_records)
            continue
        for round_ in event.rounds:
            for race in round_.races:
                rows.extend(_result_row(head, round_, race, result) for result in race.results)
    return rows


_DTYPES: Final = {
    "source": "string",
    "title": "string",
    "games_year": "Int64",
    "games_season": "string",
    "event": "string",
    "gender": "category",
    "distance_m": "Int64",
    "relay": "boolean",
    "round": "string",
    "round_kind": "category",
    "race": "string",
    "race_key": "string",
    "race_stage": "category",
    "rank": "Int64",
    "name": "string",
    "link": "string",
    "noc": "string",
    "team": "boolean",
    "members": "string",
    "time": "string",
    "time_ms": "Int64",
    "status": "category",
    "notes": "string",
    "qualified": "boolean",
    "line": "Int64",
    "record": "category",
    "kind": "category",
    "date": "string",
    "holder": "string",
    "place": "string",
}


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as error:
        raise MissingExtraError(
            "to_dataframe needs pandas: pip install 'shorttrack_parse[pandas]'"
        ) from error
    return pandas


def _categories(pandas: Any) -> dict[str, Any]:
    # Fixed categories, in running order where there is one, whatever the data holds.
    def ordered(values: Iterable[str]) -> Any:
        return pandas.CategoricalDtype(list(values), ordered=True)

    return {
        "round_kind": ordered(kind.value for kind in RoundKind),
        "race_stage": ordered(stage.value for stage in RaceStage),
        "status": pandas.CategoricalDtype([status.value for status in Status]),
        "record": pandas.CategoricalDtype(["standing", "new"]),
        "gender": pandas.CategoricalDtype([gender for _pattern, gender in _GENDERS]),
    }


def to_dataframe(events: Events, *, records: bool = False) -> pandas.DataFrame:
    """:func:`to_rows` as a pandas DataFrame with one dtype per column.

    Numbers are nullable ``Int64``, flags ``boolean``, text ``string``, and the
    few-valued columns (status, round_kind, race_stage, gender) ``category``.
    pandas is the optional extra ``pandas``; without it this raises
    :class:`MissingExtraError`.
    """
    pandas = _pandas()
    columns = RECORD_COLUMNS if records else RESULT_COLUMNS
    frame = pandas.DataFrame(to_rows(events, records=records), columns=list(columns))
    dtypes = {**_DTYPES, **_categories(pandas)}
    return frame.astype({column: dtypes[column] for column in columns})
