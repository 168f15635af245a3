"""A vote's outcome that the events read as other news still joins the outcome of its day when
the keys say so (README of tests/eval: one development is one story across registers): a
report of a veto that counts the ballots and names the veto and its members in its headline,
and a report of the day's one adoption by the same organ that names the resolution and
shares its demand. What must stay apart stays apart: a rival text short of votes at the same
meeting (it counts ballots too), other news of the day sharing no demand, another organ's
adoption, and a day with two adoptions, where the day does not say which (session 26, w4:
over validation parts 11-24, 33 veto reports and 19 adoption reports read as other news
were split from their stories; the split pairs were counted, not read)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial

from demandwatch.core.stories import Candidate
from story_support import candidate, polled

# A Tuesday: the vote at 11:00 in New York.
VOTE = datetime(2027, 10, 5, 15, tzinfo=UTC)
RUSSIA = frozenset({"Russian Federation"})

accountability = partial(candidate, demand="accountability-investigations")
monitors = partial(candidate, demand="monitor-access")


def vetoed() -> Candidate:
    return accountability(
        "wire",
        "Russia vetoes U.N. bid to name those behind Syria chemical attacks",
        "veto",
        VOTE + timedelta(minutes=50),
        text="Russia vetoed a Western-drafted resolution creating a body to attribute "
        "chemical weapons attacks in Syria.",
        vetoers=RUSSIA,
        vote_date=VOTE.date(),
    )


def test_a_veto_report_read_as_other_counting_the_ballots_joins_the_veto_of_its_day() -> None:
    # Its headline names the veto and the member; its text counts the ballots, as most
    # reports of a veto do ("eleven votes in favour"): a veto counts ballots as a draft
    # short of votes does, and only the latter names no veto.
    misread = accountability(
        "wire2",
        "Russian veto sinks Syria chemical weapons inquiry despite 11 votes in favour",
        "other",
        VOTE + timedelta(hours=2),
        text="The attribution mechanism for chemical attacks in Syria won 11 votes in favour, "
        "but Russia's vote against killed the resolution.",
    )
    first, story = polled(vetoed(), misread)
    assert story.id == first.id


def test_a_rival_text_short_of_votes_stays_apart_from_the_veto() -> None:
    rival = accountability(
        "rival",
        "Russian text on Syria chemical inquiry falls short at the Council",
        "other",
        VOTE + timedelta(hours=1),
        text="Moscow's draft on chemical attacks in Syria won only three votes in favour, "
        "with seven against.",
    )
    first, story = polled(vetoed(), rival)
    assert story.id != first.id


# Wednesday: the Council adopts a text on access to places of detention.
ADOPTION = VOTE + timedelta(days=1, hours=1)


def adopted(organ: str = "Council") -> Candidate:
    return monitors(
        "press",
        f"Security {organ} Demands Monitors' Access to All Places of Detention in Syria, "
        "Unanimously Adopting Resolution 2802 (2027)"
        if organ == "Council"
        else "General Assembly Adopts Resolution Demanding Monitors' Access to Syria's Prisons",
        "resolution_adopted",
        ADOPTION,
        text="The text demands unhindered access for independent monitors to all places of "
        "detention in the Syrian Arab Republic.",
        vote_date=ADOPTION.date(),
    )


def german_report(at: datetime = ADOPTION + timedelta(hours=3)) -> Candidate:
    # Read as other news: "verlangt" and "Resolution" but no word the events take for an
    # adoption; it shares no headline word with the English release.
    return monitors(
        "de",
        "UN-Sicherheitsrat verlangt Zugang für Beobachter zu syrischen Haftanstalten",
        "other",
        at,
        text="Die einstimmig angenommene Resolution verlangt ungehinderten Zugang "
        "unabhängiger Beobachter zu allen Haftorten in Syrien.",
    )


def test_an_adoption_report_read_as_other_joins_the_one_adoption_of_its_day() -> None:
    first, story = polled(adopted(), german_report())
    assert story.id == first.id
    # The next morning too (the vote's day in New York).
    first, story = polled(adopted(), german_report(ADOPTION + timedelta(hours=15)))
    assert story.id == first.id


def test_other_news_the_day_of_an_adoption_stays_apart() -> None:
    # Sharing no demand (a verdict on the same day), counting ballots (a rival text short
    # of votes), naming no text, or told of another organ than the adoption's.
    others = [
        accountability(
            "verdict",
            "Koblenz court jails former Syrian officer over detention centre abuses",
            "other",
            ADOPTION + timedelta(hours=2),
            text="The judgment follows a resolution of the Bundestag on universal jurisdiction.",
        ),
        monitors(
            "rival",
            "Russian text on Syria detention visits falls short",
            "other",
            ADOPTION + timedelta(hours=1),
            text="Moscow's draft resolution on visits to detention sites won four votes in "
            "favour, with eight against.",
        ),
        monitors(
            "families",
            "Families of Syria's disappeared gather outside Saydnaya",
            "other",
            ADOPTION + timedelta(hours=2),
            text="Hundreds of relatives waited for news of detainees held in the prison.",
        ),
    ]
    for other in others:
        first, story = polled(adopted(), other)
        assert story.id != first.id, other.item.alert_id
    first, story = polled(adopted("Assembly"), german_report())
    assert story.id != first.id


def test_two_adoptions_that_day_and_the_day_does_not_say_which() -> None:
    # Another text adopted that afternoon, on another demand: the day no longer says which
    # adoption the report tells, and its words alone do not reach the bar.
    second = partial(candidate, demand="asset-freeze")(
        "press2",
        "Security Council Freezes Assets of Former Syrian Intelligence Chiefs, Adopting "
        "Resolution 2803 (2027)",
        "resolution_adopted",
        ADOPTION + timedelta(hours=1),
        text="The Council froze the assets of six former heads of Syria's intelligence branches.",
        vote_date=ADOPTION.date(),
    )
    # Each names its draft: two texts, two stories.
    first = replace(adopted(), symbols=("S/2027/615",))
    second = replace(second, symbols=("S/2027/618",))
    first, other, story = polled(first, second, german_report())
    assert other.id != first.id
    assert story.id not in (first.id, other.id)


def test_a_factbox_of_earlier_vetoes_stays_apart_from_the_veto_of_its_day() -> None:
    # Published the evening of the veto, its headline names the vetoes and the member, as a
    # misread report of the vote does; its kicker says it recounts the record
    # (stories-busy-16: it joined the veto's story). In Russian too.
    for title in (
        "FACTBOX-Russia's vetoes on Syria at the U.N. Security Council since 2011",
        "Справка: вето России по Сирии в Совете Безопасности ООН",
    ):
        factbox = candidate(
            "factbox",
            title,
            "other",
            VOTE + timedelta(hours=7),
            demand="stop-veto-obstruction",
            text="Russia has now cast 20 vetoes on Syria draft resolutions since October 2011.",
        )
        first, story = polled(vetoed(), factbox)
        assert story.id != first.id, title
    # The same headline without the kicker is news of the day's veto, and joins it.
    report = candidate(
        "report",
        "Russia's veto on Syria chemical weapons inquiry at the U.N. Security Council",
        "other",
        VOTE + timedelta(hours=7),
        demand="stop-veto-obstruction",
        text="Russia vetoed the resolution on attributing chemical attacks in Syria.",
    )
    first, story = polled(vetoed(), report)
    assert story.id == first.id
