"""Hypothesis generators of hostile input: arbitrary text, assembled wikitext, mutations.

They build what an editor might type and what nobody should: markup fragments with
random spans and attributes, fixtures with lines deleted, duplicated, swapped or
cut, characters flipped, and odd Unicode (NUL, ``\\r``, RTL marks, combining marks,
full-width and superscript digits, lone surrogates, tabs) inserted.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Final

from hypothesis import strategies as st

FIXTURES: Final = Path(__file__).resolve().parent.parent.parent / "fixtures"
FIXTURE_TEXTS: Final = tuple(
    path.read_text(encoding="utf-8")
    for path in sorted([*FIXTURES.glob("text/*.txt"), *FIXTURES.glob("wikitext/*.wiki")])
)

ODD_CHARACTERS: Final = (
    "\x00",
    "\r",
    "\r\n",
    "\t",
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u0301",  # combining acute
    "\u00a0",
    "\u2028",
    "\ufeff",
    "１２",  # full-width digits
    "²³",  # superscript digits
    "①",
    "\ud800",  # lone surrogates
    "\udfff",
    "٣",  # Arabic-Indic three
)
MARKUP: Final = (
    "{{",
    "}}",
    "[[",
    "]]",
    "|",
    "||",
    "!!",
    "!",
    "{|",
    "|}",
    "|-",
    "|+",
    "'''",
    "''",
    "<ref>",
    "</ref>",
    "<ref name=x />",
    "<!--",
    "-->",
    "<nowiki>",
    "</nowiki>",
    "<br />",
    "&nbsp;",
    "&#124;",
    "{{!}}",
    "==",
    ";",
    "- ",
    "– DQ",
    "rowspan=",
    "colspan=",
    "9" * 5000,
    "=",
    "\n",
)
_WORDS: Final = ("Heat 1", "Final A", "Q", "DQ", "1:29.109", "43.147", "1", "–", "KOR", "Kim")


# Strategies are built once: building and validating them on every draw cost the
# campaign five sixths of its time.
@functools.cache
def fragments() -> st.SearchStrategy[str]:
    """A markup fragment, an odd character, a word of the domain, or any short text."""
    return st.one_of(
        st.sampled_from(MARKUP),
        st.sampled_from(ODD_CHARACTERS),
        st.sampled_from(_WORDS),
        st.text(max_size=8),
    )


def arbitrary_text() -> st.SearchStrategy[str]:
    """Any text at all, lone surrogates included."""
    return st.one_of(
        st.text(max_size=300),
        st.text(st.characters(codec=None), max_size=300),
        st.lists(fragments(), max_size=60).map("".join),
    )


@functools.cache
def _attributes() -> st.SearchStrategy[str]:
    span = st.integers(-3, 12).map(str) | st.sampled_from(["", "x", "9" * 5000, "²", "１"])
    one = st.one_of(
        st.builds(lambda name, n: f"{name}={n}", st.sampled_from(["rowspan", "colspan"]), span),
        st.builds(lambda n: f'rowspan="{n}"', span),
        st.sampled_from(["align=left", 'style="color:red"', "bgcolor=ccffcc", "class=x", "a"]),
        st.text(alphabet="abc=\"' |", max_size=12),
    )
    return st.lists(one, max_size=3).map(" ".join)


@st.composite
def _cell(draw: st.DrawFn) -> str:
    attributes = draw(_attributes())
    text = draw(_CELL_TEXT)
    return f"{attributes} | {text}" if attributes else text


_CELL_TEXT: Final = st.lists(fragments(), max_size=4).map("".join)
_CELLS: Final = tuple(st.lists(_cell(), max_size=size + 1) for size in range(8))
_HEADERS: Final = st.sampled_from(
    [
        ["Rank", "Athlete", "Country", "Time", "Notes"],
        ["Rank", "Country", "Athletes", "Time", "Notes"],
        ["Heat", "Rank", "Athlete", "Country", "Time", "Notes"],
        ["Date", "Round", "Athlete", "Country", "Time", "OR", "WR"],
        ["Record", "Athlete", "Country", "Time", "Place", "Date"],
    ]
)
_ROW_MARKS: Final = st.sampled_from(["", " bgcolor=ccffcc", " attributes"])


@st.composite
def _table(draw: st.DrawFn, depth: int = 0) -> list[str]:
    header = draw(_HEADERS)
    attributes = draw(st.booleans())
    lines = ['{| class="wikitable"' + (" " + draw(_attributes()) if attributes else "")]
    if draw(st.booleans()):
        lines.append(f"|+ {draw(fragments())}")
    lines.append("! " + " !! ".join(header))
    for _ in range(draw(st.integers(0, 6))):
        mark = draw(_ROW_MARKS)
        lines.append("|-" + (" " + draw(_attributes()) if mark == " attributes" else mark))
        cells = draw(_CELLS[len(header)])
        if draw(st.booleans()):
            lines.append("| " + " || ".join(cells))
        else:
            lines.extend(f"| {cell}" for cell in cells)
        if depth < 2 and draw(st.integers(0, 9)) == 0:
            lines.extend(draw(_table(depth + 1)))
    if draw(st.integers(0, 5)):
        lines.append("|}")
    return lines


@st.composite
def _block(draw: st.DrawFn) -> list[str]:
    kind = draw(st.integers(0, 6))
    if kind == 0:
        return draw(_table())
    if kind == 1:
        level = "=" * draw(st.integers(1, 4))
        name = draw(st.sampled_from(["Results", "Heats", "Quarterfinals", "Final", "Records"]))
        return [f"{level}{name}{level}"]
    if kind == 2:
        return [f";{draw(st.sampled_from(_WORDS))}"]
    if kind == 3:
        keys = ["event", "games", "dates", "competitors", "nations", "win_value", "gold", "goldNOC"]
        params = draw(st.lists(st.tuples(st.sampled_from(keys), fragments()), max_size=5))
        closed = draw(st.booleans())
        return [
            "{{Infobox Olympic event",
            *(f"| {key} = {value}" for key, value in params),
            *(["}}"] if closed else []),
        ]
    if kind == 4:
        return [
            draw(st.sampled_from(["<!-- a", "-->", "<ref>", "</ref>", "<nowiki>", "{{nowrap|"]))
        ]
    return [draw(st.lists(fragments(), max_size=8).map("".join))]


def assembled_wikitext() -> st.SearchStrategy[str]:
    """Wikitext built of tables, templates, links, tags and comments, with random spans."""
    return st.lists(_block(), max_size=8).map(
        lambda blocks: "\n".join(line for block in blocks for line in block)
    )


def flattened_tables() -> st.SearchStrategy[str]:
    """Flattened text: headings, race terms and ``| a | b |`` rows of hostile cells."""

    @st.composite
    def build(draw: st.DrawFn) -> str:
        lines = ["= Women's 500 metres =", "", "==Results==", "===Heats==="]
        for _ in range(draw(st.integers(0, 4))):
            lines.append(f";{draw(st.sampled_from(_WORDS))}")
            lines.append("| Rank | Athlete | Country | Time | Notes |")
            for _ in range(draw(st.integers(0, 6))):
                cells = draw(st.lists(fragments(), max_size=6))
                lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines)

    return build()


@st.composite
def mutated_fixture(draw: st.DrawFn) -> str:
    """A fixture with a few lines deleted, duplicated, swapped or cut, or characters changed."""
    lines = draw(st.sampled_from(FIXTURE_TEXTS)).split("\n")
    for _ in range(draw(st.integers(1, 4))):
        operation = draw(st.integers(0, 5))
        at = draw(st.integers(0, len(lines) - 1))
        if operation == 0 and len(lines) > 1:
            del lines[at]
        elif operation == 1:
            lines.insert(at, lines[draw(st.integers(0, len(lines) - 1))])
        elif operation == 2:
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif operation == 3:
            lines = lines[: at + 1]
        else:
            line = lines[at]
            where = draw(st.integers(0, len(line)))
            inserted = draw(fragments()) if operation == 4 else draw(st.characters(codec=None))
            cut = where + (1 if operation == 5 else 0)
            lines[at] = line[:where] + inserted + line[cut:]
    return "\n".join(lines)


def hostile_inputs() -> st.SearchStrategy[str]:
    """Every kind of hostile text above."""
    return st.one_of(arbitrary_text(), assembled_wikitext(), flattened_tables(), mutated_fixture())
