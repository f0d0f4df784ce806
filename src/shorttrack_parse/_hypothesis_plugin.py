"""Entry point of the ``hypothesis`` plugin group: registers our strategies for ``from_type``.

Hypothesis calls :func:`register` while it is being imported, possibly because
``shorttrack_parse.strategies`` itself is being imported; the strategies are
therefore registered as deferred and resolved on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

from .model import Athlete, Event, Race
from .times import RaceTime

_STRATEGY_FACTORIES = {
    RaceTime: "race_times",
    Athlete: "athletes",
    Race: "races",
    Event: "events",
}


def register() -> None:
    """Register a deferred strategy for each model type with one."""
    from hypothesis import strategies as st

    for type_, factory in _STRATEGY_FACTORIES.items():
        st.register_type_strategy(type_, st.deferred(_resolver(factory)))


def _resolver(factory: str) -> Any:
    def resolve() -> Any:
        module = importlib.import_module("shorttrack_parse.strategies")
        return getattr(module, factory)()

    return resolve
