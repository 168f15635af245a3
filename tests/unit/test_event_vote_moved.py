"""A vote moved to a named day is a vote expected on that day (`vote_scheduled`, README):
"pushed to Saturday", "moved ... to Friday", "bumped until tomorrow". A vote held after the
delay reports its outcome; other talks moved are no vote."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria vote pushed to Saturday",
            "The Security Council vote on renewing cross-border aid into Syria was pushed to "
            "Saturday after Russia asked for more time.",
        ),
        (
            "Sweden, Kuwait move Syria vote",
            "Sweden and Kuwait, the text's sponsors, moved the vote on their Ghouta ceasefire "
            "draft to Friday to give talks more time.",
        ),
        (
            "Aleppo vote bumped until tomorrow",
            "Diplomats said the Aleppo vote had been bumped until tomorrow after a late Russian "
            "request.",
        ),
    ],
)
def test_a_vote_moved_to_a_named_day_is_scheduled(title: str, text: str) -> None:
    assert classify(title, text).type == "vote_scheduled"


def test_the_vote_held_after_the_delay_is_its_outcome() -> None:
    event = classify(
        "Russia vetoes Syria text after delay",
        "The vote, pushed to Saturday at Moscow's request, ended with Russia vetoing the draft, "
        "which 13 members backed.",
    )
    assert event.type == "veto"
    assert event.vetoers == {"Russian Federation"}


def test_other_talks_moved_are_no_vote() -> None:
    event = classify(
        "Geneva talks pushed to Saturday",
        "The next round of intra-Syrian talks in Geneva was pushed to Saturday, the UN envoy's "
        "office said.",
    )
    assert event.type != "vote_scheduled"
