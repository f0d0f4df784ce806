"""``check``: every diagnostic and finding, one ``FILE:LINE:COL: SEVERITY CODE message`` a line."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ARTICLES, FIXTURES, text_path, wikitext_path

import shorttrack_parse as sp
from shorttrack_parse.cli import main

Capture = pytest.CaptureFixture[str]
LINE: re.Pattern[str] = re.compile(
    r"(?P<file>.+):(?P<line>[0-9]+):(?P<column>[0-9]+): (?P<severity>error|warning) "
    r"(?P<code>[a-z0-9-]+) (?P<message>.+)"
)
ERRORS = FIXTURES / "text" / "errors-rank-time.txt"
WARNED = text_path("2002-men-1000m")  # one warning, no error


def _lines(out: str) -> list[re.Match[str]]:
    matches = [LINE.fullmatch(line) for line in out.splitlines()]
    assert all(matches), out
    return [m for m in matches if m is not None]


def test_clean_fixtures_exit_0(capsys: Capture) -> None:
    paths = [str(p) for name in ARTICLES for p in (text_path(name), wikitext_path(name))]
    assert main(["check", *paths]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert {m["severity"] for m in _lines(out)} <= {"warning"}


def test_a_finding_line_names_file_line_column_severity_and_code(capsys: Capture) -> None:
    assert main(["check", str(ERRORS)]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert line == (
        f"{ERRORS}:46:7: error rank-time-order "
        "2nd place has time 12:27.696, slower than 3rd place's 2:27.799"
    )
    assert ERRORS.read_text(encoding="utf-8").split("\n")[45][6:].startswith("Han Jialiang")


def test_one_file_gets_its_prefix_too(capsys: Capture) -> None:
    assert main(["check", str(WARNED)]) == 0
    (match,) = _lines(capsys.readouterr().out)
    assert (match["file"], match["line"], match["severity"], match["code"]) == (
        str(WARNED),
        "131",
        "warning",
        "status-in-time-column",
    )


def test_warnings_as_errors(capsys: Capture) -> None:
    assert main(["check", "--warnings-as-errors", str(WARNED)]) == 1
    (match,) = _lines(capsys.readouterr().out)
    assert match["severity"] == "error"


def test_parser_diagnostics_are_errors_in_source_order(capsys: Capture, tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    text = text_path("2002-men-1000m").read_text(encoding="utf-8")
    text = text.replace(
        "| 1 | Rusty Smith | | 1:28.183 | Q |", "| 1 | Rusty Smith | | 1:28,183 | Q |"
    )
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path)]) == 1
    matches = _lines(capsys.readouterr().out)
    assert [int(m["line"]) for m in matches] == sorted(int(m["line"]) for m in matches)
    bad = [m for m in matches if m["code"].startswith("parse-")]
    assert [(m["line"], m["severity"], m["code"]) for m in bad] == [
        ("79", "error", "parse-bad-time")
    ]
    assert "1:28,183" in bad[0]["message"]


def test_select_and_ignore_take_prefixes(capsys: Capture) -> None:
    path = str(FIXTURES / "text" / "2010-men-1500m-errors.txt")
    assert main(["check", path]) == 1
    every = {m["code"] for m in _lines(capsys.readouterr().out)}
    assert {"parse-unknown-country", "rank-time-order", "record-not-in-race"} <= every
    assert main(["check", "--select", "parse", path]) == 1
    assert {m["code"] for m in _lines(capsys.readouterr().out)} == {"parse-unknown-country"}
    assert main(["check", "--select", "record,rank", path]) == 1
    chosen = {m["code"] for m in _lines(capsys.readouterr().out)}
    assert chosen == {c for c in every if c.startswith(("record-", "rank-"))}
    assert main(["check", "--ignore", "parse", "--ignore", "rank-time-order", path]) == 1
    assert {m["code"] for m in _lines(capsys.readouterr().out)} == every - {
        "parse-unknown-country",
        "rank-time-order",
    }
    errors = [c.code for c in sp.DEFAULT_CHECKS if c.severity is sp.Severity.ERROR]
    assert main(["check", "--ignore", ",".join(["parse", *errors]), path]) == 0


def test_json_format(capsys: Capture) -> None:
    path = str(FIXTURES / "text" / "2010-men-1500m-errors.txt")
    assert main(["check", "--format", "json", path]) == 1
    items = json.loads(capsys.readouterr().out)
    assert main(["check", path]) == 1
    text_lines = _lines(capsys.readouterr().out)
    assert len(items) == len(text_lines)
    assert set(items[0]) == {
        "file", "line", "column", "severity", "code", "message", "race", "athlete"
    }  # fmt: skip
    ranked = next(item for item in items if item["code"] == "rank-time-order")
    assert ranked["file"] == path
    assert (ranked["line"], ranked["column"], ranked["severity"]) == (46, 7, "error")
    assert ranked["race"] == "Heat 2"
    assert ranked["athlete"] == "Han Jialiang"


def test_github_format(capsys: Capture) -> None:
    assert main(["check", "--format", "github", str(ERRORS)]) == 1
    assert capsys.readouterr().out == (
        f"::error file={ERRORS},line=46,col=7,title=rank-time-order::"
        "2nd place has time 12:27.696, slower than 3rd place's 2:27.799\n"
    )


def test_summary_line_on_a_terminal_only(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [str(ERRORS), str(WARNED)]
    assert main(["check", *paths]) == 1
    assert "in 2 files" not in capsys.readouterr().out
    assert main(["check", "--summary", "always", *paths]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "1 error, 1 warning in 2 files"
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["check", *paths]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "1 error, 1 warning in 2 files"
    assert main(["check", "--summary", "never", *paths]) == 1
    assert "in 2 files" not in capsys.readouterr().out


def test_unreadable_files_exit_2_and_the_rest_is_checked(capsys: Capture, tmp_path: Path) -> None:
    bad = tmp_path / "bad.wiki"
    bad.write_bytes(b"{{Infobox \xff}}")
    assert main(["check", str(bad), str(ERRORS)]) == 2
    out, err = capsys.readouterr()
    assert [m["code"] for m in _lines(out)] == ["rank-time-order"]
    assert err.startswith(f"{bad}: input is not UTF-8 text")


def test_stdin_is_named_stdin(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ERRORS.read_bytes())))
    assert main(["check", "-"]) == 1
    (match,) = _lines(capsys.readouterr().out)
    assert (match["file"], match["line"]) == ("<stdin>", "46")


# --- corrupted copies of every fixture ------------------------------------------------


def _misspell_header(line: str) -> str:
    return re.sub(r"\bRank\b", "Rnak", line)


def _drop_table_end(line: str) -> str:
    return "" if line.strip() == "|}" else line


def _unclose_flag(line: str) -> str:
    return re.sub(r"(\{\{flagIOC[^{}]*\})\}", r"\1", line, count=1)


def _comma_time(line: str) -> str:
    return re.sub(r"\b([0-9]+:[0-9]{2})\.([0-9]{2,3})\b", r"\1,\2", line, count=1)


CORRUPTIONS: dict[str, Callable[[str], str]] = {
    "misspelt header": _misspell_header,
    "deleted |}": _drop_table_end,
    "unclosed flag": _unclose_flag,
    "decimal comma": _comma_time,
}
SOURCES = sorted(
    [*FIXTURES.joinpath("text").glob("*.txt"), *FIXTURES.joinpath("wikitext").glob("*.wiki")]
)


def _corrupted(path: Path, corrupt: Callable[[str], str], nth: int) -> str | None:
    """The text with the ``nth`` line that ``corrupt`` changes changed, if there is one."""
    lines = path.read_text(encoding="utf-8").split("\n")
    changeable = [i for i, line in enumerate(lines) if corrupt(line) != line]
    if len(changeable) <= nth:
        return None
    index = changeable[nth]
    lines[index] = corrupt(lines[index])
    return "\n".join(lines)


@pytest.mark.parametrize("kind", CORRUPTIONS)
def test_every_corrupted_copy_that_gives_an_error_fails_check(
    kind: str, capsys: Capture, tmp_path: Path
) -> None:
    failing = 0
    for path in SOURCES:
        for nth in (0, 2):
            text = _corrupted(path, CORRUPTIONS[kind], nth)
            if text is None:
                continue
            copy = tmp_path / path.name
            copy.write_text(text, encoding="utf-8")
            event = sp.parse(text, title="T")
            errors = [d.line for d in event.diagnostics]
            errors += [f.line for f in sp.validate(event).errors]
            status = main(["check", "--title", "T", str(copy)])
            matches = _lines(capsys.readouterr().out)
            printed = {int(m["line"]) for m in matches if m["severity"] == "error"}
            assert status == (1 if errors else 0), (kind, path.name, nth)
            assert {line or 1 for line in errors} == printed, (kind, path.name, nth)
            failing += bool(errors)
    assert failing, f"no {kind} corruption was noticed at all"
