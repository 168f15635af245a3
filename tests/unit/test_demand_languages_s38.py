"""Session 38 (issue 11, German first): a German compound is read as its last part too.

German writes the demands' nouns as the last part of one word: "Finanzsanktionen" are
sanctions, "Chemiewaffeninspekteure" inspectors, a "Frachtschiff" a ship, a
"Syrienresolution" a resolution. The queries name the part ("Sanktion*", "Inspekteur*",
"Schiff"), which found the compound only where a query listed it whole. A word of its own
now also finds the compounds ending in it (the query language, core.query); a phrase's
words, and a word in quotes, are read as written, so "Internationaler Strafgerichtshof" is
not the "Internationaler Gerichtshof", and the clauses that must not read a compound's
last part say so by quoting ("Waffen" is no "Chemiewaffen", "Beobachter" no
"Menschenrechtsbeobachter", "Flüg*" no "Kampfflugzeuge").

Validation's German misses, counted by cause (counts only): of 80, 63 pass the Syria
context and fail the query; 8 of the 12 German asset-freeze misses failing the query name
sanctions, 3 of them only inside a compound. The texts are written for this test, in other
words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.language import compound_tails
from demandwatch.core.matching import Matcher
from demandwatch.core.query import Document, compile_query
from shipped_demands import fired

VETO = "stop-veto-obstruction"
ARMS = "arms-embargo"
ASSET = "asset-freeze"
ICC = "icc-referral"
MONITOR = "monitor-access"
ACCOUNTABILITY = "accountability-investigations"


def reads(query: str, title: str, text: str = "", language: str = "de") -> bool:
    return compile_query(query).terms(Document(title, text, language)) is not None


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("Sanktion*", "Neue Handelssanktionen beschlossen"),
        ("Sanktionen", "Neue Handelssanktionen beschlossen"),
        ("Inspekteur", "Waffeninspekteure reisen ab"),
        ("Schiff NEAR/3 Munition", "Das Containerschiff hatte Munition geladen"),
        ("title:Ermittler*", "Kriegsverbrechensermittler legen Bericht vor"),
        ("Beobachter* NOT Polizei", "Wahlbeobachter vor Ort"),
    ],
)
def test_a_german_word_finds_the_compounds_ending_in_it(query: str, title: str) -> None:
    assert reads(query, title)


def test_a_compound_s_last_part_rules_out_as_a_word_does() -> None:
    assert not reads("Beobachter* NOT Polizei", "Wahlbeobachter und Bundespolizei vor Ort")


@pytest.mark.parametrize(
    ("query", "title", "language"),
    [
        # a phrase's later word is read as written
        ('"Internationaler Gerichtshof"', "Der Internationale Strafgerichtshof ermittelt", "de"),
        # a quoted word too
        ('"Waffen"', "Die letzten Chemiewaffen sind außer Landes", "de"),
        ('"Beobachter"', "Menschenrechtsbeobachter melden Tote", "de"),
        # a short ending is no part ("Rat" in "Sicherheitsrat", "Veto" in "Doppelveto")
        ("Rat", "Der Sicherheitsrat tagt", "de"),
        # the word's beginning stays a wildcard's business, not a plain word's
        ("Chemie", "Chemiewaffeninspekteure reisen ab", "de"),
        # only German compounds so
        ("inspecteurs", "Les superinspecteurs arrivent", "fr"),
        ("sanciones", "Las contrasanciones de Moscú", "es"),
    ],
)
def test_what_is_not_read_as_a_compound_s_part(query: str, title: str, language: str) -> None:
    assert not reads(query, title, language=language)


def test_compound_tails_are_the_endings_after_a_head() -> None:
    assert compound_tails("finanzsanktionen") == (
        "nzsanktionen",
        "zsanktionen",
        "sanktionen",
        "anktionen",
        "nktionen",
        "ktionen",
        "tionen",
    )
    assert compound_tails("sanktion") == ()  # too short to hold two parts
    assert compound_tails("syrien2012") == ()


@pytest.mark.parametrize(
    ("title", "text", "demand"),
    [
        (
            "Brüssel friert Gelder von Assads Vertrauten ein: neue Finanzsanktionen",
            "Betroffen sind zwei Cousins des Präsidenten und ein Geschäftsmann aus Damaskus.",
            ASSET,
        ),
        (
            "Kanada verhängt Reise- und Wirtschaftssanktionen gegen Baschar al-Assad",
            "Ottawa folgt damit Washington und der Europäischen Union.",
            ASSET,
        ),
        (
            "Containerschiff mit Panzermunition für Syrien in Zypern festgesetzt",
            "Die Ladung war für die Armee in Damaskus bestimmt, sagen die Behörden.",
            ARMS,
        ),
        (
            "Kriegsverbrechensermittler der UN sammeln Zeugenaussagen zu Massakern in Syrien",
            "Die Kommission will die Namen der Verdächtigen vorerst nicht veröffentlichen.",
            ACCOUNTABILITY,
        ),
        (
            "Syrische Regierung lässt Waffeninspekteure der Vereinten Nationen nicht nach Ost-Ghuta",
            "Das Team wartet seit drei Tagen in einem Hotel der Hauptstadt.",
            MONITOR,
        ),
    ],
)
def test_a_demand_told_by_a_german_compound(
    matcher: Matcher, title: str, text: str, demand: str
) -> None:
    assert demand in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text", "demand"),
    [
        (
            "Die letzten deklarierten Chemiewaffen verlassen Syrien per Containerschiff",
            "Ein dänisches Schiff bringt die Kampfstoffe aus Latakia zur Vernichtung auf See.",
            ARMS,
        ),
        (
            "Syrische Kampfflugzeuge bombardieren Märkte in Idlib",
            "Menschenrechtler in London zählen mehr als dreißig Tote.",
            ARMS,
        ),
        (
            "Menschenrechtsbeobachter zählen 400 Tote in Syrien binnen einer Woche",
            "Die Organisation mit Sitz in London stützt sich auf Informanten vor Ort.",
            MONITOR,
        ),
        (
            "Internationaler Strafgerichtshof: Syrien bleibt außer Reichweite",
            "Damaskus hat das Römische Statut nie ratifiziert, sagt die Anklägerin.",
            ACCOUNTABILITY,
        ),
    ],
)
def test_a_compound_s_last_part_that_is_not_the_demand(
    matcher: Matcher, title: str, text: str, demand: str
) -> None:
    assert demand not in fired(matcher, title, text)
