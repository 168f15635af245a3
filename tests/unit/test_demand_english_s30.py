"""Session 30 (issue 11): English accountability classes.

- Who used chemical weapons in Syria, told as a government's assessment, medics' or a rights
  group's account, or a finding, with no investigation word, is the accountability demand's
  subject; not the same words in a warning or red line, the arsenal's removal, a use that
  "could" happen, sanctions over the use, a veto reaction, a denial alone or a party's claim
  that "rebels used" gas.
- Evidence of crimes told as the case for an ICC referral is the referral's colour, not an
  investigation; evidence documented or handed to prosecutors still is one.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

ACCOUNTABILITY = "accountability-investigations"
ICC = "icc-referral"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Washington says Damascus used sarin on rebel-held suburb",
            "Officials said intelligence showed government units had prepared and launched the "
            "rockets that killed hundreds of people near Damascus.",
        ),
        (
            "Doctors in Idlib say helicopters dropped chlorine on a village overnight",
            "Medics treated dozens of people for breathing problems; the army denied any "
            "involvement.",
        ),
        (
            "Paris: Syrian forces behind latest nerve agent use",
            "The French foreign ministry said the government had used a nerve agent on a town in "
            "Hama province in March.",
        ),
    ],
)
def test_who_used_chemical_weapons_is_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "U.S. warns Damascus that using chemical weapons crosses a red line",
            "The White House said Syria would face consequences, as reports said chemical "
            "stocks were being moved.",
        ),
        (
            "Ship carries Syria's last chemicals away from Latakia",
            "The cargo held chemicals that could be used to make sarin, the joint mission said.",
        ),
        (
            "Treasury blacklists Syrian officers over chlorine use",
            "The sanctions freeze any assets the officers hold under U.S. jurisdiction.",
        ),
        (
            "Britain says Russia's veto shields a government that used sarin",
            "The Foreign Secretary spoke after the vote in the Security Council on Syria.",
        ),
        (
            "Gas attack reported in Damascus suburb",
            "Activists said rockets carrying toxic gas hit the area at dawn; the government "
            "denied using chemical weapons.",
        ),
        (
            "Syrian army says militants used toxic gas in Aleppo",
            "The army said it had found cylinders left by rebels, and Moscow said rebels used "
            "toxic gas against civilians.",
        ),
    ],
)
def test_the_same_words_elsewhere_are_not_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


def test_evidence_of_crimes_as_the_case_for_a_referral_is_its_colour(
    matcher: Matcher,
) -> None:
    got = fired(
        matcher,
        "Rights groups say evidence of crimes in Syria means it must go to the ICC",
        "The coalition asked Council members to back the text referring Syria to the "
        "International Criminal Court.",
    )
    assert ICC in got
    assert ACCOUNTABILITY not in got


def test_evidence_of_crimes_documented_for_prosecutors_is_accountability(
    matcher: Matcher,
) -> None:
    assert ACCOUNTABILITY in fired(
        matcher,
        "Syrian lawyers give evidence of torture to Swedish prosecutors",
        "The documents identify officers responsible for abuse in a Damascus detention centre.",
    )
