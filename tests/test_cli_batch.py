"""The command line's batch options: ``--jobs N`` on every subcommand, ``--dump`` for csv/json."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import ARTICLES, FIXTURES, TITLES, load_wikitext
from dumpgen import Page, mixed_pages, write_multistream, write_plain

import shorttrack_parse as sp
from shorttrack_parse.cli import main

Capture = pytest.CaptureFixture[str]
PAGES = [(TITLES[name], load_wikitext(name)) for name in ARTICLES]


def _run(capsys: Capture, argv: list[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    strict_failure = tmp_path / "bad.txt"
    strict_failure.write_text("= T =\n==Results==\n| Foo | Bar |\n| 1 | 2 |\n", encoding="utf-8")
    return [str(FIXTURES), str(tmp_path / "missing.txt"), str(strict_failure)]


@pytest.mark.parametrize(
    "command",
    [
        ["check", "--summary", "always"],
        ["check", "--format", "json"],
        ["show"],
        ["show", "--strict"],
        ["json"],
        ["json", "--jsonl", "--strict"],
        ["csv"],
        ["csv", "--records"],
    ],
    ids=" ".join,
)
def test_jobs_change_nothing_but_speed(
    capsys: Capture, inputs: list[str], command: list[str]
) -> None:
    alone = _run(capsys, [*command, *inputs])
    assert alone[1]  # something was written
    assert _run(capsys, [*command, "--jobs", "2", *inputs]) == alone
    assert _run(capsys, [*command, "-j", "3", *inputs]) == alone


@pytest.mark.parametrize("value", ["0", "-1", "two", "1.5"])
def test_jobs_must_be_positive(capsys: Capture, value: str) -> None:
    status, out, err = _run(capsys, ["csv", "--jobs", value, str(FIXTURES)])
    assert status == 2
    assert out == ""
    assert f"--jobs: must be a positive whole number, not '{value}'" in err


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _expected_rows(pages: list[tuple[str, str]]) -> list[dict[str, str]]:
    events = {title: sp.parse(text, title=title) for title, text in pages}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=sp.RESULT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in sp.to_rows(events):
        cells = {k: "" if v is None else v for k, v in row.items()}
        writer.writerow({k: str(v).lower() if isinstance(v, bool) else v for k, v in cells.items()})
    return _csv_rows(out.getvalue())


@pytest.fixture(scope="module")
def dumps(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    folder = tmp_path_factory.mktemp("cli-dumps")
    pages = mixed_pages(PAGES, 600, every=100)
    plain = write_plain(folder / "dump.xml.bz2", pages)
    multistream, index = folder / "m.xml.bz2", folder / "m-index.txt.bz2"
    write_multistream(multistream, index, pages, per_stream=20)
    return plain, multistream, index


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_csv_of_a_dump(
    capsys: Capture, tmp_path: Path, dumps: tuple[Path, Path, Path], jobs: str
) -> None:
    plain, multistream, index = dumps
    expected = _expected_rows(PAGES)
    output = tmp_path / "results.csv"
    assert main(["csv", "--dump", str(plain), "--jobs", jobs, "-o", str(output)]) == 0
    assert _csv_rows(output.read_text(encoding="utf-8")) == expected
    assert {row["source"] for row in expected} == set(TITLES.values())
    status, out, _err = _run(capsys, ["csv", "--dump", str(multistream), "--index", str(index)])
    assert status == 0
    assert _csv_rows(out) == expected
    status, out, _err = _run(capsys, ["csv", "--dump", str(multistream), "-j", jobs])
    assert _csv_rows(out) == expected


def test_json_of_a_dump(capsys: Capture, dumps: tuple[Path, Path, Path]) -> None:
    _plain, multistream, index = dumps
    status, out, err = _run(
        capsys, ["json", "--jsonl", "--dump", str(multistream), "--index", str(index), "-j", "2"]
    )
    assert (status, err) == (0, "")
    documents = [json.loads(line) for line in out.splitlines()]
    assert [document.pop("source") for document in documents] == [title for title, _ in PAGES]
    assert [sp.from_dict(d) for d in documents] == [sp.parse(t, title=n) for n, t in PAGES]


def test_dump_after_paths_and_own_titles(capsys: Capture, tmp_path: Path) -> None:
    pages = [Page(1, "My article", load_wikitext(ARTICLES[0])), Page(2, "Other", "x")]
    dump = write_plain(tmp_path / "d.xml", pages)
    article = FIXTURES / "text" / "2002-men-1000m.txt"
    status, out, _ = _run(capsys, ["json", "--jsonl", str(article), "--dump", str(dump),
                                   "--titles", "^My "])  # fmt: skip
    assert status == 0
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(article), "My article"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["csv"], "give a PATH or --dump DUMP"),
        (["csv", "--index", "i.txt", str(FIXTURES)], "--index needs --dump"),
        (["json", "--dump", "d.xml", "--titles", "("], "--titles: not a regular expression"),
        (["show", "--dump", "d.xml"], "unrecognized arguments: --dump"),
    ],
)
def test_dump_usage_errors(capsys: Capture, arguments: list[str], message: str) -> None:
    status, out, err = _run(capsys, arguments)
    assert (status, out) == (2, "")
    assert message in err


def test_unreadable_dump_is_one_line(capsys: Capture, tmp_path: Path) -> None:
    missing = tmp_path / "missing.xml.bz2"
    status, out, err = _run(capsys, ["csv", "--dump", str(missing)])
    assert status == 2
    assert out == ",".join(sp.RESULT_COLUMNS) + "\n"
    assert err.count("\n") == 1
    assert err.startswith(f"{missing}: cannot read the dump")
