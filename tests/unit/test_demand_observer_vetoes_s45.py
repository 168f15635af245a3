"""Session 45 (issue 11): the UN observer mission's renewal vetoed, told in French, Spanish,
German, Russian or Arabic with no Syria word.

The observer mission of 2012 (UNSMIS, MISNUS, МООННС, the observation or supervision mission,
the observers' mission) or observers within 4 words of the UN, a mission, a mandate, a renewal
or unarmed, in an item naming a veto or a block ("bloquent", "stoppen", "заблокировали",
"أسقط"), is the Syria file's where no Syria word is written, unless an election, a referendum
or another file with observers of its own is named (Georgia and Abkhazia, the OSCE, Ukraine,
the Golan, Lebanon, Yemen, Mali ...). The context reads it; the demands' own queries decide
the rest (the mission's renewal is monitors' access; the veto is obstruction by the event).

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

MONITOR = "monitor-access"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Veto de Moscou et Pékin : la MISNUS n'a plus que quelques jours",
            "Le texte occidental aurait prolongé le mandat de la mission de supervision.",
        ),
        (
            "Rusia y China vetan el texto que prorrogaba a los observadores de la ONU",
            "El mandato de la misión vence el viernes.",
        ),
        (
            "Doppel-Veto: Beobachtermission der UNO vor dem Aus",
            "Elf Staaten hatten für den Entwurf gestimmt.",
        ),
        (
            "Москва и Пекин заблокировали проект о продлении миссии наблюдателей ООН",
            "Срок мандата истекает в пятницу.",
        ),
        (
            "فيتو مزدوج يهدد بعثة المراقبين الدوليين",
            "كان المشروع سيمدد ولاية البعثة ثلاثين يوما.",
        ),
    ],
)
def test_the_observer_mission_s_veto_with_no_syria_word_is_syria_s(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITOR in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Veto ruso a la misión de observadores de la ONU en Georgia",
            "La misión dejará Abjasia tras dieciséis años.",
        ),
        (
            "Россия заблокировала продление миссии наблюдателей ОБСЕ",
            "Наблюдатели покинут пункты пропуска на границе в сентябре.",
        ),
        (
            "Veto gegen Resolution: Wahlbeobachter der UNO abgezogen",
            "Die Mission sollte die Wahlen im Frühjahr begleiten.",
        ),
        (
            "La France bloque un texte sur les observateurs de l'ONU au Liban",
            "Le mandat de la mission expire en août.",
        ),
        (
            "روسيا تستخدم الفيتو ضد تمديد بعثة المراقبين في جورجيا",
            "قالت موسكو إن الواقع تغير في أبخازيا.",
        ),
    ],
)
def test_other_files_observer_missions_vetoed_do_not_fire(
    matcher: Matcher, title: str, text: str
) -> None:
    assert fired(matcher, title, text) == set()
