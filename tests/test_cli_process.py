"""The command line as a separate process: entry points, streams, encodings, exit statuses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO, text_path

import shorttrack_parse as sp


def _run(
    *arguments: str, stdin: bytes = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "shorttrack_parse", *arguments],
        input=stdin,
        capture_output=True,
        cwd=REPO,
        env={**os.environ, **(env or {})},
        timeout=60,
        check=False,
    )


def test_the_console_script_runs() -> None:
    script = Path(sys.executable).with_name("shorttrack-parse")
    if not script.exists():
        pytest.skip("the package is not installed with its console script")
    done = subprocess.run([str(script), "--version"], capture_output=True, timeout=60, check=False)
    assert (done.returncode, done.stdout) == (0, f"shorttrack-parse {sp.__version__}\n".encode())


def test_check_of_directories_exits_1_on_the_error_fixtures() -> None:
    done = _run("check", "fixtures/text", "fixtures/wikitext")
    assert done.returncode == 1
    assert done.stderr == b""
    lines = done.stdout.decode("utf-8").splitlines()
    assert "fixtures/text/errors-rank-time.txt:46:7: error rank-time-order " in "\n".join(lines)
    assert {line.split(":")[0] for line in lines} >= {
        "fixtures/text/errors-rank-time.txt",
        "fixtures/wikitext/2010-men-1500m-errors.wiki",
    }


def test_standard_input() -> None:
    done = _run("json", "--jsonl", "-", stdin=text_path("2014-women-1500m").read_bytes())
    assert done.returncode == 0
    assert done.stdout.startswith(b'{"source": "<stdin>", "title": "Short-track')


def test_a_missing_file_is_one_line_and_exit_2() -> None:
    done = _run("check", "no/such/file.wiki", str(FIXTURES / "text" / "errors-rank-time.txt"))
    assert done.returncode == 2
    assert done.stderr == b"no/such/file.wiki: cannot read: No such file or directory\n"
    assert b"rank-time-order" in done.stdout


def test_a_non_utf8_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("= Café =\n".encode("latin-1"))
    done = _run("show", str(path))
    assert done.returncode == 2
    assert done.stderr.startswith(f"{path}: input is not UTF-8 text".encode())
    assert done.stderr.count(b"\n") == 1


@pytest.mark.parametrize("command", ["show", "json", "csv", "check"])
def test_an_ascii_only_terminal_still_gets_utf8(command: str) -> None:
    path = str(text_path("2014-women-1500m"))
    done = _run(command, "--title", "Ève", path, env={"PYTHONIOENCODING": "ascii", "LC_ALL": "C"})
    assert done.returncode == 0
    assert b"Traceback" not in done.stderr
    if command != "check":
        assert "Marie-Ève Drolet" in done.stdout.decode("utf-8")


def test_an_undecodable_file_name_is_reported_not_crashed_on(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    done = subprocess.run(
        [sys.executable, "-m", "shorttrack_parse", "show", name],
        capture_output=True,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.endswith(b"caf\\udce9.txt: cannot read: No such file or directory\n")


def test_a_closed_pipe_is_not_a_traceback() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "shorttrack_parse", "csv", "fixtures"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    status = process.wait(timeout=60)
    error = process.stderr.read()
    process.stderr.close()
    assert status in (0, 1)
    assert b"Traceback" not in error
    assert error == b""
