"""Writing MediaWiki XML exports for the tests and the benchmark: plain, bz2, multistream.

A multistream dump is written the way Wikimedia writes one: a first bz2 stream
holding ``<mediawiki …>`` and ``<siteinfo>``, then one stream per ``per_stream``
pages, then a last stream holding ``</mediawiki>``; its index has one line per
page, ``offset:page_id:title``, the offset being the byte position of the page's
stream, and titles XML-escaped as in Wikimedia's index files.
"""

from __future__ import annotations

import bz2
from collections.abc import Iterable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import attrs

EXPORT_NS = "http://www.mediawiki.org/xml/export-0.11/"
HEADER = (
    f'<mediawiki xmlns="{EXPORT_NS}" version="0.11" xml:lang="en">\n'
    "  <siteinfo>\n    <sitename>Wikipedia</sitename>\n"
    "    <namespaces>\n"
    '      <namespace key="0" case="first-letter" />\n'
    '      <namespace key="1" case="first-letter">Talk</namespace>\n'
    "    </namespaces>\n  </siteinfo>\n"
)
FOOTER = "</mediawiki>\n"


@attrs.frozen
class Page:
    """A page to write; ``redirect`` is the target of a redirect page."""

    page_id: int
    title: str
    text: str
    namespace: int = 0
    redirect: str | None = None
    old_texts: tuple[str, ...] = ()  # earlier revisions, as in a history export


def page_xml(page: Page) -> str:
    """The ``<page>`` element of one page, laid out like a Wikimedia export."""
    redirect = ""
    if page.redirect is not None:
        redirect = f'    <redirect title="{escape(page.redirect, {chr(34): "&quot;"})}" />\n'
    revisions = [
        f"    <revision>\n      <id>{page.page_id * 10 + number}</id>\n"
        "      <timestamp>2026-01-01T00:00:00Z</timestamp>\n"
        "      <model>wikitext</model>\n      <format>text/x-wiki</format>\n"
        f'      <text bytes="{len(text.encode())}" xml:space="preserve">{escape(text)}</text>\n'
        "    </revision>\n"
        for number, text in enumerate((*page.old_texts, page.text))
    ]
    return (
        "  <page>\n"
        f"    <title>{escape(page.title)}</title>\n"
        f"    <ns>{page.namespace}</ns>\n"
        f"    <id>{page.page_id}</id>\n"
        f"{redirect}"
        f"{''.join(revisions)}"
        "  </page>\n"
    )


def export_xml(pages: Iterable[Page]) -> Iterator[str]:
    """A whole export, piece by piece."""
    yield HEADER
    for page in pages:
        yield page_xml(page)
    yield FOOTER


def write_plain(path: Path, pages: Iterable[Page]) -> Path:
    """An uncompressed export (``.xml``), or one bz2 stream if ``path`` ends in ``.bz2``."""
    if path.suffix == ".bz2":
        with bz2.open(path, "wt", encoding="utf-8") as handle:
            handle.writelines(export_xml(pages))
    else:
        with path.open("w", encoding="utf-8") as handle:
            handle.writelines(export_xml(pages))
    return path


def write_multistream(
    dump: Path, index: Path, pages: Iterable[Page], *, per_stream: int = 100
) -> int:
    """A multistream dump and its bz2 index; returns the number of page streams."""
    streams = 0
    lines: list[str] = []
    with dump.open("wb") as out:
        out.write(bz2.compress(HEADER.encode()))
        batch: list[Page] = []
        for page in [*pages, None]:
            if page is not None:
                batch.append(page)
            if batch and (page is None or len(batch) == per_stream):
                offset = out.tell()
                out.write(bz2.compress("".join(map(page_xml, batch)).encode()))
                lines.extend(f"{offset}:{p.page_id}:{escape(p.title)}\n" for p in batch)
                streams += 1
                batch = []
        out.write(bz2.compress(FOOTER.encode()))
    index.write_bytes(bz2.compress("".join(lines).encode()))
    return streams


def filler(page_id: int) -> Page:
    """A page no event pattern wants, a few hundred bytes of wikitext."""
    text = (
        f"'''Page {page_id}''' is a filler article.<ref>Source {page_id}</ref>\n\n"
        '== Section ==\n{| class="wikitable"\n! A !! B\n|-\n| 1 || 2\n|}\n'
        "[[Category:Fillers]]\n"
    )
    return Page(page_id, f"Filler page {page_id} & co", text)


def mixed_pages(articles: Iterable[tuple[str, str]], fillers: int, *, every: int) -> list[Page]:
    """``fillers`` filler pages with the ``(title, text)`` articles spread among them, one
    every ``every`` pages (page ids count from 1)."""
    pages: list[Page] = []
    queue = list(articles)
    page_id = 0
    for number in range(fillers):
        page_id += 1
        pages.append(filler(page_id))
        if queue and number % every == every // 2:
            title, text = queue.pop(0)
            page_id += 1
            pages.append(Page(page_id, title, text))
    for title, text in queue:
        page_id += 1
        pages.append(Page(page_id, title, text))
    return pages


SAMPLE_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "dumps"
SAMPLE_DUMP = "sample-pages-articles-multistream.xml.bz2"
SAMPLE_INDEX = "sample-pages-articles-multistream-index.txt.bz2"


def sample_articles() -> list[tuple[str, str]]:
    """The wikitext fixtures under the titles of their ``.title`` sidecars, in name order."""
    wikitext = SAMPLE_DIR.parent / "wikitext"
    return [
        (path.with_suffix(".title").read_text(encoding="utf-8").strip(), path.read_text("utf-8"))
        for path in sorted(wikitext.glob("*.wiki"))
    ]


def write_sample(folder: Path) -> tuple[Path, Path]:
    """The committed sample multistream dump (the docs read it): the wikitext fixtures
    among 300 filler pages, ten pages a stream.  ``python tests/dumpgen.py`` rewrites it."""
    dump, index = folder / SAMPLE_DUMP, folder / SAMPLE_INDEX
    write_multistream(dump, index, mixed_pages(sample_articles(), 300, every=25), per_stream=10)
    return dump, index


if __name__ == "__main__":
    SAMPLE_DIR.mkdir(exist_ok=True)
    print(*write_sample(SAMPLE_DIR))
