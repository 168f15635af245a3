"""The United States written with its stops ("U.S."), closing a rule that names a permanent
member (session 38). Such rules closed on ``\\b``, which after "u.s." needs a letter next:
"U.S. " and "U.S.-drafted" never met it, so a text naming no member but the U.S. read as
naming none (a veto of a "measure" read as a legislature's, the U.S.'s lone "no" as nothing).
"""

from __future__ import annotations

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import _PERMANENT_NAMED, classify


@pytest.mark.parametrize(
    "text",
    [
        "the u.s. envoy walked out",
        "a u.s.-drafted text on aleppo",
        "opposed by the u.s., diplomats said",
        "the draft was blocked by the u.s.",
    ],
)
def test_the_us_with_its_stops_is_a_permanent_member(text: str) -> None:
    assert _PERMANENT_NAMED.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "the bus. it left at noon",
        "our usual plans",
        "the census. results follow",
    ],
)
def test_letters_that_only_look_like_it_name_no_member(text: str) -> None:
    assert not _PERMANENT_NAMED.search(text)


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        # a permanent member's lone "no" told without the word veto
        ("U.S. casts the only vote against Gaza ceasefire text", ""),
        # a veto of a "measure", read as a legislature's when no member was found
        ("U.S. vetoes measure demanding humanitarian pause", ""),
        ("U.S. veto of measure on settlements draws Arab anger", ""),
        (
            "Gaza pause fails again",
            "The U.S. vetoed the measure on Wednesday, its envoy saying it undercut diplomacy.",
        ),
    ],
)
def test_a_us_veto_written_with_stops_is_the_councils(title: str, lede: str) -> None:
    event = classify(title, lede)
    assert event.type == "veto"
    assert vetoed_by(event) == frozenset({"United States"})


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        # a head of state's or a governor's veto stays theirs, the U.S. named or not
        ("President vetoes measure on Syria strikes", ""),
        ("Governor vetoes measure backed by U.S. senators", ""),
        # a vote ahead of another body, no UN organ, text or member named
        (
            "Vote on stadium plan set for Friday",
            "The confederation will vote on Friday, officials said.",
        ),
    ],
)
def test_other_vetoes_and_votes_stay_other(title: str, lede: str) -> None:
    event = classify(title, lede)
    assert event.type == "other"
    assert not vetoed_by(event)
