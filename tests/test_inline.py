"""Inline wikitext reduced to text, links and flags."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shorttrack_parse._document import Inline, Link
from shorttrack_parse._inline import InlineRenderer, _common_shape, _full, _simple


def render(wikitext: str) -> Inline:
    return InlineRenderer().render(wikitext)


@pytest.mark.parametrize(
    ("wikitext", "text", "links"),
    [
        ("[[Steven Bradbury]]", "Steven Bradbury", [("Steven Bradbury", "Steven Bradbury")]),
        (
            "[[Mark Jackson (speed skater)|Mark Jackson]]",
            "Mark Jackson",
            [("Mark Jackson (speed skater)", "Mark Jackson")],
        ),
        (
            "[[Grégory Durand|Gregory Durand]]",
            "Gregory Durand",
            [("Grégory Durand", "Gregory Durand")],
        ),
        ("[[Kim_Dong-sung]]", "Kim Dong-sung", [("Kim Dong-sung", "Kim Dong-sung")]),
        ("[[:Category:Skaters|skaters]]", "skaters", [("Category:Skaters", "skaters")]),
        ("[[File:Pictogram.svg|20px]]Heats", "Heats", []),
        ("[[Category:Men's events]]", "", []),
        (
            "[[Sun Linlin]]<br />[[Wang Meng (speed skater)|Wang Meng]]",
            "Sun Linlin\nWang Meng",
            [("Sun Linlin", "Sun Linlin"), ("Wang Meng (speed skater)", "Wang Meng")],
        ),
        ("'''[[Steven Bradbury]]'''", "Steven Bradbury", [("Steven Bradbury", "Steven Bradbury")]),
        ("{{nowrap|[[A B|C]]}}", "C", [("A B", "C")]),
    ],
)
def test_links(wikitext: str, text: str, links: list[tuple[str, str]]) -> None:
    inline = render(wikitext)
    assert inline.text == text
    assert inline.links == tuple(Link(target, shown) for target, shown in links)
    assert inline.flags == ()


@pytest.mark.parametrize(
    ("wikitext", "text", "flags", "links"),
    [
        ("{{flagIOC|BEL|2002 Winter}}", "", ("BEL",), ()),
        ("{{flagIOC2|NED|2010 Winter}}", "", ("NED",), ()),
        ("{{flagIOC|URS|1988 Winter}}", "", ("URS",), ()),
        ("{{flag|Canada}}", "", ("Canada",), ()),
        ("{{flagicon|CAN}}", "", ("CAN",), ()),
        ("{{flagcountry|CAN}}", "", ("CAN",), ()),
        ("{{KOR}}", "", ("KOR",), ()),
        (
            "{{flagIOCathlete|[[X]]|CAN|2002 Winter}}",
            "X",
            ("CAN",),
            (Link("X", "X"),),
        ),
        (
            "{{flagIOCathlete|[[Steve Robillard]]|CAN}}",
            "Steve Robillard",
            ("CAN",),
            (Link("Steve Robillard", "Steve Robillard"),),
        ),
        (
            "{{flagIOC2athlete|[[Kim Dong-sung]]|KOR|2002 Winter}}",
            "Kim Dong-sung",
            ("KOR",),
            (Link("Kim Dong-sung", "Kim Dong-sung"),),
        ),
        (
            "{{flagIOCmedalist|[[Steven Bradbury]]|AUS|2002 Winter}}",
            "Steven Bradbury",
            ("AUS",),
            (Link("Steven Bradbury", "Steven Bradbury"),),
        ),
        ("{{flagIOCathlete|Kim Li|KOR|2002 Winter}}", "Kim Li", ("KOR",), ()),
        ("{{flagicon|CAN}} Canada", "Canada", ("CAN",), ()),
        ("{{flagIOC|KOR|2002 Winter}}}", "}", ("KOR",), ()),
    ],
)
def test_flag_templates(
    wikitext: str, text: str, flags: tuple[str, ...], links: tuple[Link, ...]
) -> None:
    assert render(wikitext) == Inline(text, links, flags)


@pytest.mark.parametrize(
    ("wikitext", "text"),
    [
        ("{{sort|Smith|Rusty Smith}}", "Rusty Smith"),
        ("{{sort|Smith}}", "Smith"),
        ("{{nowrap|Kim Dong-sung}}", "Kim Dong-sung"),
        ("{{Nowrap|Kim Dong-sung}}", "Kim Dong-sung"),
        ("{{Template:Nowrap|Kim Dong-sung}}", "Kim Dong-sung"),
        ("{{abbr|OR|Olympic record}}", "OR"),
        ("{{Abbr|OR|Olympic record}}", "OR"),
        ("{{OR}}", "OR"),
        ("{{WR}}", "WR"),
        ("{{DQ}}", "DQ"),
        ("{{Q}}", "Q"),
        ("{{q}}", "q"),
        ("'''Q'''", "Q"),
        ("''q''", "q"),
        ("'''''QA'''''", "QA"),
        ("1:27.048 {{OR}}", "1:27.048 OR"),
        ("1:27.048 <ref>Official report</ref>", "1:27.048"),
        ("Kim<ref>{{cite web|title=a|url=b}}</ref> Li", "Kim Li"),
        ("Q<ref name=x />", "Q"),
        ('Q<ref name="official" />', "Q"),
        ('A<ref name="a/b">x</ref>B', "AB"),
        ("A<REF NAME=x/>B", "AB"),
        ("A&nbsp;B", "A B"),
        ("A&nbsp;&nbsp;B", "A B"),
        ("A\u00a0B", "A B"),
        ("&ndash;", "–"),
        ("&amp;", "&"),
        ("<small>(KOR)</small>", "(KOR)"),
        ("Li<br />Wang", "Li\nWang"),
        ("Li<br>Wang", "Li\nWang"),
        ("Li<br/>Wang", "Li\nWang"),
        ("x<!-- hidden -->y", "xy"),
        ("  spaced   out  ", "spaced out"),
        ("{{Gold medal}}", "1"),
        ("2:17.611{{OR}}", "2:17.611 OR"),  # a note template is a word of its own
        ("41.802 {{WR}}", "41.802 WR"),
        ("Q{{OR}}", "Q OR"),
        ("{{cite web|title=x}}", ""),
        ("{{efn|a footnote}}", ""),
        ("{{nbsp}}", ""),
        ("Volodymyr Hryhor'iev", "Volodymyr Hryhor'iev"),
        ("'''O'Reilly'''", "O'Reilly"),
    ],
)
def test_text_shown(wikitext: str, text: str) -> None:
    inline = render(wikitext)
    assert inline.text == text
    assert inline.flags == ()


def test_unclosed_template_is_kept_as_text() -> None:
    assert render("{{flagIOC|KOR").text == "{{flagIOC|KOR"


def test_renderer_memo_gives_the_same_result() -> None:
    renderer = InlineRenderer()
    first = renderer.render("[[Li Jiajun]]")
    assert (
        renderer.render("[[Li Jiajun]]")
        == first
        == Inline("Li Jiajun", (Link("Li Jiajun", "Li Jiajun"),))
    )


# --- the simple path and the mwparserfromhell path agree -------------------------------

NAMES = st.sampled_from(
    [
        "Wim De Deyne",
        "Volodymyr Hryhor'iev",
        "Wilf O'Reilly",
        "Matúš Užák",
        "Kim Dong-sung",
        "Li",
        "Q",
        "OR",
        "a_b",
        " padded ",
    ]
)
COUNTRIES = st.sampled_from(["BEL", "CAN", "KOR", "URS", "Canada", "South Korea"])


@st.composite
def links(draw: st.DrawFn) -> str:
    target = draw(NAMES)
    shown = draw(st.none() | NAMES)
    return f"[[{target}]]" if shown is None else f"[[{target}|{shown}]]"


@st.composite
def flags(draw: st.DrawFn) -> str:
    name = draw(
        st.sampled_from(
            ["flagIOC", "flagIOC2", "flag", "flagicon", "flagIOCathlete", "flagIOC2athlete"]
        )
    )
    country = draw(COUNTRIES)
    if name.endswith("athlete"):
        athlete = draw(links() | NAMES)
        return "{{" + f"{name}|{athlete}|{country}|2002 Winter" + "}}"
    games = draw(st.sampled_from(["", "|2002 Winter"]))
    return "{{" + f"{name}|{country}{games}" + "}}"


@st.composite
def bold(draw: st.DrawFn) -> str:
    inner = draw(NAMES | links())
    quotes = draw(st.sampled_from(["''", "'''", "'''''"]))
    return quotes + inner + quotes


# What editors write around and inside cells: references to characters (known or
# not), formatting tags (paired or stray, with attributes), footnotes, templates in
# templates, apostrophes and references inside a template's parameters.
MARKUP = st.sampled_from(
    [
        "&nbsp;", "&ndash;", "&amp;", "&foo;", "&Amp;", "&#160;", "&nbsp", "<small>",
        "</small>", "<center>", "</center>", '<span style="color:red">', "</span>", "<b>",
        "</b>", "<SMALL>", "<small/>", "<sup>[a]</sup>", "<sup>1</sup>", "<sub>2</sub>",
        "{{nowrap|{{flagIOC|KOR|2026 Winter}}}}", "{{sort|99|&ndash;}}",
        "{{sortname|Volodymyr|Hryhor'iev|nolink=1}}", "{{efn|Time as listed.}}",
        "{{abbr|OR|Olympic record}}", "{{nowrap|''A''}}", "{{sort|A|B}}}", "<font>",
        "<sup>†</sup>", "<sup>A B</sup>", "<sup> [1] </sup>", "<SUP>a</SUP>", "<references />",
        "<references/>", "[[File:X.svg|thumb|upright=0.5|Cap [[a|b]] c]]",
        "[[Image:Gold medal.svg|20px]]", "[[ file : Silver_medal.png ]]", "[[File:x|[[a]]]]",
        "[[Media:x.ogg]]", "[[File:x|a|b|c]]", "[[Category:Skaters]]", "[[:File:x]]",
    ]
)  # fmt: skip


@st.composite
def tagged(draw: st.DrawFn) -> str:
    """A piece enclosed in a formatting tag."""
    name = draw(st.sampled_from(["small", "center", "span", "big", "s"]))
    return f"<{name}>" + draw(NAMES | links() | flags() | bold()) + f"</{name}>"


PIECES = (
    NAMES
    | links()
    | flags()
    | bold()
    | MARKUP
    | tagged()
    | st.sampled_from(["<br />", "<br>", " ", ", "])
)
# Pieces are joined by a space: two quote runs written back to back make one longer
# run, which is its own (pathological) case, tested by example below.
CELLS = st.lists(PIECES, min_size=1, max_size=6).map(" ".join)


@settings(max_examples=250, suppress_health_check=[HealthCheck.too_slow])
@given(CELLS)
def test_simple_path_agrees_with_mwparserfromhell(cell: str) -> None:
    simple = _simple(cell)
    if simple is not None:
        assert simple == _full(cell)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, min_size=1, max_size=4).map("<br />".join))
def test_render_agrees_with_mwparserfromhell(cell: str) -> None:
    assert InlineRenderer().render(cell) == _full(cell)


@pytest.mark.parametrize(
    "cell",
    [
        "[[Wim De Deyne]]",
        "{{flagIOC|BEL|2002 Winter}}",
        "{{flagIOCathlete|[[Rusty Smith]]|USA|2002 Winter}}",
        "'''Q'''",
        "[[Sun Linlin]]<br />[[Zhang Hui]]",
        "''A'' '''B'''",
        "''''A''''",
    ],
)
def test_common_cells_take_the_simple_path(cell: str) -> None:
    simple = _simple(cell)
    assert simple is not None
    assert simple == _full(cell)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(CELLS, min_size=2, max_size=3).map("\n".join))
def test_lines_of_simple_markup_agree_with_mwparserfromhell(text: str) -> None:
    simple = _simple(text)
    if simple is not None:
        assert simple == _full(text)


@pytest.mark.parametrize(
    "text",
    [
        ":<sup>[a]</sup> Time as listed in the official results.",
        "A&nbsp;B\n:<sup>[b]</sup> Time",
        "* <small>[[A]]</small>",
        "# {{nowrap|{{flagIOC|KOR}}}}",
        "== [[File:x.svg|a [[b]]]] ==",
    ],
)
def test_lines_of_lists_and_headings_with_more_markup_take_the_general_path(text: str) -> None:
    assert _simple(text) is None
    assert InlineRenderer().render(text) == _full(text)


@pytest.mark.parametrize(
    "text",
    [
        "{{|&}}",
        "{{ }}&nbsp;",
        "{{a\nb|x}}&nbsp;",
        "{{[[A]]|x}}&nbsp;",
        "{{{{a}}}}",
        "{{sort|{{ }}|x}}",
        "&nbsp;{{flagIOC|=}}x",
        "&nbsp;{{Template:nowrap|==x==}} y",
        "&nbsp;{{sort|'''|'''}}x",
        " {{ || x\n|-\n| 2 || [[B]] || ''1:30.000'' }}",
    ],
)
def test_templates_mediawiki_reads_otherwise_agree_with_mwparserfromhell(text: str) -> None:
    # Blank or odd names, parameters named by nothing, bold across parameters: in
    # text with more than the simplest markup they are left to the parser.
    assert InlineRenderer().render(text) == _full(text)


def test_long_apostrophe_run_agrees_with_mwparserfromhell() -> None:
    cell = "''Wim De Deyne'''''''Wim De Deyne'''''"
    assert InlineRenderer().render(cell) == _full(cell)


# Names and parameters with what the one-match reading of the commonest cells must
# leave to the general path: underscores, colons, spaces, markup, named parameters.
SHAPE_WORDS = st.sampled_from(
    ["A", "b c", " ", "\u00a0", "a_b", ":A", "File:x", "=", "&amp;", "'", "''", "x=y", ""]
)


@st.composite
def common_shapes(draw: st.DrawFn) -> str:
    """Lone links and flag templates, well-formed or nearly."""
    words = st.lists(SHAPE_WORDS, max_size=3).map("".join)
    target, shown = draw(words), draw(st.none() | words)
    link = f"[[{target}]]" if shown is None else f"[[{target}|{shown}]]"
    name = draw(st.sampled_from(["flagIOC", "Flagicon", "flag IOC", "flagIOCathlete", "flagX"]))
    params = draw(st.lists(st.one_of(words, st.just(link), COUNTRIES), min_size=1, max_size=3))
    flag = "{{" + "|".join([name, *params]) + "}}"
    space = st.sampled_from(["", " ", "\n", "\u00a0"])
    return draw(space) + draw(st.sampled_from([link, flag])) + draw(space)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(common_shapes() | CELLS)
def test_common_shape_reading_agrees_with_mwparserfromhell(cell: str) -> None:
    shape = _common_shape(cell)
    if shape is not None:
        assert shape == _full(cell)


@pytest.mark.parametrize(
    "cell",
    [
        " [[Wim De Deyne]] ",
        "[[Mark Jackson (speed skater)|Mark Jackson]]",
        "{{flagIOC|BEL|2002 Winter}}",
        "{{flagIOCathlete|[[Rusty Smith]]|USA|2002 Winter}}",
        "{{flagIOC2athlete|[[Kim Dong-sung|Kim]]|KOR}}",
        "{{flag|South Korea}}",
        " [[Volodymyr Hryhor'iev]] ",  # a lone apostrophe is text, not markup
        "{{flagIOCathlete|[[Wilf O'Reilly]]|GBR|1992 Winter}}",
    ],
)
def test_commonest_cells_are_read_in_one_match(cell: str) -> None:
    assert _common_shape(cell) == _full(cell)


@pytest.mark.parametrize(
    "text",
    [
        "a &amp; b",
        "a [[b]]",
        "{{nowrap|a}} b",
        "a <small>b</small>",
        "''a'' b",
        " a\u00a0b ",
        "a\nb",
    ],
)
def test_text_with_one_kind_of_markup_is_not_taken_for_plain_text(text: str) -> None:
    # The plain-text path is chosen by testing for each character that starts markup.
    assert render(text) == _full(text)
