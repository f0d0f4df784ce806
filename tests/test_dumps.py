"""Reading MediaWiki XML exports: plain, bz2, multistream with and without its index."""

from __future__ import annotations

import bz2
import tempfile
import tracemalloc
from pathlib import Path

import dumpgen
import pytest
from conftest import ARTICLES, TITLES, examples, load_wikitext
from dumpgen import Page, filler, mixed_pages, write_multistream, write_plain
from hypothesis import given
from hypothesis import strategies as st

import shorttrack_parse as sp
from shorttrack_parse import _multistream, dumps

ARTICLE_PAGES = [(TITLES[name], load_wikitext(name)) for name in ARTICLES]
# Titles the default pattern must also take: the other hyphenation, a hyphen for the dash.
VARIANTS = [
    (
        "Short track speed skating at the 2006 Winter Olympics - Men's 1000 metres",
        load_wikitext("2006-men-1000m"),
    ),
    ("Short-track speed skating at the 2026 Winter Olympics – Mixed 2000 metre relay", "x"),
]
WANTED = ARTICLE_PAGES + VARIANTS


def near_misses(start: int) -> list[Page]:
    """Pages the defaults must skip: overview, other sport, talk page, redirects."""
    title = TITLES["2002-men-1000m"]
    return [
        Page(start, "Short-track speed skating at the 2002 Winter Olympics", "overview"),
        Page(start + 1, "Speed skating at the 2002 Winter Olympics – Men's 1000 metres", "x"),
        Page(start + 2, f"Talk:{title}", "talk", namespace=1),
        Page(start + 3, title.replace("–", "-"), "#REDIRECT [[x]]", redirect=title),
        Page(start + 4, title.replace("Short-track", "Short track"), "#redirect [[x]]"),
        Page(start + 5, "Short-track speed skating at the 1994 Summer Olympics – Men's 500 m", "x"),
    ]


@pytest.fixture(scope="module")
def corpus() -> list[Page]:
    pages = mixed_pages(WANTED, 3_000, every=400)
    return pages + near_misses(len(pages) + 1)


@pytest.fixture(scope="module")
def multistream(tmp_path_factory: pytest.TempPathFactory, corpus: list[Page]) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("multistream")
    dump = folder / "enwiki-pages-articles-multistream.xml.bz2"
    index = folder / "enwiki-pages-articles-multistream-index.txt.bz2"
    streams = write_multistream(dump, index, corpus, per_stream=10)
    assert streams > 300
    return dump, index


@pytest.mark.parametrize(
    "title",
    [
        "Short-track speed skating at the 2002 Winter Olympics – Men's 1000 metres",
        "Short track speed skating at the 2002 Winter Olympics – Men's 1000 metres",
        "Short-track speed skating at the 1992 Winter Olympics - Men's 5000 metre relay",
        "Short track speed skating at the 2026 Winter Olympics - Mixed 2000 metre relay",
    ],
)
def test_default_pattern_takes_event_titles(title: str) -> None:
    assert sp.DEFAULT_PATTERN.search(title)


@pytest.mark.parametrize(
    "title",
    [
        "Short-track speed skating at the 2002 Winter Olympics",
        "Short-track speed skating at the 2002 Winter Olympics – ",
        "Speed skating at the 2002 Winter Olympics – Men's 1000 metres",
        "Short-track speed skating at the 2002 Summer Olympics – Men's 1000 metres",
        "Talk:Short-track speed skating at the 2002 Winter Olympics – Men's 1000 metres",
        "Shorttrack speed skating at the 2002 Winter Olympics – Men's 1000 metres",
    ],
)
def test_default_pattern_skips_other_titles(title: str) -> None:
    assert not sp.DEFAULT_PATTERN.search(title)


@pytest.mark.parametrize("name", ["dump.xml", "dump.xml.bz2"])
def test_plain_and_bz2_exports(tmp_path: Path, corpus: list[Page], name: str) -> None:
    dump = write_plain(tmp_path / name, corpus)
    assert list(sp.read_dump(dump)) == WANTED


def test_multistream_read_whole(multistream: tuple[Path, Path]) -> None:
    dump, _index = multistream
    assert list(sp.read_dump(dump)) == WANTED


def test_multistream_through_index(multistream: tuple[Path, Path]) -> None:
    dump, index = multistream
    assert list(sp.read_dump(dump, index=index)) == WANTED


def test_index_decompresses_only_streams_with_wanted_titles(
    multistream: tuple[Path, Path], corpus: list[Page], monkeypatch: pytest.MonkeyPatch
) -> None:
    dump, index = multistream
    opened: list[int] = []
    real = _multistream.stream_at

    def counting(handle: object, offset: int, *, where: str) -> bytes:
        opened.append(offset)
        return real(handle, offset, where=where)  # type: ignore[arg-type]

    monkeypatch.setattr(_multistream, "stream_at", counting)
    assert list(sp.read_dump(dump, index=index)) == WANTED
    offsets = {}
    for line in bz2.decompress(index.read_bytes()).decode().splitlines():
        offset, page_id, _title = line.split(":", 2)
        offsets[int(page_id)] = int(offset)
    # The streams of the wanted pages and of the near misses whose title matches.
    expected = {offsets[p.page_id] for p in corpus if sp.DEFAULT_PATTERN.search(p.title)}
    assert opened == sorted(expected)
    assert len(opened) < len(set(offsets.values())) / 20


def test_index_never_touches_other_streams(tmp_path: Path) -> None:
    # Garbage in place of a stream the index does not need: read through the
    # index it is never decompressed; read whole, it is an error.
    pages = mixed_pages(ARTICLE_PAGES[:1], 40, every=100)
    dump, index = tmp_path / "d.xml.bz2", tmp_path / "i.txt.bz2"
    write_multistream(dump, index, pages, per_stream=10)
    lines = bz2.decompress(index.read_bytes()).decode().splitlines()
    starts = sorted({int(line.split(":", 1)[0]) for line in lines})
    wanted = next(int(line.split(":", 1)[0]) for line in lines if "Short-track" in line)
    victim = next(start for start in starts[2:] if start != wanted)
    data = bytearray(dump.read_bytes())
    data[victim + 10 : victim + 60] = b"\0" * 50
    dump.write_bytes(bytes(data))
    assert list(sp.read_dump(dump, index=index)) == ARTICLE_PAGES[:1]
    with pytest.raises(sp.InputError, match=r"d\.xml\.bz2"):
        list(sp.read_dump(dump))


def test_titles_and_namespaces(tmp_path: Path) -> None:
    pages = [filler(1), *near_misses(2)]
    dump = write_plain(tmp_path / "d.xml", pages)
    every = [title for title, _text in sp.read_dump(dump, titles=None, namespaces=None)]
    assert every == [pages[0].title, pages[1].title, pages[2].title, pages[3].title, pages[6].title]
    talk = list(sp.read_dump(dump, titles=r"Winter Olympics", namespaces=(1,)))
    assert talk == [(pages[3].title, "talk")]
    assert [t for t, _ in sp.read_dump(dump, titles=lambda t: t.startswith("Filler"))] == [
        pages[0].title
    ]
    with pytest.raises(sp.InputError, match="titles must be"):
        list(sp.read_dump(dump, titles=3))  # type: ignore[arg-type]


def test_latest_revision_is_read(tmp_path: Path) -> None:
    title = TITLES["2002-men-1000m"]
    page = Page(1, title, "new text", old_texts=("first text", "second text"))
    assert list(sp.read_dump(write_plain(tmp_path / "d.xml", [page]))) == [(title, "new text")]


def test_index_titles_unescaped(tmp_path: Path) -> None:
    title = "Short-track speed skating at the 2030 Winter Olympics – Men's & women's \"x\" <500 m>"
    dump, index = tmp_path / "d.xml.bz2", tmp_path / "i.txt.bz2"
    write_multistream(dump, index, [filler(1), Page(2, title, "a & b")], per_stream=1)
    assert list(sp.read_dump(dump, index=index)) == [(title, "a & b")]


def test_plain_index_file_is_read(tmp_path: Path, multistream: tuple[Path, Path]) -> None:
    dump, index = multistream
    plain = tmp_path / "index.txt"
    plain.write_bytes(bz2.decompress(index.read_bytes()))
    assert list(sp.read_dump(dump, index=plain)) == WANTED


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<mediawiki><page><title>x</title></mediawiki>", "broken XML at line 1"),
        (b"\xff\xfe not xml", "broken XML"),
    ],
)
def test_broken_xml(tmp_path: Path, content: bytes, message: str) -> None:
    dump = tmp_path / "d.xml"
    dump.write_bytes(content)
    with pytest.raises(sp.InputError, match=message):
        list(sp.read_dump(dump, titles=None))


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(sp.InputError, match="cannot read"):
        list(sp.read_dump(tmp_path / "missing.xml.bz2"))
    (tmp_path / "d.xml.bz2").write_bytes(b"not bz2 at all")
    with pytest.raises(sp.InputError, match="cannot read the dump"):
        list(sp.read_dump(tmp_path / "d.xml.bz2"))
    with pytest.raises(sp.InputError, match="cannot read"):
        list(sp.read_dump(tmp_path / "d.xml.bz2", index=tmp_path / "missing.txt"))


def test_bad_index_lines(tmp_path: Path, multistream: tuple[Path, Path]) -> None:
    dump, _index = multistream
    index = tmp_path / "index.txt"
    index.write_text(f"12:{TITLES['2002-men-1000m']}\n", encoding="utf-8")  # no page id
    with pytest.raises(sp.InputError, match="line 1 is not offset:page_id:title"):
        list(sp.read_dump(dump, index=index))
    index.write_text(f"7:1:{TITLES['2002-men-1000m']}\n", encoding="utf-8")  # not a stream start
    with pytest.raises(sp.InputError, match="no bz2 stream at byte 7"):
        list(sp.read_dump(dump, index=index))
    index.write_text(f"x:1:{TITLES['2002-men-1000m']}\n", encoding="utf-8")
    with pytest.raises(sp.InputError, match="line 1 has no byte offset"):
        list(sp.read_dump(dump, index=index))


def _peak(dump: Path) -> int:
    tracemalloc.start()
    try:
        for _ in sp.read_dump(dump, titles=None):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat(tmp_path: Path) -> None:
    small = write_plain(tmp_path / "small.xml", (filler(n) for n in range(1, 2_001)))
    large = write_plain(tmp_path / "large.xml", (filler(n) for n in range(1, 8_001)))
    assert large.stat().st_size > 3 * small.stat().st_size
    assert _peak(large) < 1.5 * _peak(small) + 200_000


def test_committed_sample_dump_is_the_generated_one(tmp_path: Path) -> None:
    dump, index = dumpgen.write_sample(tmp_path)
    assert dump.read_bytes() == (dumpgen.SAMPLE_DIR / dumpgen.SAMPLE_DUMP).read_bytes()
    assert index.read_bytes() == (dumpgen.SAMPLE_DIR / dumpgen.SAMPLE_INDEX).read_bytes()
    assert list(sp.read_dump(dump, index=index)) == dumpgen.sample_articles()


def _by_line(title: str) -> bool:
    # The default pattern as a predicate: the index is then read line by line.
    return sp.DEFAULT_PATTERN.search(title) is not None


def test_index_scan_in_blocks_equals_line_by_line(
    multistream: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    dump, index = multistream
    by_line = dumps.wanted_streams(index, _by_line)
    assert len(by_line) > len(WANTED)  # with the stream of the redirects that match
    assert dumps.wanted_streams(index, sp.DEFAULT_PATTERN) == by_line
    monkeypatch.setattr(_multistream, "_INDEX_BLOCK", 100)  # blocks end mid-line
    assert dumps.wanted_streams(index, sp.DEFAULT_PATTERN) == by_line
    assert list(sp.read_dump(dump, index=index, titles=_by_line)) == WANTED


@pytest.mark.parametrize("block", [100, 1 << 22])
@pytest.mark.parametrize("titles", [sp.DEFAULT_PATTERN, _by_line], ids=["blocks", "lines"])
def test_bad_index_line_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int, titles: dumps.TitleFilter
) -> None:
    monkeypatch.setattr(_multistream, "_INDEX_BLOCK", block)
    title = TITLES["2002-men-1000m"]
    # Two matches on one line count once; the line numbers stay right.
    twice = f"Short-track speed skating at the 2030 Winter Olympics – {title}"
    fillers = "".join(f"{n}:{n}:Filler page number {n}\n" for n in range(1, 39))
    index = tmp_path / "index.txt"
    index.write_text(f"{fillers}500:39:{twice}\n600:40:{title}\n12:{title}\n", encoding="utf-8")
    with pytest.raises(sp.InputError, match="line 41 is not offset:page_id:title"):
        dumps.wanted_streams(index, titles)
    index.write_text(f"{fillers}500:39:{twice}\r\n600:40:{title}", encoding="utf-8")  # no last \n
    assert dumps.wanted_streams(index, titles) == [500, 600]
    index.write_bytes(b"600:41:Short-track speed skating at the \xff\n")
    with pytest.raises(sp.InputError, match="cannot read the index"):
        dumps.wanted_streams(index, titles)


# XML 1.0 characters, less the carriage return a parser folds into a line feed.
_XML_TEXT = st.characters(
    blacklist_categories=("Cs",), blacklist_characters="\r\ufffe\uffff", min_codepoint=9
).filter(lambda c: c in "\t\n" or ord(c) >= 0x20)
_TITLES = st.text(_XML_TEXT.filter(lambda c: c not in "\t\n"), min_size=1, max_size=30)
_TEXTS = st.text(_XML_TEXT, max_size=200).filter(
    lambda text: not text.lstrip().lower().startswith("#redirect")
)


@examples(30)
@given(st.lists(st.tuples(_TITLES, _TEXTS), min_size=1, max_size=30), st.integers(1, 7))
def test_any_pages_come_back_as_written(pages: list[tuple[str, str]], per_stream: int) -> None:
    written = [Page(number, title, text) for number, (title, text) in enumerate(pages, 1)]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        plain = write_plain(root / "d.xml", written)
        dump, index = root / "m.xml.bz2", root / "m-index.txt.bz2"
        write_multistream(dump, index, written, per_stream=per_stream)
        everything = {"titles": None, "namespaces": None}
        assert list(sp.read_dump(plain, **everything)) == pages  # type: ignore[arg-type]
        assert list(sp.read_dump(dump, index=index, **everything)) == pages  # type: ignore[arg-type]
        wanted = pages[len(pages) // 2][0]
        some = list(sp.read_dump(dump, index=index, titles=lambda t: t == wanted))
        assert some == [page for page in pages if page[0] == wanted]


def test_a_title_pattern_that_is_no_regular_expression_is_an_input_error(tmp_path: Path) -> None:
    dump = write_plain(tmp_path / "d.xml", [Page(1, "A", "text")])
    with pytest.raises(sp.InputError, match="not a regular expression"):
        list(sp.read_dump(dump, titles="("))
