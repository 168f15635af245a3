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
        ("Sentencia en Coblenza contra un exagente", "El tribunal lo declaró culpable de matar a presos."),
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
        ("Procès à Coblence d'un réseau de trafic de cocaïne", "Le tribunal a prononcé six peines."),
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
