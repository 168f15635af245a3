"""A vote announced for the next day, in a preview the events read as a veto (session 35,
stories-previews-s35): its weekday is the day ahead, not the one gone, so the preview is dated
the vote it announces and its veto's reports can join it. A report of the veto done keeps
the day it names, whatever vote it announces beside it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from demandwatch.core.announced import announces_vote_ahead
from demandwatch.core.events import classify

# Monday 30 November 2026, 16:00 UTC: the vote previewed is Tuesday's.
MONDAY = datetime(2026, 11, 30, 16, 0, tzinfo=UTC)
TUESDAY = date(2026, 12, 1)
# Wednesday 2 December, 02:00 UTC: Tuesday evening in New York.
WEDNESDAY_EARLY = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syrie : le veto de Moscou plane sur le scrutin de mardi",
            "Le Conseil de sécurité votera mardi sur la prolongation de l'aide "
            "transfrontalière; la Russie a prévenu qu'elle opposerait son veto.",
        ),
        (
            "Veto ruso en el horizonte: votación el martes sobre la ayuda a Siria",
            "Moscú vetará el texto que prorroga la entrega de ayuda transfronteriza, según "
            "diplomáticos.",
        ),
        (
            "Вето России ожидается во вторник",
            "Совбез ООН проголосует во вторник по продлению трансграничной помощи Сирии.",
        ),
    ],
)
def test_a_preview_read_as_a_veto_is_dated_the_vote_it_announces(title: str, text: str) -> None:
    event = classify(title, text, published=MONDAY)
    assert (event.type, event.date) == ("veto", TUESDAY)


# Session 43 (core.events._veto_expected_elsewhere, ml-vetoexpected-s43): a veto told only as
# expected or threatened is no veto in the five other languages; the preview is the vote its
# headline sets, or the draft where the vote is set only in the body. Either way it keeps the
# date of the vote it announces.
@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Russisches Veto droht: Abstimmung am Dienstag über Syrien-Hilfe",
            "Russland will die Verlängerung der grenzüberschreitenden Hilfe für Syrien mit "
            "seinem Veto verhindern.",
            "vote_scheduled",
        ),
        (
            "فيتو روسي مرتقب على مشروع قرار المساعدات عبر الحدود",
            "من المقرر أن يصوت مجلس الأمن الثلاثاء على مشروع قرار لتمديد آلية المساعدات عبر "
            "الحدود إلى سوريا، وسط تلويح روسي بالفيتو.",
            "draft_resolution",
        ),
    ],
)
def test_a_preview_with_the_veto_only_expected_is_dated_the_vote_it_announces(
    title: str, text: str, expected: str
) -> None:
    event = classify(title, text, published=MONDAY)
    assert (event.type, event.date) == (expected, TUESDAY)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "La Russie oppose son veto à l'aide transfrontalière en Syrie",
            "La Russie a opposé mardi son veto au projet de résolution sur l'aide "
            "transfrontalière, et le Conseil votera mercredi sur un texte russe concurrent.",
        ),
        (
            "Russia vetoes Syria cross-border aid extension",
            "Russia on Tuesday vetoed a resolution extending cross-border aid into Syria, and "
            "the council is expected to vote on Wednesday on a Russian alternative.",
        ),
    ],
)
def test_a_veto_reported_with_a_vote_ahead_keeps_its_own_day(title: str, text: str) -> None:
    # Stamped the next day in UTC: the weekday it names read ahead would be a week on.
    event = classify(title, text, published=WEDNESDAY_EARLY)
    assert (event.type, event.date) == ("veto", TUESDAY)


def test_a_veto_reported_the_same_evening_keeps_its_day_beside_the_assembly_s_vote() -> None:
    event = classify(
        "Russia vetoes Syria cross-border aid extension",
        "Russia vetoed on Monday a resolution extending cross-border aid into Syria; the "
        "General Assembly will vote on Tuesday on a text deploring the veto.",
        published=datetime(2026, 11, 30, 21, 0, tzinfo=UTC),
    )
    assert (event.type, event.date) == ("veto", date(2026, 11, 30))


@pytest.mark.parametrize(
    "sentence",
    [
        "le conseil doit se prononcer mardi",
        "el consejo votara el martes",
        "der rat soll am dienstag uber den entwurf abstimmen",
        "совет проголосует во вторник",
        "من المقرر ان يصوت المجلس الثلاثاء",
        "the council is due to vote on tuesday",
    ],
)
def test_a_vote_to_come_is_announced(sentence: str) -> None:
    assert announces_vote_ahead(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "le conseil a vote mardi",
        "el consejo voto el martes",
        "der rat stimmte am dienstag ab",
        "совет проголосовал во вторник",
        "the council voted on tuesday",
    ],
)
def test_a_vote_held_is_not_announced(sentence: str) -> None:
    assert not announces_vote_ahead(sentence)
