"""Session 34's English event classes (issue 11, en-events-s34), from a count of validation
11-32's English misses by cue (counts only).

- A headline telling aid, relief or convoys let into Syria "without" the government's consent,
  approval or permission, with the UN, its Council or a resolution named in the item, is the
  Council's cross-border adoption: only those resolutions ever did that, and their headlines
  often carry no other cue. Not when the headline tells a call, a protest or a welcome, a text
  or a vote ahead, a veto, convoys crossing since, a report or a briefing, nor when no UN body
  or text is named (a charity's or a neighbour's own convoys).
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        (
            "Council vote lets relief trucks into Syria without the Syrian government's permission",
            "",
        ),
        (
            "Humanitarian supplies to cross from Turkey without Assad's consent for six more months",
            "The U.N. Security Council voted 15-0 on Tuesday.",
        ),
        ("Deliveries into Syria without the regime's go-ahead renewed by UN body", ""),
        (
            "Convoys may keep rolling into Idlib without Damascus's approval",
            "Members of the Security Council backed a one-year renewal on Friday.",
        ),
    ],
)
def test_aid_let_in_without_consent_is_the_adoption(title: str, lede: str) -> None:
    assert classify(title, lede).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        # a speaker's protest
        ("Aid into Syria without Damascus's consent would breach law, Syrian envoy says", ""),
        # a neighbour's own convoys, no UN body or text named
        (
            "Turkish relief trucks head into Idlib without Assad's permission",
            "Ankara's disaster agency sent 40 lorries of tents and flour.",
        ),
        # convoys crossing under a resolution adopted before
        ("UN convoys entered Syria without government consent on Thursday", ""),
        # a vote ahead
        (
            "Council poised to approve aid without Damascus's approval",
            "Diplomats said the Security Council is expected to vote on Friday.",
        ),
        # a text circulated
        (
            "Britain circulates text on aid without Syrian consent",
            "The Council may vote next week.",
        ),
        # a call
        ("Oxfam urges UN to keep aid flowing without Damascus's permission", ""),
    ],
)
def test_aid_without_consent_told_otherwise_is_no_adoption(title: str, lede: str) -> None:
    assert classify(title, lede).type != "resolution_adopted"
