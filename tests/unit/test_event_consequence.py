"""A lede that reports a veto by its own effect, the mandate or lifeline ending the same day
("ended Tuesday after Russia vetoed its extension"), reports the veto; an effect dated away
from it ("two weeks after") or another development ("the pound slid after ...") does not.
And a permanent member "saying no" with the day between ("said no on Friday to") to a
Council text vetoes it."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

RUSSIA = frozenset({"Russian Federation"})


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria aid lifeline cut at UN",
            "UNITED NATIONS (AP) - A U.N. lifeline for millions of Syrians in the rebel-held "
            "northwest ended Tuesday after Russia vetoed a Western-backed extension.",
        ),
        (
            "Chemical weapons inquiry ends",
            "The joint chemical weapons inquiry in Syria expired at midnight after Russia cast its "
            "veto on its renewal.",
        ),
        (
            "Border crossing shuts",
            "The Bab al-Salam crossing closed on Friday after Moscow blocked the Council's renewal "
            "of the aid mechanism.",
        ),
        (
            "No deal at UN on Syria aid as Moscow says no",
            "UNITED NATIONS (Reuters) - Moscow said no on Friday to a one-year extension of aid "
            "deliveries into Syria from Turkey, killing a Council text that 13 of the 15 members "
            "supported.",
        ),
    ],
)
def test_the_veto_told_by_its_effect_or_a_dated_no(title: str, text: str) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert event.vetoers == RUSSIA


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Aid groups count cost",
            "Aid deliveries through the crossing ended two weeks after Russia vetoed the renewal, "
            "officials said.",
        ),
        (
            "Markets slip",
            "Syrian pound slid on Tuesday after Russia vetoed a Council text, traders said.",
        ),
    ],
)
def test_an_effect_dated_away_or_another_development_is_not_the_veto(title: str, text: str) -> None:
    assert classify(title, text).type != "veto"
