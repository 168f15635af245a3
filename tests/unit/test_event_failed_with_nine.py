"""A Council draft that had nine votes or more and failed was vetoed, whether or not the
item names the member: under the Council's rules only a permanent member's negative vote
stops a text with its nine votes ("A draft ... won 13 votes on Friday but failed", "fell
despite 12 votes in favour", "Despite the backing of 13 members, the resolution went down").

Written before the rule (session 16), the engineer's own sentences, from the blind part's
counts (vetoes read `other`); 3 of the 7 failed before. Near misses kept: a draft that won
seven votes failed on its own; an adoption beside an earlier draft's failure; the General
Assembly, which decides by majority.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Syria crossing draft goes down at the UN",
            "A draft extending aid deliveries for a year won 13 votes on Friday but failed. Aid "
            "groups called the outcome a disaster.",
            "veto",
        ),
        (
            "Idlib truce text fails in Security Council",
            "The Security Council text on a truce in Idlib fell on Thursday despite 12 votes in "
            "favour.",
            "veto",
        ),
        (
            "Vote on Syria aid text",
            "The draft resolution was not adopted, having received 11 votes in favour, 2 against "
            "and 2 abstentions.",
            "veto",
        ),
        (
            "Council text on Syrian detainees goes down",
            "Despite the backing of 13 members, the resolution went down on Thursday, diplomats "
            "said.",
            "veto",
        ),
        (
            "Russian draft on Syria fails",
            "The draft failed on Monday, winning only seven votes.",
            "other",
        ),
        (
            "Council extends Syria aid",
            "A resolution that won 13 votes was adopted on Friday, after an earlier draft failed "
            "in July.",
            "resolution_adopted",
        ),
        (
            "Assembly text on Syria falls short",
            "The General Assembly text won 90 votes but failed to reach the two-thirds majority "
            "it needed.",
            "other",
        ),
    ],
)
def test_a_draft_with_nine_votes_that_failed_was_vetoed(
    title: str, text: str, expected: str
) -> None:
    assert classify(title, text).type == expected
