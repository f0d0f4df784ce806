"""The command line: ``shorttrack-parse [options] FILE...``."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from conftest import (
    FIXTURES,
    TITLES,
    parse_text_fixture,
    parse_wikitext_fixture,
    text_path,
    wikitext_path,
)

from shorttrack_parse import to_dict
from shorttrack_parse.cli import main


def test_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(text_path("2002-men-1000m"))]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == TITLES["2002-men-1000m"]
    assert "Games: 2002 Winter  Venue: Salt Lake Ice Center  Dates: 13–16 February 2002" in lines
    assert "32 competitors, 20 nations, winning time 1:29.109" in lines
    assert "  Gold   Steven Bradbury (AUS)" in lines
    assert "Heats (8 races)" in lines
    assert "Finals (2 races)" in lines
    assert "     5  Kim Dong-sung  1:35.582" in lines
    assert "     –  Satoru Terao  DQ" in lines
    assert not any(line.startswith("Diagnostics") for line in lines)


def test_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "json", str(text_path("2006-men-1000m"))]) == 0
    out, _ = capsys.readouterr()
    assert json.loads(out) == to_dict(parse_text_fixture("2006-men-1000m"))
    assert "\n  " in out  # indented, one document


def test_jsonl_gives_one_line_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    names = ["2002-men-1000m", "2014-women-1500m"]
    assert main(["--format", "jsonl", *(str(text_path(name)) for name in names)]) == 0
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 2
    assert [json.loads(line) for line in lines] == [
        to_dict(parse_text_fixture(name)) for name in names
    ]


def test_non_ascii_is_written_as_is(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "jsonl", str(text_path("2014-women-1500m"))]) == 0
    out, _ = capsys.readouterr()
    assert "Marie-Ève Drolet" in out


def test_wikitext_with_title(capsys: pytest.CaptureFixture[str]) -> None:
    title = TITLES["2002-men-1000m"]
    path = str(wikitext_path("2002-men-1000m"))
    assert main(["--form", "wikitext", "--title", title, "--format", "json", path]) == 0
    out, _ = capsys.readouterr()
    data = json.loads(out)
    assert data == to_dict(parse_wikitext_fixture("2002-men-1000m"))
    assert data["title"] == title
    assert data["info"]["venue_link"] == "Salt Lake Ice Center"
    assert data["rounds"][0]["races"][0]["results"][0]["noc"] == "BEL"


def test_wikitext_summary_shows_countries(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(wikitext_path("2002-men-1000m"))
    assert main(["--title", "Men's 1000 m", path]) == 0
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == "Men's 1000 m"
    assert "     1  Wim De Deyne (BEL)  1:30.950  Q" in lines
    assert "  WR 1:25.985  Steve Robillard (CAN)  Calgary, Canada, 14 October 2001" in lines


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    assert main([str(missing)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert str(missing) in err
    assert "No such file" in err


def test_a_missing_file_does_not_stop_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    files = [str(missing), str(text_path("2006-men-1000m"))]
    assert main(["--format", "jsonl", *files]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["title"] for line in out.splitlines()] == [TITLES["2006-men-1000m"]]
    assert str(missing) in err


def test_undecodable_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("= Café =\n".encode("latin-1"))
    assert main([str(path)]) == 1
    _, err = capsys.readouterr()
    assert f"{path}: input is not UTF-8 text" in err


def test_strict_reports_the_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("= T =\n==Results==\n| Foo | Bar |\n| 1 | 2 |\n", encoding="utf-8")
    assert main(["--strict", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{path}: line 3:" in err
    assert "| Foo | Bar |" in err


def test_diagnostics_are_listed_in_the_summary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("= T =\n==Results==\n| Foo | Bar |\n| 1 | 2 |\n", encoding="utf-8")
    assert main([str(path)]) == 0
    out, _ = capsys.readouterr()
    assert "Diagnostics (1)" in out
    assert "  line 3: table (lines 3-4, 2 rows) is not a results or records table" in out


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    data = text_path("2002-men-1500m").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["--format", "json", "-"]) == 0
    out, _ = capsys.readouterr()
    assert json.loads(out) == to_dict(parse_text_fixture("2002-men-1500m"))


@pytest.mark.parametrize(
    "arguments",
    [[], ["--format", "xml", "x.txt"], ["--form", "html", "x.txt"]],
)
def test_usage_errors_exit_2(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(arguments)
    assert raised.value.code == 2
    _, err = capsys.readouterr()
    assert "usage: shorttrack-parse" in err


def test_validate_prints_findings_like_a_compiler(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--validate", str(text_path("2002-men-1000m"))]) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines() == [
        "131: warning status-in-time-column Semifinal 1/Satoru Terao: the Time column holds "
        "'DQ', a status, not a time; a status belongs in the Notes column"
    ]


def test_validate_fails_on_errors_and_names_each_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    errors = FIXTURES / "text" / "errors-rank-time.txt"
    clean = text_path("1994-women-500m")
    assert main(["--validate", str(errors), str(clean)]) == 1
    out, _ = capsys.readouterr()
    assert [line.split(": ")[0] for line in out.splitlines()] == [f"{errors}:46"]
    assert "rank-time-order" in out
