"""A readable plain-text summary of an event, as the command line prints it."""

from __future__ import annotations

from collections.abc import Iterator

from .model import Event, Medalist, Result, StandingRecord
from .notes import status_of

__all__ = ["summarize"]


def _medalist(medalist: Medalist) -> str:
    noc = f" ({medalist.noc})" if medalist.noc else ""
    members = ", ".join(member.name for member in medalist.members)
    name = medalist.name or "(team)"
    return f"{name}{noc}" + (f": {members}" if members else "")


def _result(result: Result) -> str:
    rank = str(result.rank) if result.rank is not None else "–"
    name = result.name or result.members_text.replace("\n", ", ") or "?"
    if result.team and result.name and result.members:
        name += ": " + ", ".join(member.name for member in result.members)
    elif result.team and result.name and result.members_text:
        name += ": " + result.members_text.replace("\n", ", ")
    noc = f" ({result.noc})" if result.noc else ""
    time = str(result.time) if result.time is not None else ""
    # A status no note states (as for a constructed event) is spelled out.
    shown = status_of(result.notes) is result.status
    status = "" if shown else result.status.value.replace("_", " ")
    notes = " ".join(str(note) for note in result.notes)
    extras = "  ".join(part for part in (time, status, notes) if part)
    return f"{rank:>3}  {name}{noc}  {extras}".rstrip()


def _standing(record: StandingRecord) -> str:
    holder = record.holder or "?"
    noc = f" ({record.noc})" if record.noc else ""
    where = ", ".join(part for part in (record.place, record.date) if part)
    return f"  {record.kind.value} {record.time or '?'}  {holder}{noc}  {where}".rstrip()


def _lines(event: Event) -> Iterator[str]:
    info = event.info
    yield event.title or info.event or "(untitled event)"
    facts = [
        f"Games: {info.games}" if info.games else "",
        f"Venue: {info.venue}" if info.venue else "",
        f"Dates: {info.dates}" if info.dates else "",
    ]
    if any(facts):
        yield "  ".join(fact for fact in facts if fact)
    counts = [
        f"{info.competitors} competitors" if info.competitors is not None else "",
        f"{info.teams} teams" if info.teams is not None else "",
        f"{info.nations} nations" if info.nations is not None else "",
        f"winning time {info.winning_time}" if info.winning_time else "",
    ]
    if any(counts):
        yield ", ".join(count for count in counts if count)
    if info.medalists:
        yield ""
        yield "Medalists"
        for medalist in info.medalists:
            yield f"  {medalist.medal.value.capitalize():<7}{_medalist(medalist)}"
    if event.records.standing or event.records.new:
        yield ""
        yield "Records"
        for record in event.records.standing:
            yield _standing(record)
        for new in event.records.new:
            kinds = "/".join(kind.value for kind in new.kinds) or "?"
            holder = new.holder or "?"
            noc = f" ({new.noc})" if new.noc else ""
            race_name = new.race or "?"
            yield f"  new {kinds} {new.time or '?'}  {race_name}  {holder}{noc}  {new.date or ''}"
    for round_ in event.rounds:
        yield ""
        yield f"{round_.name} ({len(round_.races)} races)"
        for race in round_.races:
            yield f"  {race.name}"
            if not race.results:
                yield "     (no results)"
            for result in race.results:
                yield "   " + _result(result)
    if event.diagnostics:
        yield ""
        yield f"Diagnostics ({len(event.diagnostics)})"
        for diagnostic in event.diagnostics:
            yield f"  {diagnostic}"


def summarize(event: Event) -> str:
    """The event as readable text: infobox facts, medalists, records, every race."""
    return "\n".join(line.rstrip() for line in _lines(event)) + "\n"
