"""Plain-text normalisation shared by the readers, the interpreter and the model."""

from __future__ import annotations

import re
from typing import Final

_NOT_ALPHANUMERIC: Final = re.compile(r"[^0-9a-z]")


def clean(text: str) -> str:
    """Text with non-breaking spaces and runs of whitespace made single spaces."""
    return " ".join(text.replace("\u00a0", " ").split())


def parameter_key(name: str) -> str:
    """An infobox parameter name folded: ``goldNOC``, ``Goldnoc``, ``gold_noc`` -> ``goldnoc``."""
    return _NOT_ALPHANUMERIC.sub("", name.casefold())
