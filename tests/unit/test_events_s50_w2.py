"""A permanent member voting against the Human Rights Council's text, told in Russian with no
adoption word, is no veto (issue 11, session 50, w2; ru-rights-s50-w2).

The rule that reads the Assembly or the Human Rights Council adopting a text some members voted
against (``events._OTHER_ORGAN_ELSEWHERE`` with an adoption word) reads the Human Rights Council
without one (``events._RIGHTS_COUNCIL_ELSEWHERE``, Russian in any case and as СПЧ): no member
of it can veto. Not where the Security Council or the veto is named."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

CHINA, RUSSIA = "China", "Russian Federation"


@pytest.mark.parametrize(
    "title",
    [
        "Китай и Россия проголосовали против текста Совета по правам человека о Сирии",
        "Москва и Пекин проголосовали против резолюции Совета по правам человека по Сирии",
        "Россия проголосовала против в Совете по правам человека резолюции о Сирии",
        "Россия и Китай проголосовали против резолюции Совета по правам человека по Алеппо",
        "Россия и Китай проголосовали против резолюции Совета по правам человека о "
        "расследовании в Алеппо",
    ],
)
def test_a_vote_against_the_rights_councils_text_is_its_adoption(title: str) -> None:
    event = classify(title, "")
    assert (event.type, event.vetoers) == ("resolution_adopted", frozenset())


@pytest.mark.parametrize(
    ("title", "vetoers"),
    [
        (
            "Россия и Китай проголосовали против резолюции Совета Безопасности по Сирии",
            {CHINA, RUSSIA},
        ),
        ("Россия наложила вето на проект резолюции Совбеза по Алеппо", {RUSSIA}),
        ("Россия и Китай заблокировали в Совбезе ООН передачу дела Сирии в МУС", {CHINA, RUSSIA}),
        (
            "Россия и Китай в третий раз наложили вето на резолюцию Совета Безопасности по Сирии",
            {CHINA, RUSSIA},
        ),
        # The Human Rights Council named beside the Security Council's veto.
        (
            "Россия наложила вето в Совбезе, а Совет по правам человека осудил Дамаск",
            {RUSSIA},
        ),
    ],
)
def test_the_security_councils_veto_stays_a_veto(title: str, vetoers: set[str]) -> None:
    event = classify(title, "")
    assert (event.type, event.vetoers) == ("veto", frozenset(vetoers))
