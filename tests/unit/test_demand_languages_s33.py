"""Session 33 (issue 11): the Koblenz trial in the five other languages.

Validation's multilingual accountability misses, counted by cause (counts only): 14 name
Koblenz or the defendants, 9 of them failing the Syria context, because the reading of a
trial word beside Koblenz (session 32) was English only; German and Spanish verdicts that
say "murder" also fell to the demand's exclusion of ordinary crimes. A trial word within
15 words of Koblenz in French, Spanish, German, Russian or Arabic is the trial's news; the
city's other cases (a plot, drugs, fraud, burglary, a flood) are not.

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
        ("Coblence : les juges entendent un ancien gardien", "Le procès reprend mardi."),
        (
            "Sentencia en Coblenza contra un exagente",
            "El tribunal lo declaró culpable de matar a presos.",
        ),
        (
            "Koblenzer Urteil: lebenslange Haft für früheren Oberst",
            "Das Gericht sprach ihn des Mordes an Häftlingen schuldig.",
        ),
        ("Суд в Кобленце заслушал новых свидетелей", "Процесс продлится до осени."),
        ("شهود جدد أمام محكمة كوبلنز", "استمعت المحكمة إلى معتقلين سابقين."),
    ],
)
def test_the_koblenz_trial_in_five_languages_is_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Procès à Coblence d'un réseau de trafic de cocaïne",
            "Le tribunal a prononcé six peines.",
        ),
        ("Juicio en Coblenza por un fraude con subvenciones", "Los acusados niegan los cargos."),
        (
            "Prozess in Koblenz gegen mutmaßliche Reichsbürger",
            "Die Angeklagten sollen eine Entführung geplant haben.",
        ),
        ("Суд в Кобленце осудил членов банды наркоторговцев", "Приговор вынесен в четверг."),
        ("محكمة كوبلنز تنظر في قضية سرقة", "المتهمون ينفون التهم."),
        (
            "Koblenzer Landgericht verurteilt Syrer nach Messerangriff",
            "Dem Urteil ging ein Streit in einer Unterkunft voraus.",
        ),
        (
            "Coblence : un réfugié syrien condamné pour des cambriolages",
            "Le tribunal lui inflige deux ans de prison.",
        ),
    ],
)
def test_koblenzs_other_cases_in_five_languages_are_no_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


# The international court's prosecutor, the head of the Syria crimes mechanism and the High
# Commissioner in Damascus, in the five other languages (20 of validation 11-31's 74
# multilingual monitor misses named the prosecutor beside Damascus); Syria's own prosecutors
# in Damascus, the same people elsewhere and the refugee agency's chief are not.
MONITORS = "monitor-access"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Le procureur de la CPI attendu à Damas",
            "Il doit rencontrer les autorités de transition.",
        ),
        ("Karim Khan, en Damasco", "El fiscal conversó con el ministro de Exteriores."),
        (
            "Leiter des UN-Mechanismus in Damaskus eingetroffen",
            "Er will über Akten aus den Gefängnissen sprechen.",
        ),
        ("Прокурор МУС провел переговоры в Дамаске", "Визит не анонсировался."),
        ("المفوض السامي لحقوق الإنسان يصل إلى دمشق", "يلتقي مسؤولين في الحكومة الانتقالية."),
    ],
)
def test_the_courts_prosecutor_and_un_chiefs_in_damascus_are_monitors(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "À Damas, le procureur général inculpe des douaniers",
            "Le parquet syrien parle de fraude.",
        ),
        ("El fiscal de la CPI visita Caracas", "Siria no figuró en la agenda."),
        (
            "Flüchtlingshochkommissar besucht Damaskus",
            "Das UNHCR will Rückkehrer aus dem Libanon unterstützen.",
        ),
        ("Прокурор Дамаска возбудил дело о контрабанде", "Задержаны трое сирийских чиновников."),
        ("النائب العام في دمشق يأمر بتوقيف تجار", "قالت النيابة إن التهمة احتكار الطحين."),
    ],
)
def test_syrias_own_prosecutors_and_visits_elsewhere_are_no_monitors(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)
