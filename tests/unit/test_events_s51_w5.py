"""A French adoption told by its numbered resolution alone (issue 11, session 51, w5,
fr-events-s51-w5).

Where the rules read nothing in a French item (no cue of any event, no correction), a headline or
lede naming a numbered resolution as the news ("Résolution 2165 : ...", "Avec la résolution 2672
(2023), ...", "... se sont entendus sur la résolution 2401") tells its adoption
(`_numbered_resolution_told_fr`), as `_numbered_resolution_told` reads English: only a UN organ's
adopted text has such a number. Not a resolution the news is of, under, in spite of or after, a
report or talks on one, one a speaker judges or asks to be respected, another body's numbered
resolution (the Arab League's), its implementation or its anniversary; and never over what the
rules read otherwise.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import _numbered_resolution_told_fr, classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Résolution 2139 : l'ONU veut la levée des sièges en Syrie", ""),
        (
            "Alep : des observateurs de l'ONU pour l'évacuation",
            "La résolution 2328 charge le personnel des Nations unies de suivre le départ des civils"
            " des quartiers est de la ville.",
        ),
        (
            "Aide humanitaire : les points de passage restent ouverts un an",
            "Avec la résolution 2449 (2018), les convois continueront d'entrer en Syrie depuis la"
            " Turquie, la Jordanie et l'Irak.",
        ),
        (
            "Syrie : trente jours de trêve",
            "Les quinze membres se sont entendus samedi sur la résolution 2401, qui exige une pause"
            " des combats pour évacuer les blessés de la Ghouta.",
        ),
    ],
)
def test_a_numbered_resolution_told_alone_is_its_adoption(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a resolution the news is in spite of, of (its implementation), or years after
        (
            "Idlib : les frappes continuent malgré la résolution 2401",
            "Des secouristes ont compté une dizaine de morts jeudi dans le sud de la province.",
            "other",
        ),
        (
            "Genève : l'émissaire de l'ONU reçoit le gouvernement",
            "Geir Pedersen doit discuter avec lui de la mise en oeuvre de la résolution 2254 avant"
            " la reprise des pourparlers.",
            "other",
        ),
        (
            "Il y a cinq ans, la résolution 2254 : une transition toujours attendue",
            "Le texte devait mener à des élections sous l'égide de l'ONU.",
            "other",
        ),
        # another body's numbered resolution
        (
            "Ligue arabe : la résolution 7439 fixe un délai à Damas pour retirer ses blindés des villes",
            "",
            "other",
        ),
        # a speaker judging one, asking for it to be respected
        (
            "Damas juge la résolution 2139 partiale",
            "Le représentant syrien Bachar Jaafari soutient que le texte ignore les groupes armés.",
            "statement",
        ),
        # a report on one
        (
            "Rapport sur la résolution 2165 : 200 convois en six mois",
            "Une ONG publie ses chiffres sur l'aide entrée par Bab al-Hawa et Bab al-Salam.",
            "report",
        ),
    ],
)
def test_a_numbered_resolution_that_is_not_the_news(title: str, text: str, expected: str) -> None:
    assert classify(title, text).type == expected


@pytest.mark.parametrize(
    ("title", "text", "told"),
    [
        ("resolution 2165 : les convois passeront sans l'accord de damas", "", True),
        ("syrie : une feuille de route", "la resolution 2254 prevoit des elections. autre.", True),
        (
            "ghouta",
            "les quinze se sont entendus sur la resolution 2401, qui exige une treve.",
            True,
        ),
        # (named only after the lede: the news's background)
        ("ghouta", "des civils fuient. la resolution 2401 exige une treve.", False),
        ("alep", "les barils tombent malgre la resolution 2139.", False),
        ("alep", "les barils tombent en depit de la violation de la resolution 2139.", False),
        ("ligue arabe : la resolution 7438 suspend damas", "", False),
        ("moscou juge la resolution 2401 mal comprise", "", False),
        ("paris demande a damas de respecter la resolution 2118", "", False),
        ("rapport sur la resolution 2165", "", False),
        ("il y a dix ans, la resolution 2118", "", False),
        # (three digits are history, a draft has no number)
        ("la resolution 242 et le golan", "", False),
        ("le projet de resolution echoue", "", False),
    ],
)
def test_numbered_resolution_told_fr(title: str, text: str, told: bool) -> None:
    assert _numbered_resolution_told_fr(title, text) is told


def test_english_items_keep_their_own_rule() -> None:
    # (the French patterns are not read in English: "la resolution" is no English phrase, and the
    # English rule reads "Resolution 2165:" as before)
    assert classify("Resolution 2165: UN convoys may cross at four points", "").type == (
        "resolution_adopted"
    )
    assert classify("Aleppo barrel bombs keep falling despite resolution 2139", "").type == "other"


def test_never_over_what_the_rules_read() -> None:
    # (a vetoed draft beside a resolution's number stays the veto; a speaker's words stay theirs)
    vetoed = classify(
        "Aide transfrontalière : la Russie et la Chine mettent leur veto",
        "Le texte devait prolonger d'un an le mécanisme de la résolution 2165.",
    )
    assert vetoed.type == "veto"
    said = classify("Paris salue la résolution 2401 et appelle à son application immédiate", "")
    assert said.type == "statement"
