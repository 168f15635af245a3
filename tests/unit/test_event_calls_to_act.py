"""Calls for a Council act, in the six languages (review s22 X2/X3, probe s22 V4/V6): someone
calling on, urging, asking or pressing the Council (or anyone) to adopt a resolution, hold
a vote, refer Syria to the ICC, impose an embargo or freeze assets is a `statement`
(DESIGN.md's event convention): the act asked for is not the event. The rules read such
items as the act itself (an adoption or a vote ahead, which page the office) or as the
measure's news (`other`), and the learned model, sure of an adoption at 0.925, made a
French call one. The classes of `tests/eval/ml-events-calls.jsonl`; the sentences here are
the engineer's own. Each call in CALLS fails before (CALLS_KEPT did not); the near misses beside them (an adoption
"calling on", a veto of a text that "called on", a vote set for a day on a text "calling
for", the Council's own demand, a call in a lede telling other news) read as before.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify
from demandwatch.core.learned import LinearModel, SecondOpinion
from demandwatch.event_model import ShippedOpinion

CALLS = [
    # English: the act in a call to adopt, vote or refer, title and lede
    (
        "Rights experts call on Security Council to adopt resolution on Syria's missing",
        "Independent UN experts called on the Security Council on Thursday to adopt a "
        "resolution on the fate of people held incommunicado in Syria.",
    ),
    (
        "Aid groups call on Security Council to adopt resolution keeping Bab al-Hawa open",
        "Twenty-five humanitarian organisations called on the Security Council today to adopt "
        "a resolution renewing the cross-border mechanism for a year.",
    ),
    ("Council urged to vote on Syria sanctions text", ""),
    ("Syria: Security Council must adopt ICC referral resolution", ""),
    ("Security Council: Adopt targeted sanctions on Syria's generals", ""),
    # French
    (
        "Syrie : Paris demande au Conseil de sécurité d'adopter une résolution sur les détenus",
        "Le ministère des Affaires étrangères demande au Conseil de sécurité d'adopter une "
        "résolution sur le sort des détenus en Syrie.",
    ),
    ("Syrie : des ONG exhortent le Conseil de sécurité à voter un embargo sur les armes", ""),
    ("Syrie – La France demande le gel des avoirs des chefs des services de renseignement", ""),
    # Spanish
    ("Costa Rica exhorta al Consejo de Seguridad a aprobar sanciones contra Damasco", ""),
    ("Siria: el Consejo de Seguridad debe imponer un embargo de armas", ""),
    # German
    ("Niederlande rufen Sicherheitsrat zu Waffenembargo gegen Syrien auf", ""),
    ("Hilfswerke drängen Sicherheitsrat zur Verlängerung der Syrien-Hilfe", ""),
    # Russian
    ("ЕС настаивает на голосовании в Совбезе по санкциям против Дамаска", ""),
    # Arabic
    ("على مجلس الأمن إحالة الملف السوري إلى المحكمة الجنائية الدولية", ""),
]


@pytest.mark.parametrize(("title", "text"), CALLS)
def test_a_call_for_a_council_act_is_a_statement(title: str, text: str) -> None:
    assert classify(title, text).type == "statement"


# Calls the rules already read as statements, kept so (a guard, not a fix)
CALLS_KEPT = [
    "Security Council should hold vote on Syria detainees resolution, NGOs say",
    "Perú pide al Consejo de Seguridad que adopte una resolución sobre los detenidos sirios",
    "Amnesty fordert den Sicherheitsrat auf, eine Resolution zu Syriens Gefangenen zu verabschieden",
    "Правозащитники призвали СБ ООН передать дело Сирии в МУС",
    "Совбез ООН должен заморозить активы сирийских генералов, заявила Amnesty",
    "الكويت تدعو مجلس الأمن إلى اعتماد قرار بتمديد آلية المساعدات",
    "منظمات حقوقية تطالب بتجميد أصول قادة الأجهزة الأمنية السورية",
]


@pytest.mark.parametrize("title", CALLS_KEPT)
def test_a_call_read_as_a_statement_stays_one(title: str) -> None:
    assert classify(title).type == "statement"


NEAR_MISSES = [
    # the act done, a call in its text
    (
        "Security Council adopts resolution 2165, calls for aid across Syria's borders",
        "The Security Council today unanimously adopted resolution 2165 (2014), calling on all "
        "parties to allow aid across conflict lines and borders.",
        "resolution_adopted",
    ),
    (
        "Le Conseil de sécurité adopte la résolution 2401",
        "Le Conseil de sécurité a adopté samedi à l'unanimité la résolution 2401, qui demande "
        "un cessez-le-feu de trente jours dans toute la Syrie.",
        "resolution_adopted",
    ),
    (
        "Russia vetoes text that urged Council to refer Syria to ICC",
        "Russia vetoed the draft, which called on the Council to refer the situation in Syria "
        "to the International Criminal Court; China also voted against, and 13 members voted "
        "in favour.",
        "veto",
    ),
    # a vote set for a day, on a text "calling for"
    (
        "Security Council to vote Friday on text calling for ICC referral",
        "The Security Council will vote on Friday on a French draft calling for the situation "
        "in Syria to be referred to the International Criminal Court, diplomats said.",
        "vote_scheduled",
    ),
    (
        "Syrie : les Américains réclament un vote dès mardi au Conseil de sécurité",
        "Washington veut soumettre son texte au vote avant l'expiration du mandat.",
        "vote_scheduled",
    ),
    (
        "Sicherheitsrat soll am Freitag über Syrien-Hilfe abstimmen",
        "Die Abstimmung über die Verlängerung der grenzüberschreitenden Hilfe ist für Freitag "
        "angesetzt.",
        "vote_scheduled",
    ),
]


@pytest.mark.parametrize(("title", "text", "event"), NEAR_MISSES)
def test_an_act_whose_text_carries_a_call_stays_the_act(title: str, text: str, event: str) -> None:
    assert classify(title, text).type == event


def test_the_councils_own_demand_is_no_call_on_it() -> None:
    # its demand is its text, an adoption or a statement of its own
    assert (
        classify(
            "Security Council demands unhindered access to Syria's detention sites",
            "The Security Council today adopted resolution 2811 (2026) by 15 votes in favour.",
        ).type
        == "resolution_adopted"
    )


def _sure_of(event: str) -> SecondOpinion:
    model = LinearModel(classes=(event, "statement"), intercepts=(10.0, 0.0), weights={})
    return SecondOpinion(model, 0.75)


CALL = (
    "Syrie : Paris appelle le Conseil de sécurité à adopter une résolution sur l'embargo",
    "Le ministère des Affaires étrangères appelle le Conseil de sécurité à adopter une "
    "résolution imposant un embargo sur les armes.",
)


@pytest.mark.parametrize("event", ["resolution_adopted", "vote_scheduled", "other"])
def test_the_model_does_not_make_a_call_the_act_it_asks_for(event: str) -> None:
    assert classify(*CALL).type == "statement"
    assert classify(*CALL, second_opinion=_sure_of(event)).type == "statement"


def test_the_shipped_model_leaves_a_call_to_adopt_a_statement() -> None:
    # review s22 X2: the shipped model read this call "resolution adopted" at 0.925, over
    # its paging bar
    assert classify(*CALL, second_opinion=ShippedOpinion(0.75)).type == "statement"


def test_the_model_still_reads_what_is_no_call() -> None:
    # a meeting or a report it reads in a call stays its; a statement that asks for no act
    # is its to move
    assert classify(*CALL, second_opinion=_sure_of("meeting")).type == "meeting"
    reaction = ("Amnesty condemns Idlib hospital strike", "Amnesty International said ...")
    assert classify(*reaction).type == "statement"
    assert classify(*reaction, second_opinion=_sure_of("other")).type == "other"
