"""Session 46 (issue 11, w2): deaths in custody told with no finder named are accountability.

A detention word (detainees, detention, prisoners, a prison or jail, custody, Saydnaya) within 8
words of a death word (die, died, death, dead, bodies, executed, executions, hanged, hangings) is
the accountability demand's violation told, as a rights group's documented deaths in custody
already were (en-demands-s46-w2): a monitor's count, the registry's death notices, an execution
confirmed, bodies from the security branches. Not a sanctions item's colour (asset-freeze's)
or an ICC or veto item's, nor the dead of a strike on a prison, a battle, a quake, a riot, an
escape, a swap, a virus or a death sentence, nor the Islamic State's prisons; fires, smuggling
and drugs stay out by the demand's closing exclusions. Each near miss below matches the clause
without its exclusions: it fails if the exclusion that keeps it out is dropped.

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
            "Syrian monitor: 48 people died in government detention in May",
            "The group said most were held by military intelligence and that families learned of "
            "the deaths months later.",
        ),
        ("Hundreds of detainees die every year in Syria's jails, families say", ""),
        (
            "Damascus lists thousands of men held since 2011 as dead",
            "Relatives in Daraa received papers saying their sons died in custody of heart "
            "failure; no bodies were returned.",
        ),
        (
            "Bodies of detainees found in a Damascus security branch after Assad's fall",
            "Residents who entered the building said the dead bore marks of beatings.",
        ),
        (
            "Former guard says prisoners were hanged in batches at Saydnaya",
            "",
        ),
    ],
)
def test_deaths_in_custody_are_accountability(matcher: Matcher, title: str, text: str) -> None:
    assert fired(matcher, title, text) == {ACCOUNTABILITY}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Air strike on a prison in Idlib leaves 20 inmates dead",
            "Warplanes hit the prison held by a rebel faction in Syria's north-west.",
            set(),
        ),
        (
            "Syrian rebels say 40 soldiers dead and 15 prisoners taken in fighting near Hama",
            "",
            set(),
        ),
        (
            "Prisoners and bodies exchanged in a swap near Homs",
            "The Syrian government and rebels each handed over detainees and the dead.",
            set(),
        ),
        (
            "Prisoners escape Syrian jail after earthquake; guards found dead",
            "",
            set(),
        ),
        (
            "Detainees die as virus spreads through Syria's Adra prison",
            "Lawyers said the outbreak had reached every block.",
            set(),
        ),
        (
            "Two prisoners held in Damascus given death sentences by a Syrian military court",
            "",
            set(),
        ),
        (
            "U.S. sanctions Syrian prison officials over deaths in custody",
            "The Treasury froze the assets of the heads of two prisons where thousands of "
            "detainees died.",
            {"asset-freeze"},
        ),
        (
            "Council members weigh sending Syria to the International Criminal Court",
            "France cited executions of detainees and torture in government prisons as the case "
            "for a referral.",
            {"icc-referral"},
        ),
        (
            "Islamic State fighters executed prisoners they held in Raqqa, residents say",
            "",
            set(),
        ),
    ],
)
def test_near_misses_keep_their_reading(
    matcher: Matcher, title: str, text: str, expected: set[str]
) -> None:
    assert fired(matcher, title, text) == expected
