"""What a development off the votes is about, named in each language's own word: the
mechanism (the IIIM created, the JIM's mandate), an agreement signed, a trial opening. A
headline from a feed that sends no body (GDELT's) names little else, so its words must meet
the other languages' reports of the development (validation's busy weeks, session 40:
stories-busy-s40). Word for word, not by stem: Arabic "آليات" is also military vehicles,
French "accorder" to grant, German "Prozess" and Russian "процесс" a process."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from demandwatch.core.stories import Candidate, bag_of_words
from story_support import candidate, polled

# Wednesday 21 December 2016: the General Assembly creates the IIIM in the evening (New York);
# the headlines come overnight.
EVENING = datetime(2016, 12, 21, 21, tzinfo=UTC)


def headline(alert: str, title: str, hours: float, demand: str, event: str = "other") -> Candidate:
    return candidate(alert, title, event, EVENING + timedelta(hours=hours), demand=demand)


def test_the_mechanism_created_in_two_languages_is_one_story() -> None:
    en, ru = polled(
        headline(
            "iiim-en",
            "UN creates independent mechanism for Syria war crimes",
            0,
            "accountability-investigations",
            "resolution_adopted",
        ),
        headline(
            "iiim-ru",
            "ООН учредила механизм по военным преступлениям в Сирии",
            5,
            "accountability-investigations",
            "resolution_adopted",
        ),
    )
    assert ru.id == en.id


def test_the_mechanism_shutting_down_in_two_languages_is_one_story() -> None:
    en, ar = polled(
        headline(
            "jim-en",
            "Joint investigative mechanism ceases work at midnight",
            0,
            "accountability-investigations",
        ),
        headline(
            "jim-ar",
            "الآلية المشتركة تتوقف عن العمل منتصف الليل",
            3,
            "accountability-investigations",
        ),
    )
    assert ar.id == en.id


def test_an_agreement_signed_in_two_languages_is_one_story() -> None:
    fr, ru = polled(
        headline("deal-fr", "Syrie : accord entre l'ONU et le gouvernement", 0, "monitor-access"),
        headline(
            "deal-ru", "ООН и правительство Сирии подписали соглашение", 1.5, "monitor-access"
        ),
    )
    assert ru.id == fr.id


def test_a_trial_opening_in_two_languages_is_one_story() -> None:
    es, ar = polled(
        headline(
            "trial-es",
            "Comienza el primer juicio contra exagentes de la inteligencia siria",
            0,
            "accountability-investigations",
        ),
        headline(
            "trial-ar",
            "بدء أول محاكمة لضباط سابقين في المخابرات السورية",
            2,
            "accountability-investigations",
        ),
    )
    assert ar.id == es.id


def test_a_trial_and_a_verdict_three_days_apart_stay_apart() -> None:
    opening, verdict = polled(
        headline(
            "paris-open",
            "Paris court opens trial in absentia of three Syrian officials",
            0,
            "accountability-investigations",
        ),
        headline(
            "paris-verdict",
            "Procès à Paris : perpétuité pour trois responsables syriens",
            72,
            "accountability-investigations",
        ),
    )
    assert verdict.id != opening.id


@pytest.mark.parametrize(
    ("title", "concept"),
    [
        ("La Asamblea crea un mecanismo para reunir pruebas", "mechanism"),
        ("Neuer Mechanismus soll Kriegsverbrechen dokumentieren", "mechanism"),
        ("الجمعية العامة تنشئ آلية دولية محايدة", "mechanism"),
        ("Mandat des gemeinsamen Mechanismus läuft aus", "mechanism"),
        ("Syrien unterzeichnet Abkommen über Beobachter", "agreement"),
        ("Siria firma el acuerdo con la Liga Árabe", "agreement"),
        ("اتفاق بين الأمم المتحدة ودمشق حول المراقبين", "agreement"),
        ("Ouverture du premier procès sur les exactions du régime", "trial"),
        ("بدء المحاكمة في كوبلنز", "trial"),
    ],
)
def test_the_words_of_a_development(title: str, concept: str) -> None:
    assert concept in bag_of_words(title, "")


@pytest.mark.parametrize(
    ("title", "concept"),
    [
        # Arabic "آليات" is military vehicles, not mechanisms.
        ("دخول آليات عسكرية تركية إلى ريف إدلب", "mechanism"),
        # French "accorder" is to grant; "d'accorder" an access is not an agreement.
        ("Damas accorde un visa aux enquêteurs", "agreement"),
        ("Le gouvernement refuse d'accorder l'accès", "agreement"),
        # German "Prozess" and Russian "процесс" are also a (political) process.
        ("Politischer Prozess in Syrien stockt", "trial"),
        ("Политический процесс в Сирии зашел в тупик", "trial"),
        # A renewal is not an agreement.
        ("Council renews cross-border aid mandate", "agreement"),
    ],
)
def test_near_misses_name_no_development_word(title: str, concept: str) -> None:
    assert concept not in bag_of_words(title, "")
