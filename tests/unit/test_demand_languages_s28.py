"""Session 28 (issue 11): accountability and monitor access in the five other languages.

Validation's multilingual misses, counted by the part of the query that failed, were
mostly items with no demand word the rules knew, and some with no Syria word:

- The commission of inquiry named by its parent ("la commission de l'ONU", "UN-Kommission",
  "Комиссия ООН") or its members as the UN's experts, with what it found (crimes, torture,
  a report), is the demand's body, as "commission of inquiry" is in English.
- The IIIM told by its task, a mechanism and evidence, without its name.
- Monitors inspecting a place ("осмотрели", "يتفقدون", "besichtigt") are there; French
  "inspecter" and Spanish "inspeccionar" are not access words: they stem as the
  inspectors themselves ("inspecteurs", "inspectores") and "inspección" do.
- Russian nouns in -ия read the same in the instrumental ("Сирией", "комиссией").
- Syrian places in each language's spelling (Deir ez-Zor, Qusayr, Tremseh ...) are Syria.
- Arabic "آثار" is traces (of shelling) as well as antiquities: observers in any language
  lift the heritage exclusion, as investigators and inspectors did.
- Observers as commentators ("Beobachter erwarten") stay commentators when the League or
  the UN is named elsewhere in the item, not beside them.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.language import stem
from demandwatch.core.matching import Matcher
from shipped_demands import fired

ACCOUNTABILITY = "accountability-investigations"
MONITORS = "monitor-access"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("La commission de l'ONU publie son rapport sur les prisons syriennes", ""),
        ("Una comisión de la ONU acusa a Damasco de ejecuciones en Homs", ""),
        ("UN-Kommission legt Bericht über Massaker in Syrien vor", ""),
        ("Комиссия ООН обвинила власти Сирии в казнях", ""),
        ("Les experts de l'ONU ont documenté des exécutions à Alep", ""),
        ("Le mécanisme de Genève transmet des preuves sur la Syrie à la justice suédoise", ""),
        ("Genfer Mechanismus sammelt Beweise zu Syrien", ""),
        ("Механизм ООН передал прокурорам доказательства по Сирии", ""),
    ],
)
def test_the_commission_and_the_mechanism_by_other_names(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    "title",
    [
        "La commission économique de l'ONU publie ses prévisions pour la Syrie",
        "Les experts de l'ONU sur les sanctions publient leur rapport sur la Syrie",
    ],
)
def test_other_un_commissions_and_experts_are_not_the_demand(matcher: Matcher, title: str) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title)


@pytest.mark.parametrize(
    "title",
    [
        "Эксперты ОЗХО осмотрели склад в Думе",
        "خبراء منظمة حظر الأسلحة الكيميائية يتفقدون موقعا في دوما",
        "OPCW-Experten besichtigten ein Lager in Duma",
        "Expertos de la OPAQ inspeccionaron un almacén en Duma",
    ],
)
def test_monitors_inspecting_a_place_are_there(matcher: Matcher, title: str) -> None:
    assert MONITORS in fired(matcher, title)


def test_russian_instrumental_of_ia_nouns_stems_as_the_nominative() -> None:
    assert stem("сирией", "ru") == stem("сирия", "ru")
    assert stem("комиссией", "ru") == stem("комиссия", "ru")
    assert stem("резолюциях", "ru") == stem("резолюция", "ru")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Эксперты ООН задокументировали казни под Дейр-эз-Зором", ""),
        ("Переговоры с Сирией", "Комиссия ООН обвинила власти в пытках заключенных."),
    ],
)
def test_syria_in_russian_places_and_cases(matcher: Matcher, title: str, text: str) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


def test_arabic_observers_seeing_traces_of_shelling_are_not_heritage_experts(
    matcher: Matcher,
) -> None:
    assert MONITORS in fired(
        matcher, "المراقبون يتفقدون حي بابا عمرو في حمص", "وشاهد الفريق آثار القصف على المنازل."
    )


def test_commentators_stay_commentators_with_the_league_named_apart(matcher: Matcher) -> None:
    assert MONITORS not in fired(
        matcher,
        "Beobachter erwarten eine Annäherung zwischen Damaskus und Riad",
        "Syrien war im Jahr 2011 aus der Arabischen Liga ausgeschlossen worden, "
        "nun wird über eine Rückkehr gesprochen.",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Los observadores de las Naciones Unidas llegan a Homs",
        "Les observateurs des Nations unies arrivés à Homs",
        "Beobachter für Menschenrechte dürfen nicht nach Syrien",
    ],
)
def test_the_un_and_rights_by_their_names_in_each_language(matcher: Matcher, title: str) -> None:
    assert MONITORS in fired(matcher, title)


@pytest.mark.parametrize(
    "title",
    [
        "Syrie : le Conseil de sécurité échoue à adopter une résolution",
        "La Russie fait capoter la résolution sur Alep",
        "Syrie : Moscou torpille le texte européen à l'ONU",
        "Проект резолюции по Сирии не прошел в Совбезе",
        "Fracasa en el Consejo de Seguridad la resolución sobre Siria",
    ],
)
def test_drafts_made_to_fail_in_each_language(matcher: Matcher, title: str) -> None:
    assert "stop-veto-obstruction" in fired(matcher, title)


@pytest.mark.parametrize(
    "title",
    [
        "Syrie : les négociations ont échoué à Genève",
        "La déclaration présidentielle sur la Syrie a échoué au Conseil",
        "Fracasa la tregua en Alepo",
    ],
)
def test_talks_statements_and_truces_failing_are_not_a_blocked_draft(
    matcher: Matcher, title: str
) -> None:
    assert "stop-veto-obstruction" not in fired(matcher, title)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Los inspectores de la OPAQ concluyen que se usó cloro en Siria", ""),
        ("Les inspecteurs de l'OIAC concluent à l'usage de chlore en Syrie", ""),
        (
            "La inspección de la OPAQ concluye que se usó cloro en Siria",
            "Los inspectores lo confirman.",
        ),
    ],
)
def test_inspectors_reporting_are_not_inspecting_a_place(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITORS not in fired(matcher, title, text)


def test_a_russian_text_that_fails_is_not_a_blocked_draft(matcher: Matcher) -> None:
    assert "stop-veto-obstruction" not in fired(
        matcher, "Fracasa la propuesta rusa sobre Siria en el Consejo de Seguridad"
    )
