"""Small pieces of MediaWiki syntax shared by the wikitext readers.

Comments are removed first (keeping line numbers); templates are matched the way
MediaWiki's preprocessor matches them (a ``{{`` without a closing ``}}`` is plain
text), so that a template spanning several lines is one logical line; and text is
split at separators that are not inside a template or a link.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

import attrs

_NEWLINE: Final = re.compile("\n")
_COMMENT: Final = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
TEMPLATE_BRACES: Final = re.compile(r"\{\{|\}\}")
_SPLITTERS: dict[str, re.Pattern[str]] = {}
_PAIRS: Final = re.compile(r"\{\{|\}\}|\[\[|\]\]")
_END: Final = 1 << 62


def strip_comments(text: str) -> str:
    """Remove HTML comments, leaving the newlines they held so line numbers stay."""
    if "<!--" not in text:
        return text
    return _COMMENT.sub(lambda match: "\n" * match.group().count("\n"), text)


def split_outside(text: str, separator: str, maxsplit: int = -1) -> list[str]:
    """Split at ``separator`` where it is not inside ``{{…}}`` or ``[[…]]``.

    As in MediaWiki, a ``{{`` or ``[[`` that is never closed is plain text and
    hides nothing.
    """
    if separator not in text:
        return [text]
    if "{{" not in text and "[[" not in text:
        return text.split(separator, maxsplit)
    pattern = _SPLITTERS.get(separator)
    if pattern is None:
        pattern = re.compile(r"\{\{|\}\}|\[\[|\]\]|" + re.escape(separator))
        _SPLITTERS[separator] = pattern
    parts: list[str] = []
    templates = links = 0  # how deep inside {{…}} and [[…]] the scan is
    start = 0
    for match in pattern.finditer(text):
        token = match.group()
        if token == "{{":
            templates += 1
        elif token == "[[":
            links += 1
        elif token == "}}":
            templates -= templates > 0
        elif token == "]]":
            links -= links > 0
        elif not templates and not links and match.start() >= start:
            parts.append(text[start : match.start()])
            start = match.end()
            if len(parts) == maxsplit:
                break
    if templates or links:
        # Something was never closed, so it hid nothing: split again knowing which
        # spans really are closed.
        return _split_outside_spans(text, separator, maxsplit, pattern)
    parts.append(text[start:])
    return parts


def _split_outside_spans(
    text: str, separator: str, maxsplit: int, pattern: re.Pattern[str]
) -> list[str]:
    hidden = _matched_spans(text)
    parts: list[str] = []
    start = 0
    for match in pattern.finditer(text):
        position = match.start()
        if match.group() != separator or position < start or _inside(hidden, position):
            continue
        parts.append(text[start:position])
        start = match.end()
        if len(parts) == maxsplit:
            break
    parts.append(text[start:])
    return parts


def _matched_spans(text: str) -> list[tuple[int, int]]:
    """Outermost ``{{…}}`` and ``[[…]]`` spans that are closed, in order."""
    spans: list[tuple[int, int]] = []
    stacks: dict[str, list[int]] = {"{{": [], "[[": []}
    closers = {"}}": "{{", "]]": "[["}
    for match in _PAIRS.finditer(text):
        token = match.group()
        if token in stacks:
            stacks[token].append(match.start())
        elif stacks[closers[token]]:
            opened = stacks[closers[token]].pop()
            spans.append((opened, match.end()))
    spans.sort()
    outermost: list[tuple[int, int]] = []
    for first, last in spans:
        if outermost and first < outermost[-1][1]:
            outermost[-1] = (outermost[-1][0], max(outermost[-1][1], last))
        else:
            outermost.append((first, last))
    return outermost


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    index = bisect_right(spans, (position, _END)) - 1
    return index >= 0 and spans[index][0] < position < spans[index][1]


def template_end(text: str) -> int | None:
    """Where the template that opens ``text`` ends (just after its ``}}``), if it does."""
    depth = 0
    for match in TEMPLATE_BRACES.finditer(text):
        depth += 1 if match.group() == "{{" else -1
        if depth == 0:
            return match.end()
    return None


@attrs.define  # built for every line of the article: not frozen, for speed
class LogicalLine:
    """One or more physical lines joined because a template spans them."""

    text: str
    line: int


def logical_lines(text: str) -> list[LogicalLine]:
    """Split into lines, keeping a template that spans lines on one logical line."""
    physical = text.split("\n")
    if "{{" not in text:
        return [LogicalLine(line, number) for number, line in enumerate(physical, 1)]
    joins = _multiline_template_lines(text)
    result: list[LogicalLine] = []
    number = 1
    while number <= len(physical):
        last = joins.get(number, number)
        result.append(LogicalLine("\n".join(physical[number - 1 : last]), number))
        number = last + 1
    return result


def _multiline_template_lines(text: str) -> dict[int, int]:
    """First line -> last line of every top-level template that spans lines."""
    newlines = [match.start() for match in _NEWLINE.finditer(text)]
    stack: list[int] = []
    joins: dict[int, int] = {}
    for match in TEMPLATE_BRACES.finditer(text):
        if match.group() == "{{":
            stack.append(match.start())
        elif stack:
            start = stack.pop()
            if not stack:
                first = bisect_right(newlines, start) + 1
                last = bisect_right(newlines, match.end() - 1) + 1
                if last > first:
                    joins[first] = max(joins.get(first, first), last)
    return _merge_overlaps(joins)


def _merge_overlaps(joins: dict[int, int]) -> dict[int, int]:
    merged: dict[int, int] = {}
    current_first = current_last = 0
    for first in sorted(joins):
        last = joins[first]
        if first <= current_last:
            current_last = max(current_last, last)
            merged[current_first] = current_last
        else:
            current_first, current_last = first, last
            merged[first] = last
    return merged
