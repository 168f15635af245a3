"""Session 34 (issue 11): English stop-veto, asset-freeze, accountability and monitor classes.

- Moscow and Beijing (Russia and China) named as a pair beside a blocking word are the two
  permanent members obstructing the Council though no veto, text or Council word is written;
  not the adjectives ("Russian and Chinese engineers"), another forum, a unanimous vote they
  joined or a blocking that only dates other news ("after Russia and China stopped ...").
- Sanctions over the chemical attacks told with a bare "chemical", "chlorine" or "sarin"
  ("chlorine sanctions") are the asset-freeze demand; not a chemical industry under sanctions,
  chlorine for water under a waiver, or sanctions eased.
- Evidence, records or files of the crimes preserved, secured or guarded are the
  investigations' material where the crimes, detainees or the disappeared are named; not an
  archive's, a land registry's or the police's evidence of a bombing.
- A team or mission reaching, entering, visiting, let in or refused is the monitors' access;
  not an aid, atomic agency or diplomatic team's.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

STOP_VETO = "stop-veto-obstruction"
ASSETS = "asset-freeze"
ACCOUNTABILITY = "accountability-investigations"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Opposition leader says Russia and China are standing in the way of a response on Syria",
            "He told reporters in Istanbul that the shelling of Homs would go on as long as the "
            "two capitals kept Assad out of reach.",
        ),
        (
            "Paris: Moscow and Beijing are holding Syria's aid hostage",
            "The foreign ministry said the two governments wanted the Bab al-Hawa crossing closed "
            "before the winter.",
        ),
        (
            "Aid coalition: China and Russia obstructed every attempt to end the siege of Aleppo",
            "Twenty organisations said the eastern districts had gone without food for months.",
        ),
    ],
)
def test_the_two_members_named_as_a_pair_beside_blocking_are_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russian and Chinese engineers stop work at Syrian oil field",
            "The companies pulled their staff out after a rocket hit the compound near Deir "
            "ez-Zor.",
        ),
        (
            "Council unanimously backs Syria chemical disarmament plan",
            "Russia and China, which had blocked earlier texts, joined the vote.",
        ),
        (
            "Britain circulates new Syria truce proposal",
            "The proposal comes two days after Russia and China stopped the last one.",
        ),
        (
            "Geneva forum extends Syria panel's mandate as Russia and China fail to stop it",
            "The Human Rights Council voted to keep the commission of inquiry on Syria for "
            "another year.",
        ),
    ],
)
def test_the_pair_as_adjectives_elsewhere_or_as_background_is_not_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Western capitals push chlorine sanctions on commanders behind Idlib attacks",
            "The proposal would list eleven officers and ten entities.",
        ),
        (
            "Treasury adds sarin sanctions on Khan Sheikhoun commanders",
            "The officers ran the air base from which the jets took off, officials said.",
        ),
    ],
)
def test_chemical_sanctions_told_with_a_bare_agent_are_asset_freeze(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Sanctions squeeze Syria's chemical industry, Aleppo plant owners say",
            "Paint and soap makers cannot pay suppliers abroad since banks cut them off.",
        ),
        (
            "UN waiver lets Syrian water utilities buy chlorine despite sanctions",
            "Engineers in Homs said the disinfectant would keep cholera out of the pipes.",
        ),
        (
            "Washington eases sanctions on Syria's chemical imports for hospitals",
            "Medical suppliers in Damascus may now buy reagents and disinfectant abroad.",
        ),
    ],
)
def test_chemical_trade_under_sanctions_or_a_waiver_is_not_asset_freeze(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ASSETS not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Former detainees guard the papers of a Damascus intelligence branch",
            "They say the registers name prisoners who died under torture in its cells.",
        ),
        (
            "Secure the files of Syria's prisons before they vanish, families plead",
            "Relatives of the disappeared fear the documents will be burned or sold.",
        ),
    ],
)
def test_records_of_the_crimes_preserved_are_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria's antiquities staff preserve Palmyra archives after the war",
            "The records of excavations since the 1920s were moved to Damascus for safekeeping.",
        ),
        (
            "Homs police secure evidence after car bomb near mosque",
            "Officers collected the victims' belongings and sealed off the street.",
        ),
        (
            "Returning Syrians urged to secure property documents",
            "Aid groups in Homs say land records were lost in the fighting.",
        ),
    ],
)
def test_other_records_preserved_are_not_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


# A team or mission reaching, entering, visiting, allowed in or refused is the monitors' though
# no monitor word is written (en-demands-34b); an aid, rescue or atomic agency team, negotiators
# and a diplomatic mission are not.
MONITORS = "monitor-access"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Arab League mission enters Deraa after days of delay",
            "Residents led the delegation to the mosque where they said protesters had been shot.",
        ),
        (
            "Damascus lets U.N. rights team into Sednaya",
            "The officials spent a day in the former prison and spoke to released inmates.",
        ),
    ],
)
def test_a_team_or_mission_let_in_is_monitor_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "UNICEF team reaches Douma with vaccines for children",
            "The trucks also carried water purification tablets to the besieged town near Damascus.",
        ),
        (
            "Nuclear watchdog team visits Syrian desert site again",
            "The inspectors sampled soil at the Deir ez-Zor facility bombed in 2007.",
        ),
        (
            "French diplomatic mission arrives in Damascus to meet new authorities",
            "The envoys discussed reopening the embassy closed in 2012.",
        ),
    ],
)
def test_aid_atomic_or_diplomatic_teams_are_not_monitor_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)
