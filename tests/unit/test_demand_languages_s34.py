"""Session 34 (issue 11): the chemical inquiry told in Russian as "СМР", and reports on sarin
or chlorine told with no investigation word, in the five other languages.

Validation's multilingual and busy-week accountability misses, counted by cause (counts only):
6 Russian misses name the Joint Investigative Mechanism by its Russian short name with no Syria
word, and fail the campaign's context, which read "СМР" only within 8 words of a mechanism, the
OPCW, a veto or the Council; every one names the UN, a mandate, an extension, a report, a draft or
the chemical inquiry elsewhere, and no item labelled otherwise holds "СМР" at all. Russian also
writes "СМР" for construction and installation works, which stay out, in Syria too. And 5 misses
naming sarin, chlorine or a chemical weapon name a report ("rapport", "informe", "Bericht",
"доклад", "تقرير") and no investigation word; a report on the arsenal's destruction, on chlorine
for drinking water or on what Damascus "could" use is no finding.

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
            "Срок работы СМР истекает в пятницу",
            "В Совете Безопасности так и не договорились о продлении.",
        ),
        (
            "Выводы СМР о применении зарина оспорены Москвой",
            "Дипломаты требуют пересмотреть методы.",
        ),
        ("В Нью-Йорке обсудят восьмой доклад СМР", "Заседание назначено на вторник."),
        ("Эксперты СМР готовят новый отчет", "Группа работает под эгидой ООН уже два года."),
    ],
)
def test_the_joint_mechanism_as_smr_is_accountability_with_no_syria_word(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # construction and installation works: not Syria's news, nor an inquiry in Syria
        ("Объем СМР на объектах ООН в Женеве снизился", "Подрядчик сослался на рост цен."),
        ("Доклад о ходе СМР на стадионе представлен губернатору", "Стройку завершат к осени."),
        ("Начались СМР на мосту в Хомсе", "Реконструкция ведется на средства ООН."),
        ("В Алеппо продлили сроки СМР в больнице", "Ремонт крыши затянулся из-за дождей."),
        # the short name alone, with nothing of the inquiry beside it
        ("СМР подвел итоги сезона", "Клуб занял третье место."),
    ],
)
def test_smr_as_works_or_alone_is_no_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syrie : un rapport de l'ONU établit l'emploi de chlore en 2014",
            "Des barils auraient été largués.",
        ),
        (
            "Siria: un informe vincula al ejército con el sarín de 2017",
            "Los autores citan testigos.",
        ),
        ("Syrien: Neuer Bericht zu Chlorangriffen in Idlib", "Die Autoren nennen drei Orte."),
        ("Доклад: в Сирии хлор применялся трижды за месяц", "Пострадали десятки жителей."),
        ("تقرير أممي: الكلور استخدم في ريف إدلب", "أصيب العشرات بحالات اختناق."),
    ],
)
def test_a_report_on_sarin_or_chlorine_is_accountability_in_five_languages(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syrie : rapport mensuel sur la destruction du stock chimique déclaré",
            "Le calendrier glisse.",
        ),
        (
            "Siria: un informe alerta de falta de cloro para el agua potable",
            "Las plantas tienen reservas.",
        ),
        ("Bericht aus Damaskus: Die Regierung könnte Sarin einsetzen", "Washington warnt."),
        ("Доклад: в Сирии не хватает хлора для очистки воды", "Запасов хватит на месяц."),
        ("تقرير: حريق في مستودع للكلور بحمص", "لم تسجل إصابات."),
        ("Syrie : les importations de chlore en hausse par rapport à 2010", "Les usines tournent."),
        # a report awaited is no finding yet
        ("Siria: se espera para marzo el informe sobre el cloro", "La ONU no adelanta detalles."),
    ],
)
def test_reports_on_the_arsenal_water_or_a_threat_are_no_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)
