"""Session 47 (issue 11, w4): the monitoring body named in the headline is what the
monitor-access demand is about.

The demand's query needs a word of getting in beside a monitoring body, and one word of what the
demand is about (the UN, the League, a mission, rights, an inquiry, a truce, detention, the
Council ...). Observers, monitors, inspectors or investigators named in the headline, in the six
languages, now meet that second need themselves ("Observers reach Homs as crowds pour into the
streets"), where the item names none of those words. Every other part of the query still holds:
commentators, election observers and the Golan's stay out by the demand's exclusions; observers
of the weather, a re-election or a referendum, or beside a freeze, the war monitor's "monitors",
a power grid's, and a ministry's, the police's, customs' or building inspectors stay out by the
new clause's own.

Each positive reads nothing on the queries before the clause. The texts are written for this test, in other words than the labelled sets in tests/eval/
(multi-demands-s47-w4.jsonl holds more).
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

MONITORS = "monitor-access"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Observers enter Baba Amr for the first time",
            "The monitors were let into the district on Wednesday after a day of talks with army "
            "officers, residents said.",
        ),
        ("Observers blocked from entering Hama", ""),
        (
            "Inspectors reach third declared site near Homs",
            "The inspectors, escorted by government security, reached the facility on Thursday.",
        ),
        ("Monitors turned back at a checkpoint outside Hama", ""),
        ("Les observateurs arrivent à Homs", ""),
        ("Los observadores llegan a Homs", ""),
        ("Beobachter erreichen Homs", ""),
        ("المفتشون يصلون إلى موقع ثالث قرب حمص", ""),
        (
            "Наблюдатели прибыли в Хомс",
            "Наблюдатели во вторник посетили район Баба-Амр, сообщили жители.",
        ),
        ("Inspekteure erreichen zweiten Standort bei Homs", ""),
    ],
)
def test_the_body_in_the_headline_getting_in_is_monitor_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert fired(matcher, title, text) == {MONITORS}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Observers expect troops to enter Hama within days",
            "Analysts and other observers in Beirut expect the army to reach the city centre soon.",
        ),
        (
            "Observers arrive in Damascus for presidential vote",
            "Delegations invited from Iran and Russia reached the capital on Sunday to watch the "
            "election.",
        ),
        (
            "Monitors: army back in Hama after week of shelling",
            "Troops entered the city on Sunday, a Britain-based group that tracks the war said.",
        ),
        (
            "Weather observers warn of dust storm over Homs",
            "Visibility may fall below 300 metres when the storm reaches the city on Friday.",
        ),
        (
            "Grid monitors installed in Homs suburbs",
            "Engineers from a private firm were allowed to work on the electricity substations.",
        ),
        (
            "Building inspectors reach quake-hit blocks in Hama",
            "Teams visited 300 buildings in the first week and ordered 40 evacuated.",
        ),
        (
            "Ministry inspectors visit Homs bakeries",
            "Inspectors from the trade ministry visited 30 bakeries and closed two for selling "
            "underweight bread.",
        ),
        ("Inspectores de aduanas llegan a la frontera siria", "Buscan frenar el contrabando."),
    ],
)
def test_other_observers_and_inspectors_are_not_monitors(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)


def test_a_freeze_over_attacks_on_observers_is_not_monitor_access(matcher: Matcher) -> None:
    found = fired(
        matcher,
        "La UE congela los bienes de cuatro oficiales sirios por ataques contra observadores",
        "Los ministros también les prohíben la entrada en la Unión Europea.",
    )
    assert MONITORS not in found
