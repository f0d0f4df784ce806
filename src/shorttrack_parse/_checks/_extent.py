"""How much of the competition an article covers, so that missing data is not an error.

Real articles are cut short: a race heading with an empty table, a table missing
its last rows, the finals never written.  The first sign of that decides the
extent: every stage from the one where the article stops may be partial, and
checks that need a whole stage skip it.
"""

from __future__ import annotations

import attrs

from .._findings import Location
from ..model import Event, Race, RoundKind
from ._marks import LETTERED, destination, has_any, sends_on
from ._memo import per_event, per_object
from ._stages import Stage, final_letter, final_races, stages


@attrs.frozen
class Extent:
    """Where an article stops; ``reason`` is ``None`` for a complete article."""

    reason: str | None = None
    location: Location = attrs.Factory(Location)
    cut: int | None = None

    @property
    def complete(self) -> bool:
        """True when nothing suggests that the article stops early."""
        return self.reason is None

    def partial(self, stage: Stage) -> bool:
        """True if ``stage`` may be missing races or rows."""
        return self.cut is not None and stage.index >= self.cut


@per_object  # a stage that feeds the last race often feeds Final A too
def _qualifiers(stage: Stage) -> tuple[str | None, ...]:
    """The destinations (final letter or ``None``) of a stage's qualifying rows."""
    return tuple(destination(row) for race in stage.races for row in race.results if sends_on(row))


def _feeders(all_stages: tuple[Stage, ...], stage: Stage) -> tuple[Stage, ...]:
    """The stages whose qualifiers enter ``stage`` (a repechage adds to the stage before it)."""
    if stage.index == 0 or not stage.known:
        return ()
    previous = all_stages[stage.index - 1]
    if not previous.known:
        return ()
    if previous.kind is RoundKind.REPECHAGE and previous.index > 0:
        before = all_stages[previous.index - 1]
        return (before, previous) if before.known else (previous,)
    return (previous,)


def _sent_to(all_stages: tuple[Stage, ...], stage: Stage, race: Race) -> int | None:
    """How many competitors the previous stage sent to ``race``, when the notes tell."""
    feeders = _feeders(all_stages, stage)
    if not feeders or stage.kind is RoundKind.REPECHAGE:
        return None
    destinations = [d for feeder in feeders for d in _qualifiers(feeder)]
    if stage.kind is RoundKind.FINALS:
        letter = final_letter(race, stage)
        lettered = any(
            has_any(row, LETTERED) for f in feeders for r in f.races for row in r.results
        )
        if lettered:
            return sum(1 for d in destinations if d == letter)
        return len(destinations) if letter == "A" else None
    others = sum(len(r.results) for r in stage.races if r is not race)
    return len(destinations) - others


@per_event
def extent(event: Event) -> Extent:
    """Decide whether (and where) the article stops early."""
    all_stages = stages(event)
    for stage in all_stages:
        for race in stage.races:
            if not race.results:
                return Extent(
                    f"{race.name} has no results: the article stops there, "
                    "so what should follow cannot be checked",
                    Location(stage.round_of(race).name, race.name, line=race.line),
                    stage.index,
                )
    races = [(stage, race) for stage in all_stages for race in stage.races]
    if not races:
        return Extent("the article has no results", Location(), 0)
    last_stage, last_race = races[-1]
    lines = [row.line for row in last_race.results if row.line is not None]
    where = Location(
        last_stage.round_of(last_race).name,
        last_race.name,
        line=max(lines) if lines else last_race.line,
    )
    finals = final_races(event)
    if "A" not in finals:
        return Extent(
            f"the article has no Final A: it stops after {last_race.name}, "
            "so what should follow cannot be checked",
            where,
            last_stage.index,
        )
    sent = _sent_to(all_stages, last_stage, last_race)
    if sent is not None and len(last_race.results) < sent:
        return Extent(
            f"{last_race.name} lists {len(last_race.results)} of the {sent} competitors "
            "who qualified for it: the article stops there",
            where,
            last_stage.index,
        )
    final_stage = finals["A"][0]
    wanted = [d for f in _feeders(all_stages, final_stage) for d in _qualifiers(f)]
    # A final for one skater is not raced, so it takes two qualifiers to expect one.
    missing = sorted(
        {d for d in wanted if d not in finals and d is not None and wanted.count(d) > 1}
    )
    if missing:
        count = sum(1 for d in wanted if d in missing)
        names = " and ".join(f"Final {letter}" for letter in missing)
        return Extent(
            f"the article has no {names}, though {count} competitors qualified for it",
            Location(final_stage.name, line=final_stage.rounds[0].line),
        )
    return Extent()


def feeders(event: Event, stage: Stage) -> tuple[Stage, ...]:
    """The stages whose qualifiers enter ``stage``."""
    return _feeders(stages(event), stage)
