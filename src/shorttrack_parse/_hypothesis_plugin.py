"""Entry point of the ``hypothesis`` plugin group: registers our strategies for ``from_type``.

Hypothesis calls :func:`register` while it is being imported, possibly because
``shorttrack_parse.strategies`` itself is being imported; the strategies are
therefore registered as deferred and resolved on first use.
"""

from __future__ import annotations

import importlib
from typing import Any, Final

from .model import (
    Athlete,
    Event,
    EventInfo,
    Medalist,
    NewRecord,
    Race,
    Records,
    Result,
    Round,
    StandingRecord,
)
from .notes import Note, Status
from .times import RaceTime

STRATEGY_FACTORIES: Final[dict[type, str]] = {
    Event: "events",
    EventInfo: "event_infos",
    Medalist: "medalists",
    Records: "records",
    StandingRecord: "standing_records",
    NewRecord: "new_records",
    Round: "rounds",
    Race: "races",
    Result: "results",
    Athlete: "athletes",
    RaceTime: "race_times",
    Note: "_known_notes",
    Status: "statuses",
}
"""Each registered type and the function of ``shorttrack_parse.strategies`` that builds it."""


def register() -> None:
    """Register a deferred strategy for each public model type."""
    from hypothesis import strategies as st

    for type_, factory in STRATEGY_FACTORIES.items():
        st.register_type_strategy(type_, st.deferred(_resolver(factory)))


def _resolver(factory: str) -> Any:
    def resolve() -> Any:
        module = importlib.import_module("shorttrack_parse.strategies")
        return getattr(module, factory)()

    return resolve
