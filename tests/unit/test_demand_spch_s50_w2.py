"""The Human Rights Council named in Russian as СПЧ, with "ООН" or in the prepositional is
another forum for the stop-veto query (issue 11, session 50, w2; ru-spch-s50-w2).

The query's branches on a Council's paralysis, on a member voting against a text and on a
member opposing one leave out other fora by name; in Russian the first two named the Human Rights
Council only as "Совет/Совета по правам человека", the third not at all. Where the Security
Council is named beside it, the branches read as before."""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import alerted

STOP_VETO = "stop-veto-obstruction"


@pytest.mark.parametrize(
    ("title", "demands"),
    [
        ("Россия проголосовала против резолюции Совета ООН по правам человека по Сирии", set()),
        ("Россия и Китай проголосовали против резолюции СПЧ по бойне в Хуле", set()),
        (
            "Россия проголосовала против резолюции Совета по правам человека по Сирии",
            set(),
        ),
        (
            "Россия и Китай выступили против резолюции Совета ООН по правам человека по Алеппо",
            set(),
        ),
        ("В Совете ООН по правам человека Россия выступила против резолюции по Сирии", set()),
        # The Security Council named beside it: as before.
        (
            "Несмотря на доклад СПЧ, Россия выступила против резолюции Совбеза по Алеппо",
            {STOP_VETO},
        ),
        (
            "После доклада комиссии СПЧ Россия и Китай заблокировали в Совбезе санкции против "
            "Дамаска",
            {STOP_VETO},
        ),
        (
            "Россия выступила против французской резолюции Совбеза по Алеппо и наложила вето",
            {STOP_VETO},
        ),
        ("Россия и Китай проголосовали против резолюции Совета Безопасности по Сирии", {STOP_VETO}),
    ],
)
def test_the_rights_council_in_russian_is_another_forum(
    matcher: Matcher, title: str, demands: set[str]
) -> None:
    assert alerted(matcher, title) == demands
