"""Frozen attrs instances built from values their class's checks could not refuse.

The readers build a model object for every result, race and time from values
they produced themselves (a rank their pattern read, a code from the IOC table,
a stage that is a ``RaceStage`` already).  attrs' ``__init__`` would run
validators and converters that refuse nothing there, and a frozen class sets
each field through ``object.__setattr__``, which looks the slot up by name.
Calling each slot's own setter costs half as much.  The builders call the
setters one by one, as an ``__init__`` does: a loop over them cost a parse 3 %.
Each builder is tested against its class's own ``__init__``
(``tests/test_interpret_fast_paths.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def slot_setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    """The setter of a frozen class's field: its slot's own, past the class's refusal."""
    setter: Callable[[Any, Any], None] = cls.__dict__[name].__set__
    return setter
