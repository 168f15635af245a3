"""A UN organ lifting sanctions or an embargo, or taking names off its sanctions list, in the
five other languages (issue 11, session 42, ml-adopted-s42): the organ's act is a resolution
adopted, as the English cues read "lifts sanctions" and "removes ... from its sanctions
list". Not the EU, a government or the sanctions committee lifting or delisting, nor a call
or a plan to lift; and an Arabic UN text told as passed by its majority ("بأغلبية 120 صوتا"),
not a parliament's. Wording here differs from the tuning set's.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    "title",
    [
        "Le Conseil de sécurité lève l'embargo sur les armes visant la Somalie",
        "Les Nations unies radient deux dirigeants syriens de leur liste de sanctions",
        "La ONU levanta las sanciones que pesaban sobre Sudán del Sur",
        "El Consejo de Seguridad excluye a dos ministros sirios de su lista de sanciones",
        "UN-Sicherheitsrat hebt Waffenembargo gegen Somalia auf",
        "Sicherheitsrat streicht zwei syrische Minister von der Sanktionsliste",
        "Совбез ООН снял эмбарго на поставки оружия в Сомали",
        "Совет Безопасности исключил двух министров Сирии из санкционного списка",
        "مجلس الأمن يلغي الحظر على تصدير السلاح إلى الصومال",
        "مجلس الأمن يشطب وزيرين سوريين من قائمة العقوبات",
        "نص أممي حول حقوق الإنسان في سوريا يحظى بأغلبية 120 صوتا",
    ],
)
def test_a_un_organ_lifting_or_delisting_is_an_adoption(title: str) -> None:
    assert classify(title, "").type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "event"),
    [
        ("L'Union européenne lève l'embargo pétrolier contre la Syrie", "other"),
        ("Le comité des sanctions du Conseil de sécurité retire un général de la liste", "other"),
        ("Le Conseil de sécurité a levé la séance sans adopter de sanctions", "other"),
        ("L'ONU appelle à lever les sanctions contre la Syrie", "statement"),
        ("La ONU levanta la voz contra las sanciones unilaterales", "other"),
        ("Washington levanta las sanciones al Banco Central de Siria", "other"),
        ("EU hebt Sanktionen gegen Syrien teilweise auf", "other"),
        ("Совбез ООН снял с повестки вопрос о санкциях", "other"),
        ("Минфин США исключил сирийских бизнесменов из санкционного списка", "other"),
        ("الاتحاد الأوروبي يرفع الحظر عن النفط السوري", "other"),
        ("مجلس الشعب يقر قانون الاستثمار بأغلبية 150 صوتا", "other"),
    ],
)
def test_others_lifting_or_calls_to_lift_are_not(title: str, event: str) -> None:
    assert classify(title, "").type == event
