"""The validation API: findings, reports, selecting checks, own checks, strict parsing."""

from __future__ import annotations

import doctest
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from builders import clean_event, edit, line_of

import shorttrack_parse as sp
from shorttrack_parse.validation import DEFAULT_CHECKS, check

ROOT = Path(__file__).resolve().parent.parent
TEXT = ROOT / "fixtures" / "text"


def _two_problems() -> sp.Event:
    """A clean event with an error (2nd place too slow) and a warning (a copied time)."""
    event = edit(clean_event(), "Heat 1", "Steven Bradbury", time="12:31.300")
    return edit(event, "Heat 2", "Marc Gagnon", time="1:32.300")


def test_clean_event_has_no_findings() -> None:
    report = sp.validate(clean_event())
    assert report.findings == ()
    assert report.ok
    assert str(report) == ""


def test_findings_carry_code_severity_message_and_location() -> None:
    event = _two_problems()
    report = sp.validate(event)
    assert [(f.code, f.severity) for f in report.findings] == [
        ("rank-time-order", sp.Severity.ERROR),
        ("duplicate-time", sp.Severity.WARNING),
    ]
    error = report.findings[0]
    assert error.location == sp.Location(
        "Heats", "Heat 1", "Steven Bradbury", line_of(event, "Heat 1", "Steven Bradbury")
    )
    assert error.message == "2nd place has time 12:31.300, slower than 3rd place's 1:31.450"
    assert report.errors == (error,)
    assert report.warnings == (report.findings[1],)
    assert not report.ok


def test_report_prints_one_finding_per_line_like_a_compiler() -> None:
    event = _two_problems()
    first = line_of(event, "Heat 1", "Steven Bradbury")
    second = line_of(event, "Heat 2", "Marc Gagnon")
    assert str(sp.validate(event)).splitlines() == [
        f"{first}: error rank-time-order Heat 1/Steven Bradbury: 2nd place has time 12:31.300, "
        "slower than 3rd place's 1:31.450",
        f"{second}: warning duplicate-time Heat 2/Marc Gagnon: 3rd place has exactly the time "
        "of 2nd place Arianna Fontana, 1:32.300, without a tie; is one of them copied?",
    ]


@pytest.mark.parametrize(
    ("location", "where"),
    [
        (sp.Location(), "-"),
        (sp.Location(round="Heats"), "Heats"),
        (sp.Location(round="Heats", race="Heat 2"), "Heat 2"),
        (sp.Location(race="Heat 2", athlete="Li Jiajun"), "Heat 2/Li Jiajun"),
        (sp.Location(athlete="Li Jiajun", section="Infobox"), "Infobox/Li Jiajun"),
        (sp.Location(race="Semifinal 1", athlete="A B\nC D"), "Semifinal 1/A B, C D"),
    ],
)
def test_location_prints_race_and_athlete(location: sp.Location, where: str) -> None:
    assert location.where == where
    finding = sp.Finding("x-y", sp.Severity.WARNING, "msg", location)
    assert str(finding) == f"-: warning x-y {where}: msg"


def test_findings_are_sorted_by_line_then_stable_with_lineless_last() -> None:
    located = sp.Location(line=5)

    @check("late-first")
    def late_first(_event: sp.Event) -> Iterator[tuple[sp.Location, str]]:
        yield sp.Location(), "no line"
        yield sp.Location(line=9), "nine"
        yield located, "five, first"

    @check("also-five")
    def also_five(_event: sp.Event) -> Iterator[tuple[sp.Location, str]]:
        yield located, "five, second"
        yield located, "five, second"  # duplicates are reported once

    report = sp.validate(clean_event(), checks=[late_first, also_five])
    assert [f.message for f in report.findings] == [
        "five, first",
        "five, second",
        "nine",
        "no line",
    ]


def test_select_and_ignore_choose_checks_by_code() -> None:
    event = _two_problems()
    assert [f.code for f in sp.validate(event, select=["duplicate-time"]).findings] == [
        "duplicate-time"
    ]
    assert [f.code for f in sp.validate(event, select="rank-time-order").findings] == [
        "rank-time-order"
    ]
    assert [f.code for f in sp.validate(event, ignore=["rank-time-order"]).findings] == [
        "duplicate-time"
    ]
    both = sp.validate(event, select=["duplicate-time", "rank-time-order"], ignore="duplicate-time")
    assert [f.code for f in both.findings] == ["rank-time-order"]


def test_unknown_codes_are_refused() -> None:
    with pytest.raises(ValueError, match="no-such-check"):
        sp.validate(clean_event(), select=["no-such-check"])
    with pytest.raises(ValueError, match="rank-sequnce"):
        sp.validate(clean_event(), ignore=["rank-sequnce"])


def test_codes_are_unique_and_well_formed() -> None:
    codes = [c.code for c in DEFAULT_CHECKS]
    assert len(codes) == len(set(codes))
    assert all(c.description for c in DEFAULT_CHECKS)
    with pytest.raises(ValueError, match="lowercase"):
        sp.Check("Bad Code", sp.Severity.ERROR, lambda _e: ())
    with pytest.raises(ValueError, match="share a code"):
        sp.validate(clean_event(), checks=[DEFAULT_CHECKS[0], DEFAULT_CHECKS[0]])


def test_an_own_check_runs_alone_or_with_the_default_ones() -> None:
    @check("no-relays", sp.Severity.WARNING)
    def no_relays(event: sp.Event) -> Iterator[tuple[sp.Location, str]]:
        """Relays are not handled here."""
        if not event.is_relay:
            yield sp.Location(line=1), "not a relay"

    assert no_relays.description == "Relays are not handled here."
    alone = sp.validate(_two_problems(), checks=[no_relays])
    assert [str(f) for f in alone.findings] == ["1: warning no-relays -: not a relay"]
    together = sp.validate(_two_problems(), checks=[*DEFAULT_CHECKS, no_relays])
    assert [f.code for f in together.findings] == ["no-relays", "rank-time-order", "duplicate-time"]
    only_mine = sp.validate(
        _two_problems(), checks=[*DEFAULT_CHECKS, no_relays], select="no-relays"
    )
    assert [f.code for f in only_mine.findings] == ["no-relays"]


def test_raise_for_errors_lists_the_errors_only() -> None:
    report = sp.validate(_two_problems())
    with pytest.raises(sp.ValidationError) as caught:
        report.raise_for_errors()
    assert isinstance(caught.value, sp.ShorttrackParseError)
    assert caught.value.findings == report.errors
    assert str(caught.value) == f"1 validation error:\n  {report.errors[0]}"
    sp.validate(_two_problems(), ignore="rank-time-order").raise_for_errors()  # warnings only


def test_strict_parse_raises_on_validation_errors() -> None:
    text = (TEXT / "errors-winning-time.txt").read_text(encoding="utf-8")
    assert sp.parse(text).info.winning_time == sp.RaceTime.parse("2:18.541")  # lenient: loads
    with pytest.raises(sp.ValidationError, match="infobox-winning-time") as caught:
        sp.parse(text, strict=True)
    assert [f.code for f in caught.value.findings] == ["infobox-winning-time"]


def test_strict_parse_accepts_an_article_with_warnings_only() -> None:
    text = (TEXT / "2002-men-1000m.txt").read_text(encoding="utf-8")
    event = sp.parse(text, strict=True)
    assert sp.validate(event).warnings != ()


def test_strict_parse_reports_diagnostics_before_validation() -> None:
    text = (TEXT / "errors-winning-time.txt").read_text(encoding="utf-8")
    broken = text.replace(
        "| 4 | Nicky Gooch | | 1:38.034 | |", "| 4 | Nicky Gooch | | 1:38.034 | | x | y |"
    )
    with pytest.raises(sp.StrictParseError):
        sp.parse(broken, strict=True)


def test_report_and_findings_are_immutable_values() -> None:
    report = sp.validate(_two_problems())
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.findings = ()  # type: ignore[misc]
    assert report == sp.validate(_two_problems())
    assert hash(report.findings[0]) == hash(sp.validate(_two_problems()).findings[0])


def test_the_validation_documentation_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(
        str(ROOT / "docs" / "validation.md"),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
    assert result.attempted > 0
    assert result.failed == 0


def test_every_check_code_is_documented() -> None:
    text = (ROOT / "docs" / "validation.md").read_text(encoding="utf-8")
    for item in DEFAULT_CHECKS:
        assert f"### `{item.code}`" in text, item.code
