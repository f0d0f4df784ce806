"""Writing any text so that the readers give it back: the renderers' escapes.

Wikitext: characters that are markup (``{ } [ ] | ' < > & =`` and ``__``) become
HTML character references, which MediaWiki, and our reader, turn back into the
characters but never read as markup.  Flattened text has one piece of syntax in a
table row, the bar between cells: a bar inside a cell is written ``\\|`` and a
backslash ``\\\\``.
"""

from __future__ import annotations

from typing import Final

_WIKI_ENTITIES: Final = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        "{": "&#123;",
        "}": "&#125;",
        "[": "&#91;",
        "]": "&#93;",
        "|": "&#124;",
        "'": "&#39;",
        "=": "&#61;",
    }
)
# At a line start these open lists, definitions, preformatted text or tables.
_LINE_START: Final = {"*": "&#42;", "#": "&#35;", ":": "&#58;", ";": "&#59;", "!": "&#33;"}
_FLAT_CELL: Final = str.maketrans({"\\": "\\\\", "|": "\\|"})


def wiki_text(text: str) -> str:
    """``text`` as wikitext that reads back as exactly this text, never as markup."""
    escaped = text.translate(_WIKI_ENTITIES).replace("__", "_&#95;")
    lines = escaped.split("\n")
    return "\n".join(_LINE_START.get(line[:1], line[:1]) + line[1:] for line in lines)


def flat_cell(text: str) -> str:
    """``text`` as one cell of a flattened-text table row."""
    return text.translate(_FLAT_CELL)
