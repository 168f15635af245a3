"""Ordinary wording that must not read as a veto, or name members who did not cast one.

A procedural vote, a convoy blocked at a border, members reacting to a veto and members
joining a condemnation: each is everyday Syria news near the Council's vetoes.
"""

from __future__ import annotations

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Council holds Syria human rights briefing after procedural vote",
            "Russia and China voted against holding the meeting, but 12 members backed it and"
            " the briefing went ahead.",
        ),
        (
            "Security Council meets on Syria rights",
            "The session opened after a procedural vote in which twelve members voted in favour;"
            " Russia and China voted against.",
        ),
        (
            "Syria rights debate held in New York",
            "Ten members voted in favour of convening the meeting, while Russia, China and"
            " Bolivia voted against.",
        ),
        (
            "Council takes up Syria detainees",
            "Eleven members backed the agenda; China and Russia voted no.",
        ),
    ],
)
def test_a_procedural_vote_is_not_a_veto(title: str, text: str) -> None:
    event = classify(title, text)
    assert event.type != "veto"
    assert vetoed_by(event) == frozenset()


def test_a_vote_on_a_draft_with_nine_votes_and_a_permanent_no_is_still_a_veto() -> None:
    event = classify(
        "Council text on Syria aid fails",
        "Twelve members voted in favour of the draft resolution, but Russia voted against.",
    )
    assert event.type == "veto"
    assert vetoed_by(event) == {"Russian Federation"}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Aid stuck at the border",
            "Russia today blocked UN aid trucks at the Turkish border crossing, relief officials"
            " said.",
        ),
        (
            "Inspectors turned back",
            "China and Russia on Monday blocked UN inspectors from reaching the site, diplomats"
            " said.",
        ),
        (
            "Convoy halted near Idlib",
            "Russia yesterday blocked a UN convoy carrying food to Idlib.",
        ),
    ],
)
def test_blocking_something_other_than_a_council_text_is_not_a_veto(title: str, text: str) -> None:
    assert classify(title, text).type != "veto"


def test_blocking_a_council_text_is_a_veto() -> None:
    event = classify(
        "Aid lifeline cut", "Russia today blocked the draft renewing the aid crossing."
    )
    assert event.type == "veto"
    assert vetoed_by(event) == {"Russian Federation"}


@pytest.mark.parametrize(
    ("title", "text", "vetoers"),
    [
        (
            "Syria aid renewal vetoed at the UN",
            "Washington and London accused Moscow on Friday of killing the Council's aid renewal.",
            {"Russian Federation"},
        ),
        (
            "Syria aid renewal vetoed at the UN",
            "France and Britain asked for an emergency meeting after the veto.",
            set(),
        ),
        (
            "Aid crossing renewal vetoed",
            "Paris and Washington demanded an explanation on Tuesday after the text fell.",
            set(),
        ),
    ],
)
def test_members_reacting_to_a_veto_are_not_its_vetoers(
    title: str, text: str, vetoers: set[str]
) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert vetoed_by(event) == vetoers


@pytest.mark.parametrize(
    ("title", "text", "vetoers"),
    [
        (
            "Russia vetoes Syria aid renewal",
            "Russia vetoed the renewal on Friday; the United States, whose text was blocked, was"
            " joined by France and Britain in condemning the move.",
            {"Russian Federation"},
        ),
        (
            "Russia vetoes Syria aid renewal",
            "Russia vetoed the renewal, and the United States was joined by France in"
            " denouncing it.",
            {"Russian Federation"},
        ),
        # The member joining the vetoing clause itself voted against it.
        (
            "Russia vetoes Syria aid renewal",
            "Russia vetoed the renewal on Friday, joined by China.",
            {"Russian Federation", "China"},
        ),
    ],
)
def test_joined_by_names_a_vetoer_only_in_the_vetoing_clause(
    title: str, text: str, vetoers: set[str]
) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert vetoed_by(event) == vetoers
