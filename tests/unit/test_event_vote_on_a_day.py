"""A vote set for a day ahead is the item's news (`vote_scheduled`), whatever threat or
negotiation the item recounts: "will be put to a vote on Thursday, despite Russia's
warning that it will veto it", "a vote is slated for Monday afternoon".

Written before the rule (session 14): What's in Blue's "in blue" posts, wires with a veto
threat beside the date, a relative clause naming the threat. Not a vote only mentioned
in a clause about something else, and not beside a veto cast.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria cross-border draft in blue",
            "The penholders put a draft renewing the cross-border mechanism in blue last night; "
            "a vote is planned for Friday morning.",
        ),
        (
            "Syria sanctions text heads to vote",
            "A Western draft threatening sanctions on Damascus will be put to a vote on Thursday, "
            "despite Russia's warning that it will veto it.",
        ),
        (
            "Aid text talks end",
            "Talks on the cross-border text ended overnight with Russia still threatening a veto; "
            "a vote is slated for Monday afternoon.",
        ),
        (
            "Syria text faces Chinese veto threat",
            "The text, which China has threatened to veto, is set to be put to a vote tomorrow.",
        ),
        (
            "Western powers press ahead with Syria vote",
            "Britain and France will put their draft to a vote on Wednesday even though Moscow "
            "has said it will block it.",
        ),
    ],
)
def test_a_vote_set_for_a_day_is_the_news(title: str, text: str) -> None:
    assert classify(title, text).type == "vote_scheduled"


@pytest.mark.parametrize(
    ("title", "text", "event_type"),
    [
        # The envoy's words are the news; the vote is the object of a clause.
        (
            "Beijing doubts Syria text",
            "China's envoy told reporters the draft was unbalanced and asked for changes, casting "
            "doubt on a vote planned for Friday.",
            "statement",
        ),
        # Another body's vote.
        (
            "FIFA to rule on Syria",
            "FIFA's council will vote on Friday on whether to let Syria host its qualifiers.",
            "other",
        ),
        # A veto cast, and another vote ahead.
        (
            "Russia vetoes Syria aid text",
            "Russia vetoed the cross-border text on Tuesday; a vote on a shorter renewal is "
            "planned for Friday.",
            "veto",
        ),
    ],
)
def test_not_a_vote_in_passing_nor_beside_a_veto(title: str, text: str, event_type: str) -> None:
    assert classify(title, text).type == event_type
