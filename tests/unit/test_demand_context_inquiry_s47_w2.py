"""Session 47 (issue 11, w2): the commission of inquiry told as an inquiry in the headline, with no
Syria word, passes the campaign's context.

"Inquiry" in the headline with the UN, a commission, the Human Rights Council, Geneva, war crimes,
crimes against humanity or genocide, or the conflict's crimes (civilians, killings, a massacre,
chemical arms, torture, detainees, executions, air strikes, shelling, sieges, government forces,
the Islamic State) is read as Syria's, as the commission's findings are, where no other file and
no case at home is named (en-demands-s47-w2). The demands' own queries still decide which demand
fires. Each near miss below passes the clause without its exclusions: it fails if the exclusion
that keeps it out is dropped; the last two hold none of the clause's words.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

ACCOUNTABILITY = "accountability-investigations"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "UN inquiry says government forces tortured detainees to death on an industrial scale",
            "The investigators interviewed hundreds of former prisoners and relatives over four "
            "years.",
        ),
        ("War crimes inquiry accuses both government and rebels of massacres", ""),
        (
            "Besieged civilians starved as a method of war, inquiry finds",
            "The UN investigators said checkpoints had kept food and medicine from three towns "
            "for more than a year.",
        ),
        (
            "Geneva council votes to keep its inquiry running for another year",
            "The investigators have documented crimes against humanity since the uprising began.",
        ),
        (
            "Inquiry blames Islamic State for mass executions in captured towns",
            "The UN panel said the group's fighters had killed captured soldiers and civilians.",
        ),
    ],
)
def test_the_commission_as_an_inquiry_is_syria(matcher: Matcher, title: str, text: str) -> None:
    assert fired(matcher, title, text) == {ACCOUNTABILITY}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Inquiry finds paratroopers' shooting of civilians was unjustified",
            "The report on the Bloody Sunday killings in Derry in 1972 led to an apology from the "
            "prime minister.",
            set(),
        ),
        (
            "Military inquiry finds special forces killed civilians and prisoners",
            "The report on operations in Afghanistan referred 19 soldiers to prosecutors for war "
            "crimes.",
            set(),
        ),
        (
            "UN inquiry says officials committed crimes against humanity",
            "The commission of inquiry on Eritrea said torture and enslavement in national service "
            "were widespread.",
            set(),
        ),
        (
            "Inquiry blames riot police for killings of protesters",
            "The committee in Baghdad recommended that several commanders be tried.",
            set(),
        ),
        (
            "UN inquiry accuses both sides of war crimes",
            "The commission said attacks in Gaza and in southern Israel had killed civilians.",
            set(),
        ),
        (
            "Inquiry into Manchester bombing says paramedics arrived too late",
            "The attack killed 22 people leaving a concert.",
            set(),
        ),
        (
            "Inquiry finds ferry that sank was carrying three times its load",
            "",
            set(),
        ),
    ],
)
def test_near_misses_keep_their_reading(
    matcher: Matcher, title: str, text: str, expected: set[str]
) -> None:
    assert fired(matcher, title, text) == expected
