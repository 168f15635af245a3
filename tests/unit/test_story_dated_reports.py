"""A veto's story keeps the later news of it (README of tests/eval: one development is one
story): a report days on that names the vote's day and its vetoing member, or the vetoed draft,
joins it for the week a poll reads back. Not a near miss: the next day's veto, another
member's, another draft's."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

import pytest

from demandwatch.core.stories import Candidate
from story_support import MONITORS_VOTE as VOTE
from story_support import candidate, polled
from story_support import monitors_preview as preview
from story_support import monitors_veto as vetoed

RUSSIA = frozenset({"Russian Federation"})
CHINA = frozenset({"China"})


# An alert of this file's demand (see ``candidate``).
item = partial(candidate, demand="monitor-access")


def week_on(vote_day: date, vetoers: frozenset[str] = RUSSIA) -> Candidate:
    return item(
        "news",
        "A week after the veto, Syria's ceasefire has no monitors watching it",
        "veto",
        VOTE + timedelta(days=6, hours=18),
        text="The veto of the draft that would have created a civilian mission to monitor the "
        "ceasefire in north-west Syria left the ceasefire without monitors, aid workers said.",
        vetoers=vetoers,
        vote_date=vote_day,
    )


def test_a_report_a_week_on_naming_the_veto_day_and_member_joins_the_veto() -> None:
    first, veto, later = polled(preview(), vetoed(), week_on(VOTE.date()))
    assert veto.id == first.id
    assert later.id == first.id


def test_a_report_a_week_on_of_another_day_or_member_is_another_development() -> None:
    # Another day's veto (the next day's vote on another draft), or a veto another member
    # cast: the words and the week agree, the keys do not.
    first, _, other_day = polled(preview(), vetoed(), week_on(VOTE.date() + timedelta(days=1)))
    assert other_day.id != first.id
    first, _, other_member = polled(preview(), vetoed(), week_on(VOTE.date(), CHINA))
    assert other_member.id != first.id


def test_a_report_naming_no_day_stays_out_beyond_the_window() -> None:
    first, _, undated = polled(preview(), vetoed(), week_on(None))  # type: ignore[arg-type]
    assert undated.id != first.id


def test_a_report_a_week_on_naming_the_vetoed_draft_joins_the_veto() -> None:
    # No day stated, but the draft's own symbol: a draft is put to the vote once.
    symbol = ("S/2026/712",)
    veto = vetoed()
    keyed = item(
        "wire",
        veto.item.title,
        "veto",
        veto.item.published,
        text="Russia vetoed draft resolution S/2026/712, which would have sent civilian "
        "monitors to oversee the ceasefire in north-west Syria.",
        symbols=symbol,
        vetoers=RUSSIA,
        vote_date=VOTE.date(),
    )
    later = item(
        "news",
        "Six days after the veto of S/2026/712, the Idlib ceasefire has no monitors",
        "veto",
        VOTE + timedelta(days=6),
        text="Russia's veto of draft resolution S/2026/712 left the ceasefire without monitors.",
        symbols=symbol,
        vetoers=RUSSIA,
    )
    first, joined, story = polled(preview(), keyed, later)
    assert joined.id == first.id
    assert story.id == first.id
    # Another draft's symbol, the same week: another vote.
    other = item(
        "news",
        "Six days after the veto of S/2026/720, the Idlib crossings are shut",
        "veto",
        VOTE + timedelta(days=6),
        text="Russia's veto of draft resolution S/2026/720 left the ceasefire without aid.",
        symbols=("S/2026/720",),
        vetoers=RUSSIA,
    )
    first, _, apart = polled(preview(), keyed, other)
    assert apart.id != first.id


@pytest.mark.parametrize("days", [3, 6])
def test_a_veto_of_another_day_citing_a_document_the_story_holds_is_another_vote(
    days: int,
) -> None:
    # Review V13: two vetoes three or six days apart (July 2020: 7 and 10 July), on two drafts, whose releases cite one report of
    # this year (the Secretary-General's on the crossings). The second states its own vote
    # day: joined to the first by the cited report, it was a reply in the first veto's thread
    # and paged no one (the thread had paged for a veto already).
    both = frozenset({"Russian Federation", "China"})
    first = item(
        "press-1",
        "Security Council fails to extend cross-border aid to Syria owing to negative votes of "
        "China, Russian Federation",
        "veto",
        VOTE,
        text="The draft resolution S/2026/654 received 13 votes in favour and 2 against "
        "(China, Russian Federation).",
        symbols=("S/2026/654", "S/2026/401"),
        vetoers=both,
        vote_date=VOTE.date(),
    )
    again = VOTE + timedelta(days=days)
    second = item(
        "press-2",
        "Security Council again fails to renew Syria cross-border mechanism as China, Russian "
        "Federation veto revised text",
        "veto",
        again,
        text="The revised draft S/2026/667 received 13 votes in favour and 2 against (China, "
        "Russian Federation).",
        symbols=("S/2026/667", "S/2026/401"),
        vetoers=both,
        vote_date=again.date(),
    )
    story, other = polled(first, second)
    assert other.id != story.id
