"""Who vetoed, in forms found by the blind-written en-events-20 (its first reading: who
vetoed 11 of 17), each written here again in other words: a text that "went down" with nine
votes and permanent members against; "the only two against came from"; the members then
their vote in a relative clause; the vetoes taken up by a pronoun; a second veto told by
gapping ("and China its third"); and a rival text short of votes, whose "no" vetoed
nothing, beside the vetoed one."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

CHINA_RUSSIA = frozenset({"China", "Russian Federation"})


@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        (
            "Sanctions text goes down at UN",
            "A British draft threatening measures against Damascus went down in the Council on "
            "Wednesday: ten members voted for it and the two against were China and Russia.",
            CHINA_RUSSIA,
        ),
        (
            "Syria inquiry text fails",
            "The draft collected 12 votes on Monday, but the only two against came from Russia "
            "and China, which hold vetoes.",
            CHINA_RUSSIA,
        ),
        (
            "Aleppo truce text falls",
            "The Aleppo text won eleven votes. The members that did not support it were Russia "
            "and China, who voted against, and Angola, which abstained.",
            CHINA_RUSSIA,
        ),
        (
            "Double blow at the Council",
            "Russia used its fifth veto on Syria on Saturday, and China its third, against a text "
            "on Aleppo.",
            CHINA_RUSSIA,
        ),
        (
            "Two texts, one veto",
            "The Western draft received 12 votes but fell to China's negative vote; the Chinese "
            "alternative then got only three votes in favour, with France and Britain voting "
            "against.",
            frozenset({"China"}),
        ),
        (
            "Syria aid renewal vetoed",
            "No new vote is expected before the authorisation ends in January unless Russia "
            "rethinks the veto it cast on Friday against the renewal.",
            frozenset({"Russian Federation"}),
        ),
    ],
)
def test_who_vetoed(title: str, text: str, vetoed: frozenset[str]) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert event.vetoers == vetoed
