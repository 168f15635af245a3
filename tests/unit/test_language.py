"""Language detection and light stems: what lets a query in one form find every inflection."""

from __future__ import annotations

import pytest

from demandwatch.core.language import detect, stem
from demandwatch.core.query import Document, compile_query
from demandwatch.core.text import tokens


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia vetoes the Security Council draft on Syria", "en"),
        ("La Russie oppose son veto au projet de résolution sur la Syrie", "fr"),
        ("Rusia y China vetan la resolución de la ONU sobre Siria", "es"),
        ("Russland und China blockieren die Resolution im Sicherheitsrat", "de"),
        ("Россия и Китай заблокировали резолюцию по Сирии", "ru"),
        ("روسيا والصين تستخدمان الفيتو ضد مشروع قرار بشأن سوريا", "ar"),
        ("UNSMIS", "en"),  # nothing to go on: English
        # Headlines without a function word: the Council's own words in that language.
        ("Consejo de Seguridad: veto ruso a Siria", "es"),
        ("Syrie : veto russe au Conseil de sécurité", "fr"),
        ("Sicherheitsrat: Veto Russlands zu Syrien", "de"),
        ("Security Council: Russian veto on Syria", "en"),
        ("Syria: China vetoes Security Council draft", "en"),
        ("U.N. approves aid deliveries into Syria", "en"),  # "U.N." is not French "n'"
        # Only words French and Spanish share, and no news word: the longer words' endings.
        ("La ONU cuenta miles de desaparecidos en Libia", "es"),
        ("Veto en la ONU", "es"),
        ("La ONU dénonce de nombreux abus en Haïti", "fr"),
        ("La ONU en alerte", "en"),  # even: nothing to go on
        ("De Mistura en route to Geneva", "en"),
    ],
)
def test_detects_the_language_of_a_headline(text: str, language: str) -> None:
    assert detect(tokens(text)) == language


def test_an_arabic_item_with_a_latin_acronym_is_still_arabic() -> None:
    assert detect(tokens("بعثة UNSMIS للمراقبة في سوريا تعلق عملها بسبب العنف")) == "ar"


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("ru", ("Сирия", "Сирии", "Сирию")),
        ("ru", ("наблюдатели", "наблюдателей")),
        ("ru", ("Международный", "Международного")),
        ("de", ("Beobachter", "Beobachtern")),
        ("de", ("Strafgerichtshof", "Strafgerichtshofs")),
        ("es", ("congela", "congelados")),
        ("fr", ("observateur", "observateurs")),
        ("ar", ("الأسلحة", "بالاسلحة", "اسلحة")),
        ("ar", ("المراقبين", "المراقبون", "مراقبي")),
        # Nisba plurals ("Syrians") without the article share the stem of "Syrian".
        ("ar", ("سوريين", "السوريين", "السوريون", "سورية", "السوري")),
    ],
)
def test_inflections_share_a_stem(language: str, forms: tuple[str, ...]) -> None:
    stems = {stem(tokens(form)[0], language) for form in forms}
    assert len(stems) == 1, stems


def test_english_is_not_stemmed() -> None:
    assert stem("sanctions", "en") == "sanctions"
    assert Document("Sanctioned officials", "").stems is None


def test_a_query_word_finds_its_inflections_in_an_inflected_item() -> None:
    query = compile_query("Сирия AND наблюдатели")
    doc = Document("Наблюдателей ООН не пустили в Хулу", "Миссия в Сирии приостановлена.")
    assert doc.language == "ru"
    assert query.evaluate(doc).matched


def test_the_feed_s_language_is_used_when_it_states_one() -> None:
    assert Document("Syrie", "", language="fr").language == "fr"
    assert Document("Syrie", "", language="xx").language == "fr"  # unknown: detected


@pytest.mark.parametrize(
    "headline",
    [
        "De Mistura, La Rue meet Geneva envoys",
        "Syria: La Jolla de Mistura talks",
        "Aleppo: La Mesa de Ghouta talks",
        "Ghouta: De Mistura, La Rue brief Geneva",
    ],
)
def test_an_english_headline_of_names_ending_in_a_or_o_stays_english(headline: str) -> None:
    # The domain's names end as Spanish words do; they say nothing of the language.
    assert detect(tokens(headline)) == "en"


@pytest.mark.parametrize(
    "headline",
    [
        # No function word: German headline verbs, genitive names and word shapes.
        "Neues Veto Russlands",
        "Eilmeldung: Doppelveto gegen Jemen-Entwurf",
        "Bundesregierung verurteilt Angriff auf Hilfskonvoi",
        "Erneutes Veto: Myanmar-Resolution gestoppt",
        "Waffenstillstandsverhandlungen in Genf vertagt",
        "Chemiewaffen-Ermittler in Duma eingetroffen",
    ],
)
def test_a_short_german_headline_is_german(headline: str) -> None:
    assert detect(tokens(headline)) == "de"


@pytest.mark.parametrize(
    "headline",
    [
        "Deutsche Welle reporter detained in Damascus",
        "Young Syrians flee Aleppo",
        "Schengen ministers meet on Syrian refugees",
        "Moscow blocks Council statement",
    ],
)
def test_english_headlines_with_german_looking_words_stay_english(headline: str) -> None:
    assert detect(tokens(headline)) == "en"


@pytest.mark.parametrize(
    "headline",
    [
        # German surnames have the shapes of German nouns and adjectives ("-isch(er)",
        # "-lich", "-ung"); the English headline words around them say it is English.
        "Fischer backs OPCW inquiry",
        "Ehrlich named OPCW envoy",
        "Hornung: Assad must face trial",
        # An Arabic name's article is not the Spanish contraction.
        "Convoy crosses Bab al-Salam",
        "Assad hosts al-Sudani",
    ],
)
def test_english_headlines_with_german_or_arabic_names_stay_english(headline: str) -> None:
    assert detect(tokens(headline)) == "en"


@pytest.mark.parametrize(
    "headline",
    [
        # A Spanish headline whose only function word is "al" before a name: its endings.
        "Bashar al Asad promulga otra amnistía",
        "Ataque del ejército al hospital de Maarat",
    ],
)
def test_spanish_headlines_with_arabic_names_stay_spanish(headline: str) -> None:
    assert detect(tokens(headline)) == "es"
