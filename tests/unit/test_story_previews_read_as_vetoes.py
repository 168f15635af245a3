"""A preview the events read as a veto, dated the vote it announces (session 35,
stories-previews-s35), opens a story that is the vote's: the previews after it that name no
day, posted before the Council meets, are its news too, not another vote announced after the
story's outcome. A vote announced once the story's vote was held stays another vote's."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from demandwatch.core.stories import Candidate
from story_support import MONITORS_VOTE as VOTE
from story_support import candidate, polled
from story_support import monitors_veto as vetoed

RUSSIA = frozenset({"Russian Federation"})

item = partial(candidate, demand="monitor-access")


def misread_preview() -> Candidate:
    # Spanish, the afternoon before: read as the veto, dated the vote's day.
    return item(
        "es-preview",
        "Veto ruso en el horizonte para los observadores del alto el fuego en Siria",
        "veto",
        VOTE - timedelta(hours=22),
        text="El Consejo de Seguridad votará mañana el proyecto que crea una misión civil "
        "para vigilar el alto el fuego en el noroeste de Siria; Moscú adelantó su veto.",
        vetoers=RUSSIA,
        vote_date=VOTE.date(),
    )


def undated_preview(at_hours: float) -> Candidate:
    # Russian, naming no day the events read.
    return item(
        "ru-preview",
        "Совбез ООН проголосует по миссии наблюдателей за прекращением огня в Сирии",
        "vote_scheduled",
        VOTE + timedelta(hours=at_hours),
        text="Совет Безопасности проголосует по проекту резолюции о гражданской миссии "
        "наблюдателей за прекращением огня на северо-западе Сирии.",
    )


def test_a_preview_after_one_read_as_the_veto_is_the_same_vote_s_news() -> None:
    first, morning, veto = polled(misread_preview(), undated_preview(-5), vetoed())
    assert morning.id == first.id
    assert veto.id == first.id


def test_a_vote_announced_after_the_story_s_vote_was_held_is_another_vote() -> None:
    # The same words, posted three hours after the Council met: the story's vote is held.
    first, veto, later = polled(misread_preview(), vetoed(), undated_preview(3))
    assert veto.id == first.id
    assert later.id != first.id
