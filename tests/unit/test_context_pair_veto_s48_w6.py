"""Session 48 (issue 11, w6): Russia and China named as a pair beside a veto, told in French,
Spanish, German, Russian or Arabic with no Syria word, are the Syria file's.

The campaign context has read the English pair as Syria's since session 38 ("Russia, China veto
U.N. text", unless another file is named: en-demands-38b); the other five languages had no such
clause, so a wire's "Россия и Китай наложили вето ..." or "روسيا والصين تستخدمان الفيتو ..." with no
Syria word failed the context, and the veto the event rules read there alerted nothing
(multi-stopveto-s48-w6). Now Russia and China (or their capitals) as nouns within 3 words of each
other and a veto or a blocking verb within 6, in those languages, are Syria's, unless another file
is named in the item in that language (Burma, Zimbabwe or Mugabe, Venezuela, the DPRK, Gaza,
Ukraine, Iran, nuclear arms, missiles ...). The clause is written twice, in the context and among
stop-veto-obstruction's Syria words; test_demand_clause_copies keeps the two copies alike.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify
from demandwatch.core.matching import Matcher
from demandwatch.core.prepared import prepare
from demandwatch.core.query import Document

STOP_VETO = "stop-veto-obstruction"


def context_holds(matcher: Matcher, title: str, text: str = "") -> bool:
    """Whether the shipped campaign's context holds on the item (one campaign: every demand's)."""
    context = matcher.demands[0].context
    assert context is not None
    return context.evaluate(Document.of(prepare(title, text))).matched


def alerted(matcher: Matcher, title: str, text: str = "") -> set[str]:
    """The demands a run alerts the item on: the queries' and those its event meets."""
    matches, _ = matcher.alerting(
        prepare(title, text), lambda _prepared: classify(title, text), title=title
    )
    return {m.demand_id for m in matches}


POSITIVES = [
    (
        "Moscou et Pékin opposent leur veto au projet européen",
        "Le texte condamnait la répression des manifestations et réclamait la fin des violences.",
    ),
    ("Rusia y China vetan el texto respaldado por la Liga Árabe en el Consejo", ""),
    (
        "Russland und China legen ihr Veto gegen die Resolution ein",
        "Dreizehn Mitglieder des Sicherheitsrats stimmten für den Text.",
    ),
    ("Россия и Китай вновь наложили вето в Совбезе ООН", ""),
    ("روسيا والصين تستخدمان الفيتو للمرة الثالثة في مجلس الأمن", ""),
]


@pytest.mark.parametrize(("title", "text"), POSITIVES)
def test_the_pair_s_veto_with_no_syria_word_is_syria_s(
    matcher: Matcher, title: str, text: str
) -> None:
    assert context_holds(matcher, title, text)
    assert alerted(matcher, title, text) == {STOP_VETO}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Zimbabwe : veto de la Russie et de la Chine aux sanctions", ""),
        ("Rusia y China vetan el proyecto sobre Birmania", ""),
        ("Rusia y China vetan las sanciones a Zimbabue", ""),
        ("Russland und China blockieren Resolution zu Nordkorea", ""),
        ("Россия и Китай заблокировали резолюцию по Венесуэле", ""),
        ("روسيا والصين تستخدمان الفيتو ضد قرار بشأن ميانمار", ""),
        (
            "La Russie et la Chine opposent leur veto au texte américain",
            "Le projet évoquait un cessez-le-feu à Gaza et la libération des otages.",
        ),
    ],
)
def test_another_file_s_double_veto_is_not_syria_s(matcher: Matcher, title: str, text: str) -> None:
    assert not context_holds(matcher, title, text)
    assert alerted(matcher, title, text) == set()


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the pair with no veto or blocking verb beside it
        ("La Russie et la Chine s'abstiennent lors du vote au Conseil", ""),
        # a veto beside one member only
        ("Rusia veta el texto en el Consejo de Seguridad", ""),
        # the two named apart
        ("Russland warnt, der Westen drängt, China schweigt: Veto droht", ""),
    ],
)
def test_the_clause_needs_the_pair_beside_the_veto(matcher: Matcher, title: str, text: str) -> None:
    assert not context_holds(matcher, title, text)
