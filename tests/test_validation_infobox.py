"""Checks of the infobox against the results."""

from __future__ import annotations

from datetime import date

import attrs
from builders import clean_event, edit, race, row, run

import shorttrack_parse as sp

INFOBOX = ("Infobox", None, 3)


def _info(event: sp.Event, **changes: object) -> sp.Event:
    return attrs.evolve(event, info=attrs.evolve(event.info, **changes))


def _medalists(event: sp.Event, *names: str, nocs: tuple[str | None, ...] = ()) -> sp.Event:
    given = nocs or tuple(m.noc for m in event.info.medalists)
    medalists = tuple(sp.Medalist(m, n, c) for m, n, c in zip(sp.Medal, names, given, strict=True))
    return _info(event, medalists=medalists)


def test_clean_event_passes_every_infobox_check() -> None:
    for code in (
        "infobox-medalist",
        "infobox-medalist-noc",
        "infobox-winning-time",
        "infobox-competitors",
        "infobox-nations",
        "infobox-dates",
    ):
        assert run(clean_event(), code) == [], code


def test_infobox_medalist_reports_swapped_medals() -> None:
    event = _medalists(
        clean_event(),
        "Ahn Hyun-soo",
        "Steven Bradbury",
        "Arianna Fontana",
        nocs=("KOR", "AUS", "NED"),
    )
    assert run(event, "infobox-medalist") == [
        ("Infobox", "Steven Bradbury", 3),
        ("Infobox", "Arianna Fontana", 3),
    ]
    message = sp.validate(event, select="infobox-medalist").findings[0].message
    assert message == (
        "the infobox gives silver to Steven Bradbury, but 2nd in Final A is Arianna Fontana; "
        "Steven Bradbury is 3rd"
    )


def test_infobox_medalist_matches_by_link_and_folded_name() -> None:
    event = edit(clean_event(), "Final A", "Ahn Hyun-soo", link="Ahn Hyun-soo")
    gold = sp.Medalist(sp.Medal.GOLD, "Viktor Ahn", "KOR", link="Ahn Hyun-soo")
    event = _info(event, medalists=(gold, *event.info.medalists[1:]))
    assert run(event, "infobox-medalist") == []
    event = _medalists(clean_event(), "AHN Hyun-Soo", "Arianna Fontána", "Steven Bradbury")
    assert run(event, "infobox-medalist") == []
    redirect = edit(clean_event(), "Final A", "Ahn Hyun-soo", link="Ahn Hyun-soo")
    gold = sp.Medalist(sp.Medal.GOLD, "Ahn Hyun-soo", "KOR", link="Viktor Ahn")
    redirect = _info(redirect, medalists=(gold, *redirect.info.medalists[1:]))
    assert run(redirect, "infobox-medalist") == []


def test_infobox_medalist_noc_reports_a_wrong_country() -> None:
    event = _medalists(
        clean_event(),
        "Ahn Hyun-soo",
        "Arianna Fontana",
        "Steven Bradbury",
        nocs=("KOR", "ITA", "AUS"),
    )
    assert run(event, "infobox-medalist-noc") == [("Infobox", "Arianna Fontana", 3)]
    message = sp.validate(event, select="infobox-medalist-noc").findings[0].message
    assert message == "the infobox gives Arianna Fontana's country as ITA; Final A gives NED"


def test_infobox_medalist_compares_relay_teams_by_country() -> None:
    final_a = race(
        "Final A",
        *(
            attrs.evolve(row(p, n, t), team=True)
            for p, n, t in (
                (1, "South Korea", "4:12.793"),
                (2, "China", "4:13.236"),
                (3, "Canada", "4:15.900"),
            )
        ),
    )
    final_a = attrs.evolve(
        final_a,
        results=tuple(
            attrs.evolve(r, noc=c)
            for r, c in zip(final_a.results, ("KOR", "CHN", "CAN"), strict=True)
        ),
    )
    finals = sp.Round(name="Finals", kind=sp.RoundKind.FINALS, races=(final_a,))
    medalists = tuple(
        sp.Medalist(m, "", c) for m, c in zip(sp.Medal, ("KOR", "CAN", "CHN"), strict=True)
    )
    event = sp.Event(
        info=sp.EventInfo(event="Women's 3000 metre relay", medalists=medalists), rounds=(finals,)
    )
    assert run(event, "infobox-medalist") == [("Infobox", "CAN", None), ("Infobox", "CHN", None)]
    unknown = tuple(sp.Medalist(m, "") for m in sp.Medal)  # flattened form: no country
    assert (
        run(
            attrs.evolve(event, info=attrs.evolve(event.info, medalists=unknown)),
            "infobox-medalist",
        )
        == []
    )


def test_infobox_winning_time_reports_a_time_copied_from_another_event() -> None:
    event = _info(clean_event(), winning_time=sp.RaceTime.parse("2:18.541"))
    assert run(event, "infobox-winning-time") == [INFOBOX]
    message = sp.validate(event, select="infobox-winning-time").findings[0].message
    assert message == (
        "the infobox winning value is 2:18.541, but Final A's winner Ahn Hyun-soo skated 1:27.150"
    )


def test_infobox_winning_time_compares_milliseconds() -> None:
    event = _info(clean_event(), winning_time=sp.RaceTime.parse("1:27.15"))
    assert run(event, "infobox-winning-time") == []


def test_infobox_competitors_counts_the_first_round() -> None:
    assert run(_info(clean_event(), competitors=17), "infobox-competitors") == [INFOBOX]
    message = sp.validate(_info(clean_event(), competitors=17), select="infobox-competitors")
    assert message.findings[0].message == "the infobox says 17 competitors; Heats has 16 skaters"


def test_infobox_competitors_may_count_or_leave_out_non_starters() -> None:
    event = edit(clean_event(), "Heat 1", "Steven Dubois", rank=None, time=None, notes="DNS")
    assert run(event, "infobox-competitors") == []
    assert run(_info(event, competitors=15), "infobox-competitors") == []
    assert run(_info(event, competitors=14), "infobox-competitors") == [INFOBOX]


def test_infobox_competitors_is_not_checked_on_an_article_cut_in_the_first_round() -> None:
    event = clean_event()
    cut = attrs.evolve(event, rounds=event.rounds[:1])
    assert run(_info(cut, competitors=40), "infobox-competitors") == []


def test_infobox_teams_counts_relay_teams() -> None:
    teams = [
        attrs.evolve(row(p, "", f"4:1{p}.000"), team=True, noc=None, members_text=m)
        for p, m in enumerate(("A B C D", "E F G H", "I J K L"), start=1)
    ]
    semis = sp.Round(
        name="Semifinals", kind=sp.RoundKind.SEMIFINALS, races=(race("Semifinal 1", *teams),)
    )
    final = sp.Round(name="Finals", kind=sp.RoundKind.FINALS, races=(race("Final A", teams[0]),))
    info = sp.EventInfo(event="Women's 3000 metre relay", teams=3, competitors=12)
    event = sp.Event(info=info, rounds=(semis, final))
    assert run(event, "infobox-competitors") == []
    assert run(_info(event, teams=4), "infobox-competitors") == [("Infobox", None, None)]


def test_infobox_nations_counts_countries_when_known() -> None:
    assert run(_info(clean_event(), nations=9), "infobox-nations") == [INFOBOX]
    unknown = edit(clean_event(), "Heat 1", "Ahn Hyun-soo", noc=None)
    assert run(_info(unknown, nations=9), "infobox-nations") == []


def test_infobox_dates_contain_the_dates_the_prose_gives() -> None:
    event = clean_event()
    heats = attrs.evolve(event.rounds[0], prose="The heats were held on 12 February 2002.")
    late = attrs.evolve(event, rounds=(heats, *event.rounds[1:]))
    assert run(late, "infobox-dates") == [("Heats", None, event.rounds[0].line)]
    message = sp.validate(late, select="infobox-dates").findings[0].message
    assert message == (
        "the prose dates Heats 12 February 2002, outside the infobox dates (13–16 February 2002)"
    )


def test_infobox_dates_ignore_dates_of_other_years_and_missing_infobox_dates() -> None:
    event = clean_event()
    heats = attrs.evolve(event.rounds[0], prose="The record had stood since 17 February 1998.")
    assert run(attrs.evolve(event, rounds=(heats, *event.rounds[1:])), "infobox-dates") == []
    no_dates = _info(event, start_date=None, end_date=None, dates=None)
    heats = attrs.evolve(event.rounds[0], prose="Held on 1 March.")
    assert run(attrs.evolve(no_dates, rounds=(heats, *event.rounds[1:])), "infobox-dates") == []
    assert event.info.start_date == date(2002, 2, 13)
