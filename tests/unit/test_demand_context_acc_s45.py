"""Session 45 (issue 11): the file's accountability news told with no Syria word.

The campaign context keeps an item naming no Syria word out of every demand. Three ways the
file's accountability news is told without one are Syria's (en-context-acc-s45): a
photographer's images of dead or tortured detainees, smuggled out or taken by a defector or a
military police photographer (Caesar's photographs, the name unwritten); the commission beside
reasonable grounds, extermination, deaths in custody, enforced disappearances or detainees;
hospitals or facilities beside their deconfliction, coordinates or the no-strike list (the
board of inquiry of 2019-2020). Not where another file is named, not the European Commission
or a truth commission.

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
            "Forensic experts say smuggled images show detainees were starved",
            "The defector, a former military police photographer, took the pictures of the bodies "
            "in two military hospitals before fleeing in 2013; investigators have catalogued them.",
        ),
        (
            "UN commission: detainees died in custody on a massive scale",
            "The commission of inquiry says it has reasonable grounds to believe the deaths amount "
            "to crimes against humanity and calls for the release of all those held arbitrarily.",
        ),
        (
            "Investigators to look into strikes on hospitals on the deconfliction list",
            "The Secretary-General's board of inquiry will examine attacks on facilities whose "
            "coordinates the UN had shared with the parties.",
        ),
    ],
)
def test_the_files_accountability_news_without_a_syria_word(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Smuggled photos show beaten detainees in Iraq prison",
            "A former military police guard took the pictures of dead and tortured detainees, "
            "investigators said.",
        ),
        (
            "UN commission finds reasonable grounds of crimes against humanity in Ukraine",
            "The commission says detainees were tortured in areas held by Russian forces.",
        ),
        (
            "European Commission wants detainees at the border screened within a week",
            "The Commission's proposal would hold asylum seekers in closed centres.",
        ),
        (
            "Gambia's truth commission names officers behind enforced disappearances",
            "The commission recommends prosecutions of the former president's hit squad.",
        ),
        (
            "Aid agencies say they shared hospital coordinates before the strikes in Gaza",
            "Israeli forces had the locations of the facilities, the agencies said.",
        ),
        (
            "Photographer's pictures of the dead win award",
            "The images of bodies in the streets were taken during the floods.",
        ),
    ],
)
def test_near_misses_stay_out(matcher: Matcher, title: str, text: str) -> None:
    assert fired(matcher, title, text) == set()
