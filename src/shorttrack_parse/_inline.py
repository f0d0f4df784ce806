"""Inline wikitext (one cell, one heading, one paragraph) reduced to an :class:`Inline`.

mwparserfromhell parses the markup; this module says what each node shows.
Templates are dropped as the flattened form drops them, except those whose text
is the point (``{{sort}}``, ``{{nowrap}}``, ``{{abbr}}``, medal and note
templates) and flag templates, whose country is kept in ``Inline.flags``.

Most cells are plain text, one link, or one flag template.  Those are tokenized
by a small regular expression (the *simple* path) and give exactly what the
mwparserfromhell path gives; anything else goes to mwparserfromhell.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.entities import name2codepoint
from typing import TYPE_CHECKING, Final, TypeAlias

if TYPE_CHECKING:
    from mwparserfromhell.nodes import Node, Tag

from ._document import Inline, Link
from ._text import CACHED_LENGTH, LazyPattern, TextCache, clean
from ._wikisyntax import TEMPLATE_BRACES, never_closed, split_outside
from .notes import parse_note

# An HTML formatting tag whose pair is missing (<center> on one line, </center> on
# another): MediaWiki shows no text for it; mwparserfromhell leaves it as text.
_STRAY_TAG: Final = LazyPattern(
    r"</?(?:center|div|span|small|big|font|p|blockquote|b|i|u|s|strong|em|sup|sub|abbr"
    r"|code|tt)\b[^<>]*>",
    re.IGNORECASE,
)
# Text, links, templates (their parameters rendered on their own, one template deep
# at most), bold and italics, line breaks, named character references, the
# formatting tags whose text shows as it is (``<small>``, ``<center>``), footnote
# marks (``<sup>[a]</sup>``) and files (``[[File:…|thumb|… [[link]] …]]``).
_SIMPLE_TOKEN: Final = re.compile(
    r"(?P<text>(?:[^\[\]{}<>&']++|'(?!'))+)"
    r"|\[\[(?P<target>[^\[\]{}|<>\n]+)(?:\|(?P<shown>[^\[\]{}|<>\n]*))?\]\]"
    r"|\{\{(?P<template>(?:[^{}<>\[\]]++|\[\[[^\[\]{}<>\n]*\]\]|\{\{[^{}<>\[\]]*\}\})+)\}\}"
    r"|(?P<quotes>''''')|(?P<bold>''')|(?P<italic>'')"
    r"|(?P<br><br\s*/?>)"
    r"|&(?P<entity>[a-zA-Z][a-zA-Z0-9]*);"
    r"|(?P<tag></?(?i:small|big|center|span|div|font|b|i|u|s|strong|em|abbr|sub|code|tt)"
    r"(?:\s[^<>]*)?>|<(?i:references)\s*/>)"
    r"|<(?i:sup)(?:\s[^<>]*)?>(?P<sup>[^<>]*)</(?i:sup)\s*>"
    r"|\[\[(?P<file>\s*(?i:file|image|media)\s*:[^\[\]{}|<>\n]*)"
    r"(?:\|(?:[^\[\]{}<>\n]++|\[\[[^\[\]{}<>\n]*\]\])*)?\]\]"
)
# The commonest cells whole: one link, or one flag template (an athlete's flag holding
# a link).  Names exclude what needs more than a plain reading (markup, underscores,
# namespaces, named parameters); a lone apostrophe (O'Reilly) is plain text.
_LINK_PARTS: Final = (
    r"\[\[(?P<{0}>(?:[^\[\]{{}}|<>\n&'_:]++|'(?!'))+)"
    r"(?:\|(?P<{0}_shown>(?:[^\[\]{{}}|<>\n&']++|'(?!'))*))?\]\]"
)
_COMMON_SHAPE: Final = re.compile(
    rf"\s*(?:{_LINK_PARTS.format('target')}"
    r"|\{\{(?P<flag>[Ff]lag[^{}\[\]|<>&'=\n_:]*)\|"
    rf"(?:{_LINK_PARTS.format('athlete')}\|)?"
    r"(?P<country>[^{}\[\]|<>&'=\n]*)(?:\|[^{}\[\]|<>&'=\n]*)*\}\})\s*"
)
# A reference runs to the next </ref>; its text stops at any other <ref, so a page of
# unclosed <ref> tags costs linear time, not quadratic.  (Runs of characters other
# than "<" are taken whole: a dot tempered at every character costs ten times more.)
_REFERENCE: Final = re.compile(
    r"<ref\b[^>]*/>|<ref\b[^>]*>[^<]*+(?:<(?!/?ref\b)[^<]*+)*+</ref\s*>", re.IGNORECASE
)
_OPENERS: Final = LazyPattern(r"\{\{|\}\}|\[\[|\]\]|\[|\]|<(/?)([a-zA-Z]+)[^<>]*?(/?)>")
_VOID_TAGS: Final = frozenset({"br", "hr", "wbr", "img"})
# mwparserfromhell retries every construct it cannot close, so its time grows with
# (unclosed constructs) x (length).  Beyond this budget the text is shown as written.
_UNCLOSED_BUDGET: Final = 100_000
# mwparserfromhell stops nesting templates at about 40 levels and then shows the
# braces as text; articles nest a handful.
_MAX_TEMPLATE_DEPTH: Final = 30
_FOOTNOTE: Final = LazyPattern(r"\s*(?:\[[^\]]*\]|[a-z0-9*†‡§]{1,2})\s*")
# Runs of six and more apostrophes follow MediaWiki's special rules: leave them to
# mwparserfromhell.
_ODD_QUOTES: Final = "''''''"
_TAG_START: Final = LazyPattern(r"</?[a-zA-Z]")
# The body of a template with no template inside.
_INNER_TEMPLATE: Final = LazyPattern(r"\{\{([^{}]*)\}\}")
# What opens a list, a heading or a rule at a line's start.
_LINE_MARKUP: Final = frozenset("*#:;=-")
_DROPPED_TAGS: Final = frozenset({"ref", "references", "gallery", "math", "score", "timeline"})
_DROPPED_LINK_NAMESPACES: Final = ("file:", "image:", "category:", "media:")
_MEDAL: Final = re.compile(r"(gold|silver|bronze)\s*(medal|medals|0?1|icon|2|3)?")
_MEDAL_ICON: Final = re.compile(r"^(?:file|image):.*\b(gold|silver|bronze)[ _]?medal")
_MEDAL_PLACE: Final = {"gold": "1", "silver": "2", "bronze": "3"}
_ATHLETE_FLAG: Final = re.compile(r"flag.*(athlete|medalist|athletename)")
_THREE_CAPITALS: Final = LazyPattern(r"[A-Z]{3}")
# Templates that show one of their parameters: name (folded) -> parameter.
_SHOWN_PARAMETER: Final = {
    "nowrap": "1",
    "nobr": "1",
    "nobold": "1",
    "small": "1",
    "smaller": "1",
    "big": "1",
    "center": "1",
    "abbr": "1",
    "abbrlink": "1",
    "tooltip": "1",
    "hover title": "2",
    "sort": "2",
    "lang": "2",
    "nts": "1",
    "color": "2",
    "colour": "2",
    "font color": "2",
    "ntsh": "1",
}
# Templates that list their items, one a line: ``{{plainlist|* A\n* B}}``, ``{{ubl|A|B}}``.
_LIST_TEMPLATES: Final = frozenset(
    {"plainlist", "plain list", "unbulleted list", "ubl", "flatlist", "flat list", "hlist"}
)
# Line-start spaces only: "\s*" would run on through every blank line after it.
_LIST_MARK: Final = LazyPattern(r"^[^\S\n]*[*#]+\s*", re.M)
_SYMBOLS: Final = {
    "nbsp": " ",
    "ndash": "–",
    "mdash": "—",
    "dash": "–",
    "snd": " – ",
    "spnd": " – ",
    "–": "–",
    "—": "—",
    "!": "|",
    "=": "=",
    "·": "·",
    "dot": "·",
    "bull": "•",
}


class _Rendered:
    __slots__ = ("flags", "links", "parts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.links: list[Link] = []
        self.flags: list[str] = []

    def add(self, inline: Inline) -> None:
        self.parts.append(inline.text)
        self.links.extend(inline.links)
        self.flags.extend(inline.flags)

    def inline(self) -> Inline:
        return Inline(_tidy("".join(self.parts)), tuple(self.links), tuple(self.flags))


def _tidy(text: str) -> str:
    """Whitespace runs made one space, blank lines dropped, ends stripped."""
    if "\n" not in text:
        return clean(text)
    return "\n".join(line for line in map(clean, text.split("\n")) if line)


def _template_name(raw: str) -> str:
    name = " ".join(raw.replace("_", " ").split())
    if name.casefold().startswith("template:"):
        name = name[len("template:") :].strip()
    return name


def _split_template(body: str) -> tuple[str, dict[str, str]]:
    """Name and parameters of a template body; positional ones are numbered from 1."""
    parts = split_outside(body, "|")
    params: dict[str, str] = {}
    position = 0
    for part in parts[1:]:
        pieces = split_outside(part, "=", 1)
        if len(pieces) == 2 and pieces[0].strip():
            params[pieces[0].strip()] = pieces[1]
        else:
            position += 1
            params[str(position)] = part
    return _template_name(parts[0]), params


def _read_otherwise(body: str) -> bool:
    """True if MediaWiki would not read ``{{body}}`` as :func:`_split_template` does.

    That is a name that is blank or holds a line break, a link or a template; a
    parameter with nothing before its ``=`` (named, not numbered); bold or italics
    across the parameters; and the same in a template nested in this one.
    """
    if "''" in body:
        return True
    parts = split_outside(body, "|")
    name = parts[0].strip()
    if not name or "\n" in name or "[[" in name or "{{" in name:
        return True
    for part in parts[1:]:
        pieces = split_outside(part, "=", 1)
        if len(pieces) == 2 and not pieces[0].strip():
            return True
    return "{{" in body and any(map(_read_otherwise, _INNER_TEMPLATE.findall(body)))


def _deepest_template(text: str) -> int:
    depth = deepest = 0
    for match in TEMPLATE_BRACES.finditer(text):
        if match.group() == "{{":
            depth += 1
            deepest = max(deepest, depth)
        elif depth:
            depth -= 1
    return deepest


def _unclosed(text: str) -> int:
    """How many templates, links and tags in ``text`` are opened and never closed.

    A tag's start with no ``>`` after it (``<small ``) counts too: the parser tries
    each as a tag to the end of the text.
    """
    counts: dict[str, int] = {"<": len(_TAG_START.findall(text)) if "<" in text else 0}
    for match in _OPENERS.finditer(text):
        token = match.group()
        if match.group(2):
            counts["<"] -= 1  # a tag's start that does end in ">"
            name = match.group(2).casefold()
            if name in _VOID_TAGS or match.group(3):
                continue
            token = name
            counts[token] = counts.get(token, 0) + (-1 if match.group(1) else 1)
            continue
        opener = {"}}": "{{", "]]": "[[", "]": "["}.get(token)
        if opener is None:
            counts[token] = counts.get(token, 0) + 1
        else:
            counts[opener] = counts.get(opener, 0) - 1
    return sum(count for count in counts.values() if count > 0)


def _common_shape(wikitext: str) -> Inline | None:
    """What the simple path gives for a lone link or flag template, read in one match."""
    match = _COMMON_SHAPE.fullmatch(wikitext)
    if match is None:
        return None
    target, target_shown, flag, athlete, athlete_shown, country = match.groups()
    if flag is None:
        return _linked(target, target_shown)
    is_athlete = _takes_athlete(flag)
    if is_athlete != (athlete is not None):
        return None  # an athlete's name without a link, or a country's flag with one
    country = clean(country)
    flags = (country,) if country else ()
    if not is_athlete:
        return Inline("", (), flags)
    shown = _linked(athlete, athlete_shown)
    return Inline(shown.text, shown.links, flags)


@TextCache  # a few names (``flagIOC``, ``flagIOCathlete``) in every article
def _takes_athlete(flag: str) -> bool:
    """True if the flag template named ``flag`` takes an athlete before the country."""
    return _ATHLETE_FLAG.match(" ".join(flag.split()).casefold()) is not None


def _linked(raw_target: str, raw_shown: str | None) -> Inline:
    target = clean(raw_target)
    shown = target if raw_shown is None else clean(raw_shown)
    return Inline(shown, (Link(target, shown),) if target else ())


Report = Callable[[int | None, str, str], None]
# What is wrong with a text (message, code), told again for every line holding it.
Problems: TypeAlias = tuple[tuple[str, str], ...]


def _rendering(wikitext: str) -> tuple[Inline, Problems]:
    """What ``wikitext`` shows, and what is wrong with it."""
    # No character that starts markup (five tests for "in" cost half a regex search).
    if (
        "[" not in wikitext
        and "{" not in wikitext
        and "<" not in wikitext
        and "&" not in wikitext
        and "'" not in wikitext
    ):
        return Inline(_tidy(wikitext)), ()
    # References never show where they stand; removing them first lets most prose
    # take the simple path.
    text = _REFERENCE.sub("", wikitext) if "<ref" in wikitext else wikitext
    shown = _common_shape(text) or _simple(text)
    if shown is not None:
        return shown, ()
    return _guarded_full(text)


# Short texts (cells, labels) recur across articles; a rendering is a pure function
# of its text, its problems included.
_short_rendering: Final = TextCache(_rendering)


def shown_without_problems(wikitext: str) -> Inline | None:
    """What a short ``wikitext`` shows, if nothing in it is to be told for its line.

    ``None`` for a long text or one with problems: :meth:`InlineRenderer.render`
    renders it where it stands.  Not looked up nor kept in the shared cache: the
    caller keeps what it is given.
    """
    if len(wikitext) > CACHED_LENGTH:
        return None
    shown, problems = _rendering(wikitext)
    return None if problems else shown


def _shown(wikitext: str) -> Inline:
    """What a piece of markup inside a text shows (its problems are the text's)."""
    return _short_rendering(wikitext)[0]


class InlineRenderer:
    """Renders inline wikitext for one document.

    ``report(line, message, code)`` is told of text too broken to render, which
    is then shown as written, and of templates and links never closed, each time
    such a text is rendered for a line.
    """

    def __init__(self, report: Report | None = None) -> None:
        # Texts too long for the shared cache, rendered once per document all the same.
        self._long: dict[str, tuple[Inline, Problems]] = {}
        self._report = report

    def render(self, wikitext: str, line: int | None = None) -> Inline:
        """The :class:`Inline` a piece of wikitext shows; ``line`` is where it stands."""
        if len(wikitext) <= CACHED_LENGTH:
            shown, problems = _short_rendering(wikitext)
        else:
            rendered = self._long.get(wikitext)
            if rendered is None:
                rendered = self._long[wikitext] = _rendering(wikitext)
            shown, problems = rendered
        if problems and line is not None and self._report is not None:
            for message, code in problems:
                self._report(line, message, code)
        return shown


def _guarded_full(text: str) -> tuple[Inline, Problems]:
    """The parser's reading of ``text``, unless it is too broken to read."""
    unclosed = _unclosed(text)
    problems: list[tuple[str, str]] = []
    problem = None
    if unclosed * len(text) > _UNCLOSED_BUDGET:
        problem = f"{unclosed} templates, links or tags are never closed"
    elif kind := never_closed(text):
        marks = "{{" if kind == "template" else "[["
        message = f"a {kind} ({marks!r}) is opened and never closed, so it shows as text"
        problems.append((message, f"unclosed-{kind}"))
    if problem is None and (depth := _deepest_template(text)) > _MAX_TEMPLATE_DEPTH:
        problem = f"templates nested {depth} deep"
    if problem is None:
        return _full(text), tuple(problems)
    problems.append((f"{problem}; text kept as written", "unreadable-markup"))
    return Inline(_tidy(text)), tuple(problems)


def _simple(wikitext: str) -> Inline | None:
    out = _Rendered()
    position = 0
    quotes = 0
    styled = tagged = False  # bold or italics, formatting tags
    extended = False  # markup beyond links, templates of text, bold and italics
    templates: list[str] = []
    for match in _SIMPLE_TOKEN.finditer(wikitext):
        if match.start() != position:
            return None
        position = match.end()
        kind = match.lastgroup
        if kind == "text":
            out.parts.append(match.group())
        elif kind == "shown" or kind == "target":
            _link(match["target"], match["shown"], out)
        elif kind == "template":
            body = match["template"]
            extended = extended or "{" in body or "'" in body or "&" in body
            templates.append(body)
            name, params = _split_template(body)
            _template(name, params, out)
        elif kind == "br":
            out.parts.append("\n")
        elif kind == "entity":
            extended = True
            code = name2codepoint.get(match["entity"])
            if code is None:
                return None  # not a reference MediaWiki knows: shown as written
            out.parts.append(chr(code))
        elif kind == "tag":
            extended = tagged = True  # shows nothing; what it encloses shows as it is
        elif kind == "sup":
            if not _FOOTNOTE.fullmatch(match["sup"]):
                return None  # a superscript that is not a footnote mark shows its text
            extended = tagged = True
        elif kind == "file":
            extended = True
            _link(match["file"], None, out)
        else:
            styled = True
            quotes ^= {"quotes": 3, "bold": 1, "italic": 2}[kind or ""]
    if position != len(wikitext) or quotes or _ODD_QUOTES in wikitext:
        return None
    if styled and tagged:
        return None  # bold or italics may cross the tags: leave them to the parser
    if extended and (
        any(line[:1] in _LINE_MARKUP for line in wikitext.split("\n"))
        or any(map(_read_otherwise, templates))
    ):
        # Lists, headings and templates that MediaWiki reads otherwise are the
        # parser's, in text that holds more than the simplest markup (what the
        # simple path read before it knew references, tags and files, it reads
        # as before).
        return None
    return out.inline()


def _full(wikitext: str) -> Inline:
    # Imported here: most articles never need it, and it costs a fresh process
    # a fifth of its import time.
    import mwparserfromhell

    out = _Rendered()
    _nodes(mwparserfromhell.parse(wikitext).nodes, out)
    return out.inline()


def _nodes(nodes: list[Node], out: _Rendered) -> None:
    from mwparserfromhell.nodes import (
        ExternalLink,
        Heading,
        HTMLEntity,
        Tag,
        Template,
        Text,
        Wikilink,
    )

    for node in nodes:
        if isinstance(node, Text):
            value = node.value
            out.parts.append(_STRAY_TAG.sub("", value) if "<" in value else value)
        elif isinstance(node, Wikilink):
            shown = str(node.text) if node.text is not None else None
            _link(str(node.title), shown, out)
        elif isinstance(node, Template):
            params = {str(param.name).strip(): str(param.value) for param in node.params}
            _template(_template_name(str(node.name)), params, out)
        elif isinstance(node, Tag):
            _tag(node, out)
        elif isinstance(node, HTMLEntity):
            out.parts.append(node.normalize())
        elif isinstance(node, ExternalLink):
            if node.title is not None:
                _nodes(node.title.nodes, out)
        elif isinstance(node, Heading):
            _nodes(node.title.nodes, out)
        # Comments and anything else show nothing.


def _tag(node: Tag, out: _Rendered) -> None:
    name = str(node.tag).strip().casefold()
    if name == "br":
        out.parts.append("\n")
    elif name == "sup" and node.contents is not None and _FOOTNOTE.fullmatch(str(node.contents)):
        return  # a footnote marker: <sup>[a]</sup>, <sup>1</sup>, <sup>†</sup>
    elif name not in _DROPPED_TAGS and node.contents is not None:
        _nodes(node.contents.nodes, out)


def _link(raw_target: str, raw_shown: str | None, out: _Rendered) -> None:
    target = " ".join(raw_target.replace("_", " ").split())
    if target.casefold().startswith(_DROPPED_LINK_NAMESPACES):
        # [[File:…]] and [[Category:…]] show nothing ([[:Category:…]] is a link),
        # except a medal icon standing for a place: [[File:Gold medal.svg|20px]].
        medal = _MEDAL_ICON.search(target.casefold())
        if medal is not None:
            out.parts.append(_MEDAL_PLACE[medal.group(1)])
        return
    target = target.lstrip(":").strip()
    if raw_shown is None:
        text = target
    else:
        shown = _shown(raw_shown)
        text = shown.text
        out.flags.extend(shown.flags)
    out.parts.append(text)
    if target:
        out.links.append(Link(target, text))


def _template(name: str, params: dict[str, str], out: _Rendered) -> None:
    folded = name.casefold()
    if folded.startswith("flag"):
        _flag(folded, params, out)
    elif folded == "sortname":
        first = _shown(params.get("1", "")).text
        last = _shown(params.get("2", "")).text
        shown = " ".join(part for part in (first, last) if part)
        out.parts.append(shown)
        if shown and not params.get("nolink", "").strip():
            dab = _shown(params.get("dab", "")).text
            default = f"{shown} ({dab})" if dab else shown
            target = _shown(params.get("3", "")).text or default
            out.links.append(Link(target, shown))
    elif folded in _LIST_TEMPLATES:
        out.add(_list(params))
    elif folded in _SHOWN_PARAMETER:
        value = params.get(_SHOWN_PARAMETER[folded])
        if value is None and folded == "sort":
            value = params.get("1")
        if value is not None:
            out.add(_shown(value))
    elif folded in _SYMBOLS:
        out.parts.append(_SYMBOLS[folded])
    elif (medal := _MEDAL.fullmatch(folded)) is not None:
        out.parts.append(_MEDAL_PLACE[medal.group(1)])
    elif not params and parse_note(name) is not None:
        # A note of its own even when written against a time: "2:17.611{{OR}}".
        out.parts.append(f" {name} ")
    elif not params and _THREE_CAPITALS.fullmatch(name):
        out.flags.append(name)


def _list(params: dict[str, str]) -> Inline:
    items = [
        _LIST_MARK.sub("", value).strip()
        for key, value in params.items()
        if key.isdigit() and value.strip()
    ]
    return _shown("<br />".join(item.replace("\n", "<br />") for item in items))


def _flag(folded: str, params: dict[str, str], out: _Rendered) -> None:
    if _ATHLETE_FLAG.match(folded):
        athlete = params.get("1")
        if athlete is not None:
            out.add(_shown(athlete))
        country = params.get("2", "")
    else:
        country = params.get("1", "")
    country_text = _shown(country).text if country else ""
    if country_text:
        out.flags.append(country_text)
