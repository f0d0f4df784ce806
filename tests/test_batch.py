"""Batches: parse_many and rows_many, in process and on worker processes."""

from __future__ import annotations

import io
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FIXTURES, TITLES, load_text, load_wikitext, wikitext_path

import shorttrack_parse as sp
from shorttrack_parse import _pool, _progress, batch

PATHS = sorted([*FIXTURES.glob("text/*.txt"), *FIXTURES.glob("wikitext/*.wiki")])


@pytest.mark.parametrize("workers", [1, 2])
def test_results_in_input_order_equal_parse_file(workers: int) -> None:
    inputs = PATHS * 3
    results = list(sp.parse_many(inputs, workers=workers, progress=False))
    assert [parsed.source for parsed in results] == [str(path) for path in inputs]
    for path, parsed in zip(inputs, results, strict=True):
        assert parsed.ok
        assert parsed.event == sp.parse_file(path)
        assert parsed.rows == ()


def test_every_kind_of_input() -> None:
    name = "2002-men-1000m"
    text = load_text(name)
    inputs: list[sp.batch.BatchInput] = [
        wikitext_path(name),
        str(wikitext_path(name)),
        text,
        text.encode(),
        (TITLES[name], load_wikitext(name)),
    ]
    results = list(sp.parse_many(inputs, workers=1))
    assert [parsed.source for parsed in results] == [
        str(wikitext_path(name)),
        str(wikitext_path(name)),
        "<input 2>",
        "<input 3>",
        TITLES[name],
    ]
    assert all(parsed.ok for parsed in results)
    events = [parsed.event for parsed in results]
    assert events[0] == events[1] == sp.parse_file(wikitext_path(name))
    assert events[2] == events[3] == sp.parse(text)
    assert events[4] == sp.parse(load_wikitext(name), title=TITLES[name])
    assert events[4] is not None
    assert events[4].title == TITLES[name]


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_inputs_do_not_stop_the_rest(tmp_path: Path, workers: int) -> None:
    good = PATHS[0]
    inputs: list[object] = [good, tmp_path / "missing.txt", 42, b"\xff\xfe", ("t", 3), good]
    results = list(sp.parse_many(inputs, workers=workers))  # type: ignore[arg-type]
    assert [parsed.ok for parsed in results] == [True, False, False, False, False, True]
    assert results[0].event == results[5].event == sp.parse_file(good)
    errors = [parsed.error for parsed in results[1:5]]
    assert all(isinstance(error, sp.InputError) for error in errors)
    assert "cannot read" in str(errors[0])
    assert "input 2 is not a path, a text or a (title, text) pair: int" in str(errors[1])
    assert "not UTF-8" in str(errors[2])
    assert [parsed.event for parsed in results[1:5]] == [None] * 4


@pytest.mark.parametrize("workers", [1, 2])
def test_strict_errors_keep_their_line(workers: int) -> None:
    path = FIXTURES / "text" / "2010-men-1500m-errors.txt"
    event = sp.parse_file(path)
    expected = event.diagnostics[0] if event.diagnostics else None
    (parsed,) = sp.parse_many([path], workers=workers, strict=True)
    assert isinstance(parsed.error, sp.StrictParseError | sp.ValidationError)
    if expected is not None:
        assert isinstance(parsed.error, sp.StrictParseError)
        assert parsed.error.line == expected.line
    else:
        assert isinstance(parsed.error, sp.ValidationError)
        assert parsed.error.findings == sp.validate(event).errors


def test_unexpected_errors_are_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> sp.Event:
        raise KeyError("boom")

    monkeypatch.setattr(batch, "parse_file", broken)
    first, second = sp.parse_many([PATHS[0], load_text("2002-men-1000m")], workers=1)
    assert isinstance(first.error, sp.UnexpectedError)
    assert str(first.error) == "unexpected KeyError: 'boom'"
    assert "Traceback" in first.error.details
    assert second.ok


@pytest.mark.parametrize("workers", [0, -1, 1.5, "2"])
def test_workers_must_be_positive(workers: object) -> None:
    with pytest.raises(sp.InputError, match="workers must be a positive integer"):
        sp.parse_many(PATHS, workers=workers)  # type: ignore[arg-type]


def test_default_workers_are_the_cores() -> None:
    assert _pool.default_workers() >= 1
    results = list(sp.parse_many(PATHS[:3]))
    assert [parsed.event for parsed in results] == [sp.parse_file(path) for path in PATHS[:3]]


def test_lazy_inputs_are_read_a_few_chunks_ahead() -> None:
    taken = 0
    bound = batch._CHUNK * (2 * 3 + 1)
    repeats = bound // len(PATHS) + 2  # more inputs than may be read ahead

    def stream() -> Iterator[str]:
        nonlocal taken
        for _ in range(repeats):
            for path in PATHS:
                taken += 1
                yield str(path)

    results = sp.parse_many(stream(), workers=2)
    first = next(results)
    assert first.source == str(PATHS[0])
    # Unsized input: chunks of batch._CHUNK, at most 3 per worker in flight.
    assert taken <= bound
    assert sum(1 for _ in results) == repeats * len(PATHS) - 1


def _fails_on_odd(chunk: list[int]) -> list[int]:
    if chunk[0] % 2:
        raise RuntimeError(f"chunk {chunk[0]}")
    return [value * 10 for value in chunk]


def test_pool_hands_failed_chunks_over() -> None:
    chunks = [[0, 0], [1], [2, 2], [3]]
    results = list(
        _pool.ordered_map(_fails_on_odd, chunks, 2, lambda chunk, error: [-1] * len(chunk))
    )
    assert results == [[0, 0], [-1], [20, 20], [-1]]


def test_failed_chunk_names_each_input() -> None:
    jobs: list[batch._Job | sp.Parsed] = [
        ("a.txt", "a.txt", None, None),
        sp.Parsed("<input 1>", error=sp.InputError("bad")),
    ]
    first, second = batch._failed_chunk(jobs, OSError("worker died"))
    assert first.source == "a.txt"
    assert isinstance(first.error, sp.UnexpectedError)
    assert "worker died" in str(first.error)
    assert second is jobs[1]


def test_chunks_keep_every_worker_busy() -> None:
    assert batch._chunk_size(2_000, 2) == batch._CHUNK
    assert batch._chunk_size(28, 2) == 4
    assert batch._chunk_size(1, 8) == 1


@pytest.mark.parametrize("workers", [1, 2])
def test_rows_many_equals_to_rows(workers: int) -> None:
    inputs = [*PATHS, PATHS[0].parent / "missing.txt"]
    results = list(sp.rows_many(inputs, workers=workers))
    assert [parsed.source for parsed in results] == [str(path) for path in inputs]
    for path, parsed in zip(PATHS, results, strict=False):
        assert parsed.event is None
        assert list(parsed.rows) == sp.to_rows({str(path): sp.parse_file(path)})
    assert sum(len(parsed.rows) for parsed in results) > 500
    assert isinstance(results[-1].error, sp.InputError)
    assert results[-1].rows == ()


def test_errors_survive_pickling() -> None:
    strict = pickle.loads(pickle.dumps(sp.StrictParseError("bad row", line=7, source_line="| x")))
    assert (type(strict), strict.message, strict.line, strict.source_line) == (
        sp.StrictParseError,
        "bad row",
        7,
        "| x",
    )
    assert str(strict) == "line 7: bad row\n    | x"
    unexpected = pickle.loads(
        pickle.dumps(sp.UnexpectedError("unexpected X", line=3, source_line="| y", details="tb"))
    )
    assert (unexpected.message, unexpected.line, unexpected.source_line, unexpected.details) == (
        "unexpected X",
        3,
        "| y",
        "tb",
    )
    event = sp.parse_file(FIXTURES / "text" / "errors-rank-time.txt")
    findings = sp.validate(event).errors
    assert findings
    again = pickle.loads(pickle.dumps(sp.ValidationError(findings)))
    assert again.findings == findings
    assert str(again) == str(sp.ValidationError(findings))


def test_progress_bar_counts_articles() -> None:
    out = io.StringIO()
    bar = _progress.with_progress(range(5), progress=True, total=5, unit="article", file=out)
    items = list(bar)
    assert items == [0, 1, 2, 3, 4]
    assert "5/5" in out.getvalue()
    assert "article/s" in out.getvalue()


@pytest.mark.parametrize("progress", [None, False])
def test_progress_silent_off_a_terminal(
    progress: bool | None, capsys: pytest.CaptureFixture[str]
) -> None:
    results = list(sp.parse_many(PATHS[:2], workers=1, progress=progress))
    assert len(results) == 2
    assert capsys.readouterr().err == ""


def test_progress_on_stderr_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    list(sp.parse_many(PATHS[:2], workers=1, progress=True))
    assert "2/2" in capsys.readouterr().err


def test_progress_without_tqdm(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_progress.importlib.util, "find_spec", lambda _name: None)
    assert list(_progress.with_progress([1], progress=None, total=1, unit="x")) == [1]
    with pytest.raises(sp.MissingExtraError, match=r"shorttrack_parse\[progress\]"):
        _progress.with_progress([1], progress=True, total=1, unit="x")


@pytest.mark.parametrize("one", ["fixtures/text/2002-men-1000m.txt", b"text", PATHS[0]])
def test_one_input_is_not_many(one: object) -> None:
    with pytest.raises(sp.InputError, match="inputs must be a collection of inputs, got one"):
        sp.parse_many(one)  # type: ignore[arg-type]


def test_a_tuple_of_inputs_is_many() -> None:
    results = list(sp.parse_many((PATHS[0], PATHS[1]), workers=1))
    assert [parsed.source for parsed in results] == [str(PATHS[0]), str(PATHS[1])]


def test_a_form_that_does_not_exist_is_refused_before_any_work() -> None:
    with pytest.raises(sp.UnsupportedFormError):
        sp.parse_many(["= T =\n"], workers=1, form="html")  # type: ignore[arg-type]


def test_rows_many_takes_strict_like_parse_many() -> None:
    path = FIXTURES / "text" / "errors-rank-time.txt"
    (parsed,) = sp.rows_many([path], workers=1, strict=True)
    assert isinstance(parsed.error, sp.ValidationError)
    (lenient,) = sp.rows_many([path], workers=1)
    assert lenient.error is None
    assert lenient.rows
