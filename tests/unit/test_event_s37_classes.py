"""Session 37's English event classes (issue 11, en-events-s37), from a count of validation
11-35's English event misses (counts only) and of headlines in new wording the rules misread.

- A rejection of a plan, a bid or a proposal by a body outside the UN (a club's members,
  shareholders, a town council, workers) is that body's decision, `other`, even with a
  permanent member's adjective after the verb ("after Russian owner objects"); not a
  permanent member voting a plan down, with or without the UN named.
- A headline judging a veto, the veto a noun and its speaker trailing or heading it, whose
  lede is the speaker's words and not the veto itself, is a reaction, `statement`; not a
  lede that tells the veto before any speaker, a headline whose act is the veto ("Russia
  vetoes ..."), a veto threatened, nor a veto held as a right.
"""

from __future__ import annotations

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        ("Fans' trust votes down ground-sharing plan backed by American investors", ""),
        ("Pension fund members reject takeover bid from Chinese conglomerate", ""),
        ("Town council kills marina plan despite British developer's pledge", ""),
        (
            "Local elections overshadowed by dispute",
            "Residents' association rejects Russian buyer's offer for the old harbour, the"
            " mayor's office confirmed on Monday.",
        ),
    ],
)
def test_a_rejection_outside_the_un_is_that_bodys_decision(title: str, lede: str) -> None:
    event = classify(title, lede)
    assert event.type == "other"
    assert not vetoed_by(event)


@pytest.mark.parametrize(
    ("title", "vetoer"),
    [
        ("Russia votes down Western plan for Syria no-fly zone", "Russian Federation"),
        ("U.S. kills Gaza ceasefire plan", "United States"),
        ("Moscow blocks French plan for Aleppo truce", "Russian Federation"),
    ],
)
def test_a_permanent_member_rejecting_a_plan_stays_its_veto(title: str, vetoer: str) -> None:
    event = classify(title, "")
    assert event.type == "veto"
    assert vetoer in vetoed_by(event)


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        ("Russia's latest veto buries hope of justice for Ghouta, survivors warn", ""),
        (
            "Double veto hands Damascus impunity, lawyers argue",
            "Syrian lawyers in Berlin said the Council had once again left European courts as"
            " the only road to trial.",
        ),
        ("Medics: the veto will empty Idlib's hospitals", ""),
        (
            "Moscow's veto on Aleppo is a green light for more bombing, opposition charges",
            "The opposition coalition charged on Sunday that Russian and Syrian jets had"
            " struck three hospitals since the vote.",
        ),
        (
            "Veto a blow to Council's standing, former envoy tells radio",
            "Without a way round the Council, the former envoy told the broadcaster, the"
            " Assembly would have to act.",
        ),
    ],
)
def test_a_judgement_on_a_veto_in_its_speakers_words_is_a_statement(title: str, lede: str) -> None:
    assert classify(title, lede).type == "statement"


@pytest.mark.parametrize(
    ("title", "lede", "expected"),
    [
        # The lede is the veto itself, its speaker trailing.
        (
            "Russian veto cuts off aid to Idlib, agencies say",
            "Russia on Friday vetoed a one-year renewal of the aid operation, the agencies said.",
            "veto",
        ),
        # The headline's act is the veto.
        ("Russia vetoes aid renewal, diplomats say", "", "veto"),
        # A veto threatened: the draft's news.
        (
            "Russia's veto would kill any Aleppo text, diplomats say",
            "Moscow's envoy has told colleagues he cannot accept a draft that names Damascus.",
            "draft_resolution",
        ),
        # A veto held as a right, not cast.
        ("Ankara holds a veto over any Kurdish role, analysts say", "", "other"),
    ],
)
def test_a_veto_told_threatened_or_held_is_not_a_judgement(
    title: str, lede: str, expected: str
) -> None:
    assert classify(title, lede).type == expected


@pytest.mark.parametrize(
    "title",
    [
        "Convoys from Turkey to keep rolling for six more months after UN vote",
        "Idlib's last open crossing stays open following unanimous Council vote",
        "Chemical weapons investigators kept on for a year in Security Council vote",
        "Golan observers win UN mandate renewal",
        "Aleppo evacuation monitors secure Security Council approval",
        "Beijing lets sanctions renewal pass with abstention",
        "China abstains as U.N. extends Syria inquiry for a year",
    ],
)
def test_an_adoption_told_by_what_the_councils_vote_keeps_going(title: str) -> None:
    assert classify(title, "").type == "resolution_adopted"


@pytest.mark.parametrize(
    "title",
    [
        # A failure told beside the vote.
        "Aid convoys halted after UN vote",
        "Crossing to close after Council vote fails",
        # Another body's vote.
        "Inquiry wins another year in OPCW executive council vote",
        "Troop deployment survives parliament vote",
        # The vote ahead, nothing kept going.
        "Syria aid hopes rest on next week's UN vote",
        # A deadline let pass, no text.
        "Russia lets deadline pass without tabling its text",
    ],
)
def test_a_vote_that_fails_another_bodys_or_one_ahead_is_no_adoption(title: str) -> None:
    assert classify(title, "").type != "resolution_adopted"
