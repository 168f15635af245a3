"""How a tally is said in alerts and drafts (VoteTally.summary): never a figure the
source did not give (probe2 s13 H5: "0 abstentions" said of a tally that left a seat
unaccounted for)."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify
from demandwatch.core.models import VoteTally


@pytest.mark.parametrize(
    ("tally", "said"),
    [
        # one seat unaccounted for: an abstention or an absence, the source does not say
        (
            VoteTally(13, 1, 0, against_members=("Russian Federation",)),
            "13 in favour, 1 against (Russian Federation)",
        ),
        # all fifteen seats accounted for: no abstention, and saying so is true
        (VoteTally(13, 2, 0), "13 in favour, 2 against, 0 abstentions"),
        (VoteTally(14, 1, 0), "14 in favour, 1 against, 0 abstentions"),
        (VoteTally(15, 0, 0, adopted=True), "15 in favour, 0 against, 0 abstentions"),
        (VoteTally(13, 1, 0, non_voting=1), "13 in favour, 1 against, 0 abstentions"),
        # counted abstentions are said, with their members
        (VoteTally(11, 2, 2), "11 in favour, 2 against, 2 abstentions"),
        (
            VoteTally(12, 1, 2, abstaining_members=("Algeria", "China")),
            "12 in favour, 1 against, 2 abstentions (Algeria, China)",
        ),
        # members named as abstaining are that many abstentions
        (
            VoteTally(12, 1, 0, abstaining_members=("Algeria", "China")),
            "12 in favour, 1 against, 2 abstentions (Algeria, China)",
        ),
        # another body's vote: a zero nobody stated is not said either
        (VoteTally(122, 13, 0), "122 in favour, 13 against"),
        (VoteTally(158, 9, 13), "158 in favour, 9 against, 13 abstentions"),
    ],
)
def test_a_tally_says_only_the_counts_the_source_gave(tally: VoteTally, said: str) -> None:
    assert tally.summary() == said


def test_a_lede_without_abstentions_is_not_given_zero() -> None:
    event = classify(
        "Russia vetoes Security Council draft on Syria",
        "The draft received 13 votes in favour and 1 against (Russian Federation). It was "
        "not adopted owing to the negative vote of a permanent member.",
    )
    assert event.vote is not None
    assert "abstention" not in event.vote.summary()
