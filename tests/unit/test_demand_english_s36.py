"""Session 36 (issue 11): English stop-veto and accountability told by a class of words.

- A permanent member that nixes, stonewalls, derails, quashes (...) a Council text, vote or a
  UN or Western bid obstructs it as "blocks" does; not a Russian text the West spurns, nor
  air defences shooting down rockets, nor an offer of another government rebuffed.
- The Council's disunity told as discord, a rift, infighting (...) counts as "divisions", also
  among the permanent members or world powers; not an opposition or military council's, nor
  ministers of the Arab League at odds. Syria's mediators anchor such news where no Syria word
  is written; Annan in Kenya does not.
- Responsibility found by investigators, a rights group or a report (held responsible,
  "behind", "pins ... on"), perpetrators who "must answer for" crimes, photographs linking
  officers to killings, a trial for a massacre are accountability; not responsibility for road
  deaths or a building's collapse, a claim that attacks are staged "to blame the army", a
  knife-killing trial, files tying a businessman to oil deals, footballers answering for
  match-fixing.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

STOP = "stop-veto-obstruction"
ACCOUNTABILITY = "accountability-investigations"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Beijing and Moscow nix Council text demanding access to besieged Madaya", ""),
        ("Kremlin stonewalls Security Council resolution on Syria's chemical arsenal", ""),
        ("Russia derails British draft on Aleppo evacuations at the UN", ""),
        ("Chinese delegation quashes Syria humanitarian text", ""),
    ],
)
def test_a_permanent_member_ending_a_council_text_by_another_verb_is_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Council discord over Syria leaves aid workers exposed, UN relief chief says", ""),
        ("Rift among the Council's permanent members dooms Syria peace push, envoy says", ""),
        (
            "Brahimi quits, blaming infighting among world powers",
            "The UN-Arab League envoy said the Security Council had failed to give him the "
            "backing he needed.",
        ),
    ],
)
def test_the_councils_disunity_by_another_word_is_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Russian air defences shoot down rockets fired at Hmeimim", ""),
        ("Moscow rebuffs Ankara's proposal for a buffer zone in northern Syria", ""),
        ("West spurns Russian text on Syria reconstruction at the Security Council", ""),
        (
            "Annan's mediation in Kenya: a rift healed",
            "The former UN envoy brokered a power-sharing deal.",
        ),
        ("Arab League ministers at odds over Syria's seat", ""),
        ("Syrian opposition council riven by infighting ahead of Geneva talks", ""),
        ("Kurdish military council at odds with Damascus over Qamishli", ""),
    ],
)
def test_near_misses_of_obstruction_do_not_fire(matcher: Matcher, title: str, text: str) -> None:
    assert STOP not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Investigators find Syrian army responsible for shelling of Homs market", ""),
        ("Government helicopters behind barrel-bomb killings in Aleppo, Amnesty report says", ""),
        ("Rights group pins Daraya massacre on Republican Guard units", ""),
        ("Syrian ex-colonel accused of massacre in Homs goes on trial in Stockholm", ""),
        (
            "Assad's generals must answer for the torture of tens of thousands, UN rights chief says",
            "",
        ),
        ("Photographs link Syrian security branches to thousands of detainee killings", ""),
    ],
)
def test_responsibility_found_and_perpetrators_answering_are_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Drivers held responsible for road deaths in Damascus, traffic police report", ""),
        (
            "Syrian ministry holds contractors responsible for deaths in Aleppo building collapse, "
            "report says",
            "",
        ),
        ("Damascus claims insurgents stage attacks to blame the army, UN told", ""),
        ("Syrian man accused of knife killing goes on trial in Germany", ""),
        ("Files link Syrian businessman to sanctions-busting oil deals", ""),
        ("Former Syrian footballers must answer for match-fixing, federation says", ""),
    ],
)
def test_near_misses_of_accountability_do_not_fire(matcher: Matcher, title: str, text: str) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


# Session 36's second step (en-demands-36b): arms supplies by a verb the supply list lacked, and
# the ICC referral's text or vote only where no other case before the court is named.
ARMS = "arms-embargo"
ICC = "icc-referral"


@pytest.mark.parametrize(
    "title",
    [
        "Kremlin resupplies Assad's army with munitions",
        "Serbian-made rifles sold to the Syrian army, customs files show",
        "Russian yard to overhaul Syrian navy missile boats",
        "Iranian ammunition en route to Damascus by air, officials say",
    ],
)
def test_a_weapon_sold_resupplied_or_en_route_is_an_arms_supply(
    matcher: Matcher, title: str
) -> None:
    assert ARMS in fired(matcher, title)


@pytest.mark.parametrize(
    "title",
    [
        "SyrianAir to overhaul two Airbus passenger jets in Tehran",
        "Syrian rebels sold looted missiles to smugglers in Jordan, officials say",
    ],
)
def test_near_misses_of_an_arms_supply_do_not_fire(matcher: Matcher, title: str) -> None:
    assert ARMS not in fired(matcher, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Syria referral draft to be put to a vote, envoys say", True),
        ("Darfur referral resolution cited as Syria envoys meet", False),
        ("Burundi referral text recalls Syria's case", False),
    ],
)
def test_a_referral_text_is_syria_s_only_where_no_other_case_is_named(
    matcher: Matcher, title: str, expected: bool
) -> None:
    assert (ICC in fired(matcher, title)) is expected
