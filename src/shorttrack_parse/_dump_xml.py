"""Pages out of MediaWiki XML export bytes, streamed with the standard library's expat.

Each ``<page>`` is handed on as soon as it closes and then dropped from the tree,
so memory holds one page at a time however large the export.  Element names are
compared without their namespace: the export schema's URI changes with its
version (``export-0.10``, ``export-0.11`` …), and the pages of one multistream
stream carry none at all.

Why not mwxml: it runs on this same ``xml.etree`` expat parser, adding a Python
layer per element (slower) and dependencies (mwtypes, jsonschema …); and its
``Dump`` wants a whole export that opens with ``<siteinfo>``, while one stream
of a multistream dump is a bare run of ``<page>`` elements.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from typing import Final

import attrs

from .errors import InputError

_MAIN_NAMESPACE: Final = 0


@attrs.frozen
class Page:
    """One page of an export: its latest revision's text."""

    title: str
    namespace: int
    redirect: bool
    text: str


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _child_text(element: ET.Element, name: str) -> str | None:
    for child in element:
        if _local(child.tag) == name:
            return child.text
    return None


def _page(element: ET.Element) -> Page:
    title = _child_text(element, "title") or ""
    namespace = _child_text(element, "ns")
    redirect = False
    text = ""
    for child in element:
        name = _local(child.tag)
        if name == "redirect":
            redirect = True
        elif name == "revision":
            # A history export lists revisions oldest first: the last one wins.
            text = _child_text(child, "text") or ""
    try:
        number = int(namespace) if namespace is not None else _MAIN_NAMESPACE
    except ValueError:
        number = _MAIN_NAMESPACE
    return Page(title, number, redirect, text)


def pages(chunks: Iterable[bytes], *, where: str) -> Iterator[Page]:
    """The pages of an XML document given as consecutive byte ``chunks``.

    ``where`` names the input in the :class:`InputError` raised for broken XML.
    """
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end"))
    root: list[ET.Element] = []
    try:
        for chunk in chunks:
            parser.feed(chunk)
            yield from _closed_pages(parser, root)
        parser.close()
        yield from _closed_pages(parser, root)
    except ET.ParseError as error:
        line, column = error.position
        raise InputError(f"{where}: broken XML at line {line}, column {column}: {error}") from None


def _closed_pages(parser: ET.XMLPullParser[ET.Element], root: list[ET.Element]) -> Iterator[Page]:
    for item in parser.read_events():
        element = item[-1]
        if not isinstance(element, ET.Element):
            continue
        if not root:
            root.append(element)
        if item[0] == "end" and _local(element.tag) == "page":
            yield _page(element)
            root[0].clear()  # the page is done with: keep memory flat
