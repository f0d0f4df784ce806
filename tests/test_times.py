"""``RaceTime``: exact milliseconds, the written form kept, ordering and subtraction by value."""

from __future__ import annotations

from datetime import timedelta

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shorttrack_parse import RaceTime, times

# (written, milliseconds, decimals, with_minutes)
PARSED = [
    ("1:29.109", 89_109, 3, True),
    ("41.802", 41_802, 3, False),
    ("43.45", 43_450, 2, False),
    ("7:14.02", 434_020, 2, True),
    ("77.124", 77_124, 3, False),
    ("0:43.450", 43_450, 3, True),
    ("1:30", 90_000, 0, True),
    ("12:27.696", 747_696, 3, True),
    ("2:17.6", 137_600, 1, True),
    ("45", 45_000, 0, False),
    ("0.005", 5, 3, False),
    ("4:06.610", 246_610, 3, True),
    ("59:59.999", 3_599_999, 3, True),
]


@pytest.mark.parametrize(("written", "milliseconds", "decimals", "with_minutes"), PARSED)
def test_parse_gives_exact_milliseconds_and_form(
    written: str, milliseconds: int, decimals: int, with_minutes: bool
) -> None:
    time = RaceTime.parse(written)
    assert time.milliseconds == milliseconds
    assert isinstance(time.milliseconds, int)
    assert time.decimals == decimals
    assert time.with_minutes is with_minutes


@pytest.mark.parametrize("written", [case[0] for case in PARSED])
def test_str_gives_back_what_was_written(written: str) -> None:
    assert str(RaceTime.parse(written)) == written


@pytest.mark.parametrize(("written", "milliseconds", "decimals", "with_minutes"), PARSED)
def test_constructor_prints_the_written_form(
    written: str, milliseconds: int, decimals: int, with_minutes: bool
) -> None:
    assert str(RaceTime(milliseconds, decimals, with_minutes)) == written


def test_surrounding_whitespace_is_ignored() -> None:
    assert RaceTime.parse("  1:29.109\n") == RaceTime.parse("1:29.109")


INVALID = [
    "-1:29.109",
    "-41.802",
    "1:60.000",
    "1:61.5",
    "abc",
    "1:2.3456",
    "1:29.1091",
    "1:5.000",
    "1:29:109",
    "1.29.109",
    "1:29.",
    ".5",
    "1,29.109",
    "1:29.109 OR",
    "DQ",
    "",
    "   ",
    "–",
]


@pytest.mark.parametrize("text", INVALID)
def test_invalid_text_raises_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="not a race time"):
        RaceTime.parse(text)


@pytest.mark.parametrize("text", INVALID)
def test_try_parse_returns_none_for_invalid_text(text: str) -> None:
    assert RaceTime.try_parse(text) is None


def test_try_parse_returns_the_time_for_valid_text() -> None:
    assert RaceTime.try_parse("1:29.109") == RaceTime(89_109)


@pytest.mark.parametrize("text", ["٤١.٨٠٢", "41.８02"])
def test_non_ascii_digits_are_not_a_time(text: str) -> None:
    with pytest.raises(ValueError, match="not a race time"):
        RaceTime.parse(text)


# --- the constructor --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ((-1,), "must be >= 0"),
        ((-1000, 0), "must be >= 0"),
        ((1000, 4), "decimals must be between 0 and 3"),
        ((1000, -1), "decimals must be between 0 and 3"),
        ((1005, 2), "cannot be written with 2 decimals"),
        ((1050, 1), "cannot be written with 1 decimals"),
        ((1500, 0), "cannot be written with 0 decimals"),
    ],
)
def test_constructor_rejects_impossible_values(arguments: tuple[int, ...], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RaceTime(*arguments)


@pytest.mark.parametrize(
    ("milliseconds", "with_minutes", "written"),
    [
        (59_999, False, "59.999"),
        (60_000, True, "1:00.000"),
        (0, False, "0.000"),
        (89_109, True, "1:29.109"),
    ],
)
def test_minutes_are_written_by_default_from_one_minute(
    milliseconds: int, with_minutes: bool, written: str
) -> None:
    time = RaceTime(milliseconds)
    assert time.with_minutes is with_minutes
    assert time.decimals == 3
    assert str(time) == written


def test_race_time_is_immutable_and_hashable() -> None:
    time = RaceTime.parse("1:29.109")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        time.milliseconds = 1  # type: ignore[misc]
    assert len({time, RaceTime.parse("1:29.109"), RaceTime(89_109)}) == 1


def test_seconds_is_for_display_only() -> None:
    assert RaceTime.parse("1:29.109").seconds == pytest.approx(89.109)


# --- ordering and subtraction -----------------------------------------------------------


def test_times_sort_by_value_not_by_text() -> None:
    written = ["1:30.160", "77.124", "41.802", "1:29.109", "9.5", "12:27.696", "2:17.608"]
    ordered = sorted(RaceTime.parse(text) for text in written)
    assert [str(time) for time in ordered] == [
        "9.5",
        "41.802",
        "77.124",
        "1:29.109",
        "1:30.160",
        "2:17.608",
        "12:27.696",
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [("43.45", "43.450"), ("1:29.10", "1:29.100"), ("77.124", "1:17.124"), ("60", "1:00.000")],
)
def test_same_value_written_differently_is_equal_like_decimal(first: str, second: str) -> None:
    a, b = RaceTime.parse(first), RaceTime.parse(second)
    assert a == b
    assert hash(a) == hash(b)
    assert len({a, b}) == 1
    assert a <= b
    assert b <= a
    assert not a < b
    assert not b < a
    assert (str(a), str(b)) == (first, second)  # each still prints as written


def test_different_values_are_not_equal() -> None:
    assert RaceTime.parse("43.45") != RaceTime.parse("43.451")
    assert RaceTime.parse("43.45") != "43.45"
    assert RaceTime.parse("43.45") != 43450


def test_ordering_something_else_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        _ = RaceTime.parse("43.45") < 43450  # type: ignore[operator]


def test_written_with_minutes_or_not_orders_by_value() -> None:
    assert RaceTime.parse("77.124") < RaceTime.parse("1:17.125")
    assert RaceTime.parse("77.124") > RaceTime.parse("1:17.123")


@pytest.mark.parametrize(
    ("later", "earlier", "difference"),
    [
        ("1:30.160", "1:29.109", timedelta(seconds=1, milliseconds=51)),
        ("1:29.109", "1:30.160", timedelta(milliseconds=-1051)),
        ("43.45", "43.449", timedelta(milliseconds=1)),
        ("1:00", "59.999", timedelta(milliseconds=1)),
        ("12:27.696", "2:27.622", timedelta(minutes=10, milliseconds=74)),
        ("41.802", "41.802", timedelta(0)),
    ],
)
def test_subtraction_is_an_exact_timedelta(later: str, earlier: str, difference: timedelta) -> None:
    result = RaceTime.parse(later) - RaceTime.parse(earlier)
    assert isinstance(result, timedelta)
    assert result == difference


def test_subtracting_something_else_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        RaceTime.parse("41.802") - 41.802  # type: ignore[operator]


# --- properties ---------------------------------------------------------------------------

# The widest times the written forms can hold: 99:59.999 with minutes, 999.999 without.
_MAX_WITH_MINUTES = 99 * 60_000 + 59_999
_MAX_WITHOUT_MINUTES = 999_999


@st.composite
def race_times(draw: st.DrawFn) -> RaceTime:
    decimals = draw(st.integers(0, 3))
    with_minutes = draw(st.booleans())
    step = 10 ** (3 - decimals)
    limit = _MAX_WITH_MINUTES if with_minutes else _MAX_WITHOUT_MINUTES
    milliseconds = draw(st.integers(0, limit // step)) * step
    return RaceTime(milliseconds, decimals, with_minutes)


@settings(max_examples=300)
@given(race_times())
def test_parse_of_str_gives_the_same_time(time: RaceTime) -> None:
    again = RaceTime.parse(str(time))
    assert (again.milliseconds, again.decimals, again.with_minutes) == (
        time.milliseconds,
        time.decimals,
        time.with_minutes,
    )


@settings(max_examples=300)
@given(race_times(), race_times())
def test_order_and_difference_agree_with_milliseconds(a: RaceTime, b: RaceTime) -> None:
    assert (a == b) == (a.milliseconds == b.milliseconds)
    assert (a == b) == (a <= b and b <= a)
    assert (a == b) <= (hash(a) == hash(b))
    assert (a < b) == (a.milliseconds < b.milliseconds)
    assert (a <= b) == (a.milliseconds <= b.milliseconds)
    assert (a > b) == (a.milliseconds > b.milliseconds)
    assert a - b == timedelta(milliseconds=a.milliseconds - b.milliseconds)


@pytest.mark.parametrize(
    "time",
    [RaceTime(100 * 60_000), RaceTime(1_000_000, with_minutes=False)],
    ids=["100-minutes", "1000-seconds"],
)
def test_every_constructible_time_parses_back(time: RaceTime) -> None:
    assert RaceTime.parse(str(time)) == time


# Every text the time pattern accepts: digits up to its bounds, with or without minutes.
_WRITTEN_TIMES = st.one_of(
    st.from_regex(r"\s?[0-9]{1,4}:[0-5][0-9](\.[0-9]{1,3})?\s?", fullmatch=True),
    st.from_regex(r"\s?[0-9]{1,6}(\.[0-9]{1,3})?\s?", fullmatch=True),
)


@settings(max_examples=500)
@given(_WRITTEN_TIMES)
def test_a_parsed_time_is_what_the_checking_constructor_builds(text: str) -> None:
    # try_parse builds its times without the validators: they would refuse none of them.
    time = RaceTime.try_parse(text)
    assert time is not None
    checked = RaceTime(time.milliseconds, time.decimals, time.with_minutes)
    attrs.validate(time)
    assert (time.milliseconds, time.decimals, time.with_minutes) == (
        checked.milliseconds,
        checked.decimals,
        checked.with_minutes,
    )
    assert type(time.milliseconds) is int
    assert type(time.decimals) is int
    assert type(time.with_minutes) is bool
    assert repr(time) == repr(checked)
    assert str(time) == str(checked)


def _read_by_groups(text: str) -> tuple[int, int, bool] | None:
    """The pattern's groups read one by one: what ``try_parse``'s one-number reading must give."""
    match = times._TIME_PATTERN.fullmatch(text.strip())
    if match is None:
        return None
    minutes, seconds_m, seconds, fraction = match.groups()
    thousandths = fraction.ljust(3, "0") if fraction else "000"
    if minutes is not None:
        milliseconds = int(minutes) * 60_000 + int(seconds_m + thousandths)
    else:
        milliseconds = int(seconds + thousandths)
    return milliseconds, len(fraction) if fraction else 0, minutes is not None


@settings(max_examples=500)
@given(_WRITTEN_TIMES | st.text(alphabet="0123456789:.5 \t\u00a0x", max_size=14))
def test_try_parse_reads_what_the_groups_say(text: str) -> None:
    time = RaceTime.try_parse(text)
    read = None if time is None else (time.milliseconds, time.decimals, time.with_minutes)
    assert read == _read_by_groups(text)
