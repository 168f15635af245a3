"""The two Councils in Russian headlines (issue 11, session 50, w2; ru-sovbez-s50-w2).

``stories._councils`` reads the Security Council as Совбез in any case and СБ ООН, the Human
Rights Council as СПЧ and "Совет ООН по правам человека", besides the full names, so that
``StoryClusterer._other_council`` keeps a Russian report of one Council's adoption out of the
other's story the same day. Russia's own Security Council (Совбез РФ, Совет безопасности
России) and the Federation Council are neither."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.stories import _councils
from story_support import candidate, polled

SECURITY = frozenset({"security"})
RIGHTS = frozenset({"rights"})
NONE: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Совбез ООН принял резолюцию по Сирии с требованием доступа для ОЗХО", SECURITY),
        ("СБ ООН принял резолюцию, обязав Сирию пустить инспекторов ОЗХО", SECURITY),
        ("Принятая Совбезом резолюция открывает инспекторам ОЗХО доступ", SECURITY),
        ("Пан Ги Мун передал Совбезу доклад инспекторов ООН о зарине в Гуте", SECURITY),
        ("В Совбезе ООН обсудили доклад Сельстрема", SECURITY),
        ("Заседание Совбеза по Сирии перенесено", SECURITY),
        ("В Совбезе Россия наложила вето на проект по Алеппо", SECURITY),
        ("Совет Безопасности ООН продлил механизм", SECURITY),
        ("СПЧ принял резолюцию по Сирии с требованием доступа для комиссии ООН", RIGHTS),
        ("Совет ООН по правам человека принял резолюцию о доступе следователей в Сирию", RIGHTS),
        ("Россия проголосовала против резолюции Совета по правам человека", RIGHTS),
        ("СПЧ призвал Совбез ООН обеспечить доступ комиссии", RIGHTS | SECURITY),
        # Russia's own Security Council, the Federation Council, a word holding the letters.
        ("Путин провел совещание Совбеза РФ по Сирии", NONE),
        ("Совбез России обсудил ситуацию в Сирии", NONE),
        ("Совет безопасности России обсудил проект резолюции ООН по Сирии", NONE),
        ("Совет безопасности Российской Федерации собрался по Сирии", NONE),
        ("Совет Федерации направит делегацию в Конгресс США", NONE),
        ("Главный спчичрайтер ушел в отставку", NONE),
    ],
)
def test_russian_headlines_name_their_council(title: str, named: frozenset[str]) -> None:
    assert _councils(title) == named


# The Human Rights Council's Syria resolution in Geneva and resolution 2118 in New York,
# 27 September 2013.
HRC = datetime(2013, 9, 27, 14, 20, tzinfo=UTC)
VOTE = datetime(2013, 9, 27, 23, 40, tzinfo=UTC)
ACCESS = "monitor-access"


def test_a_russian_report_of_one_councils_adoption_stays_out_of_the_others_story() -> None:
    geneva = candidate(
        "hrc-en",
        "Human Rights Council adopts resolution on Syria demanding access for commission of inquiry",
        "resolution_adopted",
        HRC,
        demand=ACCESS,
    )
    geneva_ru = candidate(
        "hrc-ru",
        "СПЧ принял резолюцию по Сирии с требованием доступа для комиссии ООН",
        "resolution_adopted",
        HRC.replace(hour=15),
        demand=ACCESS,
    )
    new_york = candidate(
        "sc-en",
        "Security Council unanimously adopts resolution 2118, demands unfettered access for "
        "OPCW inspectors in Syria",
        "resolution_adopted",
        VOTE,
        demand=ACCESS,
    )
    new_york_ru = candidate(
        "sc-ru",
        "Совбез ООН принял резолюцию по Сирии с требованием доступа для ОЗХО",
        "resolution_adopted",
        VOTE.replace(minute=55),
        demand=ACCESS,
    )
    got = polled(geneva, geneva_ru, new_york, new_york_ru)
    assert got[0].id == got[1].id
    assert got[3].id != got[1].id
