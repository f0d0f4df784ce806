"""The competition's stages in running order, and which race is Final A or Final B."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import attrs

from ..model import Event, Race, RaceStage, Result, Round, RoundKind
from ._memo import per_event

# Stages that qualify for one another, in running order.
_ORDER = (
    RoundKind.HEATS,
    RoundKind.REPECHAGE,
    RoundKind.QUARTERFINALS,
    RoundKind.SEMIFINALS,
    RoundKind.FINALS,
)

# Bound once: in Python 3.11 a member looked up on its class takes EnumType's slow
# attribute path, which costs as much as a call, and every race asks.
_FINAL_RACE: Final = RaceStage.FINAL
_FINALS: Final = RoundKind.FINALS


@attrs.frozen
class Stage:
    """Consecutive rounds of one kind (an article may split a round under two headings)."""

    index: int
    kind: RoundKind
    rounds: tuple[Round, ...]
    #: Every race of the stage, in source order (gathered once: checks walk it often).
    races: tuple[Race, ...] = attrs.field(init=False, eq=False, repr=False)

    # id(race) -> the round that holds it (the stage holds the races, so ids stay theirs).
    _holders: dict[int, Round] = attrs.field(init=False, eq=False, repr=False)

    @races.default
    def _gather_races(self) -> tuple[Race, ...]:
        return tuple(race for round_ in self.rounds for race in round_.races)

    @_holders.default
    def _index_holders(self) -> dict[int, Round]:
        return {id(race): round_ for round_ in self.rounds for race in round_.races}

    @property
    def name(self) -> str:
        """The first round's heading."""
        return self.rounds[0].name

    @property
    def known(self) -> bool:
        """True for the stages of the competition (heats ... finals), not other sections."""
        return self.kind in _ORDER

    def rows(self) -> Iterator[tuple[Round, Race, Result]]:
        """Every row of the stage with its round and race."""
        for round_ in self.rounds:
            for race in round_.races:
                for result in race.results:
                    yield round_, race, result

    def round_of(self, race: Race) -> Round:
        """The round that holds ``race``."""
        return self._holders[id(race)]


@per_event
def stages(event: Event) -> tuple[Stage, ...]:
    """The event's rounds grouped into stages, in source order."""
    groups: list[list[Round]] = []
    for round_ in event.rounds:
        if groups and groups[-1][0].kind is round_.kind:
            groups[-1].append(round_)
        else:
            groups.append([round_])
    return tuple(Stage(i, group[0].kind, tuple(group)) for i, group in enumerate(groups))


def comes_before(first: RoundKind, second: RoundKind) -> bool:
    """True if a stage of kind ``first`` runs before one of kind ``second``."""
    return first in _ORDER and second in _ORDER and _ORDER.index(first) < _ORDER.index(second)


def _labelled_letter(race: Race) -> str | None:
    if race.stage is _FINAL_RACE:
        return race.label if race.label is not None and race.label.isalpha() else "A"
    return None


def final_letter(race: Race, stage: Stage | None = None) -> str | None:
    """``"A"``, ``"B"``... for a final race (a lone ``Final`` is Final A), else ``None``.

    In a finals round whose races are not labelled, Final A is the only race that
    starts at 1st place, or else the first race; the others are B, C... by the
    place they start at.
    """
    letter = _labelled_letter(race)
    if letter is not None or stage is None or stage.kind is not _FINALS:
        return letter
    if any(_labelled_letter(other) for other in stage.races):
        return None

    def start(other: Race) -> int:
        return min((row.rank for row in other.results if row.rank is not None), default=1_000)

    winners = [other for other in stage.races if start(other) == 1]
    final_a = winners[0] if len(winners) == 1 else stage.races[0]
    others = sorted((r for r in stage.races if r is not final_a), key=start)
    order = [final_a, *others]
    index = next((i for i, other in enumerate(order) if other is race), None)
    return chr(ord("A") + index) if index is not None else None


@per_event
def final_races(event: Event) -> dict[str, tuple[Stage, Race]]:
    """The final races by letter (the first race of each letter), with their stage."""
    found: dict[str, tuple[Stage, Race]] = {}
    for stage in stages(event):
        for race in stage.races:
            letter = final_letter(race, stage)
            if letter is not None and letter not in found:
                found[letter] = (stage, race)
    return found


def is_final(race: Race, stage: Stage) -> bool:
    """True for a race that leads nowhere: a final.

    That is a race of the finals, or one with a final letter: outside the finals only
    a race of stage ``final`` has one (:func:`_labelled_letter`), so that is asked.
    """
    return stage.kind is _FINALS or race.stage is _FINAL_RACE
