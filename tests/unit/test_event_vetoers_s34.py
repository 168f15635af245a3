"""Who vetoed, session 34 (ml-vetoers-s34, en-vetoers-s34). A permanent member joining another's veto, told by the joiner, is two vetoers in every
language ("China joins Russia's veto", "se suma al veto ruso", "schließt sich dem russischen
Veto an", "تنضم إلى روسيا في استخدام الفيتو"): the rules had read one of the two, or none
(issue 11, session 34, ml-vetoers-s34: who vetoed 0.250 on its first reading). A member joining
another in abstaining, in asking for time or in condemning the veto is no vetoer; and a German
ordinal's full stop ("zum 5. Mal") ends no sentence."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import classify

PUBLISHED = datetime(2026, 12, 5, 18, tzinfo=UTC)
BOTH = {"China", "Russian Federation"}


def _read(title: str, text: str = "") -> tuple[str, set[str]]:
    event = classify(title, text, published=PUBLISHED)
    return event.type, set(vetoed_by(event))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Beijing joined Moscow's veto of the Aleppo ceasefire draft on Monday", ""),
        ("China adds its veto to Russia's on the chemical weapons sanctions text", ""),
        ("Pekín se suma al veto de Moscú contra el alto el fuego en Siria", ""),
        ("China se unió a Rusia y vetó el texto sobre la ayuda humanitaria", ""),
        ("La Chine s'est associée au veto russe sur la trêve en Syrie", ""),
        ("Pékin s'est aligné sur le veto de Moscou au Conseil de sécurité", ""),
        ("Peking schloss sich im Sicherheitsrat dem Veto Russlands gegen den Syrien-Text an", ""),
        ("Китай поддержал российское вето по сирийской резолюции", ""),
        ("بكين تنضم إلى موسكو في استخدام حق النقض ضد قرار بشأن سوريا", ""),
    ],
)
def test_a_member_joining_anothers_veto_is_a_second_vetoer(title: str, text: str) -> None:
    assert _read(title, text) == ("veto", BOTH)


@pytest.mark.parametrize(
    ("title", "text", "vetoers"),
    [
        # joining another in condemning the veto: the joiner and the other condemn it
        (
            "Russia vetoes the renewal of the Syria aid crossing",
            "Thirteen members voted for the text and China abstained. France joined Britain in "
            "condemning the veto.",
            {"Russian Federation"},
        ),
        (
            "Rusia veta la resolución sobre Siria; Francia se suma a Estados Unidos en la condena",
            "China se abstuvo en la votación del Consejo de Seguridad.",
            {"Russian Federation"},
        ),
    ],
)
def test_joining_in_something_else_makes_no_vetoer(
    title: str, text: str, vetoers: set[str]
) -> None:
    event_type, read = _read(title, text)
    assert event_type == "veto"
    assert read == vetoers


def test_joining_another_in_abstaining_is_no_veto() -> None:
    event_type, read = _read(
        "China joins Russia in abstaining as the Council extends the Syria aid mechanism",
        "The resolution was adopted by 12 votes to none, with three abstentions.",
    )
    assert event_type == "resolution_adopted"
    assert read == set()


def test_a_german_ordinal_ends_no_sentence() -> None:
    assert _read("Russland legt zum 5. Mal Veto gegen einen Syrien-Text ein") == (
        "veto",
        {"Russian Federation"},
    )


# English shapes of the second vetoer (en-vetoers-s34): told elliptically ("China too"), by its
# count, as the vetoes' source ("vetoes from"), at the vetoer's side, or following it.
@pytest.mark.parametrize(
    ("title", "text", "vetoers"),
    [
        (
            "Council text on Syrian detainees fails",
            "Russia voted no. China too, and the draft ended with eleven votes in favour.",
            BOTH,
        ),
        (
            "Syria ceasefire draft blocked at the UN",
            "It was Russia's fourteenth veto on Syria and China's eighth since the war began.",
            BOTH,
        ),
        ("Vetoes from China and Russia end UN bid to extend Syria aid route", "", BOTH),
        ("With Moscow at its side, Beijing vetoes the Aleppo ceasefire draft", "", BOTH),
        ("Russia vetoes Syria aid text, China follows", "", BOTH),
        ("Moscow and Beijing torpedo Syria truce at the Security Council", "", BOTH),
    ],
)
def test_the_second_vetoer_told_in_english_shapes(title: str, text: str, vetoers: set[str]) -> None:
    assert _read(title, text) == ("veto", vetoers)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # another UN body's motion; a sports cup
        ("China kills Taiwan motion at the UN health assembly", ""),
        ("Manchester City sinks Russia's hopes at the UN charity cup", ""),
    ],
)
def test_near_misses_of_the_english_shapes_are_no_veto(title: str, text: str) -> None:
    event_type, read = _read(title, text)
    assert event_type != "veto"
    assert read == set()


@pytest.mark.parametrize(
    "title",
    [
        "El Reino Unido se suma al veto estadounidense contra el texto sobre Gaza",
        "Le Royaume-Uni se joint au veto américain sur le projet relatif à Gaza",
        "Britain joins the American veto of the Gaza ceasefire draft",
    ],
)
def test_a_joined_veto_names_any_permanent_member_by_its_adjective(title: str) -> None:
    # The joined member's adjective is read from the same tables as every other adjective rule,
    # not from a list of its own that knew only Russia and China.
    assert _read(title) == ("veto", {"United Kingdom", "United States"})
