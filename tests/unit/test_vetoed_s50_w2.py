"""A Human Rights Council headline in Russian, in any case and as СПЧ, is no veto of the
Council (issue 11, session 50, w2; ru-rights-s50-w2).

``vetoed._RIGHTS_COUNCIL`` keeps a headline on the Human Rights Council from the veto watch
whatever the event rules read: Russia and China voting against its text in Geneva is told in
the genitive ("против резолюции Совета по правам человека") or the prepositional ("в Совете по
правам человека"), which the nominative alone missed. The Security Council's vetoes, named in
any form, still alert."""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import alerted

STOP_VETO = "stop-veto-obstruction"


@pytest.mark.parametrize(
    ("title", "demands"),
    [
        ("Китай и Россия проголосовали против текста Совета по правам человека о Сирии", set()),
        ("Москва и Пекин проголосовали против резолюции Совета по правам человека по Сирии", set()),
        ("Россия проголосовала против в Совете по правам человека резолюции о Сирии", set()),
        (
            "Россия и Китай проголосовали против резолюции Совета по правам человека по Алеппо",
            set(),
        ),
        (
            "Россия и Китай проголосовали против резолюции Совета по правам человека о "
            "расследовании в Алеппо",
            {"accountability-investigations"},
        ),
    ],
)
def test_a_vote_against_the_rights_councils_text_is_no_veto(
    matcher: Matcher, title: str, demands: set[str]
) -> None:
    assert alerted(matcher, title) == demands


@pytest.mark.parametrize(
    ("title", "demands"),
    [
        ("Россия и Китай проголосовали против резолюции Совета Безопасности по Сирии", {STOP_VETO}),
        ("Россия наложила вето на проект резолюции Совбеза по Алеппо", {STOP_VETO}),
        (
            "Россия и Китай заблокировали в Совбезе ООН передачу дела Сирии в МУС",
            {STOP_VETO, "icc-referral"},
        ),
        (
            "Россия и Китай в третий раз наложили вето на резолюцию Совета Безопасности по Сирии",
            {STOP_VETO},
        ),
    ],
)
def test_the_security_councils_veto_still_alerts(
    matcher: Matcher, title: str, demands: set[str]
) -> None:
    assert alerted(matcher, title) == demands
