"""Plain-text normalisation shared by the readers, the interpreter and the model."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Final, NamedTuple, TypeVar

_NOT_ALPHANUMERIC: Final = re.compile(r"[^0-9a-z]")
# For pure functions of a cell's text memoised across articles: one article has a few
# hundred distinct texts, and most (notes, ranks, headers, countries) recur in every one.
CACHE_SIZE: Final = 4096
# Longer texts (prose, hostile cells) are not kept: the caches stay small whatever the input.
CACHED_LENGTH: Final = 200

T = TypeVar("T")


class CacheInfo(NamedTuple):
    """How many texts a :class:`TextCache` may keep, and keeps."""

    maxsize: int
    currsize: int


class TextCache(dict[str, T]):
    """A pure function of one text, memoised for short texts (at most ``CACHED_LENGTH``).

    The cache is a dict from text to value, and calling it looks the text up with
    ``dict.__getitem__``: a text seen before costs no Python code (a quarter of a
    call through a Python ``__call__``).  A text not seen is computed by
    ``__missing__`` and kept if short.  At most ``CACHE_SIZE`` texts are kept: when
    that many are, all are forgotten (the recurring ones are back within an article).
    """

    def __init__(self, function: Callable[[str], T]) -> None:
        super().__init__()
        self._function = function
        functools.update_wrapper(self, function)

    if TYPE_CHECKING:

        def __call__(self, text: str) -> T: ...

    else:
        __call__ = dict.__getitem__

    def __missing__(self, text: str) -> T:
        value = self._function(text)
        if len(text) <= CACHED_LENGTH:
            if len(self) >= CACHE_SIZE:
                self.clear()
            self[text] = value
        return value

    def __repr__(self) -> str:
        return f"TextCache({self._function.__qualname__}, {len(self)} texts)"

    def cache_clear(self) -> None:
        """Forget every remembered value."""
        self.clear()

    def cache_info(self) -> CacheInfo:
        """The most texts kept, and the texts kept now."""
        return CacheInfo(CACHE_SIZE, len(self))


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
    if text.isprintable() and "  " not in text:
        # Most texts, cells as written with a space at each end among them: the only
        # printable whitespace is the plain space, so the words are single-spaced.
        return text.strip()
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
