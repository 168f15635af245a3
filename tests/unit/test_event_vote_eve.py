"""Blind part 16 (English): votes ahead read as a draft under negotiation (What's in Blue
twice) when the item dates its vote in words the rules did not read: sponsors who "plan to"
or "intend to" put their text to a vote on a named day, a threat voiced "on the eve of" a
vote, and What's in Blue's headline of the day ("...: Vote Today"). A
vote set for a day ahead is the item's news, whatever objection it recounts (README: a vote
announced or expected on a date). The engineer's own sentences: the positive ones fail on
the rules before; the near misses pass before and after.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

VOTES_AHEAD = [
    (
        "Western powers seek Thursday vote on Syria crossings",
        "Britain and France intend to put their text renewing the crossings from Turkey to a "
        "vote in the Security Council on Thursday, diplomats said, despite Russia's warning that "
        "it would veto it.",
    ),
    (
        "Moscow draws its line before aid vote",
        "Russia's envoy told the penholders on the eve of Friday's vote that Moscow would accept "
        "no renewal of the crossing beyond six months.",
    ),
    (
        "Russia signals no on Idlib truce",
        "Russia said on Wednesday it could not accept a draft demanding a truce in Idlib unless "
        "it exempted counter-terrorism operations, on the eve of a Council vote.",
    ),
    (
        "Syria Cross-border Renewal: Vote Today",
        "Russia and China have indicated they will not support the penholders' draft, which "
        "keeps two crossings open; Russia has circulated a text with one.",
    ),
]


@pytest.mark.parametrize(("title", "lede"), VOTES_AHEAD)
def test_an_objection_before_a_vote_dated_ahead_is_the_vote_ahead(title: str, lede: str) -> None:
    assert classify(title, lede).type == "vote_scheduled", title


def test_a_veto_told_with_what_was_said_before_the_days_vote_is_the_veto() -> None:
    event = classify(
        "Russia vetoes Syria aid text",
        "Russia vetoed a draft renewing the crossing on Tuesday. Before Tuesday's vote, Moscow "
        "had said it would accept no more than six months.",
    )
    assert event.type == "veto"


def test_an_objection_with_no_vote_dated_stays_the_drafts_negotiation() -> None:
    event = classify(
        "Russia balks at Idlib truce text",
        "Russia said on Wednesday it could not accept a draft demanding a truce in Idlib unless "
        "it exempted counter-terrorism operations, and negotiations continue.",
    )
    assert event.type == "draft_resolution"


@pytest.mark.parametrize(
    ("title", "lede", "expected"),
    [
        (
            "Aid groups decry Council failure on Syria crossings",
            "The Norwegian Refugee Council said the veto cast on Thursday, which Moscow had "
            "signalled on the eve of the Council vote, leaves millions without a lifeline.",
            "statement",
        ),
        (
            # Review s20 V5: the simple past in a relative clause tells the same past.
            "Aid groups decry Council failure on Syria crossings",
            "Amnesty said the veto cast on Tuesday, which Russia announced on the eve of the "
            "vote, abandons four million people.",
            "statement",
        ),
        (
            "Syria crossings lapse after Council split",
            "On the eve of Thursday's vote, the Russian delegation had warned it would accept "
            "only six months; the mandate has now lapsed.",
            "other",
        ),
    ],
)
def test_the_eve_of_a_vote_told_in_the_past_perfect_dates_no_vote_ahead(
    title: str, lede: str, expected: str
) -> None:
    # Review s19 V1: "had announced on the eve of the vote" after the vote read as a vote
    # to come, so a reaction to a past veto became vote_scheduled.
    assert classify(title, lede).type == expected
