"""Invisible format characters inside a word (tester s24).

News sites break long words with soft hyphens (``Sicher&shy;heits&shy;rat``, ``Ve&shy;to``)
and copy-pasted text carries zero-width spaces and direction marks. None is seen by a
reader; each split its word in two for matching and events, so a German veto headline
with a soft hyphen in "Veto" matched no demand and read no veto: no alert at all.
Document keys and fingerprints stay as earlier releases stored them.
"""

from __future__ import annotations

import pytest

from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core.events import classify
from demandwatch.core.identity import fingerprint, headline_words
from demandwatch.core.matching import Matcher
from demandwatch.core.text import INVISIBLE_FORMAT, fold, tokens

SHY, ZWSP, ZWJ, RLM, WJ, BOM = "\u00ad", "\u200b", "\u200d", "\u200f", "\u2060", "\ufeff"


@pytest.mark.parametrize("mark", list(INVISIBLE_FORMAT))
def test_an_invisible_format_character_inside_a_word_leaves_one_word(mark: str) -> None:
    assert tokens(f"Russia ve{mark}toes the text") == ["russia", "vetoes", "the", "text"]
    assert fold(f"Sicher{mark}heitsrat") == "sicherheitsrat"


def test_folding_keeps_everything_else_it_kept() -> None:
    assert fold("Díaz") == "diaz"
    assert fold("الفيـــتو") == fold("الفيتو")  # tatweel, as before
    assert tokens("международный") == ["международный"]  # й kept whole
    assert fold("Russia vetoes") == "russia vetoes"  # ASCII: the fast path


@pytest.mark.parametrize(
    ("title", "text", "vetoer"),
    [
        (
            f"Russland legt Ve{SHY}to gegen Syrien-Reso{SHY}lution im Sicher{SHY}heits{SHY}rat ein",
            f"Russland hat am Donnerstag im UN-Sicherheitsrat sein Ve{SHY}to gegen eine "
            "Syrien-Resolution eingelegt.",
            "Russian Federation",
        ),
        (
            f"Russia ve{ZWSP}toes Security Council resolution on Syria",
            f"Russia on Thursday ve{ZWSP}toed a Security Council draft resolution on Syria.",
            "Russian Federation",
        ),
        (
            f"La Chine et la Russie opposent leur ve{SHY}to à une résolution sur la Sy{ZWJ}rie",
            "La Chine et la Russie ont opposé jeudi leur veto à un projet de résolution du "
            "Conseil de sécurité sur la Syrie.",
            "China",
        ),
        (
            f"Россия наложила ве{SHY}то на проект резолюции СБ ООН по Си{WJ}рии",
            "Россия в четверг наложила вето на проект резолюции Совета Безопасности ООН по Сирии.",
            "Russian Federation",
        ),
        (
            f"{BOM}Rusia veta en el Consejo de Seguridad la resolución sobre Si{RLM}ria",
            "Rusia vetó este jueves en el Consejo de Seguridad de la ONU una resolución sobre Siria.",
            "Russian Federation",
        ),
    ],
)
def test_a_veto_headline_with_invisible_characters_matches_and_reads_as_a_veto(
    title: str, text: str, vetoer: str
) -> None:
    config = load_config(SHIPPED_CONFIG_DIR)
    matcher = Matcher([(d, c.context) for c in config.campaigns for d in c.demands])
    assert "stop-veto-obstruction" in {m.demand_id for m in matcher.match(title, text)}
    event = classify(title, text)
    assert event.type == "veto"
    assert vetoer in event.vetoers


def test_document_keys_and_fingerprints_are_the_ones_earlier_releases_stored() -> None:
    # An upgrade must take no known document for a new or a changed one: the words of a
    # key or fingerprint are still split at an invisible character, as they were stored.
    assert headline_words(f"Russland legt Ve{SHY}to ein") == "russland legt ve to ein"
    title, text = f"Ve{SHY}to im Sicherheitsrat", f"Russland legt sein Ve{ZWSP}to ein."
    assert fingerprint(title, text) == fingerprint(
        "Ve to im Sicherheitsrat", "Russland legt sein Ve to ein."
    )
