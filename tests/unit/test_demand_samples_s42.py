"""Session 42 (issue 11): experts sampling at a chemical-attack site are the investigation.

- Samples taken, collected or analysed (samples, échantillons, prélèvements, muestras, Proben,
  пробы/образцы, عينات) within 12 words of the chemical weapons watchdog, chemical weapons or an
  attack with them, sarin, chlorine, inspectors or the fact-finders are
  accountability-investigations, in every language (tests/eval/README.md, the lead's decision
  of session 42 on experts sampling at an attack site).
- Not the watchdog's or inspectors' samples at declared facilities (a disarmament check, with
  no attack), nor samples of water, soil, air or wheat where no chemical weapon is named
  (chemical substances after a fire are not a chemical attack).

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
            "Syria: watchdog's team brings back samples from Saraqib's suspected chlorine site",
            "The samples will be tested at two laboratories in Europe, the organisation said.",
        ),
        (
            "U.N. inspectors in Syria gather urine and hair samples from survivors of the gas attack",
            "The team worked for five hours in the suburb before returning to its hotel.",
        ),
        (
            "Syrie : les inspecteurs de l'OIAC ont pu faire des prélèvements à Douma",
            "Ils avaient attendu une semaine à Damas.",
        ),
        (
            "Siria: los inspectores de la OPAQ toman muestras en Duma",
            "El material será analizado en laboratorios designados.",
        ),
        (
            "Syrien: Chemiewaffen-Inspekteure nehmen Bodenproben in Duma",
            "Die Ergebnisse werden in einigen Wochen erwartet.",
        ),
        (
            "Сирия: эксперты ОЗХО взяли пробы в Думе",
            "Результаты анализа ожидаются через несколько недель.",
        ),
        (
            "سوريا: مفتشو منظمة حظر الأسلحة الكيميائية يأخذون عينات في دوما",
            "ستحلل العينات في مختبرات معتمدة.",
        ),
    ],
)
def test_samples_beside_the_chemical_weapons_inquiry_are_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria: watchdog inspectors take samples at declared research sites in Barzah",
            "The visit was part of the routine inspection of the declared chemical weapons facilities.",
        ),
        (
            "Syria: engineers take soil samples in Aleppo before rebuilding after the quake",
            "The ministry said the samples would show which districts were safe.",
        ),
        (
            "Сирия: специалисты взяли пробы воздуха после пожара на химическом складе",
            "Опасных химических веществ не обнаружено.",
        ),
        (
            "سوريا: خبراء يجمعون عينات من القمح في الحسكة",
            "قالوا إن الجفاف أضر بالمحصول.",
        ),
        (
            "Syria: poll of a sample of refugees finds most want to return",
            "The survey of 1,000 people was carried out in Lebanon and Jordan.",
        ),
    ],
)
def test_samples_with_no_chemical_attack_are_not_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)
