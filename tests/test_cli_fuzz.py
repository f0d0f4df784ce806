"""Fuzzing the command line: any file contents, any arguments, never a traceback.

Run in-process through ``main(argv)`` with ASCII-only captured streams, so that
an encoding crash would show as well.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
import tempfile
from pathlib import Path

from conftest import examples, text_path, wikitext_path
from hypothesis import event, given
from hypothesis import strategies as st

from shorttrack_parse.cli import main

FRAGMENTS = [
    "{|", "|}", "|-", "!", "!!", "||", "|", "|+ Heat 1", "{{", "}}", "[[", "]]", "<ref>",
    "</ref>", "<!--", "-->", "'''", ";Heat 1", "====Heat 2====", "==Results==", "===Heats===",
    "= Title =", "Infobox", "- Event: Men's 1000 metres", "{{flagIOC|AUS|2002 Winter}",
    "{{Infobox Olympic event", "Rank", "Rnak", "Athlete", "Time", "Notes", "1:28,183",
    "1:29.109", "41.802", "DQ", "Q", "ADVA", "rowspan=3", "colspan=2", "Ève", "–", "\u2028",
    "\x00", "\r\n", "\n", " ", "\t",
]  # fmt: skip
CHECK_LINE = re.compile(r".+:[0-9]+:[0-9]+: (error|warning) [a-z0-9-]+ .*")
SUMMARY_LINE = re.compile(r"[0-9]+ errors?, [0-9]+ warnings? in [0-9]+ files?")


def _contents() -> st.SearchStrategy[bytes]:
    markup = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=40).map(
        lambda parts: "".join(parts).encode("utf-8", "surrogatepass")
    )
    real = st.sampled_from(
        [text_path("2002-men-1000m").read_bytes(), wikitext_path("2002-men-1000m").read_bytes()]
    )
    spliced = st.tuples(real, st.integers(0, 30_000), st.binary(max_size=20)).map(
        lambda t: t[0][: t[1]] + t[2] + t[0][t[1] :]
    )
    return st.one_of(markup, st.binary(max_size=200), spliced)


OPTIONS = st.lists(
    st.sampled_from(
        [
            ["--form", "text"], ["--form", "wikitext"], ["--form", "html"], ["--title", "Ève"],
            ["--glob", "*.wiki"], ["--strict"], ["--jsonl"], ["--records"], ["--select", "rank"],
            ["--select", "parse"], ["--ignore", "incomplete,duplicate-time"], ["--select", "nope"],
            ["--warnings-as-errors"], ["--format", "json"], ["--format", "github"],
            ["--format", "xml"], ["--summary", "always"], ["--validate"], ["--bogus"], ["-o"],
        ]
    ),
    max_size=4,
)  # fmt: skip


def _run(argv: list[str], stdin: bytes) -> tuple[int, str, str]:
    out, err = io.BytesIO(), io.BytesIO()
    out_text = io.TextIOWrapper(out, encoding="ascii")
    err_text = io.TextIOWrapper(err, encoding="ascii")
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="ascii")
    try:
        with contextlib.redirect_stdout(out_text), contextlib.redirect_stderr(err_text):
            status = main(argv)
    finally:
        sys.stdin = saved
    out_text.flush()
    err_text.flush()
    return status, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8")


@examples(100)
@given(
    contents=st.lists(_contents(), min_size=1, max_size=3),
    command=st.sampled_from(["check", "show", "json", "csv", None, "nonsense"]),
    options=OPTIONS,
    use_stdin=st.booleans(),
    missing=st.booleans(),
)
def test_any_input_gives_a_defined_status_and_no_traceback(
    contents: list[bytes],
    command: str | None,
    options: list[list[str]],
    use_stdin: bool,
    missing: bool,
) -> None:
    with tempfile.TemporaryDirectory() as directory:
        paths = []
        for index, data in enumerate(contents):
            path = Path(directory) / f"a{index}.{'wiki' if index % 2 else 'txt'}"
            path.write_bytes(data)
            paths.append(str(path))
        if use_stdin:
            paths.append("-")
        if missing:
            paths.append(str(Path(directory) / "missing.txt"))
        if len(contents) > 1:
            paths.append(directory)
        argv = ([command] if command else []) + [arg for group in options for arg in group]
        status, out, err = _run([*argv, *paths], contents[0])
    event(f"{command} exit {status}")
    assert status in (0, 1, 2)
    assert "Traceback" not in err
    assert "internal error" not in err
    if command == "check" and "--format" not in argv and status != 2:
        assert all(
            CHECK_LINE.fullmatch(line) or SUMMARY_LINE.fullmatch(line) for line in out.splitlines()
        )
