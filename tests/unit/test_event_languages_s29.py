"""Session 29 (issue 11): a UN organ's adoption told in the five other languages with the
organ named in full and its act in the present, as headlines write it.

Adoptions read `other` were validation's largest multilingual event class, nearly all with
no adoption cue at all: the Council "exige", "crea", "schickt", "учреждает", "يطالب". Its
condemnations stay press statements, a demand made "in a statement" stays a statement, and
another body's council (the EU's, the Arab League's) is not a UN organ.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.events import classify

PUBLISHED = datetime(2014, 3, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    "title",
    [
        "Le Conseil de sécurité exige la levée des sièges en Syrie",
        "Le Conseil de sécurité de l'ONU envoie des observateurs en Syrie",
        "El Consejo de Seguridad exige el fin de los bombardeos en Siria",
        "La Asamblea General crea un mecanismo sobre los crímenes en Siria",
        "UN-Sicherheitsrat verlangt Zugang für Helfer in Syrien",
        "Sicherheitsrat schickt Beobachter nach Syrien",
        "Совет Безопасности ООН потребовал снять осаду в Сирии",
        "Совбез ООН учреждает миссию в Сирии",
        "مجلس الأمن يطالب برفع الحصار في سوريا",
        "مجلس الأمن يقرر نشر مراقبين في سوريا",
    ],
)
def test_a_un_organ_and_its_act_in_the_present_is_an_adoption(title: str) -> None:
    assert classify(title, "", published=PUBLISHED).type == "resolution_adopted"


@pytest.mark.parametrize(
    "title",
    [
        "Le Conseil de sécurité exige, dans une déclaration, la fin des violences en Syrie",
        "Sicherheitsrat fordert in einer Erklärung ein Ende der Gewalt in Syrien",
        "Совбез ООН осудил обстрел в Сирии",
        "مجلس الأمن يدين التفجير في دمشق",
        "La Liga Árabe exige a Siria retirar las tropas",
        "EU-Rat verhängt Sanktionen gegen Syrien",
        "Совет ЕС ввел санкции против Сирии",
    ],
)
def test_statements_and_other_councils_are_not_an_adoption(title: str) -> None:
    assert classify(title, "", published=PUBLISHED).type != "resolution_adopted"
