"""The entry points: ``parse``, ``parse_file`` and ``detect_form``."""

from __future__ import annotations

import os
import re
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

# Line starts that only one of the two forms has.
_WIKITEXT_SIGNS: Final = re.compile(r"^[^\S\n]*(\{\||\|\}|\|-|\|\+|!|\{\{)|\[\[|\{\{|<ref|''", re.M)
_TEXT_SIGNS: Final = re.compile(r"^(?:Infobox|- [^:\n]+: .*|\| .* \||= [^=].* =)$", re.M)


def detect_form(text: str) -> Literal["text", "wikitext"]:
    """Tell flattened text from wikitext by the markup only one of them has."""
    # The opening of an article (infobox, first tables) is enough to tell.
    wikitext = len(_WIKITEXT_SIGNS.findall(text, 0, _DETECTION_WINDOW))
    flattened = len(_TEXT_SIGNS.findall(text, 0, _DETECTION_WINDOW))
    return "wikitext" if wikitext > flattened else "text"


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
