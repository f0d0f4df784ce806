"""Result notes (qualification marks, penalties, records) and the statuses they imply."""

from __future__ import annotations

import enum
import re
from typing import Final, TypeAlias

from ._text import TextCache

__all__ = ["Note", "NoteLike", "Status", "parse_note", "parse_notes", "status_of"]


class Status(enum.Enum):
    """How a skater's (or team's) race ended."""

    FINISHED = "finished"
    DISQUALIFIED = "disqualified"
    DID_NOT_FINISH = "did_not_finish"
    DID_NOT_START = "did_not_start"

    def __str__(self) -> str:
        return self.value


class Note(enum.Enum):
    """A note as results tables write it; the value is its canonical spelling."""

    QUALIFIED = "Q"
    QUALIFIED_BY_TIME = "q"
    QUALIFIED_FINAL_A = "QA"
    QUALIFIED_FINAL_B = "QB"
    ADVANCED = "ADV"
    ADVANCED_FINAL_A = "ADVA"
    ADVANCED_FINAL_B = "ADVB"
    PENALTY = "PEN"
    YELLOW_CARD = "YC"
    DISQUALIFIED = "DQ"
    DISQUALIFIED_DSQ = "DSQ"
    DID_NOT_FINISH = "DNF"
    DID_NOT_START = "DNS"
    OLYMPIC_RECORD = "OR"
    WORLD_RECORD = "WR"

    # Members are singletons: identity hashing is correct and faster than Enum's.
    __hash__ = object.__hash__

    @property
    def status(self) -> Status | None:
        """The status this note implies, or ``None`` for notes that imply none."""
        return _STATUS_OF_NOTE.get(self)

    @property
    def qualifies(self) -> bool:
        """True for notes that send the skater on to a later round."""
        return self in _QUALIFYING

    @property
    def advanced(self) -> bool:
        """True for ADV/ADVA/ADVB: advanced by the referee, not by place or time."""
        return self in {Note.ADVANCED, Note.ADVANCED_FINAL_A, Note.ADVANCED_FINAL_B}

    @property
    def final(self) -> str | None:
        """``"A"`` or ``"B"`` for notes that name the final the skater goes to."""
        return _FINAL_OF_NOTE.get(self)

    @property
    def is_record(self) -> bool:
        """True for OR and WR."""
        return self in {Note.OLYMPIC_RECORD, Note.WORLD_RECORD}

    def __str__(self) -> str:
        return self.value


NoteLike: TypeAlias = Note | str
"""A recognised :class:`Note`, or an unrecognised note kept as written."""

_STATUS_OF_NOTE: Final[dict[NoteLike, Status]] = {
    Note.PENALTY: Status.DISQUALIFIED,
    Note.YELLOW_CARD: Status.DISQUALIFIED,
    Note.DISQUALIFIED: Status.DISQUALIFIED,
    Note.DISQUALIFIED_DSQ: Status.DISQUALIFIED,
    Note.DID_NOT_FINISH: Status.DID_NOT_FINISH,
    Note.DID_NOT_START: Status.DID_NOT_START,
}
# Bound once: in Python 3.11 a member looked up on its class (``Status.FINISHED``) takes
# EnumType's slow attribute path, which costs as much as a call, and every row asks.
_FINISHED: Final = Status.FINISHED
_QUALIFYING: Final = frozenset(
    {
        Note.QUALIFIED,
        Note.QUALIFIED_BY_TIME,
        Note.QUALIFIED_FINAL_A,
        Note.QUALIFIED_FINAL_B,
        Note.ADVANCED,
        Note.ADVANCED_FINAL_A,
        Note.ADVANCED_FINAL_B,
    }
)
_FINAL_OF_NOTE: Final = {
    Note.QUALIFIED_FINAL_A: "A",
    Note.ADVANCED_FINAL_A: "A",
    Note.QUALIFIED_FINAL_B: "B",
    Note.ADVANCED_FINAL_B: "B",
}

# Spellings beyond the canonical ones, compared case-insensitively.  "Q" and "q" are
# different notes, so only the canonical codes other than those two fold case.
_ALIASES: Final[dict[str, Note]] = {
    "adv.": Note.ADVANCED,
    "advanced": Note.ADVANCED,
    "dis": Note.DISQUALIFIED,
    "disq": Note.DISQUALIFIED,
    "disqualified": Note.DISQUALIFIED,
    "penalty": Note.PENALTY,
    "pen.": Note.PENALTY,
    "yellow card": Note.YELLOW_CARD,
    "did not finish": Note.DID_NOT_FINISH,
    "did not start": Note.DID_NOT_START,
    "olympic record": Note.OLYMPIC_RECORD,
    "world record": Note.WORLD_RECORD,
    **{note.value.lower(): note for note in Note if note.value.lower() != "q"},
}
_BY_VALUE: Final = {note.value: note for note in Note}
_PART_SEPARATORS: Final = re.compile(r"[,;/]+")
_DASHES: Final = frozenset({"-", "–", "—", "−"})
_FOOTNOTE_MARKS: Final = "*†‡§"
_REMARK_EDGES: Final = " –—-:"


def parse_note(text: str) -> Note | None:
    """Return the :class:`Note` that ``text`` spells, or ``None`` if it is not one.

    Brackets around it and footnote marks after it (``Q*``, ``DQ†``) do not count.
    """
    text = text.strip().rstrip(_FOOTNOTE_MARKS).strip("()[]").strip()
    return _BY_VALUE.get(text) or _ALIASES.get(text.lower())


def parse_notes(text: str) -> tuple[NoteLike, ...]:
    """Split a notes cell (``"Q, OR"``, ``"QA OR"``, ``"PEN (impeding)"``) into notes.

    Each comma-separated part is a note, or notes, then maybe a remark: the notes a
    part opens with are read, and the rest of the part (``"(impeding)"``) is kept,
    as written, as one string.  A part that opens with no note is kept whole, and
    dashes mean "none".
    """
    return _parse_notes(text)


@TextCache  # the same few notes cells recur in every article
def _parse_notes(text: str) -> tuple[NoteLike, ...]:
    notes: list[NoteLike] = []
    for raw_part in _PART_SEPARATORS.split(text):
        part = " ".join(raw_part.split())
        if not part or part in _DASHES:
            continue
        whole = parse_note(part)
        if whole is not None:
            notes.append(whole)
            continue
        # Leading notes, skipping dashes around them ("- Q", "Q – DQ"), then a remark.
        words = part.split()
        index = 0
        while index < len(words):
            bare = words[index].strip(_REMARK_EDGES)
            note = parse_note(bare) if bare else None
            if bare and note is None:
                break
            if note is not None:
                notes.append(note)
            index += 1
        remark = " ".join(words[index:]).strip(_REMARK_EDGES)
        if remark:
            # A remark that is itself a note once its edges are gone is that note.
            notes.append(parse_note(remark) or remark)
    return tuple(notes)


def status_of(notes: tuple[NoteLike, ...]) -> Status:
    """The status the notes imply: the first non-finishing one, else finished."""
    for note in notes:
        status = _STATUS_OF_NOTE.get(note)  # a note kept as text is no key: no status
        if status is not None:
            return status
    return _FINISHED
