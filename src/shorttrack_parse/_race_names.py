"""Race labels reduced to a stage word and an id, with no knowledge of the model.

``Heat 7`` -> ``("heat", "7")``; ``Final B (Classification Round)`` -> ``("final", "B")``.
The model derives a race's identity from this, and the interpreter and checks read
labels with it, so it must not import either.
"""

from __future__ import annotations

import re
from typing import Final

from ._text import LazyPattern, TextCache, clean
from ._value import FrozenValue

# A single race: a stage word and an optional number or letter ("Heat 3", "Heat no. 3",
# "SF2", "Final B"), or a letter before "Final" ("B Final").
_STAGE_WORDS: Final = (
    r"heat|race|repechage|rep[eê]chage|quarter[- ]?final|semi[- ]?final|final|group"
)
_RACE_PATTERN: Final = re.compile(
    r"(?:(?P<letter>[a-d])\s+final"
    rf"|(?P<stage>{_STAGE_WORDS})"
    # "Heat 3", "Heat no. 3", "Heat #3", "Heat3"; a letter only after a space ("Final B")
    r"(?:(?:\s*(?:no\.?|nr\.?|number|#)\s*|\s+|(?=\d))(?P<id>\d{1,2}|[a-d])\b)?"
    # "SF2", "QF 1": abbreviations take a number only
    r"|(?P<short>sf|qf)\s*(?P<short_id>\d{1,2})\b)"
    # then a bracket or dash ("Final B (Classification Round)"), or after an id
    # any words ("Heat 4 results")
    r"(?:\s*[(\[–—:-].*|(?<=[0-9a-d])\s+\S.*)?"
)
_STAGE_NAMES: Final = {
    "heat": "heat",
    "race": "race",
    "group": "group",
    "repechage": "repechage",
    "repêchage": "repechage",
    "quarterfinal": "quarterfinal",
    "quarter final": "quarterfinal",
    "quarter-final": "quarterfinal",
    "qf": "quarterfinal",
    "semifinal": "semifinal",
    "semi final": "semifinal",
    "semi-final": "semifinal",
    "sf": "semifinal",
    "final": "final",
}
_NOT_KEY: Final = LazyPattern(r"[^0-9a-z]+")  # only races of no known stage


class RaceLabel(FrozenValue):
    """A stage word (``"heat"``, ``"race"``, ``"final"``…) and the race's id, if any."""

    __slots__ = ("id", "stage")
    stage: Final[str]
    id: Final[str | None]

    def __init__(self, stage: str, id: str | None) -> None:
        self.stage = stage
        self.id = id


def fold_label(text: str) -> str:
    """A heading, term or caption folded for matching."""
    # Stray "=" of an unbalanced heading ("===Heats==") are not part of its name.
    return clean(text).strip("= ").casefold()


@TextCache
def race_label(text: str) -> RaceLabel | None:
    """The stage and id a race label names, or ``None`` if it names no single race."""
    match = _RACE_PATTERN.fullmatch(fold_label(text))
    if match is None:
        return None
    letter, stage, race_id, short, short_id = match.groups()
    if letter:
        return RaceLabel("final", letter.upper())
    if short:
        return RaceLabel(_STAGE_NAMES[short], short_id)
    return RaceLabel(_STAGE_NAMES[stage], race_id.upper() if race_id else None)


def slug(text: str) -> str:
    """``text`` as a key: lower-case letters and digits joined by ``-`` (``"mass-start"``)."""
    return _NOT_KEY.sub("-", fold_label(text)).strip("-") or "race"


def key_of(stage: str, label: str | None) -> str:
    """A race's key from its stage and label: ``key_of("final", "B") == "final-b"``."""
    return stage if label is None else f"{stage}-{label.casefold()}"


def label_key(text: str) -> str | None:
    """The key a race label names without context (``"SF2"`` -> ``"semifinal-2"``)."""
    label = race_label(text)
    return None if label is None else key_of(label.stage, label.id)


_KNOWN_STAGES: Final = frozenset({"heat", "repechage", "quarterfinal", "semifinal", "final"})


def identity(name: str, round_stage: str | None = None) -> tuple[str | None, str]:
    """A race's stage word (``None`` for no known stage) and label, from its name.

    ``round_stage`` is the stage of the round the race stands in: ``Race 3`` in a
    heats round is heat 3.  A lone ``Final`` is Final A (the medal race); a name
    that names no stage is labelled by itself (``"Mass start"`` -> ``"mass-start"``).
    """
    label = race_label(name)
    if label is not None:
        stage = label.stage
        if stage not in _KNOWN_STAGES and round_stage in _KNOWN_STAGES:
            stage = round_stage  # "Race 3", "Group 2"
        if stage in _KNOWN_STAGES:
            if label.id is not None:
                return stage, label.id
            if stage == "final":
                return stage, "A"
    return None, slug(name)
