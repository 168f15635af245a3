"""A reaction or a call by a named actor that is the item's lede is a `statement` in Russian,
Spanish and Arabic too, in the forms those languages write it: Russian's present tense and
verbs of feeling ("призывает", "осуждает", "приветствует", "обеспокоена", "выразил
обеспокоенность"), Spanish's past ("condenó", "pidió", "instó", "expresó su
preocupación"), Arabic's calls and condemnations ("دعا", "ناشدت", "حث", "استنكرت").

Written before the cues (session 15), from the blind part's counts (statements read
`other` in Russian, Arabic and Spanish). Not a statement: a court's sentence, a bloc's
sanctions, and a demand trailing other news ("..., while the opposition demanded ...").
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Верховный комиссар ООН по правам человека обеспокоена положением задержанных в Сирии",
            "Фолькер Тюрк выразил глубокую обеспокоенность сообщениями о пытках в сирийских"
            " тюрьмах.",
        ),
        (
            "Франция приветствует решение суда по делу о пытках в Сирии",
            "Министерство иностранных дел Франции приветствовало приговор, вынесенный в Кобленце.",
        ),
        (
            "Правозащитники призывают освободить задержанных в Сирии",
            "Правозащитная организация Human Rights Watch призывает власти Сирии освободить всех"
            " политических заключенных.",
        ),
        (
            "Германия осуждает удары по Идлибу",
            "Министр иностранных дел Германии осуждает удары по больницам в Идлибе.",
        ),
        (
            "España condenó el ataque químico en Duma",
            "El Gobierno español condenó el ataque con armas químicas y exigió que los"
            " responsables rindan cuentas.",
        ),
        (
            "Amnistía expresó su preocupación por los detenidos en Siria",
            "La organización expresó su profunda preocupación por la suerte de miles de"
            " desaparecidos.",
        ),
        (
            "هيومن رايتس ووتش تناشد دمشق الإفراج عن المعتقلين",
            "ناشدت منظمة هيومن رايتس ووتش السلطات السورية الإفراج عن جميع المعتقلين تعسفيا.",
        ),
        (
            "فرنسا تستنكر قصف المستشفيات في إدلب",
            "استنكرت وزارة الخارجية الفرنسية قصف المستشفيات في شمال غرب سوريا.",
        ),
    ],
)
def test_reaction_lede_is_a_statement(title: str, text: str) -> None:
    assert classify(title, text).type == "statement"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Суд в Кобленце приговорил бывшего сирийского офицера к пожизненному заключению",
            "Высший земельный суд Кобленца приговорил Анвара Раслана к пожизненному заключению.",
        ),
        (
            "ЕС ввел новые санкции против Сирии",
            "Совет ЕС ввел санкции против еще 12 сирийских чиновников.",
        ),
        (
            "وصول المراقبين إلى حمص",
            "وصل فريق المراقبين إلى حمص صباح اليوم، فيما طالبت المعارضة بزيارة السجون.",
        ),
    ],
)
def test_not_a_reaction(title: str, text: str) -> None:
    assert classify(title, text).type == "other"
