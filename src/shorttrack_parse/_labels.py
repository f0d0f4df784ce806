"""What headings, terms and captions name: a round of the competition, or one race."""

from __future__ import annotations

import re
from typing import Final

from ._race_names import fold_label, identity, race_label
from ._text import TextCache
from ._value import FrozenValue
from .model import RaceStage, RoundKind

# Heading text (casefolded) -> round kind.  Order matters: the first match wins.
_ROUND_PATTERNS: Final[tuple[tuple[RoundKind, str], ...]] = (
    (
        RoundKind.HEATS,
        r"(heats?|heat round|round 1|first round|preliminar(y|ies)( round| heats)?)\b",
    ),
    (RoundKind.REPECHAGE, r"rep[eê]chages?\b"),
    (RoundKind.QUARTERFINALS, r"quarter[- ]?finals?\b"),
    (RoundKind.SEMIFINALS, r"semi[- ]?finals?\b"),
    (
        RoundKind.FINALS,
        r"(finals?|final round|medal round)"
        r"(?! (standings?|rankings?|classification|results?|summary))\b",
    ),
)
# One alternation of them all, tried in order at the start: one match per heading.
_ROUND: Final = re.compile(
    "|".join(f"(?P<{kind.name}>{pattern})" for kind, pattern in _ROUND_PATTERNS)
)

_STAGE_OF_ROUND: Final = {
    RoundKind.HEATS: "heat",
    RoundKind.REPECHAGE: "repechage",
    RoundKind.QUARTERFINALS: "quarterfinal",
    RoundKind.SEMIFINALS: "semifinal",
    RoundKind.FINALS: "final",
}
_ROUND_OF_STAGE: Final = {stage: kind for kind, stage in _STAGE_OF_ROUND.items()}


class RaceKey(FrozenValue):
    """A race label reduced to its stage and id: ``Heat 7`` -> ``("heat", "7")``."""

    __slots__ = ("id", "round_kind", "stage")
    stage: Final[str]
    id: Final[str | None]
    # The kind of round a race of this stage belongs to, if the stage says.
    round_kind: Final[RoundKind | None]

    def __init__(self, stage: str, id: str | None) -> None:
        self.stage = stage
        self.id = id
        self.round_kind = _ROUND_OF_STAGE.get(stage)


@TextCache
def race_key(text: str) -> RaceKey | None:
    """The stage and id a race label names, or ``None`` if it names no single race."""
    label = race_label(text)
    return None if label is None else RaceKey(label.stage, label.id)


@TextCache  # the same few headings recur in every article
def round_kind(text: str) -> RoundKind | None:
    """The round a heading names (``"Heats"``, ``"Semifinals"``), or ``None``.

    A heading that names one race (``"Final A"``, ``"Heat 3"``) is not a round.
    """
    key = race_label(text)
    if key is not None and key.id is not None:
        return None
    match = _ROUND.match(fold_label(text))
    return None if match is None or match.lastgroup is None else RoundKind[match.lastgroup]


def stage_of_round(kind: RoundKind) -> str | None:
    """The stage word of races in a round of ``kind`` (``"heat"`` for heats)."""
    return _STAGE_OF_ROUND.get(kind)


_ROUND_NAMES: Final = {
    RoundKind.HEATS: "Heats",
    RoundKind.REPECHAGE: "Repechage",
    RoundKind.QUARTERFINALS: "Quarterfinals",
    RoundKind.SEMIFINALS: "Semifinals",
    RoundKind.FINALS: "Finals",
}


def round_name(kind: RoundKind) -> str:
    """The usual heading of a round of ``kind``: ``"Semifinals"``."""
    return _ROUND_NAMES.get(kind, "Results")


def race_name(stage: str, race_id: str) -> str:
    """The canonical label of a race: ``race_name("heat", "3") == "Heat 3"``."""
    return f"{stage.capitalize()} {race_id.upper() if race_id.isalpha() else race_id}"


def race_identity(name: str, kind: RoundKind | None) -> tuple[RaceStage, str]:
    """A race's stage and label, read from its name in the round it stands in.

    See :func:`._race_names.identity`: ``Race 3`` in a heats round is heat 3.
    """
    return stage_identity(name, _STAGE_OF_ROUND.get(kind) if kind is not None else None)


def stage_identity(name: str, round_stage: str | None) -> tuple[RaceStage, str]:
    """:func:`race_identity` in a round whose races' stage is ``round_stage``.

    ``round_stage`` is :func:`stage_of_round` of the round's kind, for a caller
    that has it already.
    """
    stage, label = identity(name, round_stage)
    return _RACE_STAGES[stage], label


# Stage word -> RaceStage, ``None`` (no known stage) -> OTHER: a look-up, where calling
# the enum by value runs EnumType.__call__ in Python.
_RACE_STAGES: Final[dict[str | None, RaceStage]] = {
    **{stage.value: stage for stage in RaceStage},
    None: RaceStage.OTHER,
}
