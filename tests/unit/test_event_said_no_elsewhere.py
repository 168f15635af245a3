"""A permanent member's no to a Council text told in words, in the five other languages (issue
11, session 43, ml-vetoes-said-no-s43): "disent non", "votent contre", "nouveau non russe",
"dicen no", "votan en contra", "не пропустила", "сказали «нет»" in a headline's present are
the veto, and the members saying it cast it. Not a member rejecting a draft (its stand before
the vote as often as its veto), a no to an intervention, an accusation or a plan, a vote
announced, a parliament's no, a convoy or inspectors not let through; nor members voting against in the General Assembly or the Human
Rights Council, where a text is adopted whoever votes against it. Wording here differs from
the tuning set's.
"""

from __future__ import annotations

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import classify

RUSSIA, CHINA = "Russian Federation", "China"


@pytest.mark.parametrize(
    ("title", "members"),
    [
        ("Trêve à Alep : la Russie et la Chine disent non", {RUSSIA, CHINA}),
        ("Syrie : Moscou dit non au projet de la France et de l'Espagne", {RUSSIA}),
        ("Armes chimiques : Moscou dit « non » pour la huitième fois", {RUSSIA}),
        ("Ghouta : la Russie et la Chine votent contre, le texte tombe", {RUSSIA, CHINA}),
        ("Idleb : double non russe et chinois au Conseil de sécurité", {RUSSIA, CHINA}),
        ("Siria: Moscú dice no al proyecto francés en la ONU", {RUSSIA}),
        ("Alepo: China y Rusia votan en contra en el Consejo de Seguridad", {RUSSIA, CHINA}),
        ("Россия не пропустила в Совбезе проект по Идлибу", {RUSSIA}),
        ("Москва и Пекин сказали «нет» западной резолюции по Сирии", {RUSSIA, CHINA}),
    ],
)
def test_a_members_no_to_a_council_text_is_its_veto(title: str, members: set[str]) -> None:
    event = classify(title, "")
    assert event.type == "veto"
    assert vetoed_by(event) == members


@pytest.mark.parametrize(
    ("title", "summary", "event"),
    [
        ("Syrie : la Russie dit non à une intervention de l'OTAN", "", "other"),
        ("Syrie : Moscou dit non aux accusations occidentales", "", "other"),
        ("Syrie : non russe à toute ingérence étrangère", "", "other"),
        ("Le Parlement britannique dit non à des frappes en Syrie", "", "other"),
        ("Siria: Rusia dice no a una zona de exclusión aérea", "", "other"),
        ("Турция не пропустила колонну с помощью в Сирию", "", "other"),
        (
            "Assemblée générale : la Russie et la Chine votent contre le texte sur la Syrie",
            "La résolution a été adoptée par 133 voix.",
            "resolution_adopted",
        ),
        (
            "Consejo de Derechos Humanos: Rusia y China votan en contra de la resolución sobre Siria",
            "El texto fue aprobado con 33 votos a favor.",
            "resolution_adopted",
        ),
    ],
)
def test_other_noes_and_other_organs_votes_are_not(title: str, summary: str, event: str) -> None:
    read = classify(title, summary)
    assert read.type == event
    assert vetoed_by(read) == set()


@pytest.mark.parametrize(
    "title",
    [
        "Syrie : la Russie rejette le projet de résolution occidental",
        "Siria: Rusia rechaza el borrador de resolución occidental",
    ],
)
def test_a_member_rejecting_a_draft_is_no_veto_by_itself(title: str) -> None:
    assert classify(title, "").type != "veto"
