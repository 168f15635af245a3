"""Fifth round of issue 11's English demand classes (session 24, en-demands-16).

Wordings the blind parts' pooled misses pointed to, each with near misses that share its words
and must stay off: trials of guards and doctors told by what they did to prisoners, the
Assembly's institution on Syria's missing, and the ICC told as "an international court" or a
"referral text". The texts are written for this test, in other words than tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core.matching import Matcher

ICC = "icc-referral"
ACCOUNTABILITY = "accountability-investigations"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    shipped = load_config(SHIPPED_CONFIG_DIR)
    return Matcher((d, c.context) for c in shipped.campaigns for d in c.demands)


def fired(matcher: Matcher, title: str, text: str) -> set[str]:
    return {m.demand_id for m in matcher.match(title, text)}


FIFTH_ROUND_POSITIVES = [
    # A trial or a charge told by the abuse of prisoners, not by "torture" or a rank.
    (
        ACCOUNTABILITY,
        "German prosecutors charge Syrian doctor",
        "The man is accused of torturing prisoners at a military hospital in Homs.",
    ),
    (
        ACCOUNTABILITY,
        "Syrian ex-guard goes on trial in Germany",
        "Prosecutors say he beat prisoners at a detention centre in Damascus.",
    ),
    # The Assembly's independent institution on missing persons in Syria (2023).
    (
        ACCOUNTABILITY,
        "UN body on Syria's missing names its first head",
        "The independent institution created by the General Assembly will search for the "
        "missing and support their families.",
    ),
    # The ICC as "an international court" a referral sends Syria to, or a "referral text".
    (
        ICC,
        "Russia and China veto referral of Syria to international court",
        "The draft would have sent the situation to the prosecutor.",
    ),
    (
        ICC,
        "Amnesty: voting down the Syria referral text betrays victims",
        "Russia and China were wrong, the group said.",
    ),
]


@pytest.mark.parametrize(("demand", "title", "text"), FIFTH_ROUND_POSITIVES)
def test_fifth_round_wordings_fire_their_demand(
    matcher: Matcher, demand: str, title: str, text: str
) -> None:
    assert demand in fired(matcher, title, text)


FIFTH_ROUND_NEAR_MISSES = [
    # Prisoners released under an amnesty by courts: no trial of abuses.
    (
        ACCOUNTABILITY,
        "Syria's courts release prisoners under presidential amnesty",
        "The justice ministry said judges had ordered the release of detainees held for minor "
        "offences in Damascus.",
    ),
    # A body recovered after the earthquake is no institution on the missing.
    (
        ACCOUNTABILITY,
        "Rescuers recover body listed among missing persons after Syria quake",
        "Civil defence teams in Jableh found the body under rubble.",
    ),
    # Syria's own criminal court, and the World Court, are not the ICC.
    (
        ICC,
        "Syrian ex-minister referred to criminal court in corruption case",
        "Damascus prosecutors sent the file to the court.",
    ),
    (
        ICC,
        "Canada and the Netherlands refer Syria torture case to international court",
        "The International Court of Justice will hear the case in The Hague.",
    ),
]


@pytest.mark.parametrize(("demand", "title", "text"), FIFTH_ROUND_NEAR_MISSES)
def test_fifth_round_near_misses_stay_off_their_demand(
    matcher: Matcher, demand: str, title: str, text: str
) -> None:
    assert demand not in fired(matcher, title, text)
