"""An outcome told in the Council's hours of a later day is that day's vote (issue 11, session
51, w3; stories-precision-s51-w3).

The day rule parts an outcome (a veto, an adoption) whose likely vote day is not the day of the
story's outcome only where the two share no word as written (``StoryClusterer._days_differ``,
``stories._same_words``), so never in one language: Russia's veto of Japan's stopgap for the
chemical inquiry on the evening of 17 November 2017 joined its veto of the U.S. renewal of the
evening before. Now an outcome naming no vote day, published from the hour the Council votes
(``stories._FIRST_VOTES`` UTC) of a day after the story's outcome day, is parted whatever words
it shares (``stories._later_days_outcome``). Not the same veto's news the next morning (before
the Council's hours), nor the next afternoon naming the day it was cast or the draft vetoed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from demandwatch.core import stories
from demandwatch.core.stories import Candidate
from story_support import candidate, polled

RUSSIA = frozenset({"Russian Federation"})
STOP_VETO = "stop-veto-obstruction"
# The U.S. renewal of the Joint Investigative Mechanism, vetoed on Thursday 16 November 2017.
FIRST_VETO = datetime(2017, 11, 16, 21, 10, tzinfo=UTC)


def us_renewal_vetoed() -> Candidate:
    return candidate(
        "wire-16",
        "Russia vetoes U.S. bid to renew Syria chemical weapons inquiry",
        "veto",
        FIRST_VETO,
        demand=STOP_VETO,
        text="Russia on Thursday blocked a U.S.-drafted Security Council resolution that would "
        "have extended for a year the mandate of the joint U.N. and OPCW investigators who "
        "blamed Syrian government forces for the sarin attack on Khan Sheikhoun.",
        vetoers=RUSSIA,
    )


def un_news_with_draft() -> Candidate:
    return candidate(
        "un-news-16",
        "Security Council fails to renew chemical weapons investigative mechanism for Syria",
        "veto",
        FIRST_VETO + timedelta(hours=1, minutes=25),
        demand=STOP_VETO,
        text="Draft resolution S/2017/962 received 11 votes in favour, but the negative vote of "
        "the Russian Federation, a permanent member, meant it was not adopted.",
        symbols=("S/2017/962",),
        vetoers=RUSSIA,
    )


def japan_stopgap_vetoed(at: datetime) -> Candidate:
    return candidate(
        "wire-17",
        "Russia vetoes Japan's stopgap to extend Syria chemical weapons inquiry",
        "veto",
        at,
        demand=STOP_VETO,
        text="Russia on Friday blocked a Japanese draft that would have kept the joint U.N. and "
        "OPCW investigators working for another 30 days, its second veto on the inquiry in as "
        "many days.",
        vetoers=RUSSIA,
    )


SECOND_VETO = datetime(2017, 11, 17, 21, 20, tzinfo=UTC)


def test_the_next_evenings_veto_is_its_own_story() -> None:
    first, second = polled(us_renewal_vetoed(), japan_stopgap_vetoed(SECOND_VETO))
    assert second.id != first.id
    assert len(first.items) == 1
    assert len(second.items) == 1


def test_without_the_rule_the_next_evenings_veto_joins(monkeypatch: pytest.MonkeyPatch) -> None:
    # What the test above rests on: the two vetoes share nearly every word as written.
    monkeypatch.setattr(stories, "_later_days_outcome", lambda cand, day, first: False)
    first, second = polled(us_renewal_vetoed(), japan_stopgap_vetoed(SECOND_VETO))
    assert second.id == first.id


@pytest.mark.parametrize("hour", [14, 18, 23])
def test_any_hour_the_council_votes_parts_it(hour: int) -> None:
    at = datetime(2017, 11, 17, hour, 5, tzinfo=UTC)
    first, second = polled(us_renewal_vetoed(), japan_stopgap_vetoed(at))
    assert second.id != first.id


def test_the_next_evenings_adoption_is_its_own_story() -> None:
    first = candidate(
        "adopted-1",
        "Security Council extends Syria chemical weapons inquiry for a year",
        "resolution_adopted",
        datetime(2016, 11, 17, 20, 30, tzinfo=UTC),
        demand="accountability-investigations",
        text="The Council unanimously adopted a resolution renewing the joint investigative "
        "mechanism of the United Nations and the OPCW.",
    )
    second = candidate(
        "adopted-2",
        "Security Council extends Syria chemical weapons inquiry, adopting a second text",
        "resolution_adopted",
        datetime(2016, 11, 18, 20, 0, tzinfo=UTC),
        demand="accountability-investigations",
        text="The Council unanimously adopted a resolution on the joint investigative mechanism "
        "of the United Nations and the OPCW.",
    )
    found = polled(first, second)
    assert found[1].id != found[0].id


def test_the_same_veto_the_next_morning_stays_in_its_story() -> None:
    morning = candidate(
        "news-17-am",
        "Moscow's veto leaves Syria gas attack investigators without a mandate",
        "veto",
        datetime(2017, 11, 17, 8, 20, tzinfo=UTC),
        demand=STOP_VETO,
        text="The joint mechanism's mandate runs out at midnight on Friday after Russia cast its "
        "tenth Security Council veto on Syria.",
        vetoers=RUSSIA,
    )
    first, later = polled(us_renewal_vetoed(), morning)
    assert later.id == first.id


def test_the_same_veto_the_next_afternoon_naming_its_day_stays() -> None:
    # The event reads the day named ("on Thursday") as the vote's: the item states its day.
    afternoon = candidate(
        "wire-17-pm",
        "Russia's veto on Thursday ends Syria chemical inquiry's renewal, diplomats weigh next step",
        "veto",
        datetime(2017, 11, 17, 15, 40, tzinfo=UTC),
        demand=STOP_VETO,
        text="Russia vetoed on Thursday the U.S. text renewing the joint investigative mechanism.",
        vetoers=RUSSIA,
        vote_date=date(2017, 11, 16),
    )
    first, later = polled(us_renewal_vetoed(), afternoon)
    assert later.id == first.id


def test_the_same_veto_the_next_afternoon_naming_its_draft_stays() -> None:
    record = candidate(
        "press-17",
        "Security Council rejects draft S/2017/962 on joint investigative mechanism owing to "
        "Russian Federation's negative vote",
        "veto",
        datetime(2017, 11, 17, 16, 5, tzinfo=UTC),
        demand=STOP_VETO,
        text="The Council did not adopt draft resolution S/2017/962, which would have renewed "
        "the OPCW-UN Joint Investigative Mechanism.",
        symbols=("S/2017/962",),
        vetoers=RUSSIA,
    )
    found = polled(us_renewal_vetoed(), un_news_with_draft(), record)
    assert len({story.id for story in found}) == 1
    assert len(found[-1].items) == 3


@pytest.mark.parametrize(
    ("at", "vote_date", "day", "expected"),
    [
        (datetime(2017, 11, 17, 21, 20, tzinfo=UTC), None, date(2017, 11, 16), True),
        (datetime(2017, 11, 17, 14, 0, tzinfo=UTC), None, date(2017, 11, 16), True),
        (datetime(2017, 11, 19, 20, 0, tzinfo=UTC), None, date(2017, 11, 16), True),
        # Before the Council's hours: a later report of an earlier vote.
        (datetime(2017, 11, 17, 13, 59, tzinfo=UTC), None, date(2017, 11, 16), False),
        # The vote's day stated: the day rule reads it.
        (datetime(2017, 11, 17, 21, 20, tzinfo=UTC), date(2017, 11, 17), date(2017, 11, 16), False),
        # The story's own day, or a story with no outcome day.
        (datetime(2017, 11, 16, 21, 20, tzinfo=UTC), None, date(2017, 11, 16), False),
        (datetime(2017, 11, 17, 21, 20, tzinfo=UTC), None, None, False),
    ],
)
def test_later_days_outcome(
    at: datetime, vote_date: date | None, day: date | None, expected: bool
) -> None:
    cand = japan_stopgap_vetoed(at)
    if vote_date is not None:
        cand = candidate(
            "dated",
            "Russia vetoes Japan's stopgap to extend Syria chemical weapons inquiry",
            "veto",
            at,
            demand=STOP_VETO,
            vetoers=RUSSIA,
            vote_date=vote_date,
        )
    assert stories._later_days_outcome(cand, day, None) is expected


def test_not_the_day_the_story_was_first_reported() -> None:
    # A story whose first report, at noon UTC, is read as the day before's vote: a report of
    # the same afternoon is not another day's vote, whatever day it is read as.
    noon = datetime(2017, 11, 17, 12, 0, tzinfo=UTC)
    first = us_renewal_vetoed().item
    first = type(first)(first.alert_id, first.source_id, first.title, "", noon, "veto")
    afternoon = japan_stopgap_vetoed(datetime(2017, 11, 17, 14, 30, tzinfo=UTC))
    assert not stories._later_days_outcome(afternoon, date(2017, 11, 16), first)
    assert stories._later_days_outcome(afternoon, date(2017, 11, 16), None)


def test_a_report_two_hours_after_a_noon_report_joins_it() -> None:
    noon = candidate(
        "wire-noon",
        "Russia vetoes U.S. bid to renew Syria chemical weapons inquiry",
        "veto",
        datetime(2017, 11, 17, 12, 0, tzinfo=UTC),
        demand=STOP_VETO,
        vetoers=RUSSIA,
    )
    again = candidate(
        "news-afternoon",
        "Russia vetoes U.S. bid to renew Syria chemical weapons inquiry, blocking findings",
        "veto",
        datetime(2017, 11, 17, 14, 30, tzinfo=UTC),
        demand=STOP_VETO,
        vetoers=RUSSIA,
    )
    found = polled(noon, again)
    assert found[1].id == found[0].id
