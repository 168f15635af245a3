"""Validation parts 11-27 (English, counts only): vetoes told in the headline and lost with a
rival text's shortfall in the lede. The classes of `tests/eval/en-events-s29.jsonl`. The
sentences are the engineer's own; the positive ones fail on the rules before (the near misses
beside them pass before and after).
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        # the headline, joined to the lede with no full stop, ran into the rival's shortfall
        (
            "Russia vetoes Western text on Mali sanctions",
            "A competing Russian draft then failed to win the nine votes needed.",
            {"Russian Federation"},
        ),
        (
            "China vetoes draft on Myanmar ceasefire",
            "A rival text put forward by Beijing drew only five votes in favour, short of the nine required.",
            {"China"},
        ),
        # a headline in the present, its subject vetoing, beside the rival's shortfall
        (
            "Russia and China veto Council text on Yemen port inspections",
            "The draft won 12 votes. A rival Russian text received only 4 votes in favour.",
            {"China", "Russian Federation"},
        ),
    ],
)
def test_a_veto_in_the_headline_survives_a_rival_short_of_votes(
    title: str, text: str, vetoed: set[str]
) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert {a.name for a in event.actors if a.role == "vetoed"} == vetoed


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the rival text short of votes is its own item's news, the veto its background
        (
            "Russian draft on Mali sanctions falls short after Western text vetoed",
            "The Russian text received four votes in favour, nine against and two abstentions.",
        ),
        (
            "Russian text on Yemen port inspections falls short in Council",
            "Only four members voted for the Russian draft, a day after Russia and China vetoed a Western one.",
        ),
        # one draft only, short of votes with a permanent member against
        (
            "Russia votes against Council text on Mali, which falls short",
            "The draft won only five votes in favour.",
        ),
    ],
)
def test_a_text_short_of_votes_stays_that_failure(title: str, text: str) -> None:
    assert classify(title, text).type == "other"
