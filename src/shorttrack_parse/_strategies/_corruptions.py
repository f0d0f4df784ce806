"""Broken events: a consistent event with one mistake, and the finding it must raise.

Each kind of corruption is the edit an editor's slip makes to a real article (a
time typed into the wrong row, a note left off, a country changed), applied to a
generated event at a place where exactly one check can see it.  The
:class:`Corruption` says which check, and where: validating the broken event, or
the event parsed back from its rendering, reports that code at that place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Final, TypeVar

import attrs
from hypothesis import assume
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .._checks._identity import display
from .._findings import Location
from ..model import (
    Event,
    Medal,
    NewRecord,
    Race,
    RecordKind,
    Result,
    Round,
    RoundKind,
    StandingRecord,
)
from ..notes import Note, Status
from ..times import RaceTime
from ._events import events


@attrs.frozen
class Corruption:
    """What was broken in a generated event, the check ``code`` that must report it,
    and where: ``round``/``race``/``athlete`` for a row, ``section`` (``"Infobox"``,
    ``"Records"``, ``"Article"``) elsewhere, ``key`` the infobox parameter or, in the
    Records section, the new record's time as written (one holder may set several).

    ``also`` lists the codes of the other findings the same mistake necessarily
    causes (a Records time typed wrong also leaves its row's OR mark unlisted).
    """

    kind: str
    code: str
    round: str | None = None
    race: str | None = None
    athlete: str | None = None
    section: str | None = None
    key: str | None = None
    also: tuple[str, ...] = ()

    @property
    def location(self) -> Location:
        """The location a finding about it has, without the line."""
        return Location(self.round, self.race, self.athlete, None, self.section)

    def line_in(self, event: Event) -> int | None:
        """The source line of the corrupted place in ``event``, the corrupted event as
        parsed back from a rendering (``parse(to_wikitext(broken))``)."""
        if self.section == "Infobox":
            return event.info.line_of(self.key or "")
        if self.section == "Records":
            return next(
                (
                    r.line
                    for r in event.records.new
                    if r.race == self.race
                    and r.holder == self.athlete
                    and (self.key is None or str(r.time) == self.key)
                ),
                None,
            )
        for round_ in event.rounds:
            for race in round_.races:
                if round_.name == self.round and race.name == self.race:
                    lines = [r.line for r in race.results if display(r) == self.athlete]
                    return lines[-1] if lines else None
        return None


T = TypeVar("T")
Site = tuple[int, int, int]  # round, race, row indexes


def _rows(event: Event) -> Iterable[tuple[Site, Round, Race, Result]]:
    for a, round_ in enumerate(event.rounds):
        for b, race in enumerate(round_.races):
            for c, row in enumerate(race.results):
                yield (a, b, c), round_, race, row


def _with_race(event: Event, a: int, b: int, race: Race) -> Event:
    round_ = event.rounds[a]
    races = (*round_.races[:b], race, *round_.races[b + 1 :])
    rounds = (*event.rounds[:a], attrs.evolve(round_, races=races), *event.rounds[a + 1 :])
    return attrs.evolve(event, rounds=rounds)


def _with_row(event: Event, site: Site, row: Result) -> Event:
    a, b, c = site
    race = event.rounds[a].races[b]
    results = (*race.results[:c], row, *race.results[c + 1 :])
    return _with_race(event, a, b, attrs.evolve(race, results=results))


def _appended(event: Event, a: int, b: int, row: Result) -> Event:
    race = event.rounds[a].races[b]
    return _with_race(event, a, b, attrs.evolve(race, results=(*race.results, row)))


def _at_row(
    kind: str, code: str, event: Event, site: Site, row: Result, also: tuple[str, ...] = ()
) -> Corruption:
    a, b, _ = site
    round_ = event.rounds[a]
    return Corruption(kind, code, round_.name, round_.races[b].name, display(row), also=also)


def _non_starter(row: Result) -> Result:
    return attrs.evolve(
        row, rank=None, time=None, notes=(Note.DID_NOT_START,), status=Status.DID_NOT_START
    )


def _record_rows(race: Race) -> bool:
    return any(isinstance(n, Note) and n.is_record for row in race.results for n in row.notes)


def _pick(draw: st.DrawFn, options: list[T]) -> T:
    assume(options)  # the event plans below make a site all but certain
    return draw(st.sampled_from(options))


# ---------------------------------------------------------------- the kinds

Breaker = Callable[[st.DrawFn, Event], tuple[Event, Corruption]]
_INDIVIDUAL: Final = {"relay": False, "field_size": st.integers(12, 40)}
_WITH_QUARTERFINALS: Final = {
    "relay": False,
    "distance": st.sampled_from((500, 1000)),
    "field_size": st.integers(16, 40),
}


def _untied_leaders(race: Race) -> bool:
    """True if the first two rows hold places no other row shares (a tie would move too)."""
    ranks = [r.rank for r in race.results]
    return all(rank is not None and ranks.count(rank) == 1 for rank in ranks[:2])


def _swapped_times(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """1st and 2nd place's times swapped: 2nd place now has the faster time."""
    final_a = event.rounds[-1].races[0]
    races = [
        (a, b, race)
        for a, round_ in enumerate(event.rounds)
        for b, race in enumerate(round_.races)
        if race is not final_a
        and not _record_rows(race)
        and sum(1 for r in race.results if r.time is not None) >= 3
        and _untied_leaders(race)
    ]
    a, b, race = _pick(draw, races)
    first, second = race.results[0], race.results[1]
    results = (
        attrs.evolve(first, time=second.time),
        attrs.evolve(second, time=first.time),
        *race.results[2:],
    )
    broken = _with_race(event, a, b, attrs.evolve(race, results=results))
    return broken, _at_row("swapped-times", "rank-time-order", event, (a, b, 1), second)


def _next_round_row(event: Event, a: int, row: Result) -> tuple[Site, Result] | None:
    for site, _round, _race, other in _rows(event):
        if site[0] == a + 1 and display(other) == display(row):
            return site, other
    return None


def _dropped_qualifier_note(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """The note of a skater sent on by time (the slowest ``q``) or by the referee dropped;
    the skater still races the next round."""
    sites = []
    for a in range(len(event.rounds) - 1):
        rows = [(site, row) for site, _r, _race, row in _rows(event) if site[0] == a]
        by_time = [(s, r) for s, r in rows if Note.QUALIFIED_BY_TIME in r.notes]
        slowest = max(by_time, key=lambda pair: _ms(pair[1]), default=None)
        advanced = [
            (s, r) for s, r in rows if any(isinstance(n, Note) and n.advanced for n in r.notes)
        ]
        sites.extend([slowest] if slowest else [])
        sites.extend(advanced)
    site, row = _pick(draw, sites)
    later = _next_round_row(event, site[0], row)
    assume(later is not None)
    assert later is not None
    kept = tuple(n for n in row.notes if not (isinstance(n, Note) and n.qualifies))
    broken = _with_row(event, site, attrs.evolve(row, notes=kept))
    return broken, _at_row(
        "dropped-qualifier-note", "progression-unqualified", event, later[0], later[1]
    )


def _ms(row: Result) -> int:
    return row.time.milliseconds if row.time is not None else 0


def _unqualified_note(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """A ``q`` given to the fastest skater left out of a round, who does not race on."""
    sites = []
    for a, round_ in enumerate(event.rounds[:-1]):
        following = event.rounds[a + 1].kind
        if (
            following in (RoundKind.FINALS, RoundKind.REPECHAGE)
            or round_.kind is RoundKind.REPECHAGE
        ):
            continue
        left = [
            (site, row)
            for site, _r, _race, row in _rows(event)
            if site[0] == a and row.rank is not None and row.time is not None and not row.notes
        ]
        if left:
            sites.append(min(left, key=lambda pair: _ms(pair[1])))
    site, row = _pick(draw, sites)
    broken = _with_row(event, site, attrs.evolve(row, notes=(Note.QUALIFIED_BY_TIME,)))
    return broken, _at_row("unqualified-note", "progression-missing", event, site, row)


def _qualification_in_final(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """A ``Q`` written in Final A, from which nobody qualifies."""
    a = len(event.rounds) - 1
    final_a = event.rounds[a].races[0]
    c = draw(st.integers(0, len(final_a.results) - 1))
    row = final_a.results[c]
    broken = _with_row(event, (a, 0, c), attrs.evolve(row, notes=(*row.notes, Note.QUALIFIED)))
    return broken, _at_row(
        "qualification-in-final", "qualification-in-final", event, (a, 0, c), row
    )


def _duplicated_skater(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """A row copied to the end of its race (as a non-starter)."""
    sites = [(site, row) for site, _r, _race, row in _rows(event) if site[0] > 0]
    site, row = _pick(draw, sites)
    broken = _appended(event, site[0], site[1], _non_starter(row))
    return broken, _at_row("duplicated-skater", "duplicate-competitor", event, site, row)


def _skater_in_two_races(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """A skater of one race listed (as a non-starter) in a later race of the same round."""
    sites = [
        (site, row, later)
        for site, round_, _race, row in _rows(event)
        if 0 < site[0] < len(event.rounds) - 1
        for later in range(site[1] + 1, len(round_.races))
    ]
    site, row, later = _pick(draw, sites)
    broken = _appended(event, site[0], later, _non_starter(row))
    return broken, _at_row(
        "skater-in-two-races", "competitor-in-two-races", event, (site[0], later, 0), row
    )


def _other_noc(draw: st.DrawFn, noc: str | None) -> str:
    return draw(st.sampled_from([c for c in ("FIN", "EST", "ESP", "ARG", "MGL") if c != noc]))


def _changed_country(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """A skater's country changed in a later round, in a row that goes no further."""
    final_a = event.rounds[-1].races[0]
    sites = [
        (site, row)
        for site, _round, race, row in _rows(event)
        if site[0] > 0
        and not any(isinstance(n, Note) and (n.qualifies or n.is_record) for n in row.notes)
        and not (race is final_a and row.rank is not None and row.rank <= 3)
    ]
    site, row = _pick(draw, sites)
    broken = _with_row(event, site, attrs.evolve(row, noc=_other_noc(draw, row.noc)))
    return broken, _at_row("changed-country", "country-change", event, site, row)


def _infobox(kind: str, code: str, key: str, athlete: str | None = None) -> Corruption:
    return Corruption(kind, code, athlete=athlete, section="Infobox", key=key)


def _wrong_medalist(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """The bronze given to Final A's 4th."""
    placed = [r for r in event.rounds[-1].races[0].results if r.rank is not None]
    assume(len(placed) >= 4)
    fourth = placed[3]
    medalists = tuple(
        attrs.evolve(m, name=fourth.name, noc=fourth.noc, link=fourth.link, members=fourth.members)
        if m.medal is Medal.BRONZE
        else m
        for m in event.info.medalists
    )
    broken = attrs.evolve(event, info=attrs.evolve(event.info, medalists=medalists))
    return broken, _infobox("wrong-medalist", "infobox-medalist", "bronze", display(fourth))


def _wrong_medalist_noc(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """The gold medalist's country changed in the infobox."""
    gold = event.info.medalists[0]
    changed = attrs.evolve(gold, noc=_other_noc(draw, gold.noc))
    info = attrs.evolve(event.info, medalists=(changed, *event.info.medalists[1:]))
    return attrs.evolve(event, info=info), _infobox(
        "wrong-medalist-noc", "infobox-medalist-noc", "goldnoc", gold.name
    )


def _wrong_winning_time(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """The infobox's winning time a second off."""
    time = event.info.winning_time
    assume(time is not None)
    assert time is not None
    wrong = RaceTime(time.milliseconds + 1_000, time.decimals)
    info = attrs.evolve(event.info, winning_time=wrong)
    return attrs.evolve(event, info=info), _infobox(
        "wrong-winning-time", "infobox-winning-time", "win_value"
    )


def _wrong_competitor_count(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """The infobox counts one competitor (one team, for relays) too many."""
    info = event.info
    if event.is_relay:
        assume(info.teams is not None)
        changed = attrs.evolve(info, teams=(info.teams or 0) + 1)
        key = "teams"
    else:
        changed = attrs.evolve(info, competitors=(info.competitors or 0) + 1)
        key = "competitors"
    return attrs.evolve(event, info=changed), _infobox(
        "wrong-competitor-count", "infobox-competitors", key
    )


def _records_entry(
    kind: str, code: str, record: NewRecord, race: str | None, also: tuple[str, ...] = ()
) -> Corruption:
    time = None if record.time is None else str(record.time)
    return Corruption(
        kind, code, race=race, athlete=record.holder, section="Records", key=time, also=also
    )


def _times(event: Event) -> set[int]:
    return {r.time.milliseconds for race in event.races() for r in race.results if r.time}


def _record_time_not_in_race(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """The last new record's time mistyped in the Records table (a step faster)."""
    assume(event.records.new)
    record = event.records.new[-1]
    assert record.time is not None
    step = 10 ** (3 - record.time.decimals)
    taken = _times(event)
    ms = record.time.milliseconds - step
    while ms in taken:
        ms -= step
    wrong = attrs.evolve(record, time=RaceTime(ms, record.time.decimals))
    records = attrs.evolve(event.records, new=(*event.records.new[:-1], wrong))
    return attrs.evolve(event, records=records), _records_entry(
        "record-time-not-in-race", "record-not-in-race", wrong, record.race, ("record-notes",)
    )


def _record_in_wrong_race(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """A new record credited to another race of the event."""
    assume(event.records.new)
    index = draw(st.integers(0, len(event.records.new) - 1))
    record = event.records.new[index]
    others = [
        race.name
        for race in event.races()
        if race.name != record.race
        and race.results
        and all(r.time != record.time for r in race.results)
    ]
    name = _pick(draw, others)
    new = list(event.records.new)
    new[index] = attrs.evolve(record, race=name)
    records = attrs.evolve(event.records, new=tuple(new))
    return attrs.evolve(event, records=records), _records_entry(
        "record-in-wrong-race", "record-not-in-race", record, name
    )


def _record_not_faster(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """The standing Olympic record as fast as the event's first new record, which then
    improves on nothing: records out of order."""
    assume(event.records.new)
    first = event.records.new[0]
    kept = [r for r in event.records.standing if r.kind is not RecordKind.OLYMPIC]
    old = next((r for r in event.records.standing if r.kind is RecordKind.OLYMPIC), None)
    standing = (
        attrs.evolve(old, time=first.time)
        if old is not None
        else StandingRecord(kind=RecordKind.OLYMPIC, holder="Anna Park", time=first.time)
    )
    records = attrs.evolve(event.records, standing=(*kept, standing))
    return attrs.evolve(event, records=records), _records_entry(
        "record-not-faster", "record-order", first, first.race
    )


def _status_with_rank(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """A finisher in a final disqualified, but still given a place."""
    a = len(event.rounds) - 1
    sites = [
        ((a, b, c), row)
        for b, race in enumerate(event.rounds[a].races)
        for c, row in enumerate(race.results)
        if row.rank is not None and not row.notes and c >= (3 if b == 0 else 1)
    ]
    site, row = _pick(draw, sites)
    disqualified = attrs.evolve(row, notes=(Note.DISQUALIFIED,), status=Status.DISQUALIFIED)
    broken = _with_row(event, site, disqualified)
    return broken, _at_row("status-with-rank", "status-with-rank", event, site, row)


def _time_without_minutes(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """A time of a minute or more written as seconds only (``129.249``)."""
    sites = [
        (site, row)
        for site, _round, _race, row in _rows(event)
        if row.time is not None and row.time.milliseconds >= 60_000
    ]
    site, row = _pick(draw, sites)
    assert row.time is not None
    seconds = RaceTime(row.time.milliseconds, row.time.decimals, with_minutes=False)
    broken = _with_row(event, site, attrs.evolve(row, time=seconds))
    return broken, _at_row("time-without-minutes", "time-without-minutes", event, site, row)


def _unnamed_row(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """A first-round skater who goes no further, with the name left out."""
    sites = [
        (site, row)
        for site, _round, _race, row in _rows(event)
        if site[0] == 0 and not row.notes and row.rank is not None
    ]
    site, row = _pick(draw, sites)
    broken = _with_row(event, site, attrs.evolve(row, name="", link=None))
    a, b, _ = site
    where = Corruption(
        "unnamed-row",
        "unnamed-row",
        event.rounds[a].name,
        event.rounds[a].races[b].name,
        "(unnamed)",
    )
    return broken, where


def _record_race_not_held(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """An article cut short (its last race empty) whose Records table names a race of a
    round the article shows was held in full: one more heat than the heats had, or a
    heat when the event begins with later rounds."""
    assume(event.records.new)
    a = len(event.rounds) - 1
    b = len(event.rounds[a].races) - 1
    last = event.rounds[a].races[b]
    cut = _with_race(event, a, b, attrs.evolve(last, results=()))
    first = event.rounds[0]
    heat = len(first.races) + 1 if first.kind is RoundKind.HEATS else 1
    index = draw(st.integers(0, len(event.records.new) - 1))
    record = event.records.new[index]
    new = list(event.records.new)
    new[index] = attrs.evolve(record, race=f"Heat {heat}")
    broken = attrs.evolve(cut, records=attrs.evolve(event.records, new=tuple(new)))
    return broken, _records_entry(
        "record-race-not-held", "record-race-missing", record, f"Heat {heat}"
    )


def _not_an_event(draw: st.DrawFn, event: Event) -> tuple[Event, Corruption]:
    """Some other article: a title and prose, no infobox, no records, no results."""
    prose = draw(st.sampled_from(("A page about something else.", "See also: speed skating.")))
    broken = Event(title=event.title, lead=prose)
    return broken, Corruption("not-an-event", "not-an-event", section="Article")


_KINDS: Final[dict[str, tuple[Breaker, dict[str, object]]]] = {
    "swapped-times": (_swapped_times, _INDIVIDUAL),
    "dropped-qualifier-note": (
        _dropped_qualifier_note,
        {**_WITH_QUARTERFINALS, "time_qualifiers": st.integers(1, 2)},
    ),
    "unqualified-note": (_unqualified_note, _WITH_QUARTERFINALS),
    "qualification-in-final": (_qualification_in_final, {}),
    "duplicated-skater": (_duplicated_skater, {}),
    "skater-in-two-races": (_skater_in_two_races, _WITH_QUARTERFINALS),
    "changed-country": (_changed_country, _INDIVIDUAL),
    "wrong-medalist": (_wrong_medalist, {**_INDIVIDUAL, "field_size": st.integers(16, 40)}),
    "wrong-medalist-noc": (_wrong_medalist_noc, _INDIVIDUAL),
    "wrong-winning-time": (_wrong_winning_time, {}),
    "wrong-competitor-count": (_wrong_competitor_count, {}),
    "record-time-not-in-race": (_record_time_not_in_race, {}),
    "record-in-wrong-race": (_record_in_wrong_race, {}),
    "record-not-faster": (_record_not_faster, {}),
    "status-with-rank": (_status_with_rank, {**_INDIVIDUAL, "final_b": True}),
    "time-without-minutes": (
        _time_without_minutes,
        {"distance": st.sampled_from((1000, 1500, 2000, 3000, 5000))},
    ),
    "unnamed-row": (_unnamed_row, _INDIVIDUAL),
    "record-race-not-held": (_record_race_not_held, {"final_b": True}),
    "not-an-event": (_not_an_event, {}),
}

KINDS: Final = tuple(_KINDS)
"""Every kind of corruption :func:`corrupted_events` makes."""


def corrupted_events(
    kinds: Sequence[str] | None = None,
) -> st.SearchStrategy[tuple[Event, Corruption]]:
    """Pairs ``(event, corruption)``: a consistent event with one mistake of one of
    ``kinds`` (default: every kind in :data:`KINDS`), and what must report it."""
    chosen = KINDS if kinds is None else tuple(kinds)
    unknown = sorted(set(chosen) - set(KINDS))
    if unknown or not chosen:
        raise InvalidArgument(f"unknown corruption kinds {unknown}; known: {list(KINDS)}")

    @st.composite
    def build(draw: st.DrawFn) -> tuple[Event, Corruption]:
        kind = draw(st.sampled_from(chosen))
        breaker, plan = _KINDS[kind]
        event = draw(events(**plan))  # type: ignore[arg-type]
        return breaker(draw, event)

    return build()
