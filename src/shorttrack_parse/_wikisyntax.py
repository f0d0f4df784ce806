"""Small pieces of MediaWiki syntax shared by the wikitext readers.

Templates are matched the way MediaWiki's preprocessor matches them (a ``{{``
without a closing ``}}`` is plain text), so that a template spanning several lines
is one logical line, and so is a comment or an extension tag (``<ref>``) spanning
lines; comments are blanked (their newlines kept, so line numbers stay); ``{{!}}``
outside templates is a pipe; and text is split at separators that are not inside
a template, a link, an extension tag or an HTML tag.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import partial
from typing import Final

from ._hidden import hidden_spans, hides_text, html_tag_spans, merge_spans
from ._text import LazyPattern
from ._value import Value

# Up to the first "-->" (or the end): runs of other characters read at once, a "-"
# only where "-->" does not start, so no character is tried twice.
_COMMENT: Final = re.compile(r"<!--[^-]*+(?:-(?!->)[^-]*+)*+(?:-->|\Z)")
TEMPLATE_BRACES: Final = re.compile(r"\{\{|\}\}")
# A template closed on its line with no braces inside.
_ONE_LINE_TEMPLATE: Final = re.compile(r"\{\{[^{}\n]*+\}\}")
_PAIRS: Final = re.compile(r"\{\{|\}\}|\[\[|\]\]")
_PAIR_MARKS: Final = ("{{", "}}", "[[", "]]")
_SELF_CLOSED: Final = re.compile(r"<[a-zA-Z][^<>]*/>")
_MARKUP_CHARACTER: Final = re.compile(r"[|{}\[\]]")
# "{{{!}}" is "{" and "{{!}}" (MediaWiki's "{|" written with the magic word).
_PIPE_WORD: Final = re.compile(r"\{\{\s*!!?\s*\}\}")
_PIPE_TOKENS: Final = re.compile(r"\{\{\s*(!!?)\s*\}\}|\{\{(?!\{\s*!!?\s*\}\})|\}\}")


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
    if (
        ("{{" in text or "[[" in text or "<" in text)
        and (plain := _PLAIN_MARKUP.get(separator))
        and plain.fullmatch(text)
        and not ("<" in text and hides_text(text))
    ):
        return text.split(separator, maxsplit)  # every separator stands outside markup
    return _split_outside_markup(text, separator, maxsplit)


def _split_outside_markup(text: str, separator: str, maxsplit: int = -1) -> list[str]:
    """:func:`split_outside` without its fast path for plain table rows."""
    if separator not in text or maxsplit == 0:
        return [text]  # as str.split: no separator, or no split asked for
    if "<" in text and (tags := hidden_spans(text) + html_tag_spans(text)):
        # Merged once: merging some spans first would give the same union.
        hidden = merge_spans(sorted(tags + _paired_spans(text)))
        return _split_between(text, separator, maxsplit, hidden)
    if "{{" not in text and "[[" not in text:
        return text.split(separator, maxsplit)
    spans = _closed_spans(text)
    if spans is None:
        # Something was never closed, so it hid nothing: pair the marks that do close.
        spans = _matched_spans(text)
    return _split_between(text, separator, maxsplit, spans)


def _closed_spans(text: str) -> list[tuple[int, int]] | None:
    """Where the scan is inside ``{{…}}`` or ``[[…]]``; ``None`` if one is left open.

    Each kind of mark is counted on its own, a closing mark outside any closing
    nothing, as MediaWiki pairs them (when all close, :func:`_matched_spans`).
    """
    spans: list[tuple[int, int]] = []
    templates = links = 0  # how deep inside {{…}} and [[…]] the scan is
    opened = 0
    for position, mark in _braces(text, _PAIR_MARKS):
        outside = not templates and not links
        if mark == "{{":
            templates += 1
        elif mark == "[[":
            links += 1
        elif mark == "}}":
            templates -= templates > 0
        else:
            links -= links > 0
        if outside and (templates or links):
            opened = position
        elif not outside and not templates and not links:
            spans.append((opened, position + 2))
    return None if templates or links else spans


def _split_between(
    text: str, separator: str, maxsplit: int, spans: list[tuple[int, int]]
) -> list[str]:
    """``text`` split at each ``separator`` outside ``spans`` (in order, apart).

    Each stretch between spans is split by ``str.split``: no separator overlaps a
    span, as spans start and end with marks (``{{``, ``]]``, ``<``, ``>``…) that no
    separator holds.
    """
    parts: list[str] = []
    start = 0  # where the part being read starts
    position = 0  # where the stretch outside the spans starts
    for span_start, span_end in [*spans, (len(text), len(text))]:
        stretch = text[position:span_start]
        if separator in stretch:
            pieces = stretch.split(separator, maxsplit - len(parts) if maxsplit >= 0 else -1)
            parts.append(text[start:position] + pieces[0])
            parts += pieces[1:-1]
            start = span_start - len(pieces[-1])
            if len(parts) == maxsplit:
                break
        position = span_end
    parts.append(text[start:])
    return parts


def _plain_markup(mark: str) -> str:
    """Text whose templates and links are closed, unnested and free of ``mark * 2``.

    Such text, most table rows (``| 1 || [[A|B]] || {{flagIOC|BEL|2002 Winter}}``),
    has every doubled ``mark`` outside markup, so a plain split is exact.  HTML tags
    (``<br />``, ``<small>``) may stand outside markup if no ``|``, ``mark``, brace
    or bracket is inside them (a comment or an extension tag, which hides what
    follows it, is ruled out before the split).  Possessive runs keep a failed
    match linear.
    """
    mark = re.escape(mark)
    single = rf"[^{{}}\[\]<|{mark}]++|\|(?!\|)|{mark}(?!{mark})"
    link = rf"\[\[(?:{single})*+\]\]"
    template = rf"\{{\{{(?:{single}|{link})*+\}}\}}"
    tag = rf"</?[a-zA-Z][^<>{{}}\[\]|{mark}]*+>"
    return rf"(?:[^{{}}\[\]<]++|{template}|{link}|{tag})*+"


_PLAIN_ROW: Final = re.compile(_plain_markup("|"))
# Separators of table cells -> text in which a plain split is exact.  Header rows
# ("!!") rarely hold markup: their pattern waits for one that does.
_PLAIN_MARKUP: Final[dict[str, re.Pattern[str] | LazyPattern]] = {
    "||": _PLAIN_ROW,
    "!!": LazyPattern(_plain_markup("!")),
}


def splits_plainly(cell: str) -> bool:
    """True if ``cell``'s templates, links and tags are closed within it and unnested.

    Tags must hold no ``|``, and there must be no comment or extension tag other than
    a self-closed one (``<ref name="a" />``, which hides only itself).  A separator
    between such cells stands outside markup (one inside markup would leave some
    cell with markup unclosed), so a row line made of them, cut at every ``||``
    (and ``!!``), is split as :func:`split_outside` splits it.
    """
    if "{" not in cell and "[" not in cell and "<" not in cell and "}" not in cell:
        return "]" not in cell
    if not _PLAIN_ROW.fullmatch(cell):
        return False
    return "<" not in cell or not hides_text(cell) or _only_self_closed(cell)


def _only_self_closed(cell: str) -> bool:
    """True if every extension tag in ``cell`` is self-closed (``<ref name="a" />``)."""
    return all(_SELF_CLOSED.fullmatch(cell, start, end) for start, end in hidden_spans(cell))


def _matched_spans(text: str) -> list[tuple[int, int]]:
    """Outermost ``{{…}}`` and ``[[…]]`` spans that are closed, in order."""
    return merge_spans(sorted(_paired_spans(text)))


def _paired_spans(text: str) -> list[tuple[int, int]]:
    """Every ``{{…}}`` and ``[[…]]`` span that is closed, nested ones too, unordered."""
    spans: list[tuple[int, int]] = []
    stacks: dict[str, list[int]] = {"{{": [], "[[": []}
    closers = {"}}": "{{", "]]": "[["}
    for position, mark in _braces(text, _PAIR_MARKS):
        if mark in stacks:
            stacks[mark].append(position)
        elif stacks[closers[mark]]:
            opened = stacks[closers[mark]].pop()
            spans.append((opened, position + 2))
    return spans


def never_closed(text: str) -> str | None:
    """``"template"`` or ``"link"`` if a ``{{`` or ``[[`` in ``text`` is never closed.

    Markup inside comments and extension tags (``<nowiki>``, ``<ref>``) does not
    count, and a stray ``}}`` or ``]]`` closes nothing, as in MediaWiki.
    """
    if "<" in text:
        pieces: list[str] = []
        position = 0
        for start, end in hidden_spans(text):
            pieces.append(text[position:start])
            position = end
        text = " ".join([*pieces, text[position:]])
    depth = {"{{": 0, "[[": 0}
    for match in _PAIRS.finditer(text):
        token = match.group()
        if token in depth:
            depth[token] += 1
        else:
            opener = "{{" if token == "}}" else "[["
            depth[opener] -= depth[opener] > 0
    if depth["{{"]:
        return "template"
    return "link" if depth["[["] else None


def template_end(text: str) -> int | None:
    """Where the template that opens ``text`` ends (just after its ``}}``), if it does."""
    depth = 0
    for position, mark in _braces(text):
        depth += 1 if mark == "{{" else -1
        if depth == 0:
            return position + 2
    return None


def infobox_end(text: str) -> int | None:
    """Where the template opening ``text`` ends, as :func:`template_end` finds it.

    An infobox with no template inside ends with the text: no brace to pair.
    """
    inside = text[2:-2]
    if text[:2] == "{{" and text[-2:] == "}}" and "{" not in inside and "}" not in inside:
        return len(text)
    return template_end(text)


def split_parameters(body: str) -> list[str]:
    """An infobox's body split at each ``|`` outside markup, as :func:`split_outside` does.

    Most infoboxes hold no markup but closed links and templates, neither nested nor
    crossing the other (``[[A|B]]``, ``{{flagIOCmedalist|[[A]]|CHN}}``), and tags
    that hide no bar (``<br />``, ``<ref name="a" />``): their bars are split here
    around them, with ``str`` methods only.
    """
    if "<" in body and not _tags_hide_nothing(body):
        return split_outside(body, "|")
    pieces = body.split("{{")  # each later piece: a template's inside, "}}", what follows
    parts = _bars_outside_links(pieces[0])
    for piece in pieces[1:]:
        inside, closed, after = piece.partition("}}")
        bars = _bars_outside_links(after)
        if parts is None or bars is None or not closed or _bars_outside_links(inside) is None:
            return split_outside(body, "|")
        parts[-1] += f"{{{{{inside}}}}}{bars[0]}"
        parts += bars[1:]
    return split_outside(body, "|") if parts is None else parts


def _tags_hide_nothing(text: str) -> bool:
    """True if no comment, extension tag or HTML tag in ``text`` holds a bar, brace or bracket.

    Such tags (``<br />``, a self-closed ``<ref name="a" />``) are spans that
    :func:`split_outside` keeps whole, but they hold no separator and cross no
    template or link, so splitting as if they were plain text gives the same parts.
    """
    return not any(
        _MARKUP_CHARACTER.search(text, start, end)
        for start, end in hidden_spans(text) + html_tag_spans(text)
    )


def _bars_outside_links(text: str) -> list[str] | None:
    """Text without braces split at each ``|`` outside its links; ``None`` for other text.

    ``None`` too if a link is never closed or holds another.
    """
    if "}" in text:
        return None
    chunks = text.split("[[")  # each later chunk: a link's inside, "]]", what follows it
    parts = chunks[0].split("|")
    for chunk in chunks[1:]:
        link, closed, after = chunk.partition("]]")
        if not closed:
            return None
        bars = after.split("|")
        parts[-1] += f"[[{link}]]{bars[0]}"
        parts += bars[1:]
    return parts


class LogicalLine(Value):  # built for every line of the article: not frozen, for speed
    """One or more physical lines joined because a template spans them."""

    __slots__ = ("line", "text")

    def __init__(self, text: str, line: int) -> None:
        self.text = text
        self.line = line


def logical_lines(text: str, split: Sequence[str] | None = None) -> list[LogicalLine]:
    """Split into lines, keeping what spans lines on one logical line.

    A template, a comment or an extension tag (``<ref>…</ref>``) that spans lines
    joins them, as MediaWiki's preprocessor reads them before any table syntax.
    Comments are blanked, keeping their newlines so line numbers stay.  ``split``
    is ``text.split("\\n")`` where the caller has it already.
    """
    hidden = hidden_spans(text) if "<" in text else []
    if split is None:
        split = strip_comments(text).split("\n")
    elif "<!--" in text:
        split = _lines_without_comments(text, split)
    physical = split
    if "{{" not in text and not hidden:
        return [LogicalLine(line, number) for number, line in enumerate(physical, 1)]
    joins: dict[int, int] = {}
    pairs = _span_lines(text, hidden)
    if "{{" in text:
        pairs = itertools.chain(pairs, _multiline_template_lines(text, hidden))
    for first, last in pairs:
        joins[first] = max(joins.get(first, first), last)
    if not joins:
        return [LogicalLine(line, number) for number, line in enumerate(physical, 1)]
    result: list[LogicalLine] = []
    number = 1  # the next line to take
    for first, last in _merge_overlaps(joins).items():
        result.extend(map(LogicalLine, physical[number - 1 : first - 1], range(number, first)))
        result.append(LogicalLine("\n".join(physical[first - 1 : last]), first))
        number = last + 1
    result.extend(map(LogicalLine, physical[number - 1 :], range(number, len(physical) + 1)))
    return result


def _lines_without_comments(text: str, split: Sequence[str]) -> list[str]:
    """The lines of :func:`strip_comments`, from ``text``'s own: those with comments redone.

    The lines from one comment's first to the last of any comment joined to it by a
    line are one stretch, outside every comment at both ends: blanked alone, it is
    blanked as in the whole text.
    """
    lines = list(split)
    stretches: list[list[int]] = []  # [start, end] of each stretch of whole lines
    for match in _COMMENT.finditer(text):
        start, end = match.span()
        if stretches and start < stretches[-1][1]:
            stretches[-1][1] = _line_end(text, end)
        else:
            stretches.append([text.rfind("\n", 0, start) + 1, _line_end(text, end)])
    line, position = 0, 0  # the index of the line that holds ``position``
    for start, end in stretches:
        line += text.count("\n", position, start)
        blanked = strip_comments(text[start:end]).split("\n")
        lines[line : line + len(blanked)] = blanked
        line, position = line + len(blanked) - 1, end
    return lines


def _line_end(text: str, position: int) -> int:
    """Where the line holding ``position`` ends (before its newline, or at the end)."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _span_lines(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The first and last line of each span (in order, not overlapping) that has two."""
    line, position = 1, 0  # the line number at ``position``, counted as the spans go
    for start, end in spans:
        inside = text.count("\n", start, end)
        if inside:
            line += text.count("\n", position, start)
            yield line, line + inside
            line, position = line + inside, end


def _multiline_template_lines(
    text: str, hidden: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """The first and last line of each top-level template that spans lines.

    Braces inside hidden text do not count, and a template closed on its own line
    with nothing nested (``{{flagIOC|BEL}}``, most of an article's) changes nothing:
    both are blanked at C speed, keeping every newline, before the braces left
    (the infobox's, nested templates') are paired one by one.
    """
    if hidden:
        pieces: list[str] = []
        position = 0
        for start, end in hidden:
            pieces += (text[position:start], _without_braces(text[start:end]))
            position = end
        text = "".join([*pieces, text[position:]])
    text = _ONE_LINE_TEMPLATE.sub(" ", text)
    return _span_lines(text, _template_spans(text, _braces(text)))


def _without_braces(text: str) -> str:
    """``text`` with each brace made a space (``str.translate`` is slow beyond ASCII)."""
    if "{" in text or "}" in text:
        return text.replace("{", " ").replace("}", " ")
    return text


def _braces(text: str, marks: tuple[str, ...] = ("{{", "}}")) -> list[tuple[int, str]]:
    """Where each ``{{`` and ``}}`` (or each of ``marks``) stands, in order.

    ``{{{`` holds one ``{{``, as :data:`TEMPLATE_BRACES` reads it; no two marks of
    different kinds overlap (``{{``, ``}}``, ``[[``, ``]]`` have no character in common).
    ``str.find`` finds them faster than a pattern, which tries every character.
    """
    found: list[tuple[int, str]] = []
    for mark in marks:
        at = text.find(mark)
        while at >= 0:
            found.append((at, mark))
            at = text.find(mark, at + 2)
    found.sort()
    return found


def _template_spans(text: str, braces: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Spans of the top-level templates that hold a newline, from their braces."""
    stack: list[int] = []
    spans: list[tuple[int, int]] = []
    for position, mark in braces:
        if mark == "{{":
            stack.append(position)
        elif stack:
            start = stack.pop()
            if not stack and "\n" in text[start : position + 2]:
                spans.append((start, position + 2))
    return spans


_ROW_SYNTAX: Final = LazyPattern(r"\s*(?:\|[-+}]|!)|.*?(?:\|\||!!)")


def swallowed_rows(logical: LogicalLine) -> tuple[int, int] | None:
    """The first and last lines that look like table rows but sit inside a template.

    A template opened on one line and closed lines later makes those lines one
    template argument (MediaWiki's preprocessor reads templates before tables).
    """
    physical = logical.text.split("\n")
    if len(physical) < 3:
        return None
    opening = physical[0]
    if opening.count("{{") <= opening.count("}}"):
        return None  # joined by a comment or a tag, not by a template left open
    rows = [index for index, text in enumerate(physical[1:-1], 1) if _ROW_SYNTAX.match(text)]
    if not rows:
        return None
    return logical.line + rows[0], logical.line + rows[-1]


def expand_pipes(text: str) -> str:
    """``{{!}}`` as ``|`` and ``{{!!}}`` as ``||`` where they stand outside templates.

    Inside a template's arguments MediaWiki keeps them literal (that is what they
    are for), so only those at the top level become table syntax.
    """
    if "!" not in text or all(map(partial(_pipe_in_template, text), _PIPE_WORD.finditer(text))):
        return text  # no pipe word, or each one an argument's (most articles': a ref's)
    return _expand_top_level_pipes(text)


def _pipe_in_template(text: str, pipe: re.Match[str]) -> bool:
    """True if ``pipe`` stands in a template with no other brace in it: ``{{a|{{!}}|b}}``.

    The ``{{`` before it opens a template (or, in ``{{{``, the brace before it does)
    that the ``}}`` after it closes, whatever stands around them: the pipe is an
    argument's and stays literal.
    """
    start, end = pipe.span()
    opening = text.rfind("{{", 0, start)
    closing = text.find("}}", end)
    return (
        opening >= 0
        and closing >= 0
        and not _has_brace(text, opening + 2, start)
        and not _has_brace(text, end, closing)
    )


def _has_brace(text: str, start: int, end: int) -> bool:
    return text.find("{", start, end) >= 0 or text.find("}", start, end) >= 0


def _expand_top_level_pipes(text: str) -> str:
    """:func:`expand_pipes`, pairing every brace of ``text``."""
    pending: list[tuple[int, int, str]] = []
    stack: list[int] = []  # for each open {{: how many pipes were pending when it opened
    for match in _PIPE_TOKENS.finditer(text):
        if match.group(1):
            pending.append((match.start(), match.end(), "|" * len(match.group(1))))
        elif match.group() == "{{":
            stack.append(len(pending))
        elif stack:
            del pending[stack.pop() :]  # those were inside a template that closed
    if not pending:
        return text
    pieces: list[str] = []
    position = 0
    for start, end, pipes in pending:
        pieces.append(text[position:start])
        pieces.append(pipes)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


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
