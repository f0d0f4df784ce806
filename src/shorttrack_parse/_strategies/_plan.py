"""The shape of a generated event, drawn before anything else: sport, Games, rounds, sizes.

Drawing the sizes first and deriving the rest lets Hypothesis shrink an event by
shrinking a handful of integers (fewer competitors, fewer rounds) instead of
rejecting draws.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ..model import RoundKind
from ..notes import Note
from ._values import resolve

# The 1500 m first: its three rounds are the smallest individual event to shrink to.
INDIVIDUAL_DISTANCES: Final = (1500, 500, 1000)
RELAY_DISTANCES: Final = {"mixed": 2000, "women": 3000, "men": 5000}
GAMES_YEARS: Final = (1992, 1994, 1998, 2002, 2006, 2010, 2014, 2018, 2022, 2026)
# First Games of each event: (gender, distance) -> year.
_FIRST_HELD: Final = {
    ("men", 500): 1994,
    ("women", 500): 1992,
    ("men", 1000): 1992,
    ("women", 1000): 1994,
    ("men", 1500): 2002,
    ("women", 1500): 2002,
    ("mixed", 2000): 2022,
    ("women", 3000): 1992,
    ("men", 5000): 1992,
}
# Winning-pace times in milliseconds for men; women skate about 6 % slower.
_BASE_MS: Final = {
    500: 41_500,
    1000: 85_000,
    1500: 134_000,
    2000: 158_000,
    3000: 246_000,
    5000: 405_000,
}
_RED_CARD_ERA: Final = 2014  # PEN for disqualifications and yellow cards from this Games on


_SHARES: Final = 37
_SHARE: Final = st.integers(0, _SHARES)


def held_in(gender: str, distance: int) -> tuple[int, ...]:
    """The Games years at which an event was held."""
    first = _FIRST_HELD.get((gender, distance))
    if first is None:
        raise InvalidArgument(f"no Olympic short-track event: {gender} {distance} m")
    return tuple(year for year in GAMES_YEARS if year >= first)


def default_rounds(distance: int, relay: bool, repechage: bool) -> tuple[RoundKind, ...]:
    """The round plan of an event as the Games ran it."""
    if relay:
        if distance == 2000:
            return (RoundKind.QUARTERFINALS, RoundKind.SEMIFINALS, RoundKind.FINALS)
        return (RoundKind.SEMIFINALS, RoundKind.FINALS)
    if distance == 1500:
        return (RoundKind.HEATS, RoundKind.SEMIFINALS, RoundKind.FINALS)
    middle = (RoundKind.REPECHAGE,) if repechage else ()
    return (
        RoundKind.HEATS,
        *middle,
        RoundKind.QUARTERFINALS,
        RoundKind.SEMIFINALS,
        RoundKind.FINALS,
    )


def stop_notes(year: int) -> tuple[Note, ...]:
    """The notes that end a race without a place at the Games of ``year``."""
    disqualified = (
        (Note.PENALTY, Note.YELLOW_CARD) if year >= _RED_CARD_ERA else (Note.DISQUALIFIED,)
    )
    return (*disqualified, Note.DID_NOT_FINISH, Note.DID_NOT_START)


@attrs.frozen
class Plan:
    """Everything about a generated event that is decided before any race is run."""

    relay: bool
    gender: str
    distance: int
    year: int
    rounds: tuple[RoundKind, ...]
    field_size: int
    heat_size: int
    qualifiers: int
    time_qualifiers: int
    final_b: bool
    ties: bool
    stops: tuple[Note, ...]
    standing_records: bool
    links: bool
    team_size: int

    @property
    def decimals(self) -> int:
        """Hundredths until 1998, thousandths since."""
        return 2 if self.year <= 1998 else 3

    @property
    def step(self) -> int:
        """The milliseconds between two writable times."""
        return 10 if self.decimals == 2 else 1

    @property
    def base_ms(self) -> int:
        """A winning pace for the event, in milliseconds."""
        base = _BASE_MS[self.distance]
        if self.gender == "women":
            base = base * 106 // 100
        return base - base % self.step

    @property
    def event_name(self) -> str:
        """``Men's 1000 metres``, ``Mixed 2000 metre relay``."""
        who = {"men": "Men's", "women": "Women's", "mixed": "Mixed"}[self.gender]
        what = "metre relay" if self.relay else "metres"
        return f"{who} {self.distance} {what}"


def _fixed(value: object) -> object:
    """The value of a parameter when it is fixed (neither ``None`` nor a strategy)."""
    return None if value is None or isinstance(value, st.SearchStrategy) else value


def draw_plan(draw: st.DrawFn, options: Mapping[str, Any]) -> Plan:
    """Draw an event's plan from the options of ``events()`` (a name left out is ``None``):
    each fixes a value, or gives a strategy to draw it from."""
    distance, gender, relay = (options.get(k) for k in ("distance", "gender", "relay"))
    rounds, field_size, games_year = (
        options.get(k) for k in ("rounds", "field_size", "games_year")
    )
    repechage = options.get("repechage")
    # The field's size is drawn first, as a share of the largest field, so that a
    # failing example shrinks to a small field whatever else changes.
    share = draw(_SHARE) if field_size is None else 0
    if isinstance(games_year, st.SearchStrategy):
        games_year = draw(games_year)
    if isinstance(distance, st.SearchStrategy):
        distance = draw(distance)  # drawn first, so that it decides relay or not
    implied_relay = _fixed(gender) == "mixed" or _fixed(distance) in RELAY_DISTANCES.values()
    # Relays come first so that the simplest event a failing test shrinks to is a
    # two-round relay.
    # A fixed individual distance, or a repechage, make the event individual.
    chosen = (distance is not None and not implied_relay) or _fixed(repechage) is True
    is_relay = resolve(
        draw,
        relay,
        st.just(implied_relay) if implied_relay or chosen else st.sampled_from((True, False)),
    )
    year_wanted, repechage_wanted = _fixed(games_year), _fixed(repechage) is True

    def possible(sex: str, metres: int) -> bool:
        years = held_in(sex, metres)
        if repechage_wanted and (metres == 1500 or years[0] > 1998):
            return False
        return year_wanted is None or year_wanted in years

    genders: tuple[str, ...] = ("men", "women", "mixed") if is_relay else ("men", "women")
    combos = [
        (g, m)
        for g in genders
        for m in ((RELAY_DISTANCES[g],) if is_relay else INDIVIDUAL_DISTANCES)
        if possible(g, m) and distance in (None, m)
    ]
    genders = tuple(g for g in genders if any(c[0] == g for c in combos)) or genders
    sex = resolve(draw, gender, st.sampled_from(genders))
    if sex not in genders:
        raise InvalidArgument(f"gender must be one of {genders} here, got {sex!r}")
    allowed = (RELAY_DISTANCES[sex],) if is_relay else INDIVIDUAL_DISTANCES
    distances = tuple(m for m in allowed if possible(sex, m)) or allowed
    metres = resolve(draw, distance, st.sampled_from(distances))
    if metres not in distances:
        raise InvalidArgument(f"distance must be one of {distances} here, got {metres!r}")
    years = held_in(sex, metres)
    if _fixed(repechage) is True:
        years = tuple(y for y in years if y <= 1998) or years
    year = resolve(draw, games_year, st.sampled_from(years))
    if year not in years:
        raise InvalidArgument(f"the {sex}'s {metres} m was not held in {year}; held in {years}")
    if rounds is None:
        can_repechage = not is_relay and metres != 1500 and year <= 1998
        with_repechage = resolve(
            draw, repechage, st.booleans() if can_repechage else st.just(False)
        )
        plan = default_rounds(metres, is_relay, with_repechage)
    else:
        plan = tuple(resolve(draw, rounds, st.nothing()))
        if not plan or plan[-1] is not RoundKind.FINALS or RoundKind.FINALS in plan[:-1]:
            raise InvalidArgument(f"rounds must end with FINALS, once: {plan}")
    high = 16 if is_relay else 40
    size = resolve(draw, field_size, st.just(3 + share * (high - 3) // _SHARES))
    # Heat sizes shrink towards the largest: fewer, fuller races.
    widest = 5 if is_relay else 7 if metres == 1500 else 6
    heat = resolve(
        draw, options.get("heat_size"), st.integers(0, 1 if is_relay else 2).map(widest.__sub__)
    )
    if size < 2 or heat < 2:
        raise InvalidArgument(f"field_size and heat_size must be at least 2: {size}, {heat}")
    by_place = resolve(
        draw, options.get("qualifiers"), st.just(2) if heat <= 4 else st.sampled_from((2, 3))
    )
    by_time = resolve(draw, options.get("time_qualifiers"), st.integers(0, 2))
    if by_place < 1 or by_time < 0:
        raise InvalidArgument("qualifiers must be at least 1 and time_qualifiers at least 0")
    with_final_b = resolve(draw, options.get("final_b"), st.integers(0, 3).map(bool))
    with_ties = resolve(draw, options.get("ties"), st.integers(0, 4).map(lambda n: n == 4))
    stops = tuple(resolve(draw, options.get("statuses"), st.just(stop_notes(year))))
    if any(note.status is None for note in stops):
        raise InvalidArgument(f"statuses must be notes that end a race (DQ, PEN, ...): {stops}")
    return Plan(
        relay=is_relay,
        gender=sex,
        distance=metres,
        year=year,
        rounds=plan,
        field_size=size,
        heat_size=heat,
        qualifiers=by_place,
        time_qualifiers=by_time,
        final_b=with_final_b,
        ties=with_ties,
        stops=stops,
        standing_records=resolve(draw, options.get("standing_records"), st.booleans()),
        links=resolve(draw, options.get("links"), st.booleans()),
        team_size=4 if sex == "mixed" else draw(st.integers(4, 5)) if is_relay else 1,
    )
