"""The entry points: ``parse``, ``parse_file`` and ``detect_form``."""

from __future__ import annotations

import os
from typing import Final, Literal

import attrs

from ._collector import collector_paused
from ._interpreter import interpret
from ._source import normalise
from ._text_reader import read_text
from ._wikitext_reader import read_wikitext
from .errors import InputError, StrictParseError, UnsupportedFormError
from .model import Event

Form = Literal["auto", "text", "wikitext"]
FORMS: Final = ("auto", "text", "wikitext")
_DETECTION_WINDOW: Final = 8_000

# Markup only wikitext has: anywhere, and at a line's start after spaces.
_WIKITEXT_MARKS: Final = ("[[", "{{", "<ref", "''")
_WIKITEXT_LINE_STARTS: Final = ("{|", "|}", "|-", "|+", "!")
# What the lines of either kind's signs start with: no other line is one.
_SIGN_FIRSTS: Final = frozenset("{|!-=I")


def detect_form(text: str) -> Literal["text", "wikitext"]:
    """Tell flattened text from wikitext by the markup only one of them has.

    The opening of an article (infobox, first tables) is enough to tell: in its
    first 8,000 characters, the marks only wikitext has (links, templates,
    references, bold, table syntax at a line's start) are counted against the
    lines only flattened text has (``Infobox``, ``- Key: value``, ``| a | b |``,
    ``= Title =``).
    """
    wikitext, flattened = _signs(text[:_DETECTION_WINDOW])
    return "wikitext" if wikitext > flattened else "text"


def _signs(window: str) -> tuple[int, int]:
    """How many signs of wikitext, and how many lines of flattened text, ``window`` has."""
    wikitext = sum(window.count(mark) for mark in _WIKITEXT_MARKS)
    # A flattened row ends with " |": without one, a line that starts with "|" is no row.
    rows = " |\n" in window or window.endswith(" |")
    flattened = 0
    for line in window.split("\n"):
        first = line[:1]
        if first in _SIGN_FIRSTS:
            wikitext += line.startswith(_WIKITEXT_LINE_STARTS)
            if rows or first != "|":
                flattened += _is_flattened_line(line)
        elif first.isspace():  # only wikitext's marks may follow spaces
            wikitext += line.lstrip().startswith(_WIKITEXT_LINE_STARTS)
    return wikitext, flattened


def _is_flattened_line(line: str) -> bool:
    """``Infobox``, ``- Key: value``, ``| a | b |`` or ``= Title =``."""
    first = line[:1]
    if first == "|":
        return len(line) >= 4 and line.startswith("| ") and line.endswith(" |")
    if first == "-":
        colon = line.find(":", 2)
        return line.startswith("- ") and colon > 2 and line[colon + 1 : colon + 2] == " "
    if first == "=":
        return len(line) >= 5 and line.startswith("= ") and line[2] != "=" and line.endswith(" =")
    return line == "Infobox"


def _decode(text: str | bytes) -> str:
    if isinstance(text, bytes):
        try:
            return text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InputError(f"input is not UTF-8 text: {error}") from None
    if not isinstance(text, str):
        raise InputError(f"parse() takes str or bytes, not {type(text).__name__}")
    return text


def parse(
    text: str | bytes,
    *,
    form: Form = "auto",
    title: str | None = None,
    strict: bool = False,
) -> Event:
    """Parse an event article into an :class:`Event`.

    ``form`` is ``"auto"`` (the default: decided by :func:`detect_form`),
    ``"text"`` (the flattened form) or ``"wikitext"``.  ``title`` gives the article
    title where the text carries none (wikitext never does).  In lenient mode
    (the default) article content never raises: whatever cannot be read becomes
    a diagnostic in ``event.diagnostics``.  With ``strict=True`` the first
    diagnostic raises :class:`StrictParseError` instead, and validation errors
    (see :func:`~shorttrack_parse.validate`) raise :class:`ValidationError`.

    Raises :class:`InputError` for input that is not text at all and
    :class:`UnsupportedFormError` for an unknown ``form``.
    """
    source, problems = normalise(_decode(text))
    if form not in FORMS:
        raise UnsupportedFormError(f"form must be one of {', '.join(FORMS)}; got {form!r}")
    chosen = detect_form(source) if form == "auto" else form
    with collector_paused():
        document = read_wikitext(source) if chosen == "wikitext" else read_text(source)
        event = interpret(document, title)
    if problems:
        event = attrs.evolve(event, diagnostics=(*problems, *event.diagnostics))
    if strict and event.diagnostics:
        first = event.diagnostics[0]
        raise StrictParseError(first.message, line=first.line, source_line=first.source)
    if strict:
        from .validation import validate  # imported on first use: see __init__

        validate(event).raise_for_errors()
    return event


def parse_file(
    path: str | os.PathLike[str],
    *,
    form: Form = "auto",
    title: str | None = None,
    strict: bool = False,
) -> Event:
    """Read a UTF-8 file and :func:`parse` it; the keywords are :func:`parse`'s."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise InputError(f"cannot read {os.fspath(path)!r}: {error.strerror}") from error
    return parse(data, form=form, title=title, strict=strict)
