"""A voting record whose catalogue title carries the totals after ": voting record" (the
form the Digital Library uses for a record with its votes: "... : voting record 12-2-1 (No:
...)", "... : voting record (Yes 11, No 2: ...)") is a record like the others: it joins the vote
it records days after it, even when the vote's story opened with the preview the day before."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from demandwatch.core.stories import VotingRecord, voting_record
from unit.test_story_records import coverage, item, polled

VOTE = datetime(2026, 11, 10, 16, tzinfo=UTC)
BOTH = frozenset({"China", "Russian Federation"})

TITLES = {
    "counts then the noes": (
        "Draft resolution S/2026/812 : the situation in the Middle East (Syria) : voting record "
        "13-1-1 (No: Russian Federation)",
        VotingRecord("13-1-1", frozenset({"Russian Federation"})),
    ),
    "bracketed votes": (
        "Draft resolution S/2026/812 / Denmark [et al.] : voting record (Yes 13, No 1: Russian "
        "Federation; Abstaining 1: China)",
        VotingRecord("13-1-1", frozenset({"Russian Federation"})),
    ),
    "vote with a comma": (
        "Draft resolution S/2026/901 : Security Council vote, 11-2-2 (No: China, Russian "
        "Federation)",
        VotingRecord("11-2-2", BOTH),
    ),
}


@pytest.mark.parametrize("form", sorted(TITLES))
def test_a_record_reads_the_totals_its_title_carries(form: str) -> None:
    title, expected = TITLES[form]
    assert voting_record(title, "") == expected


@pytest.mark.parametrize(
    "title",
    [
        "Council vote on Syria delayed: voting record of members under scrutiny",
        "Syria: vote, 12-2-1, blocks text",
        "Security Council vote on Syria draft resolution put off to Thursday",
    ],
)
def test_news_about_a_vote_is_no_record(title: str) -> None:
    assert voting_record(title, "") is None


@pytest.mark.parametrize("days", [1, 4, 10])
def test_a_titled_record_joins_its_vote_after_a_preview(days: int) -> None:
    preview = item(
        "preview",
        "Vote expected Tuesday on renewal of Syria chemical weapons inquiry",
        "vote_scheduled",
        VOTE - timedelta(hours=22),
        text="Council members are set to vote on a Western draft renewing the inquiry into "
        "chemical attacks, which Russia has said it cannot support.",
    )
    title = TITLES["counts then the noes"][0]
    late = item(
        "undl", title, "veto", VOTE + timedelta(days=days, hours=-6), symbols=("S/2026/812",)
    )
    first, *stories, record = polled(preview, *coverage(), late)
    assert {s.id for s in stories} == {first.id}
    assert record.id == first.id
