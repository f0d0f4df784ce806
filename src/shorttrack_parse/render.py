"""Renderers: the inverse of the readers, an :class:`Event` written back as an article.

``parse(to_wikitext(event), title=event.title)`` and ``parse(to_text(event))`` give
back the event's infobox, records, rounds, races and results (source lines and
the ``cells`` as written are those of the new text).  Countries are written as
flag templates in wikitext and as country names in flattened text, so both keep
the IOC codes; link targets survive only in wikitext.
"""

from __future__ import annotations

from collections.abc import Iterator

from ._escape import flat_cell, wiki_text
from ._ioc import country_name
from .model import (
    Event,
    EventInfo,
    Medalist,
    NewRecord,
    Race,
    RecordKind,
    Result,
    StandingRecord,
)
from .notes import Note, NoteLike, Status, status_of

__all__ = ["to_text", "to_wikitext"]


def _infobox_items(info: EventInfo) -> Iterator[tuple[str, str]]:
    """(parameter, value) pairs of the infobox, values as plain text."""
    plain = (
        ("event", info.event),
        ("games", info.games),
        ("dates", info.dates),
        ("competitors", info.competitors),
        ("teams", info.teams),
        ("nations", info.nations),
        ("win_label", info.winning_label),
    )
    for key, value in plain:
        if value is not None:
            yield key, str(value)
    if info.winning_time is not None:
        notes = " ".join(str(note) for note in info.winning_notes)
        yield "win_value", f"{info.winning_time} {notes}".strip()


def _linked_items(info: EventInfo) -> Iterator[tuple[str, str | None, str | None]]:
    """(parameter, text, link target) of the infobox values that may be links."""
    yield "venue", info.venue, info.venue_link
    yield "prev", info.previous, info.previous_link
    yield "next", info.next, info.next_link


_STATUS_WORDS = {
    Status.DISQUALIFIED: "DQ",
    Status.DID_NOT_FINISH: "DNF",
    Status.DID_NOT_START: "DNS",
}


def _wiki_notes(notes: tuple[NoteLike, ...]) -> str:
    """Notes as a wikitext cell: recognised notes as codes, remarks escaped."""
    return ", ".join(str(note) if isinstance(note, Note) else wiki_text(note) for note in notes)


def _time_cell(result: Result) -> str:
    """The time, or the status where no note says it (as an article writes ``DQ``)."""
    if result.time is not None:
        return str(result.time)
    if result.status is not Status.FINISHED and status_of(result.notes) is not result.status:
        return _STATUS_WORDS[result.status]
    return ""


# ---------------------------------------------------------------- flattened text


def _text_key(key: str) -> str:
    """An infobox key as the flattened form writes it: ``win_value`` -> ``Win Value``."""
    return key.replace("_", " ").title()


def _text_row(cells: list[str]) -> str:
    return "| " + " | ".join(map(flat_cell, cells)) + " |"


def _text_medalist(medalist: Medalist) -> list[str]:
    key = medalist.medal.value.capitalize()
    if medalist.members:
        value = ", ".join(member.name for member in medalist.members)
        lines = [f"- {key}: {value}"]
    else:
        lines = [f"- {key}: {medalist.name}"]
    if medalist.noc:
        lines.append(f"- {key}noc: {medalist.noc}")
    return lines


def _text_country(noc: str | None) -> str:
    return (country_name(noc) or noc) if noc else ""


def _text_result(result: Result, team: bool) -> list[str]:
    rank = str(result.rank) if result.rank is not None else "–"
    time = _time_cell(result)
    notes = ", ".join(str(note) for note in result.notes)
    if team:
        members = ", ".join(member.name for member in result.members) or result.members_text
        return [rank, _text_country(result.noc) or result.name, members, time, notes]
    return [rank, result.name, _text_country(result.noc), time, notes]


def _text_race(race: Race, team: bool) -> Iterator[str]:
    yield f";{race.name}"
    header = ["Rank", "Country", "Athletes"] if team else ["Rank", "Athlete", "Country"]
    yield _text_row([*header, "Time", "Notes"])
    for result in race.results:
        yield _text_row(_text_result(result, team))
    yield ""


def _new_record_cells(record: NewRecord, holder: str, country: str) -> list[str]:
    """Date | Round | Athlete | Country | Time | OR | WR, holder and country as written."""
    kinds = set(record.kinds)
    return [
        record.date or "",
        record.race or "",
        holder,
        country,
        str(record.time) if record.time is not None else "",
        "OR" if RecordKind.OLYMPIC in kinds else "",
        "WR" if RecordKind.WORLD in kinds else "",
    ]


_NEW_RECORD_HEADER = ["Date", "Round", "Athlete", "Country", "Time", "OR", "WR"]


def _text_lines(event: Event) -> Iterator[str]:
    if event.title:
        yield f"= {event.title} ="
        yield ""
    info = event.info
    yield "Infobox"
    for key, value in _infobox_items(info):
        yield f"- {_text_key(key)}: {value}"
    for medalist in info.medalists:
        yield from _text_medalist(medalist)
    for key, text, _target in _linked_items(info):
        if text:
            yield f"- {_text_key(key)}: {text}"
    for key, value in info.other:
        yield f"- {_text_key(key)}: {value}"
    yield ""
    if event.lead:
        yield event.lead
        yield ""
    if event.records.standing or event.records.new:
        yield "==Records=="
    if event.records.standing:
        yield _text_row(["Record", "Athlete", "Country", "Time", "Place", "Date"])
        for standing in event.records.standing:
            cells = _standing_cells(standing, standing.holder or "")
            yield _text_row([*cells[:2], _text_country(standing.noc), *cells[2:]])
        yield ""
    if event.records.new:
        yield _text_row(_NEW_RECORD_HEADER)
        for record in event.records.new:
            cells = _new_record_cells(record, record.holder or "", _text_country(record.noc))
            yield _text_row(cells)
        yield ""
    if event.rounds:
        yield "==Results=="
    team = event.is_relay
    for round_ in event.rounds:
        yield f"==={round_.name}==="
        if round_.prose:
            yield round_.prose
            yield ""
        for race in round_.races:
            yield from _text_race(race, team)


def to_text(event: Event) -> str:
    """The event as a flattened-text article."""
    return "\n".join(_text_lines(event)) + "\n"


# ---------------------------------------------------------------- wikitext


def _link(name: str, link: str | None) -> str:
    if not name:
        return ""
    if link is None:
        return wiki_text(name)
    return f"[[{link}]]" if link == name else f"[[{link}|{wiki_text(name)}]]"


def _flag(noc: str | None, games: str | None) -> str:
    if not noc:
        return ""
    return f"{{{{flagIOC|{noc}|{games}}}}}" if games else f"{{{{flagIOC|{noc}}}}}"


def _wiki_medalist(medalist: Medalist) -> list[str]:
    key = medalist.medal.value
    if medalist.members:
        members = "<br />".join(_link(member.name, member.link) for member in medalist.members)
        lines = [f"| {key} = {members}"]
    else:
        lines = [f"| {key} = {_link(medalist.name, medalist.link)}"]
    if medalist.noc:
        lines.append(f"| {key}NOC = {medalist.noc}")
    return lines


def _wiki_table(header: list[str], rows: list[list[str]], caption: str | None = None) -> list[str]:
    lines = ['{| class="wikitable"']
    if caption:
        lines.append(f"|+ {caption}")
    lines.append("! " + " !! ".join(header))
    for row in rows:
        lines.append("|-")
        lines.append("| " + " || ".join(row))
    lines.append("|}")
    return lines


def _wiki_result(result: Result, team: bool, games: str | None) -> list[str]:
    rank = str(result.rank) if result.rank is not None else "–"
    time = _time_cell(result)
    notes = _wiki_notes(result.notes)
    if team:
        if result.members:
            # Members written "A, B, C" keep their commas; any other way, one per line.
            names = [m.name for m in result.members]
            joint = ", " if ", ".join(names) == result.members_text else "<br />"
            members = joint.join(_link(m.name, m.link) for m in result.members)
        else:
            members = wiki_text(result.members_text).replace("\n", "<br />")
        country = _flag(result.noc, games) or wiki_text(result.name)
        return [rank, country, f"align=left | {members}" if members else "", time, notes]
    athlete = _link(result.name, result.link)
    return [rank, f"align=left | {athlete}", _flag(result.noc, games), time, notes]


def _standing_cells(record: StandingRecord, holder: str) -> list[str]:
    label = "World record" if record.kind is RecordKind.WORLD else "Olympic record"
    time = str(record.time) if record.time is not None else ""
    return [label, holder, time, record.place or "", record.date or ""]


def _wiki_standing_cells(record: StandingRecord, holder: str) -> list[str]:
    label, holder, time, place, when = _standing_cells(record, holder)
    return [label, holder, time, wiki_text(place), wiki_text(when)]


def _wiki_standing(record: StandingRecord) -> list[str]:
    holder = _link(record.holder or "", record.link)
    if record.noc:
        holder = f"{{{{flagIOCathlete|{holder}|{record.noc}}}}}"
    return _wiki_standing_cells(record, holder)


def _wiki_new_record_cells(record: NewRecord, games: str | None) -> list[str]:
    holder = _link(record.holder or "", record.link)
    when, race, *rest = _new_record_cells(record, holder, _flag(record.noc, games))
    return [wiki_text(when), wiki_text(race), *rest]


def _wiki_lines(event: Event) -> Iterator[str]:
    info = event.info
    games = info.games
    yield "{{Infobox Olympic event"
    for key, value in _infobox_items(info):
        yield f"| {key} = {wiki_text(value)}"
    for medalist in info.medalists:
        yield from _wiki_medalist(medalist)
    for key, text, target in _linked_items(info):
        if text:
            yield f"| {key} = {_link(text, target)}"
    for key, value in info.other:
        yield f"| {key} = {wiki_text(value)}"
    yield "}}"
    if event.lead:
        yield wiki_text(event.lead)
    if event.records.standing or event.records.new:
        yield ""
        yield "==Records=="
    if event.records.standing:
        rows = [_wiki_standing(record) for record in event.records.standing]
        yield from _wiki_table(["colspan=5 | Records before the event"], rows)
        yield ""
    if event.records.new:
        rows = [_wiki_new_record_cells(record, games) for record in event.records.new]
        yield from _wiki_table(_NEW_RECORD_HEADER, rows)
    if event.rounds:
        yield ""
        yield "==Results=="
    team = event.is_relay
    header = ["Rank", "Country", "Athletes"] if team else ["Rank", "Athlete", "Country"]
    for round_ in event.rounds:
        yield f"==={wiki_text(round_.name)}==="
        if round_.prose:
            yield wiki_text(round_.prose)
        for race in round_.races:
            yield ""
            yield f";{wiki_text(race.name)}"
            rows = [_wiki_result(result, team, games) for result in race.results]
            yield from _wiki_table([*header, "Time", "Notes"], rows)
        yield ""


def to_wikitext(event: Event) -> str:
    """The event as wikitext (without a title: wikitext carries none)."""
    return "\n".join(_wiki_lines(event)) + "\n"
