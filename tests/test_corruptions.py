"""Every corruption kind is reported by its check, at its place, and by nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import examples
from hypothesis import given
from hypothesis.errors import InvalidArgument

import shorttrack_parse as sp
from shorttrack_parse.strategies import KINDS, Corruption, corrupted_events

ROOT = Path(__file__).resolve().parent.parent


def _matching(report: sp.Report, corruption: Corruption) -> list[sp.Finding]:
    wanted = corruption.location
    return [
        f
        for f in report.findings
        if f.code == corruption.code
        and (f.location.round, f.location.race, f.location.athlete, f.location.section)
        == (wanted.round, wanted.race, wanted.athlete, wanted.section)
    ]


def assert_reported(report: sp.Report, corruption: Corruption) -> sp.Finding:
    found = _matching(report, corruption)
    assert len(found) == 1, f"{corruption}\n{report}"
    assert [f.code for f in report.findings].count(corruption.code) == 1, str(report)
    explained = {corruption.code, *corruption.also}
    assert [f for f in report.errors if f.code not in explained] == [], str(report)
    return found[0]


@pytest.mark.parametrize("kind", KINDS)
def test_each_corruption_is_reported_by_its_check_at_its_place(kind: str) -> None:
    @examples(8)
    @given(corrupted_events([kind]))
    def check(pair: tuple[sp.Event, Corruption]) -> None:
        event, corruption = pair
        assert corruption.kind == kind
        assert_reported(sp.validate(event), corruption)

    check()


def _render_and_parse(event: sp.Event, form: str) -> sp.Event:
    if form == "wikitext":
        return sp.parse(sp.to_wikitext(event), form="wikitext", title=event.title)
    return sp.parse(sp.to_text(event), form="text")


@pytest.mark.parametrize("form", ["wikitext", "text"])
@pytest.mark.parametrize("kind", KINDS)
def test_a_rendered_corruption_is_reported_at_its_line(kind: str, form: str) -> None:
    @examples(3)
    @given(corrupted_events([kind]))
    def check(pair: tuple[sp.Event, Corruption]) -> None:
        event, corruption = pair
        again = _render_and_parse(event, form)
        finding = assert_reported(sp.validate(again), corruption)
        assert finding.line == corruption.line_in(again)
        if corruption.section != "Article":
            assert finding.line is not None

    check()


def _documented() -> dict[str, tuple[str, tuple[str, ...]]]:
    """kind -> (code, also) from the table in docs/testing.md."""
    table: dict[str, tuple[str, tuple[str, ...]]] = {}
    for line in (ROOT / "docs" / "testing.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0].startswith("`") and cells[2].startswith("`"):
            also = tuple(c.strip("` ") for c in cells[3].split(",") if c.strip())
            table[cells[0].strip("`")] = (cells[2].strip("`"), also)
    return table


@pytest.mark.parametrize("kind", KINDS)
def test_the_documentation_lists_each_kind_with_its_codes(kind: str) -> None:
    documented = _documented()
    assert set(documented) == set(KINDS)

    @examples(1)
    @given(corrupted_events([kind]))
    def check(pair: tuple[sp.Event, Corruption]) -> None:
        _event, corruption = pair
        assert documented[kind] == (corruption.code, corruption.also)

    check()


def test_unknown_kinds_are_refused() -> None:
    with pytest.raises(InvalidArgument, match="unknown corruption kinds"):
        corrupted_events(["no-such-kind"])
