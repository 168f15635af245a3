"""A member's veto the headline tells cast before it names the General Assembly stays the veto
(issue 11, session 50, the lead, en-events-s50-lead).

Since resolution 76/262 (April 2022) every veto is debated in the Assembly, and a wire's veto
headline says so ("Russia vetoes Syria aid renewal, sending the question to the General
Assembly"). w5b's rule (a headline naming the Assembly is no veto, _ASSEMBLY_NAMED) read such a
headline as the Assembly's meeting unless it named the debate's date, which lost the stop-veto
alert. _assembly_ahead_of_veto now keeps the veto wherever the member's act comes first, unless
the Assembly acts on it (its resolution) or the veto only dates the Assembly's news ("After
Russia's veto, ..."); a veto told only by its noun is no act.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

RU = "Russian Federation"
CN = "China"


@pytest.mark.parametrize(
    ("title", "summary", "vetoers"),
    [
        (
            "Russia vetoes Syria aid renewal, sending the question to the General Assembly",
            "Russia on Tuesday vetoed a Security Council resolution that would have kept the"
            " crossing open for nine more months; 13 members voted in favour.",
            {RU},
        ),
        (
            "Russia blocks year-long Syria aid extension at the UN, and the General Assembly"
            " must now take it up",
            "Moscow cast its veto on Friday against the text renewing cross-border deliveries.",
            {RU},
        ),
        (
            "Rusia veta la ayuda transfronteriza a Siria y envía el asunto a la Asamblea General",
            "Rusia vetó el viernes en el Consejo de Seguridad la prórroga por un año del paso.",
            {RU},
        ),
        (
            "La Russie met son veto à l'aide transfrontalière en Syrie, l'Assemblée générale"
            " saisie",
            "Moscou a bloqué vendredi au Conseil de sécurité la prolongation du mécanisme.",
            {RU},
        ),
        (
            "China and Russia veto Syria cross-border aid text as General Assembly looks on",
            "Two permanent members voted against the draft on Friday; thirteen voted in favour.",
            {RU, CN},
        ),
        (
            "Russland und China legen Veto gegen Syrien-Hilfe ein, Vollversammlung muss sich"
            " damit befassen",
            "Im Sicherheitsrat stimmten 13 Mitglieder dafür; Moskau und Peking stimmten dagegen.",
            {RU, CN},
        ),
    ],
)
def test_a_veto_told_before_the_assembly_stays_the_veto(
    title: str, summary: str, vetoers: set[str]
) -> None:
    event = classify(title, summary)
    assert event.type == "veto"
    assert event.vetoers == frozenset(vetoers)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "After Russia's veto, General Assembly debates Syria aid crossing",
            "Speaker after speaker in the General Assembly on Thursday criticised the veto.",
            "meeting",
        ),
        (
            "Après le double veto, l'Assemblée générale de l'ONU condamne la répression en Syrie",
            "L'Assemblée a adopté jeudi une résolution soutenant le plan de la Ligue arabe.",
            "resolution_adopted",
        ),
        (
            "General Assembly to debate Russia's veto of Syria aid crossing",
            "The Assembly meets on Thursday under its April resolution.",
            "meeting",
        ),
        (
            "Vollversammlung: Russland muss sein Syrien-Veto erklären",
            "Die Vollversammlung berät am Montag über das Veto.",
            "meeting",
        ),
    ],
)
def test_the_assembly_s_own_news_is_no_veto(title: str, summary: str, expected: str) -> None:
    event = classify(title, summary)
    assert event.type == expected
    assert event.vetoers == frozenset()


def test_a_veto_told_by_its_noun_alone_is_no_act() -> None:
    # (a government pressing in the Assembly: no veto is cast in the headline)
    event = classify(
        "U.S. will press Russia to explain its Syria aid veto in the General Assembly",
        "The United States said it would use the Assembly's debate to question Moscow.",
    )
    assert event.type != "veto"


@pytest.mark.parametrize(
    "title",
    [
        # (the veto as the kicker, the Assembly's part after the colon: w4's
        # _ASSEMBLY_HEADLINE reads a kicker before the Assembly as the Assembly's headline)
        "Russia vetoes Syria aid renewal: General Assembly to debate within ten days",
        # (an after-clause that ends before the veto: the veto is the main clause's)
        "Hours after talks fail, Russia vetoes Syria aid renewal, sending it to the General"
        " Assembly",
    ],
)
def test_the_veto_cast_first_stays_the_veto_whatever_comes_before_it(title: str) -> None:
    event = classify(title, "Russia vetoed the draft on Tuesday; 13 members voted in favour.")
    assert event.type == "veto"
    assert event.vetoers == frozenset({RU})


def test_a_veto_in_the_after_clause_dates_the_assembly_s_debate() -> None:
    event = classify(
        "After Russia vetoed aid renewal, General Assembly debates Syria",
        "Speaker after speaker criticised Moscow in the Assembly on Thursday.",
    )
    assert event.type == "meeting"
    assert event.vetoers == frozenset()


def test_a_russian_text_against_russia_is_not_russia_s_own_draft() -> None:
    # (w5b's _RU_OWN_DRAFT read "проект ... России" two words apart as Russia's draft; a text
    # condemning Russia that fails is as often Russia's veto)
    event = classify(
        "Проект резолюции с осуждением России не прошел в СБ ООН", "Россия проголосовала против."
    )
    assert event.type == "veto"
    assert event.vetoers == frozenset({RU})
