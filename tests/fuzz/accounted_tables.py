"""Generated results tables that know what each of their lines is.

Every line a generator emits is tagged: a data ``row`` (it must become a result
or a diagnostic naming it), a race ``label`` (it must name a race, or be
reported), a relay's ``members`` row (the members of the team above, or a
result, or reported), a ``header`` (never a result), or ``markup`` (``|-``, ``{|``, ``|}``,
the lines of a row after its first), an ``entry`` (a real article's result or
record row: moved, it must still be a result, a record or a diagnostic), or
``free`` (a row of a real article that gave neither: it may be read either way).
``assert_accounted`` then tells a label the reader took for a race from a row it
lost.  No label or header row is put
where a rowspan from above reaches: MediaWiki lays the spanned cell into it, so
such a row is data, and is checked as one.
"""

from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path

import attrs
from hypothesis import strategies as st

import shorttrack_parse as sp

from .generators import FIXTURES, ODD_CHARACTERS
from .properties import check_text

_HEADERS = (
    ("Rank", "Athlete", "Country", "Time", "Notes"),
    ("Rank", "Country", "Athletes", "Time", "Notes"),
    ("Heat", "Rank", "Athlete", "Country", "Time", "Notes"),
    ("Pos.", "Name", "Nation", "Result", "Qual."),
    ("Rank", "Athlete", "Time"),
)
_VALUES = {
    "Rank": ("1", "2", "3", "–", "", "DNF"),
    "Pos.": ("1", "2", "–"),
    "Heat": ("1", "2", "3"),
    "Athlete": ("[[Kim A]]", "Lee B", "[[Park C|Park]]", "{{sortname|Choi|D}}", ""),
    "Name": ("Kim A", "Lee B", "Ø O"),
    "Athletes": ("[[Kim A]]<br>[[Lee B]]", "Park C", ""),
    "Country": ("{{flagIOC|KOR|2018 Winter}}", "{{flagIOC|CAN}}", "Canada", ""),
    "Nation": ("KOR", "CAN", ""),
    "Time": ("43.147", "1:29.109", "", "DQ", "fast"),
    "Result": ("43.147", "PEN"),
    "Notes": ("Q", "'''Q'''", "", "PEN (impeding)", "q", "ADVA", "- Q"),
    "Qual.": ("Q", "", "YC"),
}
_LABELS = ("Heat {}", "Final {}", "Semifinal {}", "Quarterfinal {}", "Race {}")


@attrs.frozen
class Tagged:
    """Lines of source, each with what it is."""

    lines: tuple[tuple[str, str], ...]  # (text, kind)
    title: str = "Women's 500 metres"

    def text(self) -> str:
        return "\n".join(line for line, _ in self.lines)


def _label(draw: st.DrawFn) -> str:
    pattern = draw(st.sampled_from(_LABELS))
    return pattern.format(draw(st.sampled_from("12345") if "{}" in pattern else st.just("")))


_RELAY = ("Rank", "Country", "Athletes", "Time", "Notes")
_COUNTRIES = ("South Korea", "Canada", "")


@st.composite
def _wikitext_table(draw: st.DrawFn, relay: bool = False) -> list[tuple[str, str]]:
    header = _RELAY if relay else draw(st.sampled_from(_HEADERS))
    width = len(header)
    lines: list[tuple[str, str]] = [('{| class="wikitable"', "markup")]
    if draw(st.booleans()):
        lines.append((f"|+ {_label(draw)}", "caption"))
    lines.append(("! " + " !! ".join(header), "header"))
    spanned = 0  # rows below still covered by a rowspan
    for _ in range(draw(st.integers(0, 7))):
        lines.append(("|-" + draw(st.sampled_from(["", " bgcolor=ccffcc"])), "markup"))
        shapes = ["row", "row", "row", "lines", "span", *(["team"] * 3 * relay)]
        # A spanned cell lays into the row below (MediaWiki's rule), making it data.
        shape = draw(st.sampled_from(shapes if spanned else [*shapes, "label", "header"]))
        spanned = max(0, spanned - 1)
        if shape == "label":
            mark = draw(st.sampled_from(["|", "!"]))
            text = _label(draw)
            bold = draw(st.sampled_from(["", "'''"]))
            lines.append((f"{mark} colspan={width} | {bold}{text}{bold}", f"label:{text}"))
            continue
        if shape == "header":
            lines.append(("! " + " !! ".join(header), "header"))
            continue
        if shape == "team":  # its members in the row below, the other cells spanning both
            rank, noc = draw(st.sampled_from("12–")), draw(st.sampled_from(["KOR", "CAN"]))
            span = "rowspan=2 | "
            cells = [f"{span}{rank}", f"{span}{{{{flagIOC|{noc}}}}}", "", f"{span}4:10.0", span]
            lines.append(("| " + " || ".join(cells), "row"))
            lines.append(("|-", "markup"))
            members = draw(st.sampled_from(["[[Kim A]]<br>[[Lee B]]", "Park C, Choi D", "[[Ø]]"]))
            lines.append((f"| {members}", "members"))
            continue
        cells = [draw(st.sampled_from(_VALUES[column])) for column in header]
        cells = cells[: draw(st.integers(1, width + 1))] if draw(st.integers(0, 3)) == 0 else cells
        if shape == "span" and cells:
            at = draw(st.integers(0, len(cells) - 1))
            rows = draw(st.integers(1, 3))
            spanned = max(spanned, rows - 1)
            cells[at] = f"rowspan={rows} | {cells[at]}"
        if shape == "lines":
            lines.append((f"| {cells[0]}", "row"))
            lines.extend((f"| {cell}", "markup") for cell in cells[1:])
        else:
            lines.append(("| " + " || ".join(cells), "row"))
    lines.append(("|}", "markup"))
    return lines


@st.composite
def wikitext_tables(draw: st.DrawFn) -> Tagged:
    """Results sections of tables, some side by side inside a layout table."""
    lines: list[tuple[str, str]] = [("==Results==", "markup"), ("===Heats===", "markup")]
    relay = draw(st.booleans())
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            lines.append((f";{_label(draw)}", "markup"))
        if draw(st.integers(0, 3)) == 0:  # a layout table holding tables side by side
            lines.extend([("{|", "markup"), ("|-", "markup")])
            for _ in range(draw(st.integers(1, 3))):
                lines.append(("|", "markup"))
                lines.extend(draw(_wikitext_table(relay)))
            lines.append(("|}", "markup"))
        else:
            lines.extend(draw(_wikitext_table(relay)))
    return Tagged(tuple(lines), "Women's 3000 metre relay" if relay else "Women's 500 metres")


@st.composite
def flattened_tables(draw: st.DrawFn) -> Tagged:
    """Flattened sections: a header line, then rows and spanning labels."""
    relay = draw(st.booleans())
    title = "Women's 3000 metre relay" if relay else "Women's 500 metres"
    lines: list[tuple[str, str]] = [(f"= {title} =", "markup"), ("", "markup")]
    lines += [("==Results==", "markup"), ("===Heats===", "markup")]
    for _ in range(draw(st.integers(1, 3))):
        lines.append((f";{_label(draw)}", "markup"))
        header = _RELAY if relay else draw(st.sampled_from(_HEADERS))
        lines.append(("| " + " | ".join(header) + " |", "header"))
        for _ in range(draw(st.integers(0, 7))):
            if draw(st.integers(0, 5)) == 0:
                text = _label(draw)
                lines.append((f"| {text} |", f"label:{text}"))
                continue
            if relay and draw(st.booleans()):  # a team, its members in a row of one cell
                rank, country = draw(st.sampled_from("12–")), draw(st.sampled_from(_COUNTRIES))
                members = draw(st.sampled_from(["Kim A, Lee B", "Park C"]))
                lines.append((f"| {rank} | {country} | | 4:10.0 | |", "row"))
                lines.append((f"| {members} |", "members"))
                continue
            cells = [_plain(draw(st.sampled_from(_VALUES[column]))) for column in header]
            cells = cells[: draw(st.integers(1, len(cells) + 1))]
            lines.append(("| " + " | ".join(cells) + " |", "row"))
    return Tagged(tuple(lines), title)


def _plain(cell: str) -> str:
    """A wikitext cell as the flattened form writes it: templates gone, links as text."""
    if cell.startswith("{{"):
        return ""
    text = cell.replace("'''", "").replace("<br>", " ")
    return text.replace("[[", "").replace("]]", "").split("|")[-1]


def assert_accounted(event: sp.Event, tagged: Tagged) -> None:
    """Each data row is one result or a diagnostic; each label names a race or is reported."""
    read = Counter(result.line for race in event.races() for result in race.results)
    reported = {diagnostic.line for diagnostic in event.diagnostics}
    records = {record.line for record in (*event.records.standing, *event.records.new)}
    with_members = {row.line for race in event.races() for row in race.results if row.members_text}
    races = {race.name.strip("'") for race in event.races()}
    assert all(count == 1 for count in read.values()), f"a row became two results: {read}"
    team = 0  # the line of the last data row
    for number, (text, kind) in enumerate(tagged.lines, start=1):
        team = number if kind == "row" else team
        if kind == "row":
            assert number in read or number in reported, f"row {number} vanished: {text!r}"
        elif kind == "entry":  # a real article's result or record row, maybe moved
            held = number in read or number in records or number in reported
            assert held, f"entry {number} vanished: {text!r}"
        elif kind == "members":
            # A team's members, read into the team of the row above them.
            held = team in with_members or number in read or number in reported
            assert held, f"members {number} vanished: {text!r}"
        elif kind.startswith("label:"):
            assert number not in read, f"label {number} became a result: {text!r}"
            name = kind.removeprefix("label:")
            assert name in races or number in reported, f"label {number} vanished: {text!r}"
        elif kind != "free":  # free: a row a moved article may read either way
            assert number not in read, f"{kind} line {number} became a result: {text!r}"


def check_wikitext(tagged: Tagged) -> None:
    """Every promise of ``check_text``, and the row accounting, for a tagged wikitext table."""
    check_text(tagged.text())
    assert_accounted(sp.parse(tagged.text(), form="wikitext", title=tagged.title), tagged)


def check_flattened(tagged: Tagged) -> None:
    """Every promise of ``check_text``, and the row accounting, for tagged flattened text."""
    check_text(tagged.text())
    assert_accounted(sp.parse(tagged.text(), form="text"), tagged)


# Odd characters that are no table syntax: inserted into a cell, the row stays a row.
_INLINE_ODDITIES = tuple(c for c in ODD_CHARACTERS if c not in ("\r", "\r\n", "\u2028"))


@st.composite
def mutated_tables(draw: st.DrawFn) -> Tagged:
    """Tagged wikitext with whole rows deleted, duplicated or swapped, and odd text in cells.

    Rows move with their tags.  Tables with rowspans are left as generated: moving a
    row there changes which row the span lays into, and so what that row is.
    """
    tagged = draw(wikitext_tables())
    lines = list(tagged.lines)
    if "rowspan" in tagged.text():
        return tagged
    starts = [i for i, (text, _) in enumerate(lines) if text.startswith("|-")]
    for _ in range(draw(st.integers(1, 4))):
        if not starts:
            break
        at = draw(st.sampled_from(starts))
        end = next(
            i for i in range(at + 1, len(lines)) if lines[i][0].startswith(("|-", "|}", "{|"))
        )
        block = lines[at:end]
        operation = draw(st.sampled_from(["delete", "duplicate", "swap", "odd"]))
        if operation == "delete":
            del lines[at:end]
        elif operation == "duplicate":
            lines[end:end] = block
        elif operation == "swap" and lines[end][0].startswith("|-"):
            after = next(
                i for i in range(end + 1, len(lines)) if lines[i][0].startswith(("|-", "|}", "{|"))
            )
            lines[at:after] = [*lines[end:after], *block]
        elif operation == "odd" and block[1:] and block[1][1] == "row":
            text, kind = block[1]
            lines[at + 1] = (text + draw(st.sampled_from(_INLINE_ODDITIES)), kind)
        starts = [i for i, (text, _) in enumerate(lines) if text.startswith("|-")]
    return Tagged(tuple(lines), tagged.title)


# --- real articles, their rows moved --------------------------------------------------


def _fixture_paths() -> list[tuple[str, str]]:
    fixtures = FIXTURES
    return [
        *((str(path), "wikitext") for path in sorted(fixtures.glob("wikitext/*.wiki"))),
        *((str(path), "wikitext") for path in sorted(fixtures.glob("editor/*.wiki"))),
        *((str(path), "text") for path in sorted(fixtures.glob("text/*.txt"))),
    ]


@functools.cache
def tagged_fixture(path: str, form: str) -> Tagged:
    """A real article, its lines tagged by what the reader made of the untouched text.

    The untouched articles' readings are pinned by the fixture tests, so here they
    are the oracle: a line that gave a result or a record is an ``entry``, a line
    in a table row that gave none (a label, relay members) is ``free``, anything
    else ``markup``.
    """
    text = Path(path).read_text(encoding="utf-8")
    event = sp.parse(text, form=form)  # type: ignore[arg-type]
    entries = {result.line for race in event.races() for result in race.results}
    entries |= {record.line for record in (*event.records.standing, *event.records.new)}
    lines = text.split("\n")
    kinds = ["entry" if number in entries else "markup" for number in range(1, len(lines) + 1)]
    for start, end in _blocks(lines, form):
        if not any(kinds[index] == "entry" for index in range(start, end)):
            kinds[start:end] = ["free"] * (end - start)
    return Tagged(tuple(zip(lines, kinds, strict=True)), title=_title(Path(path)))


def _title(path: Path) -> str:
    sidecar = path.with_suffix(".title")
    return sidecar.read_text(encoding="utf-8").strip() if sidecar.exists() else ""


def _blocks(lines: list[str], form: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each table row: ``|-`` to the next row mark, or one flattened line."""
    if form == "text":
        return [(index, index + 1) for index, line in enumerate(lines) if line.startswith("|")]
    blocks, start = [], None
    for index, line in enumerate(lines):
        mark = line.lstrip()[:2]
        if mark in ("|-", "|}", "{|") or not line.strip():
            if start is not None:
                blocks.append((start, index))
            start = index if mark == "|-" else None
    return blocks


def _has_spans(tagged: Tagged) -> bool:
    return "rowspan" in tagged.text().casefold()


@st.composite
def mutated_fixtures(draw: st.DrawFn) -> tuple[Tagged, str]:
    """A real article with result and record rows deleted, duplicated, swapped or made odd.

    Only rows that gave a result or a record move, whole (a wikitext row from its ``|-``), and
    articles with rowspans are left out: moving a row there changes which row a
    span lays into.  Returns the tagged lines and the form to read them in.
    """
    path, form = draw(st.sampled_from(FIXTURE_ARTICLES))
    tagged = tagged_fixture(path, form)
    lines = list(tagged.lines)
    for _ in range(draw(st.integers(1, 4))):
        kinds = [kind for _, kind in lines]
        blocks = [
            (start, end)
            for start, end in _blocks([text for text, _ in lines], form)
            if "entry" in kinds[start:end]
        ]
        if not blocks:
            break
        start, end = draw(st.sampled_from(blocks))
        block = lines[start:end]
        operation = draw(st.sampled_from(["delete", "duplicate", "swap", "odd"]))
        if operation == "delete":
            del lines[start:end]
        elif operation == "duplicate":
            lines[end:end] = block
        elif operation == "swap":
            other_start, other_end = draw(st.sampled_from(blocks))
            if other_start >= end:
                moved = [*lines[other_start:other_end], *lines[end:other_start], *block]
                lines[start:other_end] = moved
        else:
            row = next(index for index in range(start, end) if lines[index][1] == "entry")
            text, kind = lines[row]
            odd = draw(st.sampled_from(_INLINE_ODDITIES))
            cut = text.rstrip().rfind("|") if form == "text" else len(text)
            lines[row] = (text[:cut] + odd + text[cut:], kind)
    return Tagged(tuple(lines), tagged.title), form


def check_mutated_fixture(mutated: tuple[Tagged, str]) -> None:
    """Every promise of ``check_text``, and the row accounting, for a moved real article."""
    tagged, form = mutated
    check_text(tagged.text())
    event = sp.parse(tagged.text(), form=form, title=tagged.title or None)  # type: ignore[arg-type]
    assert_accounted(event, tagged)


FIXTURE_ARTICLES = tuple(
    (path, form)
    for path, form in _fixture_paths()
    if not _has_spans(Tagged(((Path(path).read_text(encoding="utf-8"), ""),)))
)
