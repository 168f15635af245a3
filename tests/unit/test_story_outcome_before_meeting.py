"""An outcome is not reported before the Council meets: a veto report published on Wednesday
at 08:00 UTC (03:00 in New York) that the events date "Wednesday" (the group "said on
Wednesday") reports Tuesday's veto, not the vote announced for Wednesday afternoon. The day it
gives is the day it speaks, dropped as the vote's day, and it joins Tuesday's veto; it took the
story of the next vote, a near-identical text vetoed by the same member the next day. Published
after Wednesday's vote, the same words report Wednesday's; a stamp that gives only a day (a
bare date, read as midnight UTC) says nothing of the hour, and keeps the day it states."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import partial

from demandwatch.core.stories import Candidate
from story_support import candidate, polled

TUESDAY, WEDNESDAY = date(2026, 11, 3), date(2026, 11, 4)
VOTE = datetime(2026, 11, 3, 15, 30, tzinfo=UTC)
RUSSIA = frozenset({"Russian Federation"})

item = partial(candidate, demand="accountability-investigations")


def tuesday() -> list[Candidate]:
    return [
        item(
            "wire",
            "Russia vetoes UN bid to keep Syria detention inquiry running",
            "veto",
            VOTE + timedelta(minutes=10),
            text="Russia on Tuesday vetoed a Security Council resolution that would have "
            "extended the U.N. inquiry into people who disappeared in Syrian detention.",
            vetoers=RUSSIA,
            vote_date=TUESDAY,
        ),
        item(
            "release",
            "Security Council fails to renew mandate of inquiry into detention in Syria",
            "veto",
            VOTE + timedelta(hours=1),
            text="The draft received 12 votes in favour to 1 against (Russian Federation), with "
            "2 abstentions. The inquiry into detention and disappearance ends.",
            tally="12-1-2",
            vetoers=RUSSIA,
            vote_date=TUESDAY,
        ),
        # That evening: the elected members' rollover, put to the vote on Wednesday.
        item(
            "wib",
            "Syria: Vote on a Technical Rollover of the Detention Inquiry",
            "vote_scheduled",
            VOTE + timedelta(hours=7),
            text="Tomorrow afternoon (4 November), the Council is expected to vote on a "
            "three-month extension of the inquiry's mandate after today's veto.",
            vote_date=WEDNESDAY,
        ),
    ]


def release(at: datetime, *, day_only: bool = False) -> Candidate:
    made = item(
        "ngo",
        "Russia's veto abandons families of Syria's disappeared",
        "veto",
        at,
        text="Russia's veto of the resolution renewing the detention inquiry betrays the "
        "families still looking for their relatives, the organization said on Wednesday.",
        vetoers=RUSSIA,
        vote_date=WEDNESDAY,
    )
    if not day_only:
        return made
    return Candidate(**{**made.__dict__, "day_only": True, "vote_date": WEDNESDAY})


def test_a_veto_release_dated_by_the_day_it_speaks_before_the_council_meets_joins_the_veto() -> (
    None
):
    *earlier, ngo = polled(*tuesday(), release(datetime(2026, 11, 4, 8, 0, tzinfo=UTC)))
    veto, _, announced = earlier
    assert ngo.id == veto.id
    assert ngo.id != announced.id
    assert ngo.vote_days == (TUESDAY, TUESDAY)


def test_after_wednesday_s_vote_the_same_words_report_wednesday_s() -> None:
    wednesday_veto = item(
        "second",
        "Russia vetoes stopgap for Syria detention inquiry a day after first veto",
        "veto",
        datetime(2026, 11, 4, 19, 50, tzinfo=UTC),
        text="Russia on Wednesday vetoed a three-month technical extension of the inquiry.",
        vetoers=RUSSIA,
        vote_date=WEDNESDAY,
    )
    stories = polled(*tuesday(), wednesday_veto, release(datetime(2026, 11, 4, 21, 0, tzinfo=UTC)))
    veto, announced, ngo = stories[0], stories[2], stories[-1]
    assert ngo.id == announced.id
    assert ngo.id != veto.id


def test_a_stamp_that_gives_only_the_day_keeps_the_day_it_states() -> None:
    # Midnight UTC, as a feed's bare date is read, or a day the source gave without a time.
    for ngo in (
        release(datetime(2026, 11, 4, 0, 0, tzinfo=UTC)),
        release(datetime(2026, 11, 4, 8, 0, tzinfo=UTC), day_only=True),
    ):
        assert ngo.vote_date == WEDNESDAY
    # Read at 08:00 with the hour known, the day is the day it speaks.
    assert release(datetime(2026, 11, 4, 8, 0, tzinfo=UTC)).vote_date is None
