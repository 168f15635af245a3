"""Tallies in French, Spanish, German, Russian and Arabic are read like English ones: the
counts for, against and abstaining, and the members named in brackets after each (probe
s14 N4: "12 voix pour, 1 voix contre (Fédération de Russie) et 2 abstentions (Chine,
Algérie)" gave the vetoer but no vote line and no abstainers).

Written before the reader (session 15), in each language's press and wire shapes. Not a
tally: a count of something else ("12 voix" in an election, "13 Länder"), and a count for
with abstentions that leave members unaccounted for.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify, parse_tally


@pytest.mark.parametrize(
    ("text", "counts", "against", "abstaining"),
    [
        (
            "Le texte a recueilli 12 voix pour, 1 voix contre (Fédération de Russie) et 2"
            " abstentions (Chine, Algérie).",
            (12, 1, 2),
            ("Russian Federation",),
            ("China",),
        ),
        (
            "La résolution a été adoptée par 13 voix pour, zéro contre et 2 abstentions.",
            (13, 0, 2),
            (),
            (),
        ),
        (
            "El texto obtuvo 13 votos a favor, ninguno en contra y 2 abstenciones.",
            (13, 0, 2),
            (),
            (),
        ),
        (
            "El proyecto recibió 11 votos a favor, 2 en contra (China y Rusia) y 2 abstenciones.",
            (11, 2, 2),
            ("China", "Russian Federation"),
            (),
        ),
        (
            "Der Entwurf erhielt 11 Ja-Stimmen, 2 Nein-Stimmen (Russland, China) und 2"
            " Enthaltungen.",
            (11, 2, 2),
            ("Russian Federation", "China"),
            (),
        ),
        (
            "Проект получил 11 голосов «за», 2 «против» (Россия, Китай) и 2 воздержались.",
            (11, 2, 2),
            ("Russian Federation", "China"),
            (),
        ),
        (
            "حصل مشروع القرار على تأييد 13 عضوا مقابل صوتين ضده.",
            (13, 2, 0),
            (),
            (),
        ),
        # One against said in words, and the singular abstention (probe s18 R5: no vote
        # line in the draft of a veto told this way).
        (
            "Le projet a recueilli 13 voix pour, une contre et une abstention.",
            (13, 1, 1),
            (),
            (),
        ),
        (
            "Le projet a recueilli 13 voix pour, une voix contre (Fédération de Russie) et"
            " une abstention (Chine).",
            (13, 1, 1),
            ("Russian Federation",),
            ("China",),
        ),
        (
            "El texto obtuvo 12 votos a favor, uno en contra y una abstención.",
            (12, 1, 1),
            (),
            (),
        ),
        # Arabic with the count first and "in favour" after it, or "in favour of the draft".
        ("حصل مشروع القرار على 13 صوتا مؤيدا مقابل صوت واحد.", (13, 1, 0), (), ()),
        ("وصوّت لصالح المشروع 12 عضوا مقابل صوتين.", (12, 2, 0), (), ()),
        # Russian that counts the votes for and names the members against and abstaining.
        (
            "За проект резолюции проголосовали 13 членов Совета Безопасности, против – Россия"
            " и Китай.",
            (13, 2, 0),
            ("Russian Federation", "China"),
            (),
        ),
        (
            "За проект проголосовали 13 членов Совета, против выступила Россия, воздержался Китай.",
            (13, 1, 1),
            ("Russian Federation",),
            ("China",),
        ),
        # Counted to fifteen without a "no": nobody voted against.
        ("Le texte a été adopté par 14 voix pour et une abstention.", (14, 0, 1), (), ()),
    ],
)
def test_tally_read_in_other_languages(
    text: str,
    counts: tuple[int, int, int],
    against: tuple[str, ...],
    abstaining: tuple[str, ...],
) -> None:
    vote = parse_tally(text)
    assert vote is not None
    assert (vote.in_favour, vote.against, vote.abstentions) == counts
    assert vote.against_members == against
    assert vote.abstaining_members == abstaining


@pytest.mark.parametrize(
    "text",
    [
        "Le candidat a obtenu 12 voix au premier tour.",
        "13 Länder unterstützten den Aufruf.",
        "El texto obtuvo nueve votos a favor y cuatro abstenciones.",
        # "против" with a noun is no vote against.
        "За резолюцию проголосовали 13 стран, выступающих против санкций против Сирии.",
    ],
)
def test_no_tally(text: str) -> None:
    assert parse_tally(text) is None


def test_french_veto_names_its_vetoer_and_abstainers() -> None:
    event = classify(
        "Syrie : la Russie met son veto à un projet de résolution",
        "Le projet a recueilli 12 voix pour, 1 voix contre (Fédération de Russie) et 2"
        " abstentions (Chine, Algérie).",
    )
    assert event.type == "veto"
    assert sorted(event.vetoers) == ["Russian Federation"]
    assert event.vote is not None
    assert event.vote.abstaining_members == ("China",)
