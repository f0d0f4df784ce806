"""Reading calendar dates out of free text (infobox ``dates``, prose, records)."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from ._text import LazyPattern, starts_with_digit

_MONTHS: Final = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# Words that may stand between the parts of one date or date range.
_CONNECTORS: Final = frozenset(
    {"and", "to", "from", "through", "until", "till", "of", "the", "st", "nd", "rd", "th"}
)
# A text's words are its runs of ASCII digits and its runs of letters.
_EVERY_WORD: Final = re.compile(r"[0-9]+|[^\W\d_]+")
# Texts up to this long are read word by word; in longer ones (prose) the words that
# make dates are looked for (see _date_words), which costs more for a short text.
_SHORT: Final = 64
# [0-9][0-9]*, not [0-9]+: re skips ahead to a digit only when a pattern starts with a class.
# Prose is read in validation, not in a parse: these wait for the first long text.
_NUMBER: Final = LazyPattern(r"[0-9][0-9]*")
_WORD: Final = LazyPattern(r"[^\W\d_]+")
_LETTER: Final = LazyPattern(r"[^\W\d_]")
# Every month's name begins with one of these.
_MONTH_STARTS: Final = sorted({name[:3] for name in _MONTHS})


def _settle(pending: list[tuple[int, int]], year: int, found: list[date]) -> None:
    """Add the pending (month, day) pairs of ``year`` that are calendar dates; none pend."""
    for month, day in pending:
        try:  # noqa: SIM105 - suppress() costs a context manager a date
            found.append(date(year, month, day))
        except ValueError:
            pass  # "30 February"
    pending.clear()


def find_dates(text: str, default_year: int | None = None) -> list[date]:
    """Every calendar date written in ``text``, in order of appearance.

    Understands day-month (``13–16 February 2002``, ``30 January – 2 February``)
    and month-day (``February 13, 24, 2010``) writing; a year applies to the dates
    before it that lack one, and ``default_year`` to any still without one.
    """
    folded = text.casefold()
    tokens = _EVERY_WORD.findall(folded) if len(folded) <= _SHORT else _date_words(folded)
    if _MONTHS.keys().isdisjoint(tokens):
        return []  # every date is read from a month's name: most texts have none
    return _read_dates(tokens, default_year)


def _date_words(folded: str) -> list[str]:
    """The words of a casefolded text that :func:`_read_dates` acts on, in order.

    It acts on numbers and month names; any other word but a connector ends the
    date being read, and the words after it up to the next number or month change
    nothing more.  So the numbers and months are enough, with the first such word
    between two of them: most words of prose are never looked at.
    """
    months = _month_names(folded)
    if not months:
        return []
    words: list[str] = []
    end = 0
    for found in sorted([*months, *_NUMBER.finditer(folded)], key=lambda found: found.start()):
        if words:
            word = _WORD.search(folded, end, found.start())
            while word is not None and word[0] in _CONNECTORS:
                word = _WORD.search(folded, word.end(), found.start())
            if word is not None:
                words.append(word[0])
        words.append(found[0])
        end = found.end()
    return words


def _month_names(folded: str) -> list[re.Match[str]]:
    """The month names in a casefolded text: its runs of letters that are one, unordered."""
    # str.find skips ahead far faster than a pattern of the twelve beginnings.
    names = []
    for beginning in _MONTH_STARTS:
        start = folded.find(beginning)
        while start != -1:
            if not (start and _LETTER.match(folded, start - 1)):  # not inside a word
                word = _WORD.match(folded, start)
                if word is not None and word[0] in _MONTHS:
                    names.append(word)
            start = folded.find(beginning, start + 1)
    return names


def _read_dates(tokens: list[str], default_year: int | None) -> list[date]:
    """The dates the tokens of a text name (see :func:`find_dates`)."""
    days: list[int] = []  # days seen but not yet given a month
    month: int | None = None
    month_days: list[int] = []  # days attached to ``month`` (month-day writing)
    pending: list[tuple[int, int]] = []  # (month, day) awaiting a year
    found: list[date] = []
    for token in tokens:
        if starts_with_digit(token):
            # No day or year is longer than four digits (and int() refuses huge strings).
            number = int(token) if len(token) <= 4 else 0
            if len(token) == 4 and 1000 <= number <= 2999:
                if month is not None:
                    pending += [(month, d) for d in month_days]
                    month, month_days = None, []
                if pending:
                    _settle(pending, number, found)
            elif 1 <= number <= 31:
                if month is not None:
                    month_days.append(number)
                else:
                    days.append(number)
        elif token in _MONTHS:
            if month is not None:
                pending += [(month, d) for d in month_days]
                month_days = []
            if days:
                named = _MONTHS[token]
                pending += [(named, d) for d in days]
                days = []
                month = None
            else:
                month = _MONTHS[token]
        elif token not in _CONNECTORS:
            # Any other word ends the date being read: "8 heats ... 13 February".
            days = []
            if month is not None:
                pending += [(month, d) for d in month_days]
                month, month_days = None, []
    if month is not None:
        pending += [(month, d) for d in month_days]
    if pending and default_year is not None:
        _settle(pending, default_year, found)
    return found


def date_range(text: str, default_year: int | None = None) -> tuple[date | None, date | None]:
    """The first and last date ``text`` names, or ``(None, None)``."""
    found = find_dates(text, default_year)
    if not found:
        return None, None
    return min(found), max(found)
