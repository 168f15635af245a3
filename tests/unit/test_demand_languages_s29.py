"""Session 29 (issue 11): accountability in Russian told as a bare investigation.

Validation's Russian accountability misses, counted by cause (counts only), were mostly
items with no demand word the rules knew; a third of them carried "расследование" with
nothing beside it the rules read (a board of inquiry's, the OPCW's or a prosecutor's
inquiry named without what it is into), which almost no other Russian item carries. In a
Syria item the bare word is an investigation, as English "inquiry" is; not the ICC's, a
journalist's, the police's, a terrorist bombing's or the Russian defence ministry's own.

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
        ("ООН опубликовала выводы расследования по больницам в Идлибе", ""),
        ("В Сирии начинается расследование удара по колонне Красного Полумесяца", ""),
        ("ОЗХО подвела итоги расследования в Сирии", "Доклад представлен в Гааге."),
        ("Москва против продления расследования по Сирии", ""),
    ],
)
def test_a_bare_russian_investigation_in_a_syria_item_is_the_demand(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Журналистское расследование о контрабанде сирийской нефти", ""),
        ("Минобороны России ведет расследование гибели офицера в Сирии", ""),
        ("Полиция ведет расследование после драки в лагере сирийских беженцев", ""),
        ("Расследование теракта у границы с Сирией продолжается", ""),
        ("МУС начал расследование", "Прокурор суда в прошлом говорил и о Сирии."),
    ],
)
def test_other_russian_investigations_are_not_the_demand(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)


MONITORS = "monitor-access"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("المدعي العام للمحكمة الجنائية الدولية يصل إلى دمشق", ""),
        ("أول زيارة للمدعي العام إلى سوريا", "التقى المدعي العام للجنائية الدولية الرئيس السوري."),
        ("Le procureur de la CPI arrive à Damas", ""),
        ("Прокурор МУС прибыл в Дамаск", ""),
    ],
)
def test_the_icc_prosecutor_arriving_in_syria_in_every_language(
    matcher: Matcher, title: str, text: str
) -> None:
    # Arabic keeps the article on a three-letter word ("العام"), so the prosecutor with
    # it is a term of its own, as the README's rule for Arabic terms has it; the court
    # by its name in each language is what the visit is about, as "ICC" is in English.
    assert MONITORS in fired(matcher, title, text)


def test_the_icc_prosecutor_visiting_another_country_is_not_syria_access(
    matcher: Matcher,
) -> None:
    title = "المدعي العام للمحكمة الجنائية الدولية يزور كاراكاس"
    text = "منعت روسيا والصين قبل سنوات إحالة الملف السوري إلى المحكمة."
    assert MONITORS not in fired(matcher, title, text)
