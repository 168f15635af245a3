"""A vote put off a day is one vote: What's in Blue's preview for Monday, the wire's "council
delays vote by a day" on Monday (naming Tuesday) and Tuesday's veto are one story, in any of
the six languages the delay is told in. A vote announced for a later day by an item that
says nothing of a delay is another vote's, and a delay reported after the day the story
announced is not that vote put off."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from demandwatch.core.stories import Candidate
from story_support import candidate, polled

# Monday 7 June 2027 (synthetic), the day the vote was first set for, 15:00 UTC.
MONDAY = datetime(2027, 6, 7, 15, tzinfo=UTC)
TUESDAY = MONDAY + timedelta(days=1)


def preview() -> Candidate:
    return candidate(
        "wib",
        "Syria: Vote on a Draft Resolution on Humanitarian Access to Besieged Areas",
        "vote_scheduled",
        MONDAY - timedelta(hours=18),
        text="Tomorrow morning (7 June) the Council is expected to vote on a draft resolution "
        "demanding unimpeded humanitarian access to besieged areas in Syria. Russia has "
        "signalled reservations about the text.",
        demand="monitor-access",
        vote_date=MONDAY.date(),
    )


def delay_en() -> Candidate:
    return candidate(
        "delay-en",
        "U.N. council puts off Syria aid access vote by a day as Russia seeks changes",
        "vote_scheduled",
        MONDAY - timedelta(hours=1),
        text="The Security Council postponed until Tuesday a vote on a draft that would demand "
        "humanitarian access to besieged Syrian towns, diplomats said.",
        demand="monitor-access",
        vote_date=TUESDAY.date(),
    )


def delay_fr() -> Candidate:
    return candidate(
        "delay-fr",
        "Syrie : le Conseil de sécurité reporte à mardi le vote sur l'accès humanitaire",
        "vote_scheduled",
        MONDAY - timedelta(hours=1),
        text="Le vote sur un projet de résolution exigeant l'accès humanitaire aux zones "
        "assiégées a été reporté à mardi à la demande de la Russie, selon des diplomates.",
        demand="monitor-access",
        vote_date=TUESDAY.date(),
    )


def veto() -> Candidate:
    return candidate(
        "veto",
        "Russia vetoes U.N. demand for aid access to besieged Syrian towns",
        "veto",
        TUESDAY + timedelta(hours=1),
        text="Russia on Tuesday vetoed a Security Council draft resolution demanding "
        "humanitarian access to besieged areas in Syria.",
        demand="monitor-access",
        vote_date=TUESDAY.date(),
        vetoers=frozenset({"Russian Federation"}),
    )


def test_a_vote_put_off_a_day_and_vetoed_is_one_story() -> None:
    first, delayed, vetoed = polled(preview(), delay_en(), veto())
    assert delayed.id == first.id
    assert vetoed.id == first.id
    assert vetoed.vote_date == TUESDAY.date()


def test_the_delay_told_in_french_joins_the_english_preview() -> None:
    first, delayed, vetoed = polled(preview(), delay_fr(), veto())
    assert delayed.id == first.id
    assert vetoed.id == first.id


def test_a_later_vote_announced_without_a_delay_is_another_vote() -> None:
    # The same words, a day later, with no word of a delay: a second vote (the rival text,
    # a second draft) announced for Tuesday, not Monday's put off.
    later = candidate(
        "later",
        "U.N. council to vote Tuesday on Syria aid access as Russia seeks changes",
        "vote_scheduled",
        MONDAY - timedelta(hours=1),
        text="The Security Council will vote on Tuesday on a draft that would demand "
        "humanitarian access to besieged Syrian towns, diplomats said.",
        demand="monitor-access",
        vote_date=TUESDAY.date(),
    )
    first, other = polled(preview(), later)
    assert other.id != first.id


def test_a_delay_reported_after_the_announced_day_is_not_that_vote_put_off() -> None:
    # A vote postponed on Wednesday to Thursday: Monday's announced vote was held or dropped
    # by then, and this is another.
    wednesday = MONDAY + timedelta(days=2)
    late = candidate(
        "late",
        "U.N. council puts off Syria aid access vote by a day as Russia seeks changes",
        "vote_scheduled",
        wednesday,
        text="The Security Council postponed until Thursday a vote on a draft that would "
        "demand humanitarian access to besieged Syrian towns, diplomats said.",
        demand="monitor-access",
        vote_date=wednesday.date() + timedelta(days=1),
    )
    first, other = polled(preview(), late)
    assert other.id != first.id


def test_a_preview_of_the_delay_dated_the_day_first_set_joins_the_new_days_preview() -> None:
    # What's in Blue on Friday: the vote "initially planned for Monday has been pushed back to
    # Tuesday", read with Monday's date (the first it names); Monday evening's preview of the
    # vote "tomorrow morning (8 June)" is that vote's, and so is Tuesday's veto.
    friday = MONDAY - timedelta(days=3)
    told = candidate(
        "wib-friday",
        "Syria: Humanitarian Access Vote Postponed",
        "vote_scheduled",
        friday,
        text="The vote on the draft resolution demanding humanitarian access to besieged areas "
        "in Syria, initially planned for Monday, has been pushed back to Tuesday after Russia "
        "asked for more time.",
        demand="monitor-access",
        vote_date=MONDAY.date(),
    )
    evening = candidate(
        "wib-monday",
        "Syria: Vote on a Draft Resolution on Humanitarian Access to Besieged Areas",
        "vote_scheduled",
        MONDAY + timedelta(hours=6),
        text="Tomorrow morning (8 June) the Council is expected to vote on a draft resolution "
        "demanding unimpeded humanitarian access to besieged areas in Syria.",
        demand="monitor-access",
        vote_date=TUESDAY.date(),
    )
    first, preview_story, vetoed = polled(told, evening, veto())
    assert preview_story.id == first.id
    assert vetoed.id == first.id
