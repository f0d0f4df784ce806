"""Checks across rounds: each round's field is exactly who qualified from the one before.

Rounds are compared pair by pair: a round and the round (or heats and repechage)
feeding it.  Each pair leaves gaps: rows that should not be in the round
(*entrants*) and qualifiers who are not in it (*absentees*).  Gaps are explained
before they are reported, so that one mistake gives one finding:

- a row whose skater entered without qualifying and goes no further, while a
  qualifier is absent from this round but skates in the next, is that qualifier
  under a wrong name (``progression-misnamed``; ``name-mismatch`` if the names
  are alike);
- a qualifier absent from this round who skates in the next is one missing row,
  not also a stranger in the next round;
- an entrant from nowhere whose name is like an absentee's is the same skater
  spelled differently (``name-mismatch``);
- the rest is reported as it is (``progression-unqualified``, ``progression-missing``).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import NamedTuple

import attrs

from .._findings import Location, Severity, check
from ..model import Event, Race, Result, RoundKind
from ._extent import extent, feeders
from ._identity import Identities, display, fold, identities
from ._marks import FINAL_B, MARKS, destination, has_any, qualifying
from ._memo import per_event
from ._stages import Stage, comes_before, final_letter, final_races, stages
from ._where import at_row, ordinal

Found = Iterator[tuple[Location, str]]

# How alike two names must be to be taken for one skater spelled two ways.
_SIMILAR = 0.8


@attrs.frozen
class _Problem:
    code: str
    location: Location
    message: str


class _Seen(NamedTuple):  # a tuple: one is built per row, and attrs' frozen init costs more
    """A competitor's row somewhere in the event."""

    key: str
    stage: Stage
    race: Race
    row: Result

    @property
    def location(self) -> Location:
        return at_row(self.stage.round_of(self.race), self.race, self.row)

    @property
    def place(self) -> str:
        """``Heat 3: 1st, Q`` -- where the row is and what it says."""
        row = self.row
        rank = ordinal(row.rank) if row.rank is not None else row.status.value.replace("_", " ")
        return f"{self.race.name}: {rank}, {qualifying(row) or 'no qualifying note'}"


# ``_Seen(...)`` runs a generated Python ``__new__``; the tuple's own, given the fields in
# order, builds the same tuple without that call (one per row).
_new_seen = tuple.__new__


def _how_unlike(first: _Seen, second: _Seen) -> str:
    """What tells two rows of one skater apart: the spelling, or only the link."""
    one, other = first.row, second.row
    if fold(display(one)) != fold(display(other)) or one.link == other.link:
        return "spelled differently"
    return f"linked to another article ([[{one.link or ''}]], not [[{other.link or ''}]])"


def _similarity(first: Result, second: Result) -> float:
    return difflib.SequenceMatcher(None, fold(display(first)), fold(display(second))).ratio()


@attrs.define
class _Gaps:
    """What does not fit between one round and the rounds feeding it."""

    stage: Stage
    feeders: tuple[Stage, ...]
    entrants: list[tuple[_Seen, _Seen | None]]  # the row, and its row in a feeder if any
    absentees: list[_Seen]
    problems: list[_Problem]

    @property
    def feeder_names(self) -> str:
        return " or ".join(feeder.name for feeder in self.feeders)


class _Progression:
    """The gaps of every pair of rounds in an event, explained."""

    def __init__(self, event: Event) -> None:
        self.event = event
        self.ids = identities(event)
        self.stages = stages(event)
        self.extent = extent(event)
        self.held = final_races(event)
        self._seen: dict[int, tuple[_Seen | None, ...]] = {}  # by stage index
        self.gaps = [
            gaps
            for stage in self.stages
            if (before := feeders(event, stage)) and comes_before(before[-1].kind, stage.kind)
            if (gaps := self._compare(stage, before)) is not None
        ]

    def _rows(self, stage: Stage) -> tuple[_Seen | None, ...]:
        """The stage's rows as competitors (``None`` for a row naming nobody), built once.

        A stage is compared both as a round and as the feeder of the next one.
        """
        found = self._seen.get(stage.index)
        if found is None:
            found = self._seen[stage.index] = tuple(
                _new_seen(_Seen, (key, stage, race, row)) if key is not None else None
                for race in stage.races
                for row, key in zip(race.results, self.ids.keys_in(race), strict=True)
            )
        return found

    def _compare(self, stage: Stage, before: tuple[Stage, ...]) -> _Gaps | None:
        seen: dict[str, _Seen] = {}
        qualified: dict[str, _Seen] = {}
        unknown = False
        for feeder in before:
            for found in self._rows(feeder):
                if found is None:
                    unknown = True  # a row naming nobody could be anyone
                    continue
                seen[found.key] = found
                if MARKS[found.row.notes].sends_on:
                    qualified[found.key] = found
        repechage = stage.kind is RoundKind.REPECHAGE
        if not qualified and not repechage:
            return None  # the article marks no qualifiers: nothing to compare
        gaps = _Gaps(stage, before, [], [], [])
        present: set[str] = set()
        everyone_known = True
        for entrant in self._rows(stage):
            if entrant is None:
                everyone_known = False
                continue
            present.add(entrant.key)
            came = qualified.get(entrant.key)
            if came is not None and not repechage:
                wrong = self._wrong_final(entrant, came)
                if wrong is not None:
                    gaps.problems.append(wrong)
            elif entrant.key in seen:
                letter = final_letter(entrant.race, stage)
                needs_note = letter in (None, "A") or any(
                    has_any(s.row, FINAL_B) for s in seen.values()
                )
                if needs_note and not repechage:
                    gaps.entrants.append((entrant, seen[entrant.key]))
            elif not unknown:
                gaps.entrants.append((entrant, None))
        if everyone_known and not self.extent.partial(stage) and not repechage:
            for key, came in qualified.items():
                if key in present:
                    continue
                wanted = destination(came.row)
                # A final that is not in the article at all is the extent's business.
                if wanted is None or wanted in self.held:
                    gaps.absentees.append(came)
        return gaps

    def _wrong_final(self, entrant: _Seen, came: _Seen) -> _Problem | None:
        wanted = destination(came.row)
        if wanted is None:
            return None
        letter = final_letter(entrant.race, entrant.stage)
        if letter is None or wanted == letter:
            return None
        return _Problem(
            "progression-wrong-final",
            entrant.location,
            f"skates in {entrant.race.name} but qualified for Final {wanted} ({came.place})",
        )

    def problems(self) -> Iterator[_Problem]:
        """Every progression problem, each mistake explained once."""
        for index, gaps in enumerate(self.gaps):
            following = self.gaps[index + 1] if index + 1 < len(self.gaps) else None
            yield from gaps.problems
            if following is not None and following.feeders == (gaps.stage,):
                yield from self._misnamed(gaps, following)
            yield from self._remaining(gaps)

    def _misnamed(self, gaps: _Gaps, following: _Gaps) -> Iterator[_Problem]:
        """Rows that stand, under a wrong name, for a qualifier who skates on."""
        going_nowhere = {absent.key: absent for absent in following.absentees}
        turning_up = {entrant.key: entrant for entrant, _ in following.entrants}
        rows = [(e, came) for e, came in gaps.entrants if e.key in going_nowhere]
        lost = [absent for absent in gaps.absentees if absent.key in turning_up]
        candidates = sorted(
            (
                (-_similarity(entrant.row, absent.row), i, j)
                for i, (entrant, _) in enumerate(rows)
                for j, absent in enumerate(lost)
                if _fits(going_nowhere[entrant.key], turning_up[absent.key])
            ),
        )
        used_rows: set[int] = set()
        used_lost: set[int] = set()
        # A competitor listed twice in the round stands for one qualifier at most.
        used_keys: set[str] = set()
        for score, i, j in candidates:
            if i in used_rows or j in used_lost or rows[i][0].key in used_keys:
                continue
            used_rows.add(i)
            used_lost.add(j)
            used_keys.add(rows[i][0].key)
            entrant, came = rows[i]
            absent, later = lost[j], turning_up[lost[j].key]
            gaps.entrants.remove((entrant, came))
            gaps.absentees.remove(absent)
            following.absentees.remove(going_nowhere[entrant.key])
            following.entrants = [(e, c) for e, c in following.entrants if e is not later]
            story = (
                f"{display(absent.row)} qualified ({absent.place}) and skates in "
                f"{later.race.name} but is missing here"
            )
            if -score >= _SIMILAR:
                yield _Problem(
                    "name-mismatch",
                    entrant.location,
                    f"{display(entrant.row)} is probably {display(absent.row)} spelled "
                    f"differently: {story}",
                )
            else:
                yield _Problem(
                    "progression-misnamed",
                    entrant.location,
                    f"{display(entrant.row)} did not qualify for {entrant.race.name} and goes no "
                    f"further, while {story}: this row is probably {display(absent.row)}'s",
                )
        for j, absent in enumerate(lost):
            if j in used_lost:
                continue
            later = turning_up[absent.key]
            gaps.absentees.remove(absent)
            following.entrants = [(e, c) for e, c in following.entrants if e is not later]
            yield _Problem(
                "progression-missing",
                absent.location,
                f"qualified ({absent.place}) and skates in {later.race.name}, "
                f"but is missing from {gaps.stage.name}",
            )

    def _remaining(self, gaps: _Gaps) -> Iterator[_Problem]:
        """Spelling pairs within the pair, then what is left as it is."""
        strangers = [e for e, came in gaps.entrants if came is None]
        candidates = sorted(
            (-_similarity(entrant.row, absent.row), i, j)
            for i, entrant in enumerate(strangers)
            for j, absent in enumerate(gaps.absentees)
        )
        paired: dict[int, int] = {}
        for score, i, j in candidates:
            if -score >= _SIMILAR and i not in paired and j not in paired.values():
                paired[i] = j
        for i, j in sorted(paired.items()):
            entrant, absent = strangers[i], gaps.absentees[j]
            line = f", line {absent.row.line}" if absent.row.line is not None else ""
            yield _Problem(
                "name-mismatch",
                entrant.location,
                f"{display(entrant.row)} in {entrant.race.name} is probably "
                f"{display(absent.row)} of {absent.race.name}{line}, "
                f"{_how_unlike(entrant, absent)}",
            )
        explained = {id(strangers[i]) for i in paired} | {
            id(gaps.absentees[j]) for j in paired.values()
        }
        for entrant, came in gaps.entrants:
            if id(entrant) not in explained:
                yield _Problem(
                    "progression-unqualified", entrant.location, self._why(gaps, entrant, came)
                )
        for absent in gaps.absentees:
            if id(absent) in explained:
                continue
            wanted = destination(absent.row)
            where = f"Final {wanted}" if wanted is not None else gaps.stage.name
            yield _Problem(
                "progression-missing",
                absent.location,
                f"qualified ({absent.place}) but does not skate in {where}",
            )

    def _why(self, gaps: _Gaps, entrant: _Seen, came: _Seen | None) -> str:
        race = entrant.race.name
        if came is not None:
            return f"skates in {race} but did not qualify ({came.place})"
        earlier = [
            found
            for stage in self.stages[: gaps.feeders[0].index]
            for found in self._rows(stage)
            if found is not None and found.key == entrant.key
        ]
        text = f"skates in {race} but does not appear in {gaps.feeder_names}"
        if earlier:
            last = earlier[-1]
            text += f"; was last seen in {last.stage.name} ({last.place})"
        return text


def _fits(going: _Seen, later: _Seen) -> bool:
    """True if the qualifier who turns up later is where the row's own note sent it."""
    wanted = destination(going.row)
    letter = final_letter(later.race, later.stage)
    return wanted is None or letter is None or wanted == letter


@per_event
def _problems(event: Event) -> tuple[_Problem, ...]:
    """Every progression problem of the event, worked out once for all the checks below."""
    return tuple(_Progression(event).problems())


def _of(code: str, event: Event) -> Found:
    for problem in _problems(event):
        if problem.code == code:
            yield problem.location, problem.message


@check("progression-unqualified")
def progression_unqualified(event: Event) -> Found:
    """Everyone in a round qualified or advanced from the round before (or the repechage)."""
    return _of("progression-unqualified", event)


@check("progression-missing")
def progression_missing(event: Event) -> Found:
    """Everyone who qualified or advanced skates in the next round."""
    return _of("progression-missing", event)


@check("progression-wrong-final")
def progression_wrong_final(event: Event) -> Found:
    """QA/ADVA skaters race Final A, QB/ADVB skaters Final B."""
    return _of("progression-wrong-final", event)


@check("progression-misnamed")
def progression_misnamed(event: Event) -> Found:
    """A row names a skater who cannot be there, in the place of a qualifier who skates on."""
    return _of("progression-misnamed", event)


@check("name-mismatch", Severity.WARNING)
def name_mismatch(event: Event) -> Found:
    """One skater spelled two ways between rounds (so neither spelling progresses)."""
    return _of("name-mismatch", event)


def _apart(ids: Identities, stage: Stage) -> bool:
    """True if no competitor is in two races of ``stage`` (told race by race, not row by row)."""
    seen: set[str | None] = set()
    for race in stage.races:
        keys = set(ids.keys_in(race))
        keys.discard(None)
        if not seen.isdisjoint(keys):
            return False
        seen |= keys
    return True


@check("competitor-in-two-races")
def competitor_in_two_races(event: Event) -> Found:
    """Nobody skates in two races of one round."""
    ids = identities(event)
    for stage in stages(event):
        if _apart(ids, stage):
            continue  # the usual round
        first: dict[str, tuple[Race, Result]] = {}
        for race in stage.races:
            for row, key in zip(race.results, ids.keys_in(race), strict=True):
                if key is None:
                    continue
                other_race, other = first.setdefault(key, (race, row))
                if other_race is not race:
                    line = f" (line {other.line})" if other.line is not None else ""
                    yield (
                        at_row(stage.round_of(race), race, row),
                        f"also skates in {other_race.name}{line} of the same round",
                    )
