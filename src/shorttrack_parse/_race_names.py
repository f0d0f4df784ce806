"""Race labels reduced to a stage word and an id, with no knowledge of the model.

``Heat 7`` -> ``("heat", "7")``; ``Final B (Classification Round)`` -> ``("final", "B")``.
The model derives a race's identity from this, and the interpreter and checks read
labels with it, so it must not import either.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from ._text import clean

# A single race: a stage word and an optional number or letter.
_RACE_PATTERN: Final = re.compile(
    r"(?P<stage>heat|race|repechage|rep[eê]chage|quarter[- ]?final|semi[- ]?final|final|group)"
    r"(?:\s+(?P<id>\d{1,2}|[a-d]))?"
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
    "semifinal": "semifinal",
    "semi final": "semifinal",
    "semi-final": "semifinal",
    "final": "final",
}


class RaceLabel(NamedTuple):
    """A stage word (``"heat"``, ``"race"``, ``"final"``…) and the race's id, if any."""

    stage: str
    id: str | None


def fold_label(text: str) -> str:
    """A heading, term or caption folded for matching."""
    # Stray "=" of an unbalanced heading ("===Heats==") are not part of its name.
    return clean(text).strip("= ").casefold()


def race_label(text: str) -> RaceLabel | None:
    """The stage and id a race label names, or ``None`` if it names no single race."""
    match = _RACE_PATTERN.fullmatch(fold_label(text))
    if match is None:
        return None
    race_id = match["id"]
    return RaceLabel(_STAGE_NAMES[match["stage"]], race_id.upper() if race_id else None)
