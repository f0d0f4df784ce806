"""Text that MediaWiki hides from table syntax: comments, extension tags, HTML tags.

The content of an extension tag (``<ref>…</ref>``, ``<nowiki>…</nowiki>``,
``<math>``, ``<pre>``…) and of a comment is taken out before tables are parsed, so
a ``|`` or ``||`` inside it never splits a cell and a newline inside it never ends
a row.  Likewise ``||`` and ``!!`` inside an HTML tag's attributes
(``<span title="a||b">``) split nothing.  Every scan here is linear in the text.
"""

from __future__ import annotations

import re
from typing import Final

# MediaWiki core and the extensions Wikipedia runs whose tags hide their content.
_EXTENSION_NAMES: Final = (
    "ref|references|nowiki|pre|math|chem|ce|syntaxhighlight|source|gallery|poem|score"
    "|timeline|hiero|imagemap|inputbox|categorytree|templatedata|mapframe|maplink|graph"
    "|section|includeonly|noinclude|onlyinclude"
)
# [^<>]* stops at the next "<", so a text full of unfinished tags is read in linear time.
# The first letters are looked at before the names are tried one by one: most tags
# are others ("<br />", "<small>"), refused at once.
_FIRST_LETTERS: Final = "".join(sorted({name[0] for name in _EXTENSION_NAMES.split("|")}))
_OPENER: Final = re.compile(
    rf"<!--|<(?=[{_FIRST_LETTERS}])(?P<name>{_EXTENSION_NAMES})\b[^<>]*?(?P<empty>/?)>",
    re.IGNORECASE,
)
_HTML_TAG: Final = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")
_CLOSERS: dict[str, re.Pattern[str]] = {}


def _closer(name: str) -> re.Pattern[str]:
    pattern = _CLOSERS.get(name)
    if pattern is None:
        pattern = re.compile(rf"</{name}\s*>", re.IGNORECASE)
        _CLOSERS[name] = pattern
    return pattern


def closer_end(text: str, name: str, start: int) -> int | None:
    """Where the first closing tag of ``name`` (``</ref>``, ``</REF >``) at or after ``start`` ends.

    The usual closer, ``</ref>`` with no other ``</`` before it, is found with
    ``str.find``: no other closing tag can start earlier, so it is the pattern's first
    match.  That spares most processes compiling the pattern on their first parse.
    """
    usual = f"</{name}>"
    found = text.find(usual, start)
    if found >= 0 and text.find("</", start, found) < 0:
        return found + len(usual)
    if found < 0 and text.find("</", start) < 0:
        return None
    match = _closer(name).search(text, start)
    return None if match is None else match.end()


def hidden_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every comment and extension tag, in order, not overlapping.

    An unclosed comment runs to the end of the text, as in MediaWiki; an extension
    tag that is never closed hides only itself (MediaWiki shows it as text).
    """
    spans: list[tuple[int, int]] = []
    if "<" not in text:
        return spans
    unclosed_from: dict[str, int] = {}  # no closer of this name at or after the position
    position = 0
    while (match := _OPENER.search(text, position)) is not None:
        start = match.start()
        name = match["name"]
        if name is None:  # a comment
            end = text.find("-->", match.end())
            end = len(text) if end < 0 else end + 3
        elif match["empty"]:
            end = match.end()
        else:
            folded = name.casefold()
            closed_at = None
            if match.end() < unclosed_from.get(folded, len(text) + 1):
                closed_at = closer_end(text, folded, match.end())
            if closed_at is None:
                unclosed_from[folded] = min(unclosed_from.get(folded, match.end()), match.end())
                end = match.end()
            else:
                end = closed_at
        spans.append((start, end))
        position = max(end, start + 1)
    return spans


def hides_text(text: str) -> bool:
    """True if ``text`` holds a comment or an extension tag (``<ref>``, ``<nowiki>``…)."""
    return _OPENER.search(text) is not None


def tag_spans(text: str) -> list[tuple[int, int]]:
    """Comments and extension tags (see :func:`hidden_spans`) and every HTML tag."""
    return merge_spans(sorted(hidden_spans(text) + html_tag_spans(text)))


def html_tag_spans(text: str) -> list[tuple[int, int]]:
    """Every HTML tag, in order; they may overlap what :func:`hidden_spans` finds."""
    return [match.span() for match in _HTML_TAG.finditer(text)]


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for first, last in spans:
        if merged and first < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged
