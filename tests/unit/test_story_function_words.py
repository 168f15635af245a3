"""Function words say nothing about which development an item reports, in any of the six
languages: two Spanish reports of two developments the same morning share "los", "el",
"sus" and "por" and nothing else, and stay apart; and a report in Spanish, German, Russian
or Arabic weighs only its content words, so it meets another language's report of the same
development on what they do share (a name, the mission, the act)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from demandwatch.core.stories import Candidate, bag_of_words
from story_support import candidate, polled

# Tuesday 7 March 2028 (synthetic): the UN observers in the north-west halt their patrols
# after shelling, told in Spanish and Russian; a Spanish court's ruling on a Syrian officer
# the same morning.
MORNING = datetime(2028, 3, 7, 8, tzinfo=UTC)


def patrols_es() -> Candidate:
    return candidate(
        "patrols-es",
        "Los observadores de la ONU detienen sus patrullas en Idlib por los bombardeos",
        "other",
        MORNING,
        text="La misión dijo que sus equipos se quedan en las bases hasta que cesen los "
        "bombardeos cerca de sus posiciones en el noroeste del país.",
        demand="monitor-access",
    )


def patrols_ru() -> Candidate:
    return candidate(
        "patrols-ru",
        "Наблюдатели ООН прекратили патрули в Идлибе из-за обстрелов",
        "other",
        MORNING + timedelta(hours=2),
        text="Миссия сообщила, что её группы останутся на базах, пока не прекратятся "
        "обстрелы у их позиций на северо-западе страны.",
        demand="monitor-access",
    )


def ruling_es() -> Candidate:
    return candidate(
        "ruling-es",
        "La Audiencia Nacional procesa a un oficial sirio por los crímenes en el penal de Sednaya",
        "other",
        MORNING + timedelta(hours=1),
        text="El juez atribuye al oficial las muertes de presos en el penal durante los años "
        "de la guerra y pide su entrega a las autoridades europeas.",
        demand="accountability-investigations",
    )


def test_function_words_are_no_words_of_a_development() -> None:
    for title in (
        "Los observadores de la ONU detienen sus patrullas por los bombardeos",
        "Die Beobachter der UN stellen ihre Patrouillen in der Region ein",
        "Наблюдатели ООН прекратили патрули на северо-западе из-за обстрелов",
        "المراقبون الدوليون يعلقون دورياتهم في إدلب بعد القصف على مواقعهم",
    ):
        words = bag_of_words(title, "")
        assert not {"los", "sus", "por", "der", "die", "ihre", "на", "из", "في", "على"} & set(words)


def test_two_spanish_reports_of_two_developments_stay_apart() -> None:
    patrols, ruling = polled(patrols_es(), ruling_es())
    assert ruling.id != patrols.id


def test_a_spanish_and_a_russian_report_of_one_development_are_one_story() -> None:
    spanish, _, russian = polled(patrols_es(), ruling_es(), patrols_ru())
    assert russian.id == spanish.id
