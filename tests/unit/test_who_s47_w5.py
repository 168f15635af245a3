"""Who vetoed, in the five other languages, where a veto's headline names another member after
it doing something else (session 47, multi-who-s47-w5): a member abstaining in the present tense
("la Chine s'abstient", "China se abstiene", "China enthält sich", "Китай воздерживается",
"والصين تمتنع") did not veto; and a veto's list of members ("veto de X, Y") does not run on past
its comma into the next clause's subject ("Paris dénonce", "Francia denuncia", "Франция
осуждает"). Not a member following the veto ("la Chine fait de même"), a double veto beside an
elected member's abstention, the sponsors after the text, nor a list before its own verb.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import classify, extract_actors

DAY = datetime(2017, 10, 24, 19, 0, tzinfo=UTC)
RUSSIA = {"Russian Federation"}
RUSSIA_CHINA = {"China", "Russian Federation"}


@pytest.mark.parametrize(
    ("title", "body", "vetoers"),
    [
        # a member abstaining in the present tense after the veto's comma or "and"
        ("Syrie : veto de la Russie, la Chine s'abstient", "", RUSSIA),
        (
            "Mécanisme d'enquête : veto de Moscou, Pékin et le Kazakhstan s'abstiennent",
            "Onze membres du Conseil de sécurité ont voté pour le texte américain.",
            RUSSIA,
        ),
        ("Veto de Rusia, China se abstiene", "", RUSSIA),
        ("Veto Russlands, China enthält sich", "", RUSSIA),
        ("Вето России, Китай воздерживается", "", RUSSIA),
        ("فيتو روسي والصين تمتنع عن التصويت", "", RUSSIA),
        # (the abstainers' list opened by the member, elected members after it)
        (
            "Khan Cheikhoun : veto russe, la Chine, l'Éthiopie et le Kazakhstan s'abstiennent",
            "",
            RUSSIA,
        ),
        ("Veto de la Russie, la Chine et l'Égypte s'abstiennent", "", RUSSIA),
        # a member reacting after the veto's comma
        ("Alep : nouveau veto de la Russie, Washington critique", "", RUSSIA),
        ("Aide à la Syrie : veto de Moscou, la France et le Royaume-Uni condamnent", "", RUSSIA),
        ("Veto de la Russie et de la Chine, la France dénonce", "", RUSSIA_CHINA),
        ("Совбез ООН: вето России, Франция и Великобритания осуждают", "", RUSSIA),
        # near misses: both vetoed
        (
            "Idlib : veto de la Russie et de la Chine, la Guinée équatoriale s'abstient",
            "",
            RUSSIA_CHINA,
        ),
        ("Idlib: doble veto de Rusia y China, Guinea Ecuatorial se abstiene", "", RUSSIA_CHINA),
        ("Sanctions chimiques : veto de la Russie, la Chine fait de même", "", RUSSIA_CHINA),
        # (the abstainers' list after the veto's pair opens on no permanent member)
        (
            "Veto de la Russie et de la Chine, la Guinée équatoriale et la Côte d'Ivoire "
            "s'abstiennent",
            "",
            RUSSIA_CHINA,
        ),
        (
            "Veto de Rusia y China, Guinea Ecuatorial y Costa de Marfil se abstienen",
            "",
            RUSSIA_CHINA,
        ),
        # (a list before its own verb keeps its members)
        ("Syrie : la Russie, la Chine bloquent le texte, la France dénonce", "", RUSSIA_CHINA),
        # the sponsors after the text
        (
            "Khan Cheikhoun : veto de la Russie au texte de la France, du Royaume-Uni et des "
            "États-Unis",
            "",
            RUSSIA,
        ),
    ],
)
def test_who_vetoed(title: str, body: str, vetoers: set[str]) -> None:
    event = classify(title, body, published=DAY)
    assert event.type == "veto"
    assert vetoed_by(event) == vetoers


@pytest.mark.parametrize(
    "title",
    [
        "Aide transfrontalière : le Conseil prolonge Bab al-Hawa d'un an, la Russie et la Chine "
        "s'abstiennent",
        "Rusia y China se abstienen y el Consejo renueva la ayuda transfronteriza a Siria",
    ],
)
def test_an_adoption_with_members_abstaining_names_no_vetoer(title: str) -> None:
    event = classify(title, "", published=DAY)
    assert event.type == "resolution_adopted"
    assert vetoed_by(event) == frozenset()
    assert {a.name for a in event.actors if a.role == "abstained"} == RUSSIA_CHINA


@pytest.mark.parametrize(
    ("text", "vetoers"),
    [
        # (read as a veto's members: the rules alone read these headlines as statements, the
        # event model as vetoes)
        ("Veto de Rusia, Estados Unidos critica", RUSSIA),
        ("Bab al-Hawa : veto de Moscou, Paris dénonce", RUSSIA),
        ("Veto de Rusia, Francia denuncia: sin mecanismo para atribuir el ataque de Duma", RUSSIA),
        ("فيتو روسيا، فرنسا تدين", RUSSIA),
        # (a verb the members' own: the list stands)
        ("Veto de la Russie, la Chine fait de même", RUSSIA_CHINA),
    ],
)
def test_the_veto_list_stops_at_the_next_clause(text: str, vetoers: set[str]) -> None:
    actors = extract_actors(text, "veto")
    assert {a.name for a in actors if a.role == "vetoed"} == vetoers
