"""Two members' vetoes told with both possessives ("Russia's and China's vetoes on Tuesday
...") are the veto, both vetoers read; the README's convention makes a lede that opens on
the veto, its speaker trailing, the veto.

Written before the rule (session 15). Not the veto of the day: the plural of one member
("Russia's vetoes on Syria, a timeline", history) or a threat.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

CHINA_RUSSIA = ["China", "Russian Federation"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria: Veto a betrayal of civilians",
            "Russia's and China's vetoes on Tuesday condemned civilians in Idlib to more bombing,"
            " Human Rights Watch said.",
        ),
        (
            "Aid lifeline cut",
            "Moscow's and Beijing's vetoes in the Security Council on Friday ended cross-border"
            " aid, the charity said.",
        ),
        (
            "UN aid to Idlib: two vetoes",
            "China's and Russia's vetoes today leave four million people without a crossing.",
        ),
        (
            "Syria ceasefire text falls",
            "Beijing's and Moscow's vetoes on Monday killed the truce text drafted by Egypt, New"
            " Zealand and Spain.",
        ),
    ],
)
def test_two_possessive_vetoes(title: str, text: str) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert sorted(event.vetoers) == CHINA_RUSSIA


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Russia's vetoes on Syria, a timeline", "Moscow has cast 17 vetoes on Syria since 2011."),
        (
            "China's veto threats loom over Syria talks",
            "Beijing has signalled it could block the text.",
        ),
    ],
)
def test_not_the_day_s_veto(title: str, text: str) -> None:
    assert classify(title, text).type != "veto"
