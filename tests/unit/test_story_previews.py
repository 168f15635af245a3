"""A pre-vote post belongs with the vote it announces (README of tests/eval: the pre-vote signal
for a draft is in the same story as that draft's vote outcome), however many days ahead it was
posted: the story's window opens at the vote, not at the post."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import partial

from demandwatch.core.stories import Candidate
from story_support import candidate, polled

# A Tuesday: the vote at 11:00 in New York.
VOTE = datetime(2026, 11, 10, 16, tzinfo=UTC)
RUSSIA = frozenset({"Russian Federation"})


# An alert of this file's demand (see ``candidate``).
item = partial(candidate, demand="stop-veto-obstruction")


def preview(at: datetime, vote_date: date | None = None) -> Candidate:
    return item(
        "preview",
        "West to put revised Syria inquiry text to a vote on Tuesday",
        "vote_scheduled",
        at,
        text="Western members will put their revised draft on the chemical weapons inquiry to a "
        "vote on Tuesday after Russia rejected the first text, diplomats said.",
        vote_date=vote_date,
    )


def coverage() -> list[Candidate]:
    return [
        item(
            "wire",
            "Russia vetoes revised Syria chemical weapons inquiry text",
            "veto",
            VOTE + timedelta(minutes=20),
            text="Russia on Tuesday vetoed the revised Western draft renewing the chemical "
            "weapons inquiry in Syria.",
            vetoers=RUSSIA,
        ),
        item(
            "unnews",
            "Russian veto ends Syria chemical weapons inquiry",
            "veto",
            VOTE + timedelta(hours=3),
            text="The revised draft on the inquiry failed owing to the negative vote of the "
            "Russian Federation.",
            vetoers=RUSSIA,
        ),
        item(
            "reaction",
            "Rights groups: Russia's veto of the inquiry text shields chemical attackers",
            "statement",
            VOTE + timedelta(days=1, hours=-2),
            text="Rights groups said the veto of the revised inquiry draft left victims without "
            "answers.",
        ),
    ]


def test_a_preview_two_days_ahead_is_the_votes_story() -> None:
    # Posted on Sunday evening for Tuesday's vote: the veto's coverage and the reactions the
    # next morning are more than two days after the post, not after the vote.
    for vote_date in (None, VOTE.date()):
        stories = polled(preview(VOTE - timedelta(days=2, hours=-2), vote_date), *coverage())
        assert len({story.id for story in stories}) == 1


def test_a_preview_days_ahead_opens_at_the_vote_it_names() -> None:
    # Posted on the Friday for Tuesday, it names the day: the vote's coverage is that day's.
    stories = polled(preview(VOTE - timedelta(days=4), VOTE.date()), *coverage())
    assert len({story.id for story in stories}) == 1
    # Naming no day, four days ahead is another round of the talks.
    first, *rest = polled(preview(VOTE - timedelta(days=4)), *coverage())
    assert first.id not in {story.id for story in rest}


def test_the_window_still_runs_from_the_vote() -> None:
    # Two and a half days after the vote (a day and a half after the last reaction), the same
    # words are the next vote's, not this one's.
    *stories, later = polled(
        preview(VOTE - timedelta(days=2, hours=-2)),
        *coverage(),
        item(
            "again",
            "Russia vetoes revised Syria chemical weapons inquiry text",
            "veto",
            VOTE + timedelta(days=2, hours=12),
            text="Russia vetoed the revised Western draft renewing the chemical weapons inquiry.",
            vetoers=RUSSIA,
        ),
    )
    assert later.id not in {story.id for story in stories}
