"""Session 43 (issue 11): an investigation told by its object, a warrant by its court.

- en-investigations-s43: English "investigat*" within 8 words of what is investigated (an
  attack, a strike, a bombing, shelling or bombardment, allegations, claims or reports,
  violations or abuses, the circumstances, what happened, responsibility) is
  accountability-investigations, as the other languages' clauses already read "enquête ...
  attaque", "investigación ... ataque" and "Untersuchung ... Angriff". Not the police's or a
  terror case's inquiry, an arson, aid diverted, doping, sanctions breaches, the ICC's
  investigation or those responsible sent to The Hague (the referral's subject), or an
  attack on a military base; the demand's closing exclusions still keep out car bombs,
  smugglers, fires and accidents.
- en-warrants-s43: a warrant within 6 words of who issued or upheld it (a court, judges,
  magistrates, a prosecutor) or of whom it names (a president, a leader, ministers,
  commanders, heads, a brother) is the demand's too, as one naming officials, officers or
  generals was; not the ICC's, police or search warrants, and a warrant officer (the rank)
  is no warrant.

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
            "Syria: Guterres wants last week's strike on the Sarmada camp investigated",
            "Tents housing displaced families burned after the rockets landed, his spokesman said.",
        ),
        (
            "Germany asks for the bombing of a bakery in Halfaya to be investigated",
            "Dozens of people queuing for bread in the Syrian town were killed, the ministry said.",
        ),
        (
            "UN rights office investigating claims that Syrian detainees were starved",
            "Former prisoners described weeks without food in a branch near Damascus.",
        ),
        (
            "Syria's interim authorities to investigate what happened in the Sweida villages",
            "A committee of judges will report within a month, the justice minister said.",
        ),
        (
            "Rights group: the shelling of Ariha's school must be investigated",
            "The Syrian government's artillery hit the building during lessons, the group said.",
        ),
    ],
)
def test_an_investigation_told_by_its_object_is_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Damascus police investigating a bomber's attack on a checkpoint",
            "State media said the man detonated his belt before he could be stopped in Syria's "
            "capital.",
        ),
        (
            "Aid agency investigating reports that Syrian flour deliveries were diverted",
            "Two warehouses in Idlib province were sealed while auditors check the records.",
        ),
        (
            "Syrian boxer banned while the federation investigates doping claims",
            "The fighter failed a test after the Arab championship in Amman.",
        ),
        (
            "Washington investigating a drone attack on its base at al-Tanf in Syria",
            "No soldier was hurt, the Pentagon said.",
        ),
        (
            "Prosecutors investigate an arson attack on a Syrian family's flat in Saxony",
            "Neighbours put out the flames before the fire brigade arrived.",
        ),
        (
            "Paris says the shelling of Aleppo's markets must be investigated",
            "The foreign minister told lawmakers that those who ordered it should one day be sent "
            "to The Hague.",
        ),
    ],
)
def test_police_terror_aid_doping_bases_arson_and_the_hague_are_not(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


def test_the_courts_investigation_of_a_bombing_is_the_referrals_subject(matcher: Matcher) -> None:
    """The ICC asked to investigate a bombing in Syria is the referral's news, not this demand's."""
    got = fired(
        matcher,
        "Lawyers ask the ICC prosecutor to investigate the bombing of Aleppo's hospitals",
        "Syrian doctors' groups filed the request on Monday.",
    )
    assert ACCOUNTABILITY not in got
    assert "icc-referral" in got


# A warrant told by who issued or upheld it, or by whom it names (en-warrants-s43).


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Spanish judge signs warrant for Syria's former defence minister",
            "The case concerns the disappearance of a Spanish woman's brother in a Damascus "
            "detention centre.",
        ),
        (
            "Appeals court upholds warrants for two Syrian commanders",
            "Lawyers for the families said the decision keeps the Ghouta case alive.",
        ),
        (
            "Syria's ousted president named in new warrant",
            "Prosecutors in Damascus say he ordered the shelling of Homs neighbourhoods in 2012.",
        ),
    ],
)
def test_a_warrant_told_by_its_court_or_whom_it_names_is_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syrian army warrant officer crosses into Turkey",
            "He told border guards his unit near Idlib had not been paid since spring.",
        ),
        (
            "Dutch police use search warrants on Syrian traffickers' flats",
            "The court in Zwolle approved the raids, prosecutors said.",
        ),
        (
            "ICC prosecutor weighs warrant request for Syria's former president",
            "The International Criminal Court could act if the new authorities accept its "
            "jurisdiction, he said.",
        ),
    ],
)
def test_a_warrant_officer_search_warrants_and_the_icc_are_not(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)
