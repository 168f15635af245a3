"""Two English statement-and-report readings of session 45 (issue 11, w1; the classes of
`tests/eval/en-events-s45.jsonl`; the sentences here are the engineer's own).

A headline alone that opens on a speaker of one to three words and a colon, their claim told
with a copula or a modal, is their statement when nothing else is read: the headline is its own
lede and opens on the speaker (DESIGN.md's event convention). The rules read it only for the
surnames `_NAMED_KICKER` lists. Not a section's, a genre's or a place's kicker, not a headline
that tells an act, and not one with a summary, whose lede decides.

A lede whose subject, a group that keeps records, documented what it publishes is a report
(published findings), as "in a report published today" is. Not documentation named in a
reaction, nor first responders counting on the ground.
"""

from __future__ import annotations

import pytest

from demandwatch.core import events
from demandwatch.core.events import classify

SPEAKER_CLAIMS = [
    "Opposition chief: the regime will not stop at Aleppo",
    "Kofi Annan: the six-point plan is still the only plan",
    "State Department: Damascus was behind the Ghouta attack",
    "Salehi: Iran will not abandon its ally in Damascus",
    "Westminster rebels: Britain must not be dragged into Syria",
]


@pytest.mark.parametrize("title", SPEAKER_CLAIMS)
def test_a_headline_alone_with_a_speaker_and_a_colon_is_a_statement(title: str) -> None:
    assert classify(title).type == "statement"


NOT_A_SPEAKER = [
    # (a section's or a genre's kicker)
    ("Analysis: the regime is winning the war of attrition", "other"),
    ("Markets: the Syrian pound is at a record low", "other"),
    ("Football: Syria's qualifying campaign is over", "other"),
    ("In pictures: Homs old town is a field of rubble", "other"),
    # (a place's)
    ("Deir ez-Zor: the siege is broken after three years", "other"),
    ("Geneva: the talks will resume on Monday", "other"),
    # (a headline telling an act beside the colon)
    ("Moscow: Russia vetoes draft on Aleppo truce", "veto"),
    # (what a speaker relays: a meeting, a visit)
    ("Kremlin: Putin is meeting Assad", "other"),
]


@pytest.mark.parametrize(("title", "event"), NOT_A_SPEAKER)
def test_kickers_and_acts_are_not_a_speakers_claim(title: str, event: str) -> None:
    assert classify(title).type == event


def test_with_a_summary_the_lede_decides() -> None:
    event = classify(
        "Kremlin: Putin is meeting Assad",
        "Vladimir Putin received Bashar al-Assad at his residence on Tuesday for talks on a"
        " settlement, the Kremlin said.",
    )
    assert event.type == "other"


OWN_DOCUMENTATION = [
    "The Syrian Network for Human Rights said it had documented at least 72 deaths in"
    " detention in May, most of them in government prisons.",
    "Airwars said it has documented more than 1,400 civilian deaths from coalition strikes on"
    " Raqqa.",
    "The Violations Documentation Center documented 212 killings in Daraa province in"
    " April, the group said.",
]


@pytest.mark.parametrize("lede", OWN_DOCUMENTATION)
def test_a_lede_whose_subject_documented_its_findings_is_a_report(lede: str) -> None:
    assert classify("Monthly toll of Syria's war", lede).type == "report"


DOCUMENTATION_NAMED = [
    # (a reaction naming what the speaker documented before)
    "The families of the detained said the commission's findings confirm what they have"
    " documented for years, and urged states to demand the lists of prisoners.",
    # (a report named in a reaction, "which documented")
    "The Syria Civil Defence welcomed the OPCW's report, which documented chlorine at two sites.",
    # (first responders counting on the ground: no body that keeps records)
    "Local rescuers said they had documented 400 bodies in a single grave on the city's edge.",
]


@pytest.mark.parametrize("lede", DOCUMENTATION_NAMED)
def test_documentation_named_in_a_reaction_or_on_the_ground_is_not_the_subjects(
    lede: str,
) -> None:
    assert events._OWN_DOCUMENTED.search(lede.lower()) is None


def test_a_reaction_naming_documentation_stays_a_statement() -> None:
    event = classify("Families welcome the inquiry's findings", DOCUMENTATION_NAMED[0])
    assert event.type == "statement"
