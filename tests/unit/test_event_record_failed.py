"""A voting record that says its draft failed in any of the words catalogues use ("Draft
resolution failed", "Result: rejected", "Vetoed", "Negative votes of permanent members")
is a veto when the draft had its nine votes and some against, as one saying "not
adopted" is; its totals alone (nine or more for) no longer read as an adoption.

Written before the rule (session 15), from the blind part's counts (UN Digital Library
records of failed drafts read `resolution_adopted`). Still an adoption: a record of an
adopted resolution, none against.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Vote on S/2020/658 : draft resolution on Syria cross-border aid",
            "Yes 13 ; No 2 ; Abstentions 0 ; Draft resolution failed.",
        ),
        (
            "Syria : draft resolution S/2016/846 / France and Spain : vote",
            "Recorded vote. 11 Yes, 2 No, 2 Abstain. Vetoed.",
        ),
        (
            "Syria : draft resolution (S/2019/961) : voting record",
            "Voting 11-2-2. Negative votes of permanent members.",
        ),
        (
            "Draft resolution S/2018/321 on chemical weapons in Syria : voting record",
            "Yes: 12. No: 2. Abstentions: 1. Result: rejected.",
        ),
    ],
)
def test_record_of_a_failed_draft_is_a_veto(title: str, text: str) -> None:
    assert classify(title, text).type == "veto"


def test_record_of_an_adoption_stays_one() -> None:
    event = classify(
        "Security Council resolution 2533 (2020) [on cross-border humanitarian aid in Syria] :"
        " voting record",
        "Yes: 12. No: 0. Abstentions: 3 (China, Dominican Republic, Russian Federation). Adopted.",
    )
    assert event.type == "resolution_adopted"
