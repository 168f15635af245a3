"""A veto's headline naming its one vetoer, whose body names that member only as abstaining:
the abstention is another vote's, and the headline's veto stands (session 38, en-events-s38).

The reading drops a vetoer the item says abstained (a veto's list running on into an
abstention's clause, a headline's backer the body corrects); a body telling the member
abstaining on a procedural motion, an amendment or an earlier text dropped the headline's
only vetoer with it, and the item read with none.
"""

from __future__ import annotations

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "lede", "vetoer"),
    [
        (
            "Moscow vetoes renewal of ceasefire monitors",
            "Russia and Kazakhstan abstained on a Chinese proposal to adjourn, which failed.",
            "Russian Federation",
        ),
        (
            "US vetoes Council text on hostages",
            "Earlier, the United States abstained as the Council voted on its agenda.",
            "United States",
        ),
        (
            "China blocks Myanmar text",
            "China and Russia abstained in a procedural vote before the draft was taken up.",
            "China",
        ),
        (
            "Russia kills Yemen panel's mandate",
            "Russia, which abstained on an amendment from Ghana, said the panel had overreached.",
            "Russian Federation",
        ),
    ],
)
def test_the_headlines_lone_vetoer_stands(title: str, lede: str, vetoer: str) -> None:
    event = classify(title, lede)
    assert event.type == "veto"
    assert vetoed_by(event) == frozenset({vetoer})


@pytest.mark.parametrize(
    ("title", "lede", "vetoers"),
    [
        # a headline's backer the body says voted for the text: not a vetoer
        (
            "Russia, backed by China, vetoes Idlib text",
            "China voted in favour; only Russia and Venezuela voted against.",
            {"Russian Federation"},
        ),
        # two members in the headline, the body's abstention on the text itself
        (
            "Moscow and Beijing block Syria draft",
            "Russia voted against the text and China abstained.",
            {"Russian Federation"},
        ),
        # no member in the headline: the body's abstainers vetoed nothing
        (
            "Veto sinks Syria aid renewal",
            "Russia and China abstained on an amendment earlier in the day.",
            set(),
        ),
    ],
)
def test_a_body_that_corrects_or_a_headline_without_a_member(
    title: str, lede: str, vetoers: set[str]
) -> None:
    event = classify(title, lede)
    assert event.type == "veto"
    assert vetoed_by(event) == frozenset(vetoers)


def test_an_abstention_as_the_council_adopts_is_no_veto() -> None:
    event = classify(
        "Russia abstains as Council renews Syria mission",
        "Russia and China abstained as the text passed 13-0-2.",
    )
    assert event.type == "resolution_adopted"
    assert not vetoed_by(event)
