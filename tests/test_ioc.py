"""Tests of the bundled IOC code table and of ``shorttrack_parse._ioc``."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import defaultdict
from importlib.resources import files

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shorttrack_parse import _ioc
from shorttrack_parse._ioc import country_name, is_ioc_code, noc_for


def _rows() -> list[dict[str, str]]:
    text = (files("shorttrack_parse") / "data" / "ioc_codes.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


ROWS = _rows()


def _spellings(row: dict[str, str]) -> list[str]:
    return [row["name"], *(a for a in row["aliases"].split("|") if a)]


def _compare_form(text: str) -> str:
    """Independent re-statement of the documented comparison rules, for the data checks."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").casefold()
    text = " ".join(text.split())
    return text.removeprefix("the ")


# --- the table itself -------------------------------------------------------------------


def test_header() -> None:
    text = (files("shorttrack_parse") / "data" / "ioc_codes.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "code,name,aliases"


def test_row_count_is_plausible() -> None:
    # 206 current NOCs plus historic and special codes.
    assert 206 <= len(ROWS) <= 300


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["code"])
def test_row_shape(row: dict[str, str]) -> None:
    assert re.fullmatch(r"[A-Z]{3}", row["code"])
    assert row["name"]
    assert row["name"] == row["name"].strip()
    for alias in row["aliases"].split("|") if row["aliases"] else []:
        assert alias
        assert alias == alias.strip()


def test_codes_unique() -> None:
    codes = [row["code"] for row in ROWS]
    assert len(codes) == len(set(codes))


def test_no_spelling_maps_to_two_codes() -> None:
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for row in ROWS:
        for spelling in _spellings(row):
            owners[_compare_form(spelling)].add(row["code"])
    clashes = {key: codes for key, codes in owners.items() if len(codes) > 1}
    assert clashes == {}


def test_no_spelling_looks_like_another_code() -> None:
    codes = {row["code"] for row in ROWS}
    for row in ROWS:
        for spelling in _spellings(row):
            upper = _compare_form(spelling).upper()
            assert upper not in codes or upper == row["code"], (row["code"], spelling)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["code"])
def test_every_row_resolves_to_itself(row: dict[str, str]) -> None:
    code = row["code"]
    assert is_ioc_code(code)
    assert country_name(code) == row["name"]
    assert noc_for(code) == code
    assert noc_for(code.lower()) == code
    for spelling in _spellings(row):
        assert noc_for(spelling) == code, spelling
        assert noc_for(spelling.upper()) == code, spelling


# --- codes ------------------------------------------------------------------------------

CURRENT = [
    "AUS", "CAN", "CHN", "KOR", "PRK", "TPE", "HKG", "NED", "GER", "GBR", "USA", "RUS",
    "KAZ", "BLR", "UKR", "JPN", "ITA", "FRA", "HUN", "BUL", "POL", "MGL", "SVK", "NZL",
    "BEL", "SWE", "LAT", "ISR", "CZE", "SUI", "AUT", "ESP", "SGP", "LBN", "KOS", "SSD",
]  # fmt: skip
HISTORIC_AND_SPECIAL = [
    "URS", "EUN", "FRG", "GDR", "EUA", "TCH", "YUG", "SCG", "BOH", "ANZ", "RHO", "ZAI",
    "IOP", "IOA", "OAR", "ROC", "AIN", "EOR", "ROT",
]  # fmt: skip


@pytest.mark.parametrize("code", CURRENT + HISTORIC_AND_SPECIAL)
def test_known_codes(code: str) -> None:
    assert is_ioc_code(code)
    assert noc_for(code) == code


def test_current_noc_count() -> None:
    historic = {
        "AHO", "ANZ", "BOH", "BWI", "EUA", "EUN", "FRG", "GDR", "SCG", "TCH", "URS", "YUG",
        "ZZX", "BIR", "CEY", "DAH", "HBR", "KHM", "MAL", "NBO", "NRH", "RHO", "SAA", "UAR",
        "VNM", "VOL", "YAR", "YMD", "ZAI", "AIN", "EOR", "IOA", "IOP", "OAR", "ROC", "ROT",
    }  # fmt: skip
    current = {row["code"] for row in ROWS} - historic
    assert len(current) == 206


@pytest.mark.parametrize("code", ["kor", "Kor", "KOr", "usa", "eun", "ger", "rot"])
def test_is_ioc_code_is_exact(code: str) -> None:
    assert not is_ioc_code(code)


@pytest.mark.parametrize("code", ["", "KO", "KORE", "XYZ", "AAA", " KOR", "KOR ", "K0R"])
def test_is_ioc_code_rejects(code: str) -> None:
    assert not is_ioc_code(code)


# --- names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("KOR", "South Korea"),
        ("PRK", "North Korea"),
        ("TPE", "Chinese Taipei"),
        ("GBR", "Great Britain"),
        ("NED", "Netherlands"),
        ("CZE", "Czech Republic"),
        ("USA", "United States"),
        ("CHN", "China"),
        ("HKG", "Hong Kong"),
        ("URS", "Soviet Union"),
        ("EUN", "Unified Team"),
        ("FRG", "West Germany"),
        ("GDR", "East Germany"),
        ("TCH", "Czechoslovakia"),
        ("OAR", "Olympic Athletes from Russia"),
        ("IOP", "Independent Olympic Participants"),
        ("STP", "São Tomé and Príncipe"),
    ],
)
def test_country_name(code: str, name: str) -> None:
    assert country_name(code) == name
    assert noc_for(name) == code


@pytest.mark.parametrize("code", ["", "kor", "XYZ", "South Korea", " KOR"])
def test_country_name_unknown(code: str) -> None:
    assert country_name(code) is None


# --- noc_for ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Korea", "KOR"),
        ("Republic of Korea", "KOR"),
        ("DPR Korea", "PRK"),
        ("United Kingdom", "GBR"),
        ("UK", "GBR"),
        ("Czechia", "CZE"),
        ("USSR", "URS"),
        ("Russian Federation", "RUS"),
        ("Russian Olympic Committee", "ROC"),
        ("Holland", "NED"),
        ("The Netherlands", "NED"),
        ("United States of America", "USA"),
        ("US", "USA"),
        ("People's Republic of China", "CHN"),
        ("PR China", "CHN"),
        ("Taiwan", "TPE"),
        ("Hong Kong, China", "HKG"),
        ("Federal Republic of Germany", "FRG"),
        ("German Democratic Republic", "GDR"),
        ("Sao Tome and Principe", "STP"),
        ("Côte d'Ivoire", "CIV"),
    ],
)
def test_noc_for_aliases(text: str, code: str) -> None:
    assert noc_for(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("kor", "KOR"),
        ("Kor", "KOR"),
        ("ned", "NED"),
        ("eun", "EUN"),
        (" KOR ", "KOR"),
        ("\u00a0CAN\u00a0", "CAN"),
        ("south korea", "KOR"),
        ("SOUTH KOREA", "KOR"),
        ("South\u00a0Korea", "KOR"),
        ("  South \t Korea \n", "KOR"),
        ("South\u202fKorea", "KOR"),
        ("the Netherlands", "NED"),
        ("THE  NETHERLANDS", "NED"),
        ("the\u00a0netherlands", "NED"),
        ("The United States", "USA"),
        ("people\u2019s republic of china", "CHN"),
        ("great britain", "GBR"),
        ("Sa\u0303o Tome\u0301 and Pri\u0301ncipe", "STP"),  # decomposed accents
        ("C\u00f4te d\u2019Ivoire", "CIV"),
    ],
)
def test_noc_for_case_and_whitespace(text: str, code: str) -> None:
    assert noc_for(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\u00a0",
        "the",
        "the ",
        "XYZ",
        "xyz",
        "Atlantis",
        "Korea Republic of",
        "South  Koreas",
        "Netherland",
        "K\u041eR",  # Cyrillic O
        "\u043d\u0438\u0434\u0435\u0440\u043b\u0430\u043d\u0434\u044b",
        "日本",
        "🇰🇷",
        "\ud800",
        "\x00",
        "KOR|GBR",
        "{{flagIOC|KOR|2002 Winter}}",
    ],
)
def test_noc_for_unknown(text: str) -> None:
    assert noc_for(text) is None


@given(st.text())
def test_noc_for_never_raises(text: str) -> None:
    result = noc_for(text)
    assert result is None or is_ioc_code(result)


# --- the table's reading ----------------------------------------------------------------

_FIELDS = st.text(alphabet='ab ,"|\u2019', max_size=6)


@given(st.lists(st.lists(_FIELDS, min_size=1, max_size=4), max_size=5))
def test_csv_rows_are_read_as_the_csv_module_reads_them(rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    text = out.getvalue()
    assert _ioc._csv_rows(text) == [row for row in csv.reader(text.splitlines()) if row]


def test_the_table_is_read_column_by_column() -> None:
    codes, names, aliases = _ioc._columns()
    assert [
        {"code": c, "name": n, "aliases": a} for c, n, a in zip(codes, names, aliases, strict=True)
    ] == ROWS


# --- the look-ups by spelling -------------------------------------------------------------

_SPELLING_CHARACTERS = st.sampled_from(
    [
        "a", "B", "é", "\u0301", "ß", "İ", "\u00a0", " ", "\t", "\x1c", "ﬁ", "Ⅻ", "\u2019",
        "´", "`", "the ", "The ",
    ]
)  # fmt: skip


@given(st.lists(st.lists(_SPELLING_CHARACTERS, max_size=8).map("".join), max_size=6))
def test_spellings_are_keyed_together_as_one_by_one(texts: list[str]) -> None:
    assert _ioc._keys(texts) == [_ioc._key(text) for text in texts]


@given(st.text(max_size=12).filter(lambda text: "\n" not in text))
def test_a_spelling_is_keyed_alone_as_among_others(text: str) -> None:
    assert _ioc._keys(["x", text, "y"]) == ["x", _ioc._key(text), "y"]


def _spellings_by_claims(rows: list[dict[str, str]]) -> tuple[dict[str, str], dict[str, str]]:
    # The look-ups as first built: every key's claimants as a set.
    claims: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for spelling in (row["name"], *row["aliases"].split("|")):
            if key := _ioc._key(spelling):
                claims[key].add(row["code"])
    folded = {row["code"].casefold(): row["code"] for row in rows}
    return {key: min(codes) for key, codes in claims.items() if len(codes) == 1}, {
        key: code for key, code in folded.items() if claims.get(key, {code}) == {code}
    }


_TABLE_ROWS = st.lists(
    st.fixed_dictionaries(
        {
            "code": st.sampled_from(["AAA", "BBB", "CCC", "TOG"]),
            "name": st.sampled_from(["Aa", "the Bb", "aaa", "Togo", "", "Bb"]),
            "aliases": st.sampled_from(["", "Aa", "bbb|Aa", "BB|ccc", "tog", "the  aa"]),
        }
    ),
    max_size=6,
)


@given(_TABLE_ROWS)
def test_spellings_claimed_by_two_codes_are_left_out(rows: list[dict[str, str]]) -> None:
    columns = ([row[field] for row in rows] for field in ("code", "name", "aliases"))
    spellings = _ioc._spellings_of(*columns)
    assert (spellings.by_key, spellings.by_folded_code) == _spellings_by_claims(rows)


def test_the_tables_spellings_are_keyed() -> None:
    by_key, by_folded_code = _spellings_by_claims(ROWS)
    spellings = _ioc._spellings()
    assert (spellings.by_key, spellings.by_folded_code) == (by_key, by_folded_code)
