"""Session 40's event classes in the five other languages (issue 11, ml-events-s40), from a
count of validation's multilingual and busy-week misses (counts only).

- A German item read as a veto on a verb of blocking alone ("verhindert", "blockiert",
  "scheitert") is the Council's veto only where it names the veto (within a word too:
  "Doppelveto"), a permanent member (by name, capital, case or adjective), a UN organ or a
  text. A court stopping a deportation, the army a convoy, Turkey its border or talks failing
  name none of them.
- Russia's envoy named alone (Небензя, Чуркин, Сафронков; Nebenzia) voting against a text is
  Russia voting against it, its veto, as the member named is: in Russian "проголосовал против",
  in French and Spanish the past or a headline's present ("vote contre", "vota en contra").
  Not the envoy voting for a text, a vote ahead, nor his words against charges; nor a member
  or its envoy voting against in a Russian headline telling the General Assembly adopting a
  resolution (the Assembly has no veto).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Gericht verhindert Abschiebung einer syrischen Familie", ""),
        (
            "Armee blockiert Hilfslieferungen nach Daraa",
            "Die Lastwagen stehen seit Tagen am Kontrollpunkt.",
        ),
        ("Waffenstillstandsgespräche in Astana gescheitert", ""),
        ("Grenzschutz verhindert Einreise von Flüchtlingen aus Idlib", ""),
        (
            "Behörden blockieren Zugang zu Krankenhäusern in Homs",
            "Ärzte berichten von fehlenden Medikamenten.",
        ),
    ],
)
def test_a_german_blocking_verb_with_no_member_organ_or_text_is_no_veto(
    title: str, text: str
) -> None:
    assert classify(title, text).type != "veto"


@pytest.mark.parametrize(
    ("title", "text", "vetoers"),
    [
        ("Russland verhindert Hilfe über die türkische Grenze", "", {"Russian Federation"}),
        (
            "Moskau und Peking blockieren Feuerpause für Ost-Ghuta",
            "",
            {"China", "Russian Federation"},
        ),
        (
            "Syrien-Resolution scheitert an Chinas und Russlands Nein",
            "",
            {"China", "Russian Federation"},
        ),
        (
            "Giftgas-Sanktionen gegen Syrien scheitern am Doppelveto",
            "",
            {"China", "Russian Federation"},
        ),
        ("Sicherheitsrat: Verlängerung der Grenzhilfe scheitert", "", set()),
    ],
)
def test_a_german_blocking_verb_beside_a_member_organ_or_veto_stays_a_veto(
    title: str, text: str, vetoers: set[str]
) -> None:
    event = classify(title, text, published=datetime(2017, 2, 28, 21, tzinfo=UTC))
    assert event.type == "veto"
    assert {a.name for a in event.actors if a.role == "vetoed"} >= vetoers


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Небензя проголосовал против западного проекта по Идлибу", ""),
        ("Чуркин проголосовал против резолюции по Алеппо", ""),
        ("Syrie : Nebenzia vote contre le texte sur l'aide transfrontalière", ""),
        ("Nebenzia vota en contra del proyecto sobre Alepo", ""),
        ("Сафронков проголосовал против британского проекта по Хан-Шейхуну", ""),
    ],
)
def test_russias_envoy_by_name_voting_against_is_russias_veto(title: str, text: str) -> None:
    event = classify(title, text, published=datetime(2017, 4, 12, 18, tzinfo=UTC))
    assert event.type == "veto"
    assert {a.name for a in event.actors if a.role == "vetoed"} == {"Russian Federation"}


@pytest.mark.parametrize(
    "title",
    [
        "Небензя проголосовал за резолюцию о перемирии в Сирии",
        "Небензя: Россия проголосует против проекта по Сирии",
        "Nebenzia vote pour la résolution sur l'aide transfrontalière",
        "Nebenzia va voter contre le projet sur la Syrie",
        "Nebenzia votará en contra del proyecto sobre Siria",
        "Небензя выступил против обвинений в адрес Дамаска в Совбезе",
        "Генассамблея ООН приняла резолюцию по Сирии, Небензя проголосовал против",
        "Генеральная Ассамблея приняла резолюцию по Украине, Россия проголосовала против",
    ],
)
def test_the_envoys_vote_for_a_vote_ahead_or_words_against_are_no_veto(title: str) -> None:
    assert classify(title).type != "veto"
