"""Plain-text normalisation shared by the readers, the interpreter and the model."""

from __future__ import annotations

import re
from typing import Final

_NOT_ALPHANUMERIC: Final = re.compile(r"[^0-9a-z]")
# For pure functions of a cell's text memoised across articles: one article has a few
# hundred distinct texts, and most (notes, ranks, headers, countries) recur in every one.
CACHE_SIZE: Final = 4096


def clean(text: str) -> str:
    """Text with non-breaking spaces and runs of whitespace made single spaces."""
    return " ".join(text.replace("\u00a0", " ").split())


def parameter_key(name: str) -> str:
    """An infobox parameter name folded: ``goldNOC``, ``Goldnoc``, ``gold_noc`` -> ``goldnoc``."""
    return _NOT_ALPHANUMERIC.sub("", name.casefold())


def starts_with_digit(text: str) -> bool:
    """True if ``text`` starts with an ASCII digit.

    ``str.isdigit`` also accepts superscript and circled digits, which ``int``
    rejects; article numbers are ASCII, so only those count.
    """
    return "0" <= text[:1] <= "9"


def bounded_int(digits: str, limit: int) -> int:
    """ASCII ``digits`` as an int, capped at ``limit`` without converting a huge string.

    Python refuses to convert strings of more than a few thousand digits, and no
    count in an article comes near ``limit`` anyway.
    """
    if len(digits) > len(str(limit)):
        return limit
    return min(int(digits), limit)
