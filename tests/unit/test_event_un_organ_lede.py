"""A headline that speaks as "the UN" ("UN demands ...", "UN urges ...", "UN calls for
...") over a lede whose subject is the organ that acted (the Security Council, the General
Assembly) is that organ's act, read from the lede: an adoption when it decided by vote or
resolution, a meeting when it met, a statement when it adopted one. The headline's verb
("demands", "condemns") is what the resolution says, not a speaker reacting.

Written before the rule (session 16), the engineer's own sentences, for the class last
session left ("a 'UN demands ...' headline over an adopted resolution read as a
statement"); 5 of the 8 failed before. Near misses kept: a UN official as the lede's
subject is a statement, and so is a presidential statement.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "UN demands Syria give up chemical weapons",
            "The Security Council on Friday night ordered Syria to hand over its chemical "
            "weapons, in a resolution passed unanimously after weeks of diplomacy.",
            "resolution_adopted",
        ),
        (
            "UN orders end to Syria siege tactics",
            "The U.N. Security Council late on Saturday demanded that all parties lift the sieges "
            "of populated areas, unanimously adopting a text drafted by Australia, Luxembourg "
            "and Jordan.",
            "resolution_adopted",
        ),
        (
            "UN urges Syria truce",
            "The Security Council this afternoon authorised monitors to oversee the evacuation "
            "of eastern Aleppo, adopting resolution 2328 (2016) unanimously.",
            "resolution_adopted",
        ),
        (
            "UN condemns Syria's rights abuses",
            "The General Assembly on 19 December approved a text condemning violations in Syria "
            "by a recorded vote of 127 in favour to 13 against.",
            "resolution_adopted",
        ),
        (
            "UN calls for aid access in Syria",
            "The Security Council early on Sunday extended for a year its authorisation of "
            "cross-border aid deliveries, in a unanimous vote.",
            "resolution_adopted",
        ),
        (
            "UN demands answers on Syria attack",
            "The Security Council on Friday night held closed consultations on the reported "
            "attack, at the request of France and Britain.",
            "meeting",
        ),
        (
            "UN demands end to violence in Syria",
            "The Security Council on Monday evening adopted a presidential statement calling for "
            "an immediate halt to the fighting.",
            "statement",
        ),
        (
            "UN demands access for aid in Syria",
            "The UN humanitarian chief on Friday night urged the parties to let convoys reach "
            "Douma.",
            "statement",
        ),
    ],
)
def test_the_un_in_a_headline_is_the_organ_of_the_lede(
    title: str, text: str, expected: str
) -> None:
    assert classify(title, text).type == expected
