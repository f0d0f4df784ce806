"""The wikitext reader's block structure: infobox, headings, terms, prose, furniture."""

from __future__ import annotations

import pytest
from conftest import load_wikitext

from shorttrack_parse._document import Heading, Link, Paragraph, Table, Term
from shorttrack_parse._wikitext_reader import read_wikitext

INFOBOX = """\
{{Infobox Olympic event
|event=Men's 5000 metre relay
|competitors=37<ref name="official" />
|gold={{flagIOC|KOR|1992 Winter}}<br />[[Song Jae-kun]]<br />[[Kim Ki-hoon]]
|bogus
|venue=[[La halle de glace Olympique]]
}}
"""


def test_wikitext_has_no_title() -> None:
    assert read_wikitext(INFOBOX).title is None


def test_infobox_entries_are_rendered_with_their_lines() -> None:
    document = read_wikitext(INFOBOX)
    assert document.infobox_line == 1
    entries = {entry.key: entry for entry in document.infobox}
    assert list(entries) == ["event", "competitors", "gold", "venue"]
    assert [entry.line for entry in document.infobox] == [2, 3, 4, 6]
    assert entries["competitors"].value.text == "37"
    gold = entries["gold"].value
    assert gold.text == "Song Jae-kun\nKim Ki-hoon"
    assert gold.flags == ("KOR",)
    assert gold.links == (Link("Song Jae-kun", "Song Jae-kun"), Link("Kim Ki-hoon", "Kim Ki-hoon"))
    assert entries["venue"].value.links == (
        Link("La halle de glace Olympique", "La halle de glace Olympique"),
    )


def test_infobox_parameter_without_a_name_is_a_diagnostic() -> None:
    document = read_wikitext(INFOBOX)
    assert [(d.line, d.code, d.source) for d in document.diagnostics] == [
        (5, "infobox-syntax", "|bogus")
    ]


def test_unclosed_infobox_is_a_diagnostic() -> None:
    document = read_wikitext("{{Infobox Olympic event\n|event=X\n")
    assert document.infobox_line == 1
    assert [(d.line, d.code) for d in document.diagnostics] == [(1, "infobox-syntax")]


def test_infobox_lines_survive_a_comment_above_it() -> None:
    document = read_wikitext("<!-- a\ncomment -->\n{{Infobox Olympic event\n|event=X\n}}")
    assert document.infobox_line == 3
    assert [(e.key, e.line) for e in document.infobox] == [("event", 4)]


def test_headings_terms_and_paragraphs() -> None:
    source = (
        "Lead with a [[link]].<ref>cite</ref>\n"
        "\n"
        "==Results==\n"
        "===={{anchor|h}}Heats====\n"
        ";Heat 1: run on 13 February\n"
        "Two lines\n"
        "of prose.\n"
    )
    assert list(read_wikitext(source).blocks) == [
        Paragraph("Lead with a link.", 1),
        Heading("Results", 2, 3),
        Heading("Heats", 4, 4),
        Term("Heat 1", 5),
        Paragraph("Two lines\nof prose.", 6),
    ]


@pytest.mark.parametrize(
    "furniture",
    [
        "{{Short description|Olympic short track speed skating event}}",
        "{{Short track speed skating at the 2002 Winter Olympics}}",
        "{{Reflist}}",
        "{{DEFAULTSORT:Short track speed skating at the 2002 Winter Olympics}}",
        "[[Category:Short track speed skating at the 2002 Winter Olympics]]",
        "[[File:Pictogram.svg|thumb]]",
        "__NOTOC__",
        "----",
    ],
)
def test_furniture_is_not_prose(furniture: str) -> None:
    assert read_wikitext(f"==Results==\n{furniture}\n").blocks == (Heading("Results", 2, 1),)


def test_comments_keep_line_numbers() -> None:
    source = "<!-- one\ntwo\nthree -->\n==Results==\n<!-- x -->;Heat 1\n"
    assert list(read_wikitext(source).blocks) == [Heading("Results", 2, 4), Term("Heat 1", 5)]


def test_multi_line_template_in_prose_keeps_the_following_lines() -> None:
    source = "A {{nowrap|multi\nline}} text\n==Results==\n"
    assert list(read_wikitext(source).blocks) == [
        Paragraph("A multi\nline text", 1),
        Heading("Results", 2, 3),
    ]


def test_windows_line_ends() -> None:
    document = read_wikitext("==Results==\r\n;Heat 1\r\n{|\r\n! A\r\n|}\r\n")
    assert document.blocks[:2] == (Heading("Results", 2, 1), Term("Heat 1", 2))
    table = document.blocks[2]
    assert isinstance(table, Table)
    assert table.line == 3
    assert table.rows[0].texts == ("A",)


def test_the_source_article() -> None:
    document = read_wikitext(load_wikitext("2002-men-1000m"))
    assert document.diagnostics == ()
    assert document.infobox_line == 3
    assert [(e.key, e.line) for e in document.infobox][:3] == [
        ("event", 4),
        ("games", 5),
        ("image", 6),
    ]
    assert [(e.key, e.line) for e in document.infobox][-2:] == [("prev", 21), ("next", 22)]
    headings = [(b.text, b.level, b.line) for b in document.blocks if isinstance(b, Heading)]
    assert headings == [
        ("Records", 2, 27),
        ("Results", 2, 49),
        ("Heats", 3, 50),
        ("Quarterfinals", 3, 165),
        ("Semifinals", 3, 224),
        ("Finals", 3, 257),
        ("References", 2, 288),
    ]
    terms = [(b.text, b.line) for b in document.blocks if isinstance(b, Term)]
    assert terms[0] == ("Heat 1", 53)
    assert terms[-1] == ("Final B", 276)
    assert len(terms) == 16
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert [(t.line, t.end_line) for t in tables[:3]] == [(29, 36), (40, 47), (54, 65)]
    assert len(tables) == 18  # standing records, new records, 16 races
    lead = document.blocks[0]
    assert isinstance(lead, Paragraph)
    assert lead.line == 25
    assert lead.text.startswith("The men's 1000 metres in short track speed skating")
    assert lead.text.endswith("the first ever Winter Olympics gold medal for Australia.")
    assert "<ref>" not in lead.text
    assert "cite news" not in lead.text
