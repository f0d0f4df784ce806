"""Checks of the infobox against the results: medalists, winning time, counts, dates."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from .._findings import Location, check
from ..model import Event, Medalist, Race, Result
from ..notes import Status
from ._calendar import prose_dates
from ._extent import extent
from ._identity import Identities, display, fold, identities, is_relay, team_country
from ._stages import Stage, final_races, stages
from ._where import ordinal

Found = Iterator[tuple[Location, str]]
# Bound once: in Python 3.11 a member looked up on its class takes EnumType's slow
# attribute path, which costs as much as a call, and every row asks.
_DID_NOT_START: Final = Status.DID_NOT_START


def _at(event: Event, key: str, athlete: str | None = None) -> Location:
    return Location(athlete=athlete, line=event.info.line_of(key), section="Infobox")


def _final_a(event: Event) -> Race | None:
    found = final_races(event).get("A")
    return found[1] if found is not None and found[1].results else None


def _is(ids: Identities, event: Event, medalist: Medalist, row: Result) -> bool | None:
    """Whether the medalist is the row's competitor; ``None`` when that cannot be told."""
    if is_relay(event):
        ours = team_country(medalist.name, medalist.noc)
        theirs = team_country(row.name, row.noc)
        return ours == theirs if ours and theirs else None
    return ids.matches(medalist.name, medalist.link, row)


@check("infobox-medalist")
def infobox_medalist(event: Event) -> Found:
    """The infobox medalists are Final A's first three."""
    final = _final_a(event)
    if final is None:
        return
    ids = identities(event)
    for medalist in event.info.medalists:
        place = medalist.medal.place
        at_place = [row for row in final.results if row.rank == place]
        verdicts = [_is(ids, event, medalist, row) for row in at_place]
        if not at_place or None in verdicts or any(verdicts):
            continue
        shown = medalist.name or medalist.noc or "(unnamed)"
        elsewhere = next((r for r in final.results if _is(ids, event, medalist, r)), None)
        where = (
            f"; {display(elsewhere)} is {ordinal(elsewhere.rank)}"
            if elsewhere is not None and elsewhere.rank is not None
            else ""
        )
        yield (
            _at(event, medalist.medal.value, shown),
            (
                f"the infobox gives {medalist.medal.value} to {shown}, but {ordinal(place)} in "
                f"{final.name} is {' and '.join(display(r) for r in at_place)}{where}"
            ),
        )


@check("infobox-medalist-noc")
def infobox_medalist_noc(event: Event) -> Found:
    """A medalist's country in the infobox is the one Final A gives."""
    final = _final_a(event)
    if final is None or is_relay(event):
        return
    ids = identities(event)
    for medalist in event.info.medalists:
        if not medalist.noc:
            continue
        place = medalist.medal.place
        for row in final.results:
            same = row.rank == place and _is(ids, event, medalist, row)
            if same and row.noc and medalist.noc != row.noc:
                yield (
                    _at(event, f"{medalist.medal.value}noc", medalist.name),
                    (
                        f"the infobox gives {medalist.name}'s country as {medalist.noc}; "
                        f"{final.name} gives {row.noc}"
                    ),
                )


@check("infobox-winning-time")
def infobox_winning_time(event: Event) -> Found:
    """The infobox winning value is the Final A winner's time."""
    final, winning = _final_a(event), event.info.winning_time
    if final is None or winning is None:
        return
    winners = [row for row in final.results if row.rank == 1 and row.time is not None]
    if winners and all(
        row.time and row.time.milliseconds != winning.milliseconds for row in winners
    ):
        winner = winners[0]
        yield (
            _at(event, "win_value"),
            (
                f"the infobox winning value is {winning}, but {final.name}'s winner "
                f"{display(winner)} skated {winner.time}"
            ),
        )


def _first_stage(event: Event) -> Stage | None:
    found = next((stage for stage in stages(event) if stage.known), None)
    if found is None or extent(event).partial(found):
        return None
    return found


def _counts(keys: list[tuple[str | None, Result]]) -> set[int] | None:
    """Distinct competitors among the rows, with and without non-starters."""
    if any(key is None for key, _ in keys):
        return None
    started = {key for key, row in keys if row.status is not _DID_NOT_START}
    return {len({key for key, _ in keys}), len(started)}


def _member_count(rows: list[Result]) -> int | None:
    if not rows or any(not row.members for row in rows):
        return None
    return len({fold(member.name) for row in rows for member in row.members})


def _competitor(key: str | None, event: Event, row: Result) -> str | None:
    """A row's competitor (identity ``key``); a country-less relay team is told by its members."""
    if key is None and is_relay(event) and row.members_text.strip():
        return "members:" + fold(row.members_text)
    return key


@check("infobox-competitors")
def infobox_competitors(event: Event) -> Found:
    """Competitors (or teams) is the number of skaters (or teams) in the first round."""
    first = _first_stage(event)
    if first is None:
        return
    ids = identities(event)
    rows = [row for race in first.races for row in race.results]
    keys = [key for race in first.races for key in ids.keys_in(race)]
    field = _counts(
        [(_competitor(key, event, row), row) for key, row in zip(keys, rows, strict=True)]
    )
    info = event.info
    if not is_relay(event):
        if info.competitors is not None and field is not None and info.competitors not in field:
            yield (
                _at(event, "competitors"),
                f"the infobox says {info.competitors} competitors; {first.name} has "
                f"{max(field)} skaters",
            )
        return
    if info.teams is not None and field is not None and info.teams not in field:
        yield (
            _at(event, "teams"),
            f"the infobox says {info.teams} teams; {first.name} has {max(field)}",
        )
    # Relay articles count the skaters of the first round, or everyone who skated.
    skaters = _member_count(rows)
    everyone = _member_count([row for race in event.races() for row in race.results])
    allowed = {n for n in (skaters, everyone, *(field or ())) if n is not None}
    if info.competitors is not None and skaters is not None and info.competitors not in allowed:
        yield (
            _at(event, "competitors"),
            f"the infobox says {info.competitors} competitors; the teams of {first.name} "
            f"have {skaters} skaters",
        )


@check("infobox-nations")
def infobox_nations(event: Event) -> Found:
    """Nations is the number of countries in the first round, when countries are known."""
    first, nations = _first_stage(event), event.info.nations
    if first is None or nations is None:
        return
    counts = _counts([(row.noc, row) for race in first.races for row in race.results])
    if counts is not None and nations not in counts:
        yield (
            _at(event, "nations"),
            f"the infobox says {nations} nations; {first.name} has {max(counts)}",
        )


def _span(event: Event) -> str:
    return event.info.dates or f"{event.info.start_date} to {event.info.end_date}"


@check("infobox-dates")
def infobox_dates(event: Event) -> Found:
    """The infobox dates contain the dates the prose gives for each round."""
    start, end = event.info.start_date, event.info.end_date
    if start is None or end is None:
        return
    for round_ in event.rounds:
        for day in prose_dates(event, round_.prose):
            if not start <= day <= end:
                yield (
                    Location(round_.name, line=round_.line),
                    (
                        f"the prose dates {round_.name} {day:%d %B %Y}, outside the infobox "
                        f"dates ({_span(event)})"
                    ),
                )
