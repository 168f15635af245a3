"""A permanent member named as the vetoed text's author in the five other languages is not its
vetoer (issue 11, session 51, w2; who-vetoed-s51-w2).

Where no rule names a vetoer, the "no" side reader (``events._no_side_members``) takes the
permanent members the clause telling the veto names, less the text's authors: besides English's
("U.S. draft", "drafted by"), the author after the text and "of" or "tabled by" ("proyecto de
EEUU", "projet de la France et du Royaume-Uni", "texto presentado por Francia", "Entwurf der
USA"), in the Russian genitive ("проект Франции"), as the text's adjective ("proyecto
estadounidense"), as a German compound's first part ("US-Resolution") or after the Arabic verb
of tabling ("مشروع قرار قدمته فرنسا وبريطانيا"): ``events._author_elsewhere``. A double veto
on Syria so told is then read as its pair's (``events._double_vetoers``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.events import classify

CHINA, RUSSIA, US = "China", "Russian Federation", "United States"


def _on(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(hour=19, tzinfo=UTC)


@pytest.mark.parametrize(
    ("title", "day", "vetoers"),
    [
        (
            "Doble veto al proyecto de Francia para llevar a Siria ante la CPI",
            "2014-05-22",
            {CHINA, RUSSIA},
        ),
        (
            "Double veto au projet de la France et du Royaume-Uni sur les sanctions contre Damas",
            "2017-02-28",
            {CHINA, RUSSIA},
        ),
        (
            "فيتو مزدوج على مشروع قرار قدمته فرنسا وبريطانيا بشأن سوريا",
            "2017-02-28",
            {CHINA, RUSSIA},
        ),
        (
            "Doble veto al texto presentado por Francia y el Reino Unido sobre la represión en Siria",
            "2011-10-04",
            {CHINA, RUSSIA},
        ),
        (
            "Двойное вето на проект Франции о передаче дела Сирии в МУС",
            "2014-05-22",
            {CHINA, RUSSIA},
        ),
        ("Двойное вето на проект резолюции Великобритании по Сирии", "2012-07-19", {CHINA, RUSSIA}),
        (
            "Вето на проект США, Великобритании и Франции по Хан-Шейхуну: Москва против",
            "2017-04-12",
            {RUSSIA},
        ),
        (
            "Doppelveto gegen den Resolutionsentwurf der USA, Großbritanniens und Frankreichs zu "
            "Chemiewaffen in Syrien",
            "2017-02-28",
            {CHINA, RUSSIA},
        ),
        ("Doppelveto gegen US-Resolution zu Chemiewaffen in Syrien", "2017-02-28", {CHINA, RUSSIA}),
        ("Doble veto al proyecto estadounidense sobre Siria", "2017-02-28", {CHINA, RUSSIA}),
    ],
)
def test_the_texts_author_is_not_its_vetoer(title: str, day: str, vetoers: set[str]) -> None:
    event = classify(title, "", published=_on(day))
    assert (event.type, event.vetoers) == ("veto", frozenset(vetoers))


@pytest.mark.parametrize(
    "title",
    [
        # (a single veto with nobody named: no reading, the author no longer read)
        "Veto au projet de résolution des États-Unis sur Douma",
        "Вето на проект США по химоружию в Сирии",
        "Veto al proyecto estadounidense sobre Duma",
    ],
)
def test_a_veto_of_an_authors_text_with_nobody_named_reads_nobody(title: str) -> None:
    event = classify(title, "", published=_on("2018-04-10"))
    assert (event.type, event.vetoers) == ("veto", frozenset())


@pytest.mark.parametrize(
    ("title", "day", "vetoers"),
    [
        ("EEUU veta el proyecto de resolución de Argelia sobre Gaza", "2024-02-20", {US}),
        (
            "Washington oppose son veto au projet de résolution de l'Algérie sur Gaza",
            "2024-02-20",
            {US},
        ),
        ("USA legen Veto gegen Resolution zu Gaza ein", "2023-12-08", {US}),
        ("Rusia veta el proyecto de Francia sobre Alepo", "2016-10-08", {RUSSIA}),
        ("Россия наложила вето на проект Франции по Алеппо", "2016-10-08", {RUSSIA}),
        (
            "Rusia veta el proyecto de EEUU para investigar el ataque de Duma; China se abstiene",
            "2018-04-10",
            {RUSSIA},
        ),
        ("Veto russe au projet américain sur l'enquête de Douma", "2018-04-10", {RUSSIA}),
        ("روسيا تستخدم الفيتو ضد مشروع قرار أمريكي بشأن دوما", "2018-04-10", {RUSSIA}),
        ("Russia vetoes U.S. draft on Douma probe", "2018-04-10", {RUSSIA}),
        # (the Russian nominative after the text is the clause's subject, not its author)
        ("Проект резолюции по Алеппо Россия и Китай заблокировали", "2016-12-05", {CHINA, RUSSIA}),
        # (the member named beside its own veto of another's text)
        ("Вето Москвы на проект США о расследовании химатаки в Сирии", "2018-04-10", {RUSSIA}),
    ],
)
def test_a_vetoer_beside_an_authors_text_keeps_its_veto(
    title: str, day: str, vetoers: set[str]
) -> None:
    event = classify(title, "", published=_on(day))
    assert (event.type, event.vetoers) == ("veto", frozenset(vetoers))


def test_russias_own_draft_short_of_votes_has_no_vetoer() -> None:
    event = classify(
        "El proyecto ruso sobre Siria no obtiene los nueve votos necesarios",
        "",
        published=_on("2018-04-10"),
    )
    assert event.vetoers == frozenset()
