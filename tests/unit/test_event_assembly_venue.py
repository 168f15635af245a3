"""The General Assembly's veto debate told as the veto defended or criticised there is the
debate, not a new veto; a veto's own report naming the debate ahead stays the veto (probe
s23 Y1)."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

DEBATE_REPORTS = [
    (
        "Russia, China defend Syria veto before U.N. General Assembly",
        "UNITED NATIONS, Feb 22 (Wire) - Russia and China on Monday defended their veto of a "
        "Western-drafted resolution on a chemical attack in Syria as dozens of countries "
        "criticised them in the U.N. General Assembly.",
    ),
    (
        "Moscow under fire in General Assembly over Syria aid veto",
        "Western and Arab states on Thursday criticised Russia in the U.N. General Assembly for "
        "vetoing the renewal of the Bab al-Hawa aid crossing.",
    ),
    ("Russia's Syria veto slammed at U.N. General Assembly", ""),
    ("Россия объяснила в Генассамблее ООН свое вето по Сирии", ""),
    ("Rusia defiende ante la Asamblea General su veto sobre Siria", ""),
    ("Russland verteidigt Syrien-Veto vor der VN-Generalversammlung", ""),
    ("La Russie défend devant l'Assemblée générale son veto sur la Syrie", ""),
]

VETO_DAY = [
    (
        "Russia vetoes U.N. Syria aid extension; move to trigger General Assembly debate",
        "UNITED NATIONS, July 8 (Wire) - Russia on Friday vetoed a U.N. Security Council "
        "resolution to extend cross-border aid into Syria from Turkey for a year.",
    ),
    (
        "Rusia veta la prórroga de la ayuda transfronteriza a Siria",
        "Rusia vetó este martes en el Consejo de Seguridad la prórroga por nueve meses del paso "
        "de Bab al-Hawa; según la nueva regla, la Asamblea General se reunirá en un plazo de "
        "diez días hábiles.",
    ),
    (
        "Russia vetoes U.N. Security Council resolution condemning its invasion",
        "Moscow blocked the text as expected, and sponsors said they would take the issue to "
        "the General Assembly, where no country holds a veto.",
    ),
]


@pytest.mark.parametrize(("title", "lede"), DEBATE_REPORTS)
def test_a_veto_defended_or_criticised_in_the_assembly_is_its_debate(title: str, lede: str) -> None:
    assert classify(title, lede).type == "meeting"


@pytest.mark.parametrize(("title", "lede"), VETO_DAY)
def test_a_veto_whose_assembly_debate_is_ahead_stays_the_veto(title: str, lede: str) -> None:
    assert classify(title, lede).type == "veto"


# A veto's own report under a headline naming no veto, its lede telling the veto condemned
# and the Assembly where it goes next (review s23 Z7): e4fbdad read these as the debate.
VETO_DAY_NEUTRAL_HEADLINE = [
    (
        "Syria aid lifeline cut at U.N.",
        "Russia vetoed the renewal of the Bab al-Hawa crossing on Tuesday; Western envoys "
        "condemned the veto, which under a 2022 rule sends the matter to the General Assembly.",
    ),
    (
        "Security Council fails to extend Syria aid mechanism",
        "Russia cast a veto today, criticised by 13 members, and the text now goes to the "
        "General Assembly, which must meet within ten working days.",
    ),
    (
        "Syrie : l'aide transfrontalière bloquée à l'ONU",
        "La Russie a opposé mardi son veto au renouvellement, condamné par les Occidentaux qui "
        "porteront l'affaire devant l'Assemblée générale.",
    ),
]


@pytest.mark.parametrize(("title", "lede"), VETO_DAY_NEUTRAL_HEADLINE)
def test_a_veto_condemned_on_its_way_to_the_assembly_stays_the_veto(title: str, lede: str) -> None:
    assert classify(title, lede).type == "veto"
