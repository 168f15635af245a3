"""News off the Council's votes (an arms seizure, an air strike, a neighbour's move)
is told in each language in its own words: the terms that say what happened and the
neighbours' names as adjectives ("Lebanese", "libanais", "اللبناني") meet across languages,
so the reports of one seizure or one strike hours apart are one story, and another
development the same day in another language stays its own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from demandwatch.core.stories import Candidate, bag_of_words
from story_support import candidate, polled

# Sunday 21 November 2027 (synthetic): a seizure on the Lebanese border in the morning, an air
# strike on a depot near Damascus at noon, and the EU's listings of officials the same day.
MORNING = datetime(2027, 11, 21, 8, tzinfo=UTC)


def seizure_en() -> Candidate:
    return candidate(
        "seizure-en",
        "Lebanon intercepts missiles and ammunition headed for Syrian army",
        "other",
        MORNING,
        text="Lebanese troops stopped two lorries loaded with missiles and ammunition on a "
        "mountain road near Hermel, the army said, adding that the weapons were on their way "
        "to Syrian government units.",
        demand="arms-embargo",
    )


def seizure_fr() -> Candidate:
    return candidate(
        "seizure-fr",
        "Le Liban saisit des missiles et des munitions destinés à l'armée syrienne",
        "other",
        MORNING + timedelta(hours=2),
        text="L'armée libanaise a intercepté deux camions chargés de missiles et de munitions "
        "près de Hermel ; les armes étaient destinées à des unités gouvernementales syriennes.",
        demand="arms-embargo",
    )


def seizure_ru() -> Candidate:
    return candidate(
        "seizure-ru",
        "Ливанские военные изъяли ракеты, направлявшиеся в Сирию",
        "other",
        MORNING + timedelta(hours=3),
        text="Армия Ливана задержала два грузовика с ракетами и боеприпасами у Хермеля; "
        "оружие предназначалось сирийским правительственным войскам.",
        demand="arms-embargo",
    )


def strike_en() -> Candidate:
    return candidate(
        "strike-en",
        "Israeli airstrikes hit weapons depot near Damascus",
        "other",
        MORNING + timedelta(hours=4),
        text="Israeli warplanes struck a depot storing rockets for Syrian government forces "
        "south of Damascus on Sunday, a war monitor said.",
        demand="arms-embargo",
    )


def strike_ar() -> Candidate:
    return candidate(
        "strike-ar",
        "غارات إسرائيلية على مستودع أسلحة قرب دمشق",
        "other",
        MORNING + timedelta(hours=5),
        text="استهدفت غارات إسرائيلية الأحد مستودعا للصواريخ تابعا للقوات الحكومية جنوب دمشق.",
        demand="arms-embargo",
    )


def listings_de() -> Candidate:
    return candidate(
        "listings-de",
        "EU setzt syrische Offiziere auf Sanktionsliste",
        "other",
        MORNING + timedelta(hours=3),
        text="Die Europäische Union hat am Sonntag vier syrische Offiziere mit Einreiseverboten "
        "belegt und ihre Vermögen eingefroren.",
        demand="asset-freeze",
    )


def test_one_seizure_in_three_languages_is_one_story() -> None:
    en, fr, ru = polled(seizure_en(), seizure_fr(), seizure_ru())
    assert fr.id == en.id
    assert ru.id == en.id


def test_one_air_strike_in_two_languages_is_one_story() -> None:
    en, ar = polled(strike_en(), strike_ar())
    assert ar.id == en.id


def test_the_same_day_other_news_stays_apart() -> None:
    seizure, _, listings, strike, strike_arabic = polled(
        seizure_en(), seizure_fr(), listings_de(), strike_en(), strike_ar()
    )
    assert listings.id != seizure.id
    assert strike.id != seizure.id
    assert strike_arabic.id == strike.id


# Monday 22 November 2027 (synthetic): a freighter detained on its way to Tartus, told in
# three languages that share its carrier and its insurer, not their words; and an inspectors'
# convoy fired on by snipers the next morning, in Russian and Arabic.
def freighter(alert: str, hours: int, title: str, text: str) -> Candidate:
    return candidate(
        alert, title, "other", MORNING + timedelta(days=1, hours=hours), text=text,
        demand="arms-embargo",
    )  # fmt: skip


def test_one_detained_freighter_in_three_languages_is_one_story() -> None:
    en, de, ru = polled(
        freighter(
            "ship-en",
            2,
            "Coast guard holds freighter bound for Tartus after insurer withdraws cover",
            "The vessel was stopped off Crete with military spare parts in its hold.",
        ),
        freighter(
            "ship-de",
            3,
            "Küstenwache hält Frachter auf dem Weg nach Tartus fest",
            "Der Versicherer hatte dem Schiff zuvor den Versicherungsschutz entzogen.",
        ),
        freighter(
            "ship-ru",
            4,
            "У Крита задержано судно, шедшее в Тартус",
            "Страховщик ранее отозвал страховку сухогруза.",
        ),
    )
    assert de.id == en.id
    assert ru.id == en.id


def test_a_convoy_under_sniper_fire_in_two_languages_is_one_story() -> None:
    at = MORNING + timedelta(days=2)
    ru, ar = polled(
        candidate(
            "convoy-ru",
            "Колонна инспекторов ООН обстреляна снайперами",
            "other",
            at,
            text="Один автомобиль колонны поврежден, никто не пострадал.",
            demand="monitor-access",
        ),
        candidate(
            "convoy-ar",
            "قناصة يطلقون النار على قافلة مفتشي الأمم المتحدة",
            "other",
            at + timedelta(hours=1),
            text="تضررت سيارة واحدة ولم يصب أحد.",
            demand="monitor-access",
        ),
    )
    assert ar.id == ru.id


def test_safety_and_ensuring_name_no_insurer() -> None:
    # Spanish "seguro" (safe) and "seguridad" share a stem, as French "assurer" (to ensure)
    # shares "assurance"'s: read by stem, a Council's call for the convoys' safety or a
    # government's pledge to see aid through counted as the detained freighter's insurer.
    for title in (
        "El Consejo de Seguridad pide garantizar la seguridad de los convoyes",
        "Un corredor seguro para los desplazados de Guta Oriental",
        "Paris veut assurer l'acheminement de l'aide vers Alep",
    ):
        assert "insurer" not in bag_of_words(title, "")
    for title in (
        "La aseguradora retira la cobertura del buque retenido",
        "L'assureur du navire retire sa garantie",
        "Страховщик отозвал страховку сухогруза",
    ):
        assert "insurer" in bag_of_words(title, "")
