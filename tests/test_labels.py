"""What headings, terms and captions name: a round, or one race."""

from __future__ import annotations

import pytest

import shorttrack_parse as sp
from shorttrack_parse import RoundKind
from shorttrack_parse._labels import (
    RaceKey,
    race_identity,
    race_key,
    race_name,
    round_kind,
    stage_of_round,
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Heats", RoundKind.HEATS),
        ("Heat", RoundKind.HEATS),
        ("  HEATS  ", RoundKind.HEATS),
        ("Round 1", RoundKind.HEATS),
        ("First round", RoundKind.HEATS),
        ("Preliminary round", RoundKind.HEATS),
        ("Preliminaries", RoundKind.HEATS),
        ("Repechage", RoundKind.REPECHAGE),
        ("Repêchages", RoundKind.REPECHAGE),
        ("Quarterfinals", RoundKind.QUARTERFINALS),
        ("Quarter-finals", RoundKind.QUARTERFINALS),
        ("Quarter finals", RoundKind.QUARTERFINALS),
        ("Semifinals", RoundKind.SEMIFINALS),
        ("Semi-finals", RoundKind.SEMIFINALS),
        ("Semifinal", RoundKind.SEMIFINALS),
        ("Finals", RoundKind.FINALS),
        ("Final", RoundKind.FINALS),
        ("Final round", RoundKind.FINALS),
        ("Medal round", RoundKind.FINALS),
        ("Finals (medal round)", RoundKind.FINALS),
    ],
)
def test_round_headings(text: str, kind: RoundKind) -> None:
    assert round_kind(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        # One race, not a round.
        "Final A",
        "Final B (Classification Round)",
        "Heat 3",
        "Quarterfinal 1",
        "Semifinal 2",
        # Sections that are not rounds.
        "Final standings",
        "Final results",
        "Final rankings",
        "Final classification",
        "Records",
        "Results",
        "Qualification",
        "References",
        "",
    ],
)
def test_not_round_headings(text: str) -> None:
    assert round_kind(text) is None


@pytest.mark.parametrize(
    ("text", "stage", "race_id"),
    [
        ("Heat 7", "heat", "7"),
        ("heat 12", "heat", "12"),
        ("Final A", "final", "A"),
        ("final b", "final", "B"),
        ("Final B (Classification Round)", "final", "B"),
        ("Final A – medal race", "final", "A"),
        ("Quarterfinal 3", "quarterfinal", "3"),
        ("Quarter-final 3", "quarterfinal", "3"),
        ("Quarter final 3", "quarterfinal", "3"),
        ("Semifinal 1", "semifinal", "1"),
        ("Semi-final 2", "semifinal", "2"),
        ("Repechage 2", "repechage", "2"),
        ("Repêchage 1", "repechage", "1"),
        ("Race 2", "race", "2"),
        ("Group C", "group", "C"),
        ("Heat\u00a01", "heat", "1"),
        ("Heat", "heat", None),
        ("Final", "final", None),
    ],
)
def test_race_key(text: str, stage: str, race_id: str | None) -> None:
    assert race_key(text) == RaceKey(stage, race_id)


@pytest.mark.parametrize(
    "text",
    ["Heats", "Semifinals", "Finals", "Heat 1a", "Heat 123", "Final E", "Results", "A", ""],
)
def test_not_a_race(text: str) -> None:
    assert race_key(text) is None


@pytest.mark.parametrize(
    ("stage", "kind"),
    [
        ("heat", RoundKind.HEATS),
        ("repechage", RoundKind.REPECHAGE),
        ("quarterfinal", RoundKind.QUARTERFINALS),
        ("semifinal", RoundKind.SEMIFINALS),
        ("final", RoundKind.FINALS),
        ("race", None),
        ("group", None),
    ],
)
def test_race_key_round_kind(stage: str, kind: RoundKind | None) -> None:
    assert RaceKey(stage, "1").round_kind is kind


@pytest.mark.parametrize(
    ("stage", "race_id", "name"),
    [
        ("heat", "3", "Heat 3"),
        ("final", "a", "Final A"),
        ("final", "B", "Final B"),
        ("quarterfinal", "2", "Quarterfinal 2"),
        ("semifinal", "1", "Semifinal 1"),
        ("race", "10", "Race 10"),
    ],
)
def test_race_name(stage: str, race_id: str, name: str) -> None:
    assert race_name(stage, race_id) == name


@pytest.mark.parametrize(
    ("kind", "stage"),
    [
        (RoundKind.HEATS, "heat"),
        (RoundKind.REPECHAGE, "repechage"),
        (RoundKind.QUARTERFINALS, "quarterfinal"),
        (RoundKind.SEMIFINALS, "semifinal"),
        (RoundKind.FINALS, "final"),
        (RoundKind.OTHER, None),
    ],
)
def test_stage_of_round(kind: RoundKind, stage: str | None) -> None:
    assert stage_of_round(kind) == stage


@pytest.mark.parametrize("label", ["Heat 1", "Final A", "Quarterfinal 4", "Semifinal 2"])
def test_race_name_of_race_key_is_the_label(label: str) -> None:
    key = race_key(label)
    assert key is not None
    assert key.id is not None
    assert race_name(key.stage, key.id) == label


@pytest.mark.parametrize(
    ("name", "stage", "label", "key"),
    [
        ("Heat 3", sp.RaceStage.HEAT, "3", "heat-3"),
        ("Final B (Classification Round)", sp.RaceStage.FINAL, "B", "final-b"),
        ("Semi-final 2", sp.RaceStage.SEMIFINAL, "2", "semifinal-2"),
        ("Final", sp.RaceStage.FINAL, "A", "final-a"),
        ("Medal ceremony", sp.RaceStage.OTHER, "medal-ceremony", "other-medal-ceremony"),
        ("Race 3", sp.RaceStage.OTHER, "race-3", "other-race-3"),
    ],
)
def test_race_identity_defaults_from_its_name(
    name: str, stage: sp.RaceStage, label: str | None, key: str
) -> None:
    race = sp.Race(name=name)
    assert (race.stage, race.label, race.key) == (stage, label, key)


def test_event_race_finds_a_key() -> None:
    event = sp.Event(
        rounds=(sp.Round(name="Finals", races=(sp.Race(name="Final B (5th–8th place)"),)),)
    )
    found = event.race("final-b")
    assert found is not None
    assert found.name == "Final B (5th–8th place)"


@pytest.mark.parametrize(
    ("names", "key"),
    [
        (
            [
                "Final B",
                "Final B (classification round)",
                "Final B – Classification",
                "B Final",
                "Final B (5th–8th place)",
            ],
            "final-b",
        ),
        (["Heat 3", "Heat no. 3", "Heat #3", "Race 3"], "heat-3"),
        (["Semifinal 2", "Semi-final 2", "SF2", "SF 2", "Race 2"], "semifinal-2"),
        (["Quarterfinal 1", "QF1", "Quarter-final 1"], "quarterfinal-1"),
        (["Final", "Final A", "A Final", "Final A (medal round)"], "final-a"),
    ],
)
def test_every_name_variant_gives_the_same_key_in_its_round(names: list[str], key: str) -> None:
    stage = key.split("-")[0]
    kind = {
        "heat": sp.RoundKind.HEATS,
        "semifinal": sp.RoundKind.SEMIFINALS,
        "quarterfinal": sp.RoundKind.QUARTERFINALS,
        "final": sp.RoundKind.FINALS,
    }[stage]
    for name in names:
        race_stage, label = race_identity(name, kind)
        assert sp.Race(name=name, stage=race_stage, label=label).key == key, name


def test_races_of_no_known_stage_get_distinct_keys() -> None:
    keys = {race_identity(name, sp.RoundKind.OTHER) for name in ("Mass start", "Race 1", "Race 2")}
    assert {sp.Race(name="x", stage=stage, label=label).key for stage, label in keys} == {
        "other-mass-start",
        "other-race-1",
        "other-race-2",
    }


def test_interpreter_keys_races_by_their_round() -> None:
    text = (
        "==Results==\n===Heats===\n;Race 3\n{|\n! Rank !! Athlete !! Time\n|-\n"
        "| 1 || [[A]] || 1:00.000\n|}\n===Semifinals===\n;SF2\n{|\n! Rank !! Athlete !! Time\n"
        "|-\n| 1 || [[A]] || 1:00.000\n|}\n===Finals===\n;B Final\n{|\n! Rank !! Athlete "
        "!! Time\n|-\n| 5 || [[A]] || 1:00.000\n|}"
    )
    event = sp.parse(text, form="wikitext", title="Men's 500 metres")
    assert [race.key for race in event.races()] == ["heat-3", "semifinal-2", "final-b"]
    assert [race.name for race in event.races()] == ["Race 3", "SF2", "B Final"]
    assert event.race("heat-3") is event.races().__next__()


@pytest.mark.parametrize(
    "text", ["Sfa Axrax, Hgzuesw Yjv", "Qfb Lee", "Raced", "Finala", "A final was held", "Heats"]
)
def test_words_that_only_start_like_a_race_name_name_no_race(text: str) -> None:
    assert race_key(text) is None


def test_a_race_stage_is_a_race_stage() -> None:
    assert sp.Race(name="Heat 1", stage="heat").key == "heat-1"  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a valid RaceStage"):
        sp.Race(name="Heat 1", stage="bogus")  # type: ignore[arg-type]
