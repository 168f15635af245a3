"""Session 27 (issue 11): the accountability demand in the five other languages.

- The Assembly's Independent Institution on Missing Persons in Syria (2023) was read as the
  demand's kind in the five languages as in English. Session 40 (the lead's decision,
  tests/eval/README.md "Labels the author was unsure of") reads it the other way: it is
  humanitarian and investigates no perpetrator, so told alone it is not the demand in any
  language, and these texts are near misses now.
- French "enquêteurs" was a bare term, and the French stemmer reads it as every "enquête"
  (a journalists' "Enquête :" kicker, an opinion poll): investigators now count as the
  English "investigators" do, named by who they are or by what they look into, not police.
  An "enquête" that a Council text, vote or veto is about still carries the demand.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

ACCOUNTABILITY = "accountability-investigations"


MISSING_INSTITUTION = [
    (
        "Syrie : l'organe de l'ONU chargé des personnes disparues ouvre un bureau à Genève",
        "Les familles pourront y déposer des informations sur leurs proches.",
    ),
    (
        "Siria: la institución de la ONU para las personas desaparecidas nombra a su directora",
        "El organismo fue creado por la Asamblea General en junio de 2023.",
    ),
    (
        "Syrien: UN-Institution für Vermisste legt ersten Bericht vor",
        "Die Einrichtung soll Angehörigen helfen, das Schicksal Verschwundener zu klären.",
    ),
    (
        "Институт ООН по пропавшим без вести в Сирии начал прием обращений семей",
        "Новый орган был учрежден Генеральной Ассамблеей в 2023 году.",
    ),
    (
        "مؤسسة الأمم المتحدة المعنية بالمفقودين في سوريا تفتح باب التواصل مع الأسر",
        "أنشأت الجمعية العامة المؤسسة في عام 2023 لكشف مصير المفقودين.",
    ),
]


@pytest.mark.parametrize(("title", "text"), MISSING_INSTITUTION)
def test_the_missing_persons_institution_alone_is_not_the_demand_in_five_languages(
    matcher: Matcher, title: str, text: str
) -> None:
    # Session 40: the institution told alone (its office, its head, its first report, the
    # families it receives) is not an investigation of perpetrators.
    assert ACCOUNTABILITY not in fired(matcher, title, text)


NOT_THE_CAMPAIGNS_INQUIRY = [
    (
        "Enquête : dans les camps du nord de la Syrie, l'hiver de tous les dangers",
        "Notre reporter a passé dix jours auprès des familles déplacées près d'Idleb.",
    ),
    (
        "Réfugiés syriens en France : une enquête de l'Insee sur l'accès à l'emploi",
        "L'étude porte sur les personnes arrivées depuis 2015.",
    ),
    (
        "Un Syrien tué à Lyon : les enquêteurs de la police judiciaire entendent des témoins",
        "La victime, arrivée de Homs il y a deux ans, a été poignardée dans la nuit.",
    ),
]


@pytest.mark.parametrize(("title", "text"), NOT_THE_CAMPAIGNS_INQUIRY)
def test_french_enquete_of_journalists_pollsters_or_police_is_not_the_demand(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


FRENCH_INVESTIGATIONS = [
    (
        "Syrie : les enquêteurs de l'ONU documentent des exécutions à Daraya",
        "La commission réunit des témoignages de survivants.",
    ),
    (
        "Les enquêteurs de l'OIAC concluent à l'usage de chlore à Saraqeb",
        "Le rapport désigne un hélicoptère de l'armée de l'air syrienne.",
    ),
    (
        "Syrie : Moscou bloque un projet prolongeant l'enquête sur les armes chimiques",
        "Le texte a recueilli onze voix pour au Conseil de sécurité.",
    ),
    (
        "Syrie : la haute-commissaire demande une enquête sur les tueries de Banias",
        "Des familles entières auraient été exécutées.",
    ),
]


@pytest.mark.parametrize(("title", "text"), FRENCH_INVESTIGATIONS)
def test_french_investigators_and_inquiries_of_the_conflict_are_the_demand(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)
