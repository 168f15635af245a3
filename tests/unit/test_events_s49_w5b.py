"""A permanent member "burying" something in French is a veto only where a text is buried
(issue 11, session 49, w5b, fr-enterr-s49-w5b).

The French veto cue "Moscou et Pékin enterrent ..." read any burial as a veto: "La Russie
enterre l'officier tué près de Palmyre" was a false veto, and a false stop-veto alert where Syria
is named. It now needs what is buried to be a text or what a text would do (_BURIED: a draft, a
resolution, a plan, an initiative, a mechanism, an inquiry, a referral, sanctions, a truce, a
renewal), or the veto as its means ("enterre par son veto"), or a pronoun taking up a text named
before it ("Le texte suisse ... ? Moscou l'enterre"). Funerals and the hatchet are not votes.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

RU = "Russian Federation"
CN = "China"


@pytest.mark.parametrize(
    ("title", "vetoers"),
    [
        ("CPI : Moscou et Pékin enterrent la saisine de La Haye", {CN, RU}),
        ("Alep : Moscou enterre le texte franco-espagnol", {RU}),
        ("Chlore : Moscou et Pékin enterrent les sanctions de l'ONU contre Damas", {CN, RU}),
        ("Douma : Moscou enterre l'initiative américaine au Conseil de sécurité", {RU}),
        ("Idleb : la Russie et la Chine enterrent la trêve humanitaire", {CN, RU}),
        ("Bab el-Haoua : la Russie enterre par son veto la prolongation d'un an", {RU}),
        ("Syrie : Moscou et Pékin enterrent à nouveau un texte de l'ONU", {CN, RU}),
        ("Armes chimiques : Moscou enterre la dernière tentative de sauver les enquêteurs", {RU}),
        ("Armes chimiques : Moscou enterre le mécanisme d'enquête ONU-OIAC en Syrie", {RU}),
        ("Douma : Moscou enterre l'enquête voulue par Washington", {RU}),
    ],
)
def test_a_member_burying_a_text_is_a_veto(title: str, vetoers: set[str]) -> None:
    event = classify(title)
    assert event.type == "veto"
    assert event.vetoers == vetoers


def test_a_pronoun_taking_up_the_text_named_before_is_a_veto() -> None:
    event = classify("Le texte suisse et brésilien sur Bab el-Haoua ? Moscou l'enterre")
    assert event.type == "veto"
    assert event.vetoers == {RU}


@pytest.mark.parametrize(
    "title",
    [
        "La Russie enterre l'officier tué près de Palmyre",
        "Tué à Palmyre, Alexandre Prokhorenko : la Russie l'enterre en héros",
        "La Russie enterre le pilote du Su-24 abattu par la Turquie",
        "Moscou enterre l'ambassadeur Karlov, tué à Ankara",
        "La Russie enterre les musiciens du Tu-154 qui volait vers la Syrie",
        "Les États-Unis enterrent John McCain à Annapolis",
        "La Russie enterre Mikhaïl Gorbatchev sans funérailles nationales",
        "Moscou et Ankara enterrent la hache de guerre",
        "Moscou enterre ses soldats tombés en Syrie",
    ],
)
def test_a_member_burying_anything_else_is_no_veto(title: str) -> None:
    event = classify(title)
    assert event.type == "other"
    assert event.vetoers == frozenset()
