"""Session 36 (issue 11): Russian blocking told as "не поддерживает", "не будет поддерживать",
"не может поддержать" a text, and air-defence systems and jets received, handed over or
delivered to Syria.

Validation's Russian misses, counted by cause (counts only): of 18 stop-veto misses passing the
Syria context, 3 tell a permanent member that "не поддерживает" or "не поддержат" a draft, where
the query knew only "не поддержит", "не поддержала" and "не поддержали"; of 12 arms-embargo
misses failing the query, 5 name an air-defence system or a jet model with no supply word the
query knew ("получила", "переданы", "доставлены"). The near misses: a constitution, the Sochi
congress's text, Russia's own draft, support given ("не только поддержала"), systems taken out,
struck or shot down, a pilot given asylum, another state receiving them.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

VETO = "stop-veto-obstruction"
ARMS = "arms-embargo"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Кремль не поддерживает резолюцию Запада по Сирии",
            "Песков назвал текст однобоким.",
        ),
        (
            "Пекин и Москва не поддержат проект о санкциях против Дамаска",
            "Голосование в Совете Безопасности пройдет в пятницу.",
        ),
        (
            "Россия не будет поддерживать документ о гуманитарных паузах в Сирии",
            "Дипломаты продолжают консультации.",
        ),
        (
            "Лавров: Москва не может поддержать текст о Сирии в нынешнем виде",
            "Министр потребовал убрать угрозу санкций.",
        ),
        (
            "Китай не станет поддерживать резолюцию о сирийском химоружии",
            "Постпред КНР призвал дождаться итогов проверки.",
        ),
    ],
)
def test_a_member_not_supporting_a_text_blocks_it(matcher: Matcher, title: str, text: str) -> None:
    assert VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # another forum's text, or a text Russia drafted
        (
            "Россия не поддерживает проект конституции Сирии, написанный в Женеве",
            "Основной закон должны согласовать сами сирийцы.",
        ),
        (
            "Лондон не поддерживает российский проект резолюции по Сирии",
            "Британия считает текст слишком мягким.",
        ),
        (
            "Сирийская оппозиция не поддерживает проект документа, предложенный Россией",
            "Делегация уехала из Сочи.",
        ),
        # support given, not withheld
        (
            "Россия не только поддержала резолюцию по Сирии, но и стала ее соавтором",
            "Совет Безопасности принял текст единогласно.",
        ),
        # no text at all
        ("Москва не поддерживает идею буферной зоны в Сирии", "Об этом заявили в МИД России."),
    ],
)
def test_not_supporting_another_forums_text_or_no_text_is_no_block(
    matcher: Matcher, title: str, text: str
) -> None:
    assert VETO not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Сирийская армия получила новые ЗРК от России", "Комплексы прикроют Дамаск."),
        ("Москва передала Дамаску истребители МиГ-29", "Самолеты поступят в ВВС Сирии."),
        (
            "В Сирию доставлены первые С-300",
            "Расчеты сирийской ПВО начали обучение.",
        ),
        ("Сирия получит учебно-боевые Як-130", "Контракт на поставку подписан ранее."),
    ],
)
def test_air_defence_and_jets_received_by_syria_are_arms_supplies(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # taken out of Syria, struck, shot down
        ("Российские С-300 вывезены из Сирии", "Комплексы доставлены морем в Россию."),
        ("Израиль уничтожил ЗРК в Сирии", "Комплекс был получен от России несколько лет назад."),
        ("В Сирии сбит МиГ-23", "Летчик получил ранения и доставлен в госпиталь."),
        # a pilot given asylum
        (
            "Сирийский летчик на МиГ-21 получил убежище в Иордании",
            "Он посадил самолет под Мафраком.",
        ),
        # another state receiving them, Syria named in passing
        ("Турция получила ЗРК С-400", "Анкара продолжает операцию на севере Сирии."),
    ],
)
def test_systems_taken_out_struck_or_for_another_state_are_no_supply(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ARMS not in fired(matcher, title, text)
