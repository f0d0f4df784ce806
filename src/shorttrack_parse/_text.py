"""Plain-text normalisation shared by the readers, the interpreter and the model."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any, Final, Generic, TypeVar

_NOT_ALPHANUMERIC: Final = re.compile(r"[^0-9a-z]")
# For pure functions of a cell's text memoised across articles: one article has a few
# hundred distinct texts, and most (notes, ranks, headers, countries) recur in every one.
CACHE_SIZE: Final = 4096
# Longer texts (prose, hostile cells) are not kept: the caches stay small whatever the input.
CACHED_LENGTH: Final = 200

T = TypeVar("T")


class TextCache(Generic[T]):
    """A pure function of one text, memoised for short texts (at most ``CACHED_LENGTH``)."""

    def __init__(self, function: Callable[[str], T]) -> None:
        self._function = function
        self._cached = functools.lru_cache(maxsize=CACHE_SIZE)(function)
        # The memoised function itself, for a caller that has checked that its text is
        # short: one call fewer on the hottest paths.
        self.short: Callable[[str], T] = self._cached
        functools.update_wrapper(self, function)

    def __call__(self, text: str) -> T:
        if len(text) <= CACHED_LENGTH:
            return self._cached(text)
        return self._function(text)

    def cache_clear(self) -> None:
        """Forget every remembered value."""
        self._cached.cache_clear()

    def cache_info(self) -> functools._CacheInfo:
        """Hits, misses and size, as :func:`functools.lru_cache` counts them."""
        return self._cached.cache_info()


class LazyPattern:
    """A regular expression compiled on its first use, for what only rare input needs.

    Compiling every pattern at import costs a millisecond or more; the ones only
    odd markup reaches wait until it does.  The methods are :class:`re.Pattern`'s.
    """

    __slots__ = ("_compiled", "_flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if this is its first use)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
        return self._compiled

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)


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
