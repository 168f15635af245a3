"""Session 40 (issue 11): the missing-persons institution is not the accountability demand.

The Independent Institution on Missing Persons in Syria (General Assembly resolution 77/301,
June 2023) clarifies the fate and whereabouts of the missing and supports their families; it
is not a criminal-justice body. The demand is "independent and impartial investigations of all
suspected perpetrators", so an item about the institution alone (its creation, its head, its
mandate, a Council text backing it, families asking for it or cooperating with it) is not the
demand (the lead's decision, tests/eval/README.md "Labels the author was unsure of"). An item
that names it beside an investigation of perpetrators (the commission of inquiry, the IIIM, a
trial, evidence of crimes, those responsible held to account) is the demand by those words. The
truth about the disappeared's fate asked of those who held them stays the demand's call
(session 32), except where the words are the institution's mandate.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

ACCOUNTABILITY = "accountability-investigations"

INSTITUTION_ALONE = [
    (
        "UN institution on Syria's missing opens an office in Damascus",
        "Families can now register the cases of relatives who disappeared, the body said.",
    ),
    (
        "Body on Syria's missing asks refugees abroad to share what they know",
        "The independent institution said it would clarify the fate of people who disappeared "
        "during the war.",
    ),
    (
        "Security Council backs the institution on missing persons in Syria",
        "Members urged all parties to cooperate with the new body and to support the families.",
    ),
    (
        "Head of the institution on missing persons in Syria meets mothers in Gaziantep",
        "She said the institution would search for the tens of thousands who vanished.",
    ),
    (
        "Families of Syria's disappeared call for a mechanism to trace their relatives",
        "Associations of relatives want an international body to search for those who vanished.",
    ),
    (
        "UN-Institution für Vermisste in Syrien eröffnet Büro in Damaskus",
        "Angehörige können dort Fälle verschwundener Verwandter melden.",
    ),
    (
        "L'institution de l'ONU sur les disparus en Syrie lance un appel aux familles",
        "Le nouvel organe veut retrouver la trace de dizaines de milliers de personnes.",
    ),
]


@pytest.mark.parametrize(("title", "text"), INSTITUTION_ALONE)
def test_the_missing_persons_institution_alone_is_not_the_demand(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


INSTITUTION_BESIDE_PERPETRATORS = [
    (
        "Missing-persons institution and the IIIM agree to share files on Syrian detainees",
        "The mechanism collecting evidence of crimes will keep its records for prosecutions.",
    ),
    (
        "Minister pledges funds to UN body on Syria's missing, says jailers must face trial",
        "Those responsible for torture in the former government's prisons must be prosecuted, "
        "she said.",
    ),
    (
        "Commission of inquiry and the institution on the missing ask Damascus for prison records",
        "The commission said the files held evidence of crimes against humanity.",
    ),
    # The truth about the fate of the disappeared asked of those who held them (session 32).
    (
        "Syrian mothers say the security branches still hide the fate of their sons",
        "Families of the disappeared want answers about what happened to detainees taken in 2012.",
    ),
]


@pytest.mark.parametrize(("title", "text"), INSTITUTION_BESIDE_PERPETRATORS)
def test_the_institution_beside_an_investigation_of_perpetrators_is_the_demand(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)
