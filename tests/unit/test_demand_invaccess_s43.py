"""Session 43 (issue 11): an investigating team's access is accountability as well as access.

The lead's decision (tests/eval/README.md, "An investigating team's access"): where the team
getting in (let in, kept out, waiting, fired on on the way, arriving, visiting a site) is an
investigation (the OPCW's fact-finders, the JIM or the IIT, the UN's chemical weapons team,
the commission of inquiry, UN rights or war crimes investigators, the IIIM), the item is
monitor-access and accountability-investigations. The demand no longer keeps investigators
kept out of the country as access alone, and in English inspectors, or chemical weapons or
UN experts, or a chemical weapons team or mission, within 12 words of a word of getting in
are accountability where an attack, gas, sarin, chlorine, Douma or Ghouta, the fact-finders,
victims, evidence or an investigation is named; not the OPCW's disarmament verification (a
declaration, declared or storage sites, destruction, removal, Barzeh) with no attack named,
monitors, the Red Cross or aid convoys (en-invaccess-s43).

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

ACCOUNTABILITY = "accountability-investigations"
ACCESS = "monitor-access"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Chemical weapons inspectors kept from Douma at an army checkpoint",
            "Syrian officers said the road was unsafe; the OPCW team returned to its hotel.",
        ),
        (
            "UN chemical experts delayed a second day before Ghouta visit",
            "Sellström's team is waiting for both sides to guarantee a ceasefire, a UN spokesman said.",
        ),
        (
            "Fact-finders still waiting for permission to reach site of chlorine attack",
            "The OPCW team has been in Damascus for a week, diplomats in The Hague said.",
        ),
        (
            "UN rights investigators refused visas by Damascus for a fourth year",
            "The commission of inquiry said it would keep interviewing survivors in Turkey.",
        ),
    ],
)
def test_an_investigating_team_getting_in_is_accountability_and_access(
    matcher: Matcher, title: str, text: str
) -> None:
    got = fired(matcher, title, text)
    assert ACCOUNTABILITY in got
    assert ACCESS in got


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "OPCW inspectors reach last declared storage site near Damascus",
            "They will verify the removal of the remaining stockpile before the shipment from "
            "Latakia, the joint mission said.",
        ),
        (
            "OPCW inspectors denied access to Barzeh buildings for annual check",
            "The destruction programme requires two inspections a year at the Syrian "
            "Scientific Studies and Research Centre.",
        ),
        (
            "Red Cross delegates allowed to visit Syrian prison after months of talks",
            "The ICRC team met detainees in Adra and will report to the authorities.",
        ),
        (
            "Aid convoy reaches besieged Syrian town after weeks of waiting",
            "Trucks of the UN and the Syrian Arab Red Crescent entered Madaya at dusk.",
        ),
    ],
)
def test_disarmament_inspectors_the_red_cross_and_aid_are_not(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)
