"""A vote on a named day ahead, told beside what is done to the text (issue 11, session 43,
en-events-43b).

"France circulates final ICC referral text before Thursday's vote" tells the vote expected on a
date (`vote_scheduled`, a page), not only the draft: `_VOTE_DAY_AHEAD`, read in the headline.
Not a speaker's words before the vote (a statement), a vote past ("after Tuesday's failed
vote"), a veto at the day's vote, nor another body's vote (the Arab League's, a Senate panel's).
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    "title",
    [
        "Western and Arab states revise Syria draft ahead of Saturday vote",
        "France circulates final ICC referral text before Thursday's vote",
        "France and Russia put rival Aleppo drafts forward for Saturday vote",
        "Syria aid draft heads for Tuesday vote",
        "Brazil and Switzerland circulate final Bab al-Hawa text ahead of Tuesday vote",
        "Brazil's Gaza text readied for Wednesday vote",
        "Sweden and Kuwait revise Syria truce text for Friday's Council vote",
    ],
)
def test_a_text_before_a_named_days_vote_is_the_vote_scheduled(title: str) -> None:
    assert classify(title).type == "vote_scheduled"


@pytest.mark.parametrize(
    ("title", "event"),
    [
        ("Aid groups urge Council members to back Syria text before Tuesday's vote", "statement"),
        ("Germany, Belgium circulate new aid text after Tuesday's failed vote", "draft_resolution"),
        ("Russia vetoes French Aleppo text at Saturday's vote", "veto"),
        ("Arab League ministers tweak Syria sanctions plan before Sunday vote", "other"),
        ("Senate panel readies Syria strike resolution for Wednesday vote", "other"),
        ("Russia circulates rival Aleppo draft, no vote date set", "draft_resolution"),
    ],
)
def test_near_misses_keep_their_event(title: str, event: str) -> None:
    assert classify(title).type == event
