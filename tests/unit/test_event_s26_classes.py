"""Validation parts 11-24 (English): vetoes read `other` or read with no member, adoptions
and statements read `other`. The classes of `tests/eval/en-events-s26.jsonl`. The sentences
are the engineer's own; each positive one fails on the rules before; the near misses beside
them pass before and after.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Council deadlocked over Syria once more",
            "Russia and China vetoed the measure on Saturday, hours after shelling in Homs.",
        ),
        (
            "Moscow vetoes measure on Aleppo truce",
            "Moscow vetoed a measure demanding a halt to air strikes on Aleppo.",
        ),
    ],
)
def test_a_permanent_member_vetoing_the_measure_vetoes(title: str, text: str) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert event.vetoers


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "President vetoes measure on arms sales",
            "The president on Wednesday vetoed a measure passed by Congress to block arms sales "
            "to the Gulf.",
        ),
        (
            "Governor vetoes budget measure",
            "The state governor vetoed the measure on Friday, the second such veto this year.",
        ),
        (
            "Lawmakers fail to override veto of Syria measure",
            "The Senate failed on Tuesday to override the veto of a measure on troops in Syria.",
        ),
    ],
)
def test_a_measure_vetoed_at_home_stays_other(title: str, text: str) -> None:
    assert classify(title, text).type == "other"


@pytest.mark.parametrize(
    ("title", "text", "vetoers"),
    [
        # a text's votes "received" are no visit received
        (
            "Council vote on Syria crossings",
            "The draft received 13 votes in favour, with China and Russia casting vetoes.",
            {"China", "Russian Federation"},
        ),
        # the count told with the vetoes beside it
        (
            "Security Council vote on Syria aid",
            "The council voted 13-2, with Russia and China casting vetoes, on a text to extend "
            "aid deliveries.",
            {"China", "Russian Federation"},
        ),
        # a draft "defeated by a Russian veto" beside a rival short of votes
        (
            "Two Syria texts fail at UN",
            "A US draft on a new inquiry was defeated by a Russian veto, and a rival Russian "
            "text then won only five votes.",
            {"Russian Federation"},
        ),
    ],
)
def test_vetoes_told_beside_votes_and_rivals(title: str, text: str, vetoers: set[str]) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert event.vetoers == vetoers


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        (
            "Syrian minister hosts envoy",
            "The foreign minister received the UN envoy in Damascus on Monday, state media said.",
            "other",
        ),
        (
            "Syria aid: the vote in the Council",
            "The text received 15 votes in favour and was adopted unanimously.",
            "resolution_adopted",
        ),
    ],
)
def test_received_stays_a_visit_or_an_adoption(title: str, text: str, kind: str) -> None:
    assert classify(title, text).type == kind


def test_a_veto_cast_a_count_of_times_is_a_record() -> None:
    event = classify(
        "How vetoes shaped the Syrian war",
        "Since 2011 Russia has cast its veto on Syria six times and China five.",
    )
    assert event.type == "other"


def test_a_middle_initial_does_not_hide_the_speaker() -> None:
    event = classify(
        "Lavrov calls French Aleppo draft a provocation",
        "Russian Foreign Minister Sergei V. Lavrov said on Sunday that the French draft "
        "vetoed by Moscow had been written to fail.",
    )
    assert event.type == "statement"


@pytest.mark.parametrize(
    ("title", "text", "vetoers"),
    [
        # a roll call's letter with its count, the names bracketed
        (
            "Security Council fails to adopt draft resolution on Syria",
            "Voting data: N 2 (China, Russian Federation); Y 13; A 0.",
            {"China", "Russian Federation"},
        ),
        # a second member that "joined it" where its clause ends
        (
            "Russia exercises veto on Syria text",
            "Russia exercised its veto for the 14th time on Syria and China joined it, ending "
            "the vote 13 to 2.",
            {"China", "Russian Federation"},
        ),
    ],
)
def test_vetoers_in_a_roll_call_and_joining(title: str, text: str, vetoers: set[str]) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert event.vetoers == vetoers


def test_a_member_joining_in_a_reaction_vetoed_nothing() -> None:
    event = classify(
        "Russia vetoes Syria text",
        "Russia vetoed the draft on Tuesday. France joined in condemning the veto.",
    )
    assert event.vetoers == {"Russian Federation"}


@pytest.mark.parametrize(
    "title",
    [
        "UN approves Syria chemical weapons resolution",
        "UN Security Council votes for Syria truce",
        "UN Security Council green lights Syria ceasefire monitors",
    ],
)
def test_a_un_organ_headline_in_the_present_adopts(title: str) -> None:
    assert classify(title, "").type == "resolution_adopted"


def test_the_un_approving_a_convoy_is_no_resolution() -> None:
    event = classify(
        "UN approves aid convoy to Ghouta",
        "The United Nations approved an aid convoy to eastern Ghouta, its spokesman said.",
    )
    assert event.type != "resolution_adopted"
