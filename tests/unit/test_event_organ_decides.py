"""A UN organ opening the lede with a decision only a resolution makes ("has ordered Syria to
give up ...", "allowed aid deliveries to continue", "authorized the deployment") reports
its adoption; the same verbs on its own proceedings ("set up a closed meeting", "allowed the
envoy to address the meeting") do not."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "UN Council orders Syria to hand over chemical arsenal",
            "The Security Council has ordered Syria to give up its chemical weapons, in a "
            "unanimous vote late on Friday that followed a US-Russian deal.",
        ),
        (
            "Syria aid deliveries to continue for six months",
            "The Security Council on Monday allowed aid deliveries across the Turkish border to "
            "continue for another six months, after Russia dropped its objections.",
        ),
        (
            "Observers to go to Syria",
            "The Security Council authorized on Saturday the deployment of an advance team of up "
            "to 30 unarmed observers to Syria.",
        ),
    ],
)
def test_an_organs_decision_is_its_adoption(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Council to meet on Syria",
            "The Security Council set up a closed meeting on Syria for Monday at the request of "
            "France.",
        ),
        (
            "Council hears Syrian envoy",
            "The Security Council allowed Syria's envoy to address the meeting before the vote on "
            "Tuesday.",
        ),
    ],
)
def test_the_same_verbs_on_its_proceedings_are_no_adoption(title: str, text: str) -> None:
    assert classify(title, text).type != "resolution_adopted"
