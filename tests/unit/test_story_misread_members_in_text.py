"""A veto's report the events misread as other news, telling the veto by what it stopped and
naming the vetoing members in its text only, joins the veto (session 42,
stories-vetoday-s42): the members named anywhere in it, where it names a vote, a draft or a
text and not the veto, and shares a demand with the veto. Not news the next morning of what
the veto caused, naming the veto beside the members; not the day's other news naming the
members and a vote on another demand; not news naming only one of two vetoing members, nor
another day's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial

from demandwatch.core.stories import Candidate
from story_support import candidate, polled

# A Tuesday: the vote at noon in New York.
VOTE = datetime(2026, 4, 14, 16, tzinfo=UTC)
BOTH = frozenset({"Russian Federation", "China"})

item = partial(candidate, demand="stop-veto-obstruction")


def vetoed() -> Candidate:
    return item(
        "unnews",
        "Russia and China veto extension of Syria cross-border aid through Bab al-Salam",
        "veto",
        VOTE + timedelta(minutes=20),
        text="A draft resolution to keep the Bab al-Salam crossing open to UN aid for twelve "
        "months was not adopted, owing to the negative votes of the Russian Federation and "
        "China. Thirteen members voted in favour.",
        vetoers=BOTH,
        vote_date=VOTE.date(),
    )


def news(alert: str, title: str, text: str, at: datetime) -> Candidate:
    return item(alert, title, "other", at, text=text)


STALLS = (
    "Bab al-Salam aid lifeline stalls at the UN",
    "The twelve-month text to keep the crossing open to UN convoys was stopped on Tuesday by "
    "Moscow and Beijing, leaving the northwest without a renewed UN route.",
)


def test_misread_news_naming_the_members_in_its_text_joins_the_veto() -> None:
    for hours in (1, 14):  # the evening's wire, and the next morning's
        veto, report = polled(vetoed(), news("wire", *STALLS, VOTE + timedelta(hours=hours)))
        assert report.id == veto.id, hours


def test_news_of_what_the_veto_caused_the_next_morning_is_not_the_veto() -> None:
    trucks = news(
        "trucks",
        "UN trucks halt at Bab al-Salam as cross-border authorization runs out",
        "No UN convoy crossed on Wednesday morning, the first day without a Council mandate, "
        "after the veto by Russia and China of the twelve-month text on Tuesday.",
        VOTE + timedelta(hours=17),
    )
    veto, later = polled(vetoed(), trucks)
    assert later.id != veto.id


def test_the_days_other_news_naming_the_members_and_a_vote_on_another_demand_is_apart() -> None:
    ballot = candidate(
        "ballot",
        "Syria's election list is final as court clears three names for the June vote",
        "other",
        VOTE + timedelta(hours=2),
        text="The Supreme Constitutional Court said three candidates would be on the ballot. Moscow "
        "and Beijing said they would send observers.",
        demand="accountability-investigations",
    )
    veto, other = polled(vetoed(), ballot)
    assert other.id != veto.id


def test_one_member_of_two_or_another_day_is_not_the_veto() -> None:
    title, text = STALLS
    one = news(
        "one", title, text.replace("Moscow and Beijing", "Moscow"), VOTE + timedelta(hours=1)
    )
    veto, report = polled(vetoed(), one)
    assert report.id != veto.id
    later = news("later", *STALLS, VOTE + timedelta(days=2))
    veto, report = polled(vetoed(), later)
    assert report.id != veto.id
