"""The Dask recipe, on Dask's local schedulers over a small generated corpus."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLES, FIXTURES, TITLES, load_wikitext
from dumpgen import mixed_pages, write_multistream, write_plain

import shorttrack_parse as sp

pandas = pytest.importorskip("pandas")
pytest.importorskip("dask.bag")
pytest.importorskip("pyarrow")

PLAIN_PAGES = [(TITLES[name], load_wikitext(name)) for name in ARTICLES[:2]]
STREAM_PAGES = [(TITLES[name], load_wikitext(name)) for name in ARTICLES[2:]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Article files, a broken file, a plain dump, a multistream dump and its index."""
    root = tmp_path_factory.mktemp("corpus")
    articles = root / "articles"
    (articles / "nested").mkdir(parents=True)
    files = sorted((FIXTURES / "text").glob("20*.txt"))[:4]
    for file in files[:2]:
        shutil.copy(file, articles / file.name)
    for file in files[2:]:
        shutil.copy(file, articles / "nested" / file.name)
    (articles / "broken.txt").write_bytes(b"\xff\xfe not UTF-8")
    plain = write_plain(root / "plain.xml.bz2", mixed_pages(PLAIN_PAGES, 200, every=50))
    dump, index = root / "m.xml.bz2", root / "m-index.txt.bz2"
    pages = mixed_pages(STREAM_PAGES, 1_000, every=150)
    write_multistream(dump, index, pages, per_stream=10)
    return {
        "articles": articles,
        "files": sorted(articles.rglob("*.txt")),
        "plain": plain,
        "multistream": (dump, index),
        "paths": [articles, plain, (dump, index)],
    }


def _expected(corpus: dict[str, Any], records: bool = False) -> list[dict[str, Any]]:
    events = {str(f): sp.parse_file(f) for f in corpus["files"] if f.name != "broken.txt"}
    events |= {title: sp.parse(text, title=title) for title, text in PLAIN_PAGES + STREAM_PAGES}
    return sp.to_rows(events, records=records)


def _plain(frame: Any) -> list[dict[str, Any]]:
    # Parquet's nullable columns back as Python values, None for missing.
    frame = frame.astype(object).where(frame.notna(), None)
    return list(frame.to_dict("records"))


def _key(row: dict[str, Any]) -> tuple[str, int]:
    return (row["source"], row["line"] or 0)


def test_partitions_per_file_dump_and_stream_range(corpus: dict[str, Any]) -> None:
    bag = sp.dask_rows(corpus["paths"], streams_per_partition=2)
    streams = len(STREAM_PAGES)  # each wanted article alone in its stream of ten pages
    assert streams == 4
    assert bag.npartitions == len(corpus["files"]) + 1 + streams // 2
    parsed = bag.compute(scheduler="synchronous")
    assert sum(item.ok for item in parsed) == len(corpus["files"]) - 1 + len(ARTICLES)
    rows = [row for item in parsed for row in item.rows]
    assert sorted(rows, key=_key) == sorted(_expected(corpus), key=_key)


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_parquet_holds_what_to_rows_gives(
    corpus: dict[str, Any], tmp_path: Path, scheduler: str
) -> None:
    rows_dir, errors_dir = sp.dask_to_parquet(
        corpus["paths"], tmp_path / "out", scheduler=scheduler, streams_per_partition=2
    )
    frame = pandas.read_parquet(rows_dir)
    assert list(frame.columns) == list(sp.RESULT_COLUMNS)
    assert str(frame["time_ms"].dtype) == "Int64"
    assert str(frame["qualified"].dtype) == "boolean"
    assert sorted(_plain(frame), key=_key) == sorted(_expected(corpus), key=_key)
    errors = pandas.read_parquet(errors_dir)
    assert list(errors["source"]) == [str(corpus["articles"] / "broken.txt")]
    assert list(errors["error"]) == ["InputError"]
    assert "not UTF-8" in errors["message"][0]


def test_parquet_of_records(corpus: dict[str, Any], tmp_path: Path) -> None:
    rows_dir, _errors = sp.dask_to_parquet(
        corpus["paths"], tmp_path / "out", records=True, scheduler="synchronous"
    )
    frame = pandas.read_parquet(rows_dir)
    assert list(frame.columns) == list(sp.RECORD_COLUMNS)
    expected = _expected(corpus, records=True)
    assert expected
    for row in expected:  # Parquet keeps the dates as ISO text
        row["date"] = None if row["date"] is None else str(row["date"])
    assert sorted(_plain(frame), key=_key) == sorted(expected, key=_key)


def test_unreadable_dump_is_an_error_row(corpus: dict[str, Any], tmp_path: Path) -> None:
    missing = tmp_path / "missing.xml.bz2"
    parsed = sp.dask_rows([missing]).compute(scheduler="synchronous")
    assert [(item.source, type(item.error)) for item in parsed] == [(str(missing), sp.InputError)]


def test_nothing_to_read(tmp_path: Path) -> None:
    with pytest.raises(sp.InputError, match="no article files or dumps"):
        sp.dask_rows([tmp_path])
    with pytest.raises(sp.InputError, match="streams_per_partition must be at least 1"):
        sp.dask_rows([tmp_path], streams_per_partition=0)
    with pytest.raises(sp.InputError, match="titles must be"):
        sp.dask_rows([tmp_path], titles=3)  # type: ignore[arg-type]


def test_without_dask(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(sp.MissingExtraError, match=r"shorttrack_parse\[dask\]"):
        sp.dask_rows([FIXTURES / "text"])


def test_broken_dump_keeps_the_pages_before(tmp_path: Path) -> None:
    whole = write_plain(tmp_path / "whole.xml", mixed_pages(PLAIN_PAGES, 20, every=10))
    data = whole.read_bytes()
    cut = tmp_path / "cut.xml"
    cut.write_bytes(data[: data.rindex(b"<page>")])  # the last page and the end lost
    parsed = sp.dask_rows([cut]).compute(scheduler="synchronous")
    assert [item.source for item in parsed] == [PLAIN_PAGES[0][0], PLAIN_PAGES[1][0], str(cut)]
    assert [item.ok for item in parsed] == [True, True, False]
    assert "broken XML" in str(parsed[-1].error)
