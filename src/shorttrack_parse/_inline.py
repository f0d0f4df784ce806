"""Inline wikitext (one cell, one heading, one paragraph) reduced to an :class:`Inline`.

mwparserfromhell parses the markup; this module says what each node shows.
Templates are dropped as the flattened form drops them, except those whose text
is the point (``{{sort}}``, ``{{nowrap}}``, ``{{abbr}}``, medal and note
templates) and flag templates, whose country is kept in ``Inline.flags``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

import mwparserfromhell
from mwparserfromhell.nodes import (
    Comment,
    ExternalLink,
    Heading,
    HTMLEntity,
    Node,
    Tag,
    Template,
    Text,
    Wikilink,
)
from mwparserfromhell.wikicode import Wikicode

from ._document import Inline, Link
from .notes import parse_note

_MARKUP: Final = re.compile(r"[\[{<&']")
_DROPPED_TAGS: Final = frozenset({"ref", "references", "gallery", "math", "score", "timeline"})
_DROPPED_LINK_NAMESPACES: Final = ("file:", "image:", "category:", "media:")
_MEDAL: Final = re.compile(r"(gold|silver|bronze)\s*(medal|medals|0?1|icon|2|3)?")
_MEDAL_PLACE: Final = {"gold": "1", "silver": "2", "bronze": "3"}
_ATHLETE_FLAG: Final = re.compile(r"flag.*(athlete|medalist|athletename)")
_THREE_CAPITALS: Final = re.compile(r"[A-Z]{3}")
# Templates that show one of their parameters: name (folded) -> parameter.
_TEXT_PARAMETER: Final = {
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
    "sortname": "",
    "lang": "2",
    "nts": "1",
    "ntsh": "1",
    "tstop": "1",
}
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


def _fold_name(template: Template) -> str:
    name = str(template.name).strip().replace("_", " ")
    if name.casefold().startswith("template:"):
        name = name[len("template:") :]
    return " ".join(name.split())


def _param(template: Template, name: str) -> Wikicode | None:
    if template.has(name):
        value: Wikicode = template.get(name).value
        return value
    return None


def _param_text(template: Template, name: str) -> str:
    value = _param(template, name)
    return " ".join(str(value.strip_code()).split()) if value is not None else ""


class InlineRenderer:
    """Renders inline wikitext; remembers what it rendered, since cells repeat."""

    def __init__(self) -> None:
        self._memo: dict[str, Inline] = {}

    def render(self, wikitext: str) -> Inline:
        """The :class:`Inline` a piece of wikitext shows."""
        known = self._memo.get(wikitext)
        if known is not None:
            return known
        if not _MARKUP.search(wikitext):
            result = Inline(_tidy(wikitext))
        else:
            out = _Rendered()
            self._nodes(mwparserfromhell.parse(wikitext, skip_style_tags=False).nodes, out)
            text = "".join(out.parts)
            result = Inline(_tidy(text), tuple(out.links), tuple(out.flags))
        self._memo[wikitext] = result
        return result

    def _nodes(self, nodes: list[Node], out: _Rendered) -> None:
        for node in nodes:
            handler = _HANDLERS.get(type(node))
            if handler is not None:
                handler(self, node, out)

    def _text(self, node: Text, out: _Rendered) -> None:
        out.parts.append(node.value)

    def _entity(self, node: HTMLEntity, out: _Rendered) -> None:
        out.parts.append(node.normalize())

    def _link(self, node: Wikilink, out: _Rendered) -> None:
        target = " ".join(str(node.title).replace("_", " ").split())
        if target.casefold().startswith(_DROPPED_LINK_NAMESPACES):
            return
        target = target.lstrip(":")
        if node.text is not None:
            inner = _Rendered()
            self._nodes(node.text.nodes, inner)
            shown = "".join(inner.parts)
            out.flags.extend(inner.flags)
        else:
            shown = target
        out.parts.append(shown)
        if target:
            out.links.append(Link(target, " ".join(shown.split())))

    def _external(self, node: ExternalLink, out: _Rendered) -> None:
        if node.title is not None:
            self._nodes(node.title.nodes, out)

    def _tag(self, node: Tag, out: _Rendered) -> None:
        name = str(node.tag).strip().casefold()
        if name == "br":
            out.parts.append("\n")
        elif name not in _DROPPED_TAGS and node.contents is not None:
            self._nodes(node.contents.nodes, out)

    def _heading(self, node: Heading, out: _Rendered) -> None:
        self._nodes(node.title.nodes, out)

    def _template(self, node: Template, out: _Rendered) -> None:
        name = _fold_name(node)
        folded = name.casefold()
        if folded.startswith("flag"):
            self._flag(node, folded, out)
        elif folded in _TEXT_PARAMETER:
            self._shown_parameter(node, folded, out)
        elif folded in _SYMBOLS:
            out.parts.append(_SYMBOLS[folded])
        elif (medal := _MEDAL.fullmatch(folded)) is not None:
            out.parts.append(_MEDAL_PLACE[medal.group(1)])
        elif not node.params and parse_note(name) is not None:
            out.parts.append(name)
        elif not node.params and _THREE_CAPITALS.fullmatch(name):
            out.flags.append(name)

    def _flag(self, node: Template, folded: str, out: _Rendered) -> None:
        if _ATHLETE_FLAG.match(folded):
            athlete = _param(node, "1")
            if athlete is not None:
                self._nodes(athlete.nodes, out)
            country = _param_text(node, "2")
        else:
            country = _param_text(node, "1")
        if country:
            out.flags.append(country)

    def _shown_parameter(self, node: Template, folded: str, out: _Rendered) -> None:
        if folded == "sortname":
            first, last = _param_text(node, "1"), _param_text(node, "2")
            shown = " ".join(part for part in (first, last) if part)
            out.parts.append(shown)
            if not _param_text(node, "nolink") and shown:
                out.links.append(Link(_param_text(node, "3") or shown, shown))
            return
        value = _param(node, _TEXT_PARAMETER[folded])
        if value is None and folded == "sort":
            value = _param(node, "1")
        if value is not None:
            self._nodes(value.nodes, out)


def _tidy(text: str) -> str:
    lines = (" ".join(line.replace("\u00a0", " ").split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


_Handler = Callable[[InlineRenderer, Node, _Rendered], None]
_HANDLERS: Final[dict[type[Node], _Handler]] = {
    Text: InlineRenderer._text,  # type: ignore[dict-item]
    HTMLEntity: InlineRenderer._entity,  # type: ignore[dict-item]
    Wikilink: InlineRenderer._link,  # type: ignore[dict-item]
    ExternalLink: InlineRenderer._external,  # type: ignore[dict-item]
    Tag: InlineRenderer._tag,  # type: ignore[dict-item]
    Heading: InlineRenderer._heading,  # type: ignore[dict-item]
    Template: InlineRenderer._template,  # type: ignore[dict-item]
    Comment: lambda _renderer, _node, _out: None,
}
