"""A German headline joins the development other languages report by the parts of its
compounds (session 43, stories-compounds-s43): "Giftgasangriff" is a gas attack and
"Chemiewaffeninspekteure" chemical weapons inspectors, keys an English, French or Arabic
headline names, where the compound itself is shared by none. Read in German and in a German
headline too short to be told from English. Not the states ("Belarusian" is not Russia), not
Syria, not a word whose last part is no term of the table; and another development on the
same subject, its own story still."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial

from demandwatch.core.stories import _compound_parts, bag_of_words
from story_support import candidate, polled

# The morning of the Khan Shaykhun attack (Tuesday 4 April 2017).
ATTACK = datetime(2017, 4, 4, 10, 30, tzinfo=UTC)

item = partial(candidate, demand="accountability-investigations")

WIRE = (
    "Suspected gas attack kills dozens in Syria's Idlib province",
    "Doctors in Khan Sheikhoun described patients choking after an early-morning air strike.",
)


def test_a_compounds_parts_are_the_terms_it_joins() -> None:
    assert _compound_parts("giftgasangriff") == ("attack", "gas")
    assert _compound_parts("chemiewaffeninspekteure") == ("inspector", "chemical")
    assert _compound_parts("militarbeobachter") == ("monitor",)
    assert _compound_parts("chlorgasangriffe") == ("attack", "chlorine")
    # Near misses: a state, Syria, a last part that is no term, a word too short.
    assert _compound_parts("belarusian") == ()
    assert _compound_parts("nordsyrien") == ()
    assert _compound_parts("berichterstattung") == ()
    assert _compound_parts("angriff") == ()


def test_a_short_german_headline_reads_its_compounds_parts() -> None:
    words = bag_of_words("Giftgasangriff in Chan Scheichun: Dutzende Tote", "")
    assert {"attack", "gas"} <= words.keys()
    assert "giftgasangriff" in words  # the compound itself still joins German reports
    # An English headline's words are read as before; an English body's long words are not
    # read for parts (a headline's are: it may be German).
    assert "attack" in bag_of_words(*WIRE)
    assert "russia" not in bag_of_words("Belarusian", "")
    assert "ship" not in bag_of_words("Navy on alert", "Two gunships were seen off the coast.")
    assert "ship" in bag_of_words("Gunships off the coast", "")


def test_a_german_headline_joins_the_development_other_languages_report() -> None:
    wire = item("wire", WIRE[0], "other", ATTACK, text=WIRE[1])
    german = item(
        "de",
        "Giftgasangriff in Chan Scheichun: Dutzende Tote",
        "other",
        ATTACK + timedelta(hours=1),
    )
    first, second = polled(wire, german)
    assert second.id == first.id
    observers = partial(candidate, demand="monitor-access")
    day = datetime(2012, 6, 16, 10, 50, tzinfo=UTC)
    en = observers(
        "wire",
        "UN observers suspend patrols in Syria as violence escalates",
        "other",
        day,
        text="General Robert Mood said the unarmed monitors would stay in their positions.",
    )
    de = observers(
        "de",
        "UN-Militärbeobachter stellen Patrouillen in Syrien ein",
        "other",
        day + timedelta(hours=2),
    )
    first, second = polled(en, de)
    assert second.id == first.id


def test_another_development_on_the_subject_stays_its_own() -> None:
    # Turkey's autopsy findings two days on name the attack in one word too (stories-week:
    # findings of their own); so does the Council's emergency meeting the next day.
    wire = item("wire", WIRE[0], "other", ATTACK, text=WIRE[1])
    for title, event, later in (
        ("Türkische Gerichtsmediziner: Giftgasangriff mit Sarin", "report", timedelta(days=2)),
        ("Sicherheitsrat berät über Giftgasangriff", "meeting", timedelta(days=1)),
    ):
        first, second = polled(wire, item("de", title, event, ATTACK + later))
        assert second.id != first.id, title
