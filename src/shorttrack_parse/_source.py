"""The input text made safe to read: one kind of line end, no lone surrogates."""

from __future__ import annotations

from codecs import utf_16_le_encode
from typing import Final

from ._text import LazyPattern
from .model import Diagnostic

# Compiled on first use: its range costs more to compile than most patterns, and only
# a text that fails to encode (below) needs it.
_SURROGATE: Final = LazyPattern("[\ud800-\udfff]")
REPLACEMENT: Final = "\ufffd"


_BYTE_ORDER_MARK: Final = "\ufeff"


def _has_surrogate(text: str) -> bool:
    # UTF-16 has no lone surrogates, so encoding fails exactly when there is one; the
    # encoder scans far faster than a search for the character range (and than UTF-8's
    # for text beyond ASCII), and an ASCII text, known at once, has none.  The encoder
    # is called directly: ``str.encode("utf-16-le")`` would import its codec's module
    # on a process's first parse, which costs a fifth of a parse.
    if text.isascii():
        return False
    try:
        utf_16_le_encode(text)
    except UnicodeEncodeError:
        return True
    return False


def normalise(text: str) -> tuple[str, tuple[Diagnostic, ...]]:
    """``text`` without a leading byte-order mark, with ``\\r\\n`` and lone ``\\r`` made
    ``\\n``, and with lone surrogates replaced.

    MediaWiki normalises line ends the same way, so line numbers count every kind of
    line end.  A lone surrogate (possible in a Python ``str``, never in UTF-8) cannot
    be encoded or written out; each becomes U+FFFD and a diagnostic names its line.
    """
    if text.startswith(_BYTE_ORDER_MARK):  # a file read as text may keep its mark
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _has_surrogate(text):
        return text, ()
    diagnostics: list[Diagnostic] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if _SURROGATE.search(line) is not None:
            diagnostics.append(
                Diagnostic(
                    line=number,
                    message="lone surrogate characters replaced by U+FFFD",
                    code="invalid-character",
                    source=_SURROGATE.sub(REPLACEMENT, line),
                )
            )
    return _SURROGATE.sub(REPLACEMENT, text), tuple(diagnostics)
