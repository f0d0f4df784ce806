"""The command line, run in-process: ``main(argv)`` with captured streams."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
import sys
from pathlib import Path

import pytest
from conftest import (
    FIXTURES,
    REPO,
    TITLES,
    parse_text_fixture,
    parse_wikitext_fixture,
    text_path,
    wikitext_path,
)

import shorttrack_parse as sp
from shorttrack_parse.cli import main

Capture = pytest.CaptureFixture[str]
ERRORS = FIXTURES / "text" / "errors-rank-time.txt"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


# --- show -------------------------------------------------------------------------


def test_show(capsys: Capture) -> None:
    assert main(["show", str(text_path("2002-men-1000m"))]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out == sp.summarize(parse_text_fixture("2002-men-1000m"))


def test_show_several_files_separates_them(capsys: Capture) -> None:
    names = ["2002-men-1000m", "2014-women-1500m"]
    assert main(["show", *(str(text_path(n)) for n in names)]) == 0
    out, _ = capsys.readouterr()
    assert out == "\n".join(sp.summarize(parse_text_fixture(n)) for n in names)


def test_wikitext_title_from_option_and_from_sidecar(capsys: Capture, tmp_path: Path) -> None:
    path = str(wikitext_path("2002-men-1000m"))
    assert main(["show", "--title", "Men's 1000 m", path]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "Men's 1000 m"
    assert main(["show", path]) == 0  # fixtures/wikitext/2002-men-1000m.title
    assert capsys.readouterr().out.splitlines()[0] == TITLES["2002-men-1000m"]
    copy = tmp_path / "article.wiki"
    copy.write_bytes(wikitext_path("2002-men-1000m").read_bytes())
    assert main(["show", str(copy)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "Men's 1000 metres"  # no title: the event


def test_strict_fails_with_one_line(capsys: Capture, tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("= T =\n==Results==\n| Foo | Bar |\n| 1 | 2 |\n", encoding="utf-8")
    assert main(["show", "--strict", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"{path}: line 3: table (lines 3-4, 2 rows)")
    assert err.count("\n") == 1


def test_diagnostics_are_listed_in_the_summary(capsys: Capture, tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("= T =\n==Results==\n| Foo | Bar |\n| 1 | 2 |\n", encoding="utf-8")
    assert main(["show", str(path)]) == 0
    out, _ = capsys.readouterr()
    assert "Diagnostics (1)" in out
    assert "  line 3: table (lines 3-4, 2 rows) is not a results or records table" in out


# --- json -------------------------------------------------------------------------


def test_json_of_one_file_is_its_document(capsys: Capture) -> None:
    assert main(["json", str(text_path("2006-men-1000m"))]) == 0
    out, _ = capsys.readouterr()
    assert json.loads(out) == sp.to_dict(parse_text_fixture("2006-men-1000m"))
    assert "\n  " in out


def test_json_of_several_files_is_an_array_with_sources(capsys: Capture, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    paths = [str(text_path("2002-men-1000m")), str(missing)]
    assert main(["json", *paths]) == 2
    out, err = capsys.readouterr()
    first, second = json.loads(out)
    assert first == {"source": paths[0], **sp.to_dict(parse_text_fixture("2002-men-1000m"))}
    assert second == {"source": paths[1], "error": "cannot read: No such file or directory"}
    assert err == f"{missing}: cannot read: No such file or directory\n"


def test_jsonl_one_line_per_file_each_with_its_source(capsys: Capture, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    paths = [str(text_path("2002-men-1000m")), str(missing), str(text_path("2014-women-1500m"))]
    assert main(["json", "--jsonl", *paths]) == 2
    out, _ = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["source"] for line in lines] == paths
    assert lines[1] == {"source": paths[1], "error": "cannot read: No such file or directory"}
    data = {k: v for k, v in lines[2].items() if k != "source"}
    assert sp.from_dict(data) == parse_text_fixture("2014-women-1500m")
    assert "Marie-Ève Drolet" in out  # written as is, not \\u-escaped


def test_stdin_is_shown_as_stdin(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, text_path("2002-men-1500m").read_bytes())
    assert main(["json", "--jsonl", "-"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["source"] == "<stdin>"
    assert json.loads(line)["title"] == TITLES["2002-men-1500m"]


# --- csv --------------------------------------------------------------------------


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_the_columns_of_to_rows(capsys: Capture) -> None:
    path = str(wikitext_path("2002-men-1000m"))
    assert main(["csv", path]) == 0
    out, _ = capsys.readouterr()
    rows = _csv_rows(out)
    expected = sp.to_rows({path: parse_wikitext_fixture("2002-men-1000m")})
    assert out.splitlines()[0] == ",".join(sp.RESULT_COLUMNS)
    assert len(rows) == len(expected)
    for got, want in zip(rows, expected, strict=True):
        for column in sp.RESULT_COLUMNS:
            value = want[column]
            text = "" if value is None else str(value).lower() if isinstance(value, bool) else value
            assert got[column] == str(text), column


def test_csv_records_to_a_file(capsys: Capture, tmp_path: Path) -> None:
    target = tmp_path / "records.csv"
    path = str(wikitext_path("2002-men-1000m"))
    assert main(["csv", "--records", "-o", str(target), path]) == 0
    assert capsys.readouterr().out == ""
    rows = _csv_rows(target.read_text(encoding="utf-8"))
    event = parse_wikitext_fixture("2002-men-1000m")
    assert len(rows) == len(event.records.standing) + len(event.records.new)
    assert [row["record"] for row in rows][:1] == ["standing"]
    assert rows[0]["time"] == "1:25.985"


def test_csv_of_the_fixture_directories_gives_one_named_row_per_result(capsys: Capture) -> None:
    assert main(["csv", str(FIXTURES / "wikitext")]) == 0
    rows = _csv_rows(capsys.readouterr().out)
    paths = sorted((FIXTURES / "wikitext").glob("*.wiki"))
    expected = sum(len(race.results) for path in paths for race in sp.parse_file(path).races())
    assert len(rows) == expected
    assert {row["source"] for row in rows} == {str(path) for path in paths}
    assert all(row["name"] for row in rows)
    assert all(row["title"] for row in rows)  # from the .title sidecars


def test_csv_of_the_flattened_fixtures_names_every_team(capsys: Capture) -> None:
    assert main(["csv", str(FIXTURES / "text")]) == 0
    teams = [row for row in _csv_rows(capsys.readouterr().out) if row["team"] == "true"]
    assert teams
    assert all(row["name"] for row in teams)


def test_csv_of_the_flattened_fixtures_names_every_athlete_written(capsys: Capture) -> None:
    # The flattened form loses what templates held: an athlete cell written as a
    # {{flagIOC2athlete}} is empty there, and only such rows may lack a name.
    assert main(["csv", str(FIXTURES / "text")]) == 0
    rows = [row for row in _csv_rows(capsys.readouterr().out) if row["team"] == "false"]
    unnamed = {(row["source"], int(row["line"])) for row in rows if not row["name"]}
    empty_cells = {
        (str(path), result.line)
        for path in sorted((FIXTURES / "text").glob("*.txt"))
        for race in sp.parse_file(path).races()
        for result in race.results
        if not result.team
        and "athlete" in race.columns
        and not result.cells[race.columns.index("athlete")].strip()
    }
    assert rows
    assert unnamed == empty_cells


def test_a_usage_error_leaves_the_output_file_alone(capsys: Capture, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("precious data\n", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["csv", "-o", str(target), str(empty)]) == 2
    assert target.read_text(encoding="utf-8") == "precious data\n"
    capsys.readouterr()


def test_csv_of_an_unwritable_file_is_a_one_line_error(capsys: Capture, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "dir.csv"
    assert main(["csv", "-o", str(target), str(text_path("2002-men-1000m"))]) == 2
    _, err = capsys.readouterr()
    assert err.count("\n") == 1
    assert "No such file or directory" in err


# --- inputs -----------------------------------------------------------------------


def test_directories_are_searched_recursively(capsys: Capture) -> None:
    assert main(["json", "--jsonl", str(FIXTURES)]) == 0
    sources = [json.loads(line)["source"] for line in capsys.readouterr().out.splitlines()]
    expected = sorted(
        str(p) for p in [*FIXTURES.rglob("*.wiki"), *FIXTURES.rglob("*.txt")] if p.is_file()
    )
    assert sources == expected


def test_glob_chooses_the_files_of_a_directory(capsys: Capture) -> None:
    assert main(["json", "--jsonl", "--glob", "*-relay.wiki", str(FIXTURES)]) == 0
    sources = [json.loads(line)["source"] for line in capsys.readouterr().out.splitlines()]
    assert sources == sorted(str(p) for p in FIXTURES.rglob("*-relay.wiki"))
    assert len(sources) >= 3


def test_a_directory_without_articles_is_a_usage_error(capsys: Capture, tmp_path: Path) -> None:
    assert main(["show", str(tmp_path)]) == 2
    _, err = capsys.readouterr()
    assert f"{tmp_path}: no files matching" in err


def test_missing_file_does_not_stop_the_others(capsys: Capture, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    assert main(["show", str(missing), str(text_path("2006-men-1000m"))]) == 2
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == TITLES["2006-men-1000m"]
    assert err == f"{missing}: cannot read: No such file or directory\n"


def test_undecodable_file(capsys: Capture, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("= Café =\n".encode("latin-1"))
    assert main(["show", str(path)]) == 2
    _, err = capsys.readouterr()
    assert err.startswith(f"{path}: input is not UTF-8 text")
    assert err.count("\n") == 1


# --- usage ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "arguments",
    [
        [],
        ["chek", "x.txt"],
        ["show"],
        ["show", "--form", "html", "x.txt"],
        ["check", "--format", "xml", "x.txt"],
        ["check", "--select", "no-such-code", "x.txt"],
        ["check", "--ignore", "rank-time-order,bogus", "x.txt"],
        ["--format", "xml", "x.txt"],
    ],
)
def test_usage_errors_exit_2_with_usage(arguments: list[str], capsys: Capture) -> None:
    assert main(arguments) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "shorttrack-parse" in err
    assert "Traceback" not in err


def test_unknown_codes_are_named(capsys: Capture) -> None:
    assert main(["check", "--select", "rank,bogus", "x.txt"]) == 2
    _, err = capsys.readouterr()
    assert "unknown code bogus" in err
    assert "rank-time-order" in err  # the known codes are listed


@pytest.mark.parametrize("command", [[], ["check"], ["show"], ["json"], ["csv"]])
def test_version(command: list[str], capsys: Capture) -> None:
    assert main([*command, "--version"]) == 0
    assert capsys.readouterr().out == f"shorttrack-parse {sp.__version__}\n"


def test_help_exits_0(capsys: Capture) -> None:
    assert main(["check", "--help"]) == 0
    assert "--warnings-as-errors" in capsys.readouterr().out


# --- the old flag-style calls -------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ([], ["show"]),
        (["--format", "json"], ["json"]),
        (["--format=jsonl"], ["json", "--jsonl"]),
        (["--format", "summary", "--strict"], ["show", "--strict"]),
        (["--validate"], ["check"]),
        (["--validate", "--format", "json"], ["check"]),
        (["--title", "Some title"], ["show", "--title", "Some title"]),
        (["--form", "text", "--title", "T"], ["show", "--form", "text", "--title", "T"]),
    ],
)
def test_old_flags_keep_working_with_a_hint(
    old: list[str], new: list[str], capsys: Capture
) -> None:
    path = str(text_path("2002-men-1000m"))
    old_status = main([*old, path])
    old_out, old_err = capsys.readouterr()
    assert main([*new, path]) == old_status
    new_out, new_err = capsys.readouterr()
    assert old_out == new_out
    assert (
        old_err
        == f"hint: this form is deprecated; use: shorttrack-parse {' '.join(new)} {path}\n"
        + new_err
    )


def test_the_makefile_demo_runs(capsys: Capture) -> None:
    """``make demo`` is one of the README's two commands: its call must work."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    variables = dict(re.findall(r"^(\w+) \?= (.*)$", makefile, re.MULTILINE))
    recipe = re.search(r"^demo:.*\n\t(.*)$", makefile, re.MULTILINE)
    assert recipe is not None
    command = re.sub(r"\$\((\w+)\)", lambda m: variables.get(m[1], m[0]), recipe[1])
    program, *arguments = shlex.split(command)
    assert program.endswith("shorttrack-parse")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(REPO)
        assert main(arguments) == 0
    out, err = capsys.readouterr()
    assert "Final A" in out
    assert err == ""
