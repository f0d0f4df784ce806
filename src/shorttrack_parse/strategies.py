"""Hypothesis strategies for the event model, for property-testing code that consumes it.

Install the extra (``pip install shorttrack_parse[hypothesis]``).  :func:`events`
builds *consistent* events — ranks in time order, unranked rows only with a
non-finishing status, qualification notes on the top places, each round raced by
exactly those the round before sent on, Final B ranked after Final A, medalists,
winning time, counts, dates and records derived from the results — so consumers
can rely on what a correct article says.  :func:`corrupted_events` breaks one
thing in such an event and says which check must report it, and where.

Every public model type is registered for ``st.from_type``, through Hypothesis's
``hypothesis`` entry point (or :func:`register`):

>>> from hypothesis import strategies as st
>>> from shorttrack_parse import Event
>>> isinstance(st.from_type(Event).example(), Event)
True
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as missing:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        "shorttrack_parse.strategies needs Hypothesis; install the extra: "
        "pip install shorttrack_parse[hypothesis]"
    ) from missing

from hypothesis import strategies as st

from ._hypothesis_plugin import STRATEGY_FACTORIES
from ._strategies._corruptions import KINDS, Corruption, corrupted_events
from ._strategies._events import event_infos, events, races, rounds
from ._strategies._values import (
    athletes,
    medalists,
    names,
    new_records,
    nocs,
    notes,
    race_times,
    records,
    results,
    standing_records,
    statuses,
)
from .notes import Note

__all__ = [
    "KINDS",
    "Corruption",
    "athletes",
    "corrupted_events",
    "event_infos",
    "events",
    "medalists",
    "names",
    "new_records",
    "nocs",
    "notes",
    "race_times",
    "races",
    "records",
    "register",
    "results",
    "rounds",
    "standing_records",
    "statuses",
]


def _known_notes() -> st.SearchStrategy[Note]:
    return st.sampled_from(list(Note))


def register() -> None:
    """Register the strategies for ``st.from_type``, for every public model type.

    Hypothesis does this by itself through the ``hypothesis`` entry point, so this
    is only needed where entry points are disabled.  The enums without a strategy
    here (``RaceStage``, ``RoundKind``, ``Medal``, ``RecordKind``) already resolve
    to all their members.
    """
    for type_, factory in STRATEGY_FACTORIES.items():
        st.register_type_strategy(type_, globals()[factory]())
