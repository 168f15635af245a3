"""Blind part 16 (English): vetoes read as `other` when the lede tells them late (a text
that "died on the votes of" two members, a member "alone among the fifteen" voting against
after a consequence-first clause), vetoers missed in a record listing them with semicolons,
adoptions as wires write them ("all 15 Security Council members voted on Monday for",
"signed off on"), statements told as reported speech to the press ("told the BBC ...
that"), a briefing read as a draft because members negotiated meanwhile,
and a medium "reporting" read as a report. The classes of `en-events-22.jsonl`; the
sentences here are the engineer's own: each positive one fails on the rules before; the near
misses beside them (a bill, a minister reporting to his president, members negotiating)
pass before and after.
"""

from __future__ import annotations

from demandwatch.core.events import classify


def test_a_text_that_died_on_permanent_members_votes_is_their_veto() -> None:
    event = classify(
        "Truce text fails in New York",
        "After a week of revisions, the Arab-backed ceasefire text died on Saturday on the votes "
        "of the Russian Federation, Venezuela and China; Angola abstained.",
    )
    assert event.type == "veto"
    # (Venezuela voted no too, and as an elected member vetoed nothing)
    assert set(event.vetoers) == {"Russian Federation", "China"}


def test_a_bill_that_died_on_a_partys_votes_is_no_veto() -> None:
    event = classify(
        "Arms bill dies in parliament",
        "The arms export bill died on Thursday on the votes of the opposition benches.",
    )
    assert event.type != "veto"


def test_a_member_alone_among_the_fifteen_voting_against_after_the_consequence_vetoed() -> None:
    event = classify(
        "The lifeline is closed",
        "The aid convoys that have crossed from Turkey since 2014 stopped on Friday, after Russia, "
        "alone among the fifteen members of the Security Council, voted against a one-year "
        "renewal; China abstained.",
    )
    assert event.type == "veto"
    assert event.vetoers == {"Russian Federation"}


def test_a_record_listing_the_noes_with_semicolons_names_every_vetoer() -> None:
    event = classify(
        "Draft resolution S/2019/961 (Syria humanitarian situation) : vote",
        "Voting record. Not adopted. 13-2-0. Against: Russian Federation; China. In favour: "
        "Belgium, Cote d'Ivoire, Dominican Republic, Equatorial Guinea, France, Germany, "
        "Indonesia, Kuwait, Peru, Poland, South Africa, United Kingdom, United States.",
    )
    assert event.type == "veto"
    assert set(event.vetoers) == {"Russian Federation", "China"}


def test_all_fifteen_council_members_voting_on_a_day_for_a_measure_adopt_it() -> None:
    event = classify(
        "Observers to watch Aleppo evacuation",
        "All 15 Security Council members voted on Monday for a measure sending UN staff to "
        "monitor the evacuation of eastern Aleppo.",
    )
    assert event.type == "resolution_adopted"


def test_the_council_signing_off_on_a_plan_adopts_it() -> None:
    event = classify(
        "U.N. backs chemical arms plan",
        "The Security Council late on Friday signed off on a plan to remove and destroy Syria's "
        "chemical stockpile by mid-2014.",
    )
    assert event.type == "resolution_adopted"


def test_a_speaker_telling_a_broadcaster_what_they_hold_makes_a_statement() -> None:
    event = classify(
        "Juppe: the Council's silence is a scandal",
        "French Foreign Minister Alain Juppe told France Inter radio on Monday that the "
        "Council's silence over Homs was a scandal and that Paris would keep pressing Moscow.",
    )
    assert event.type == "statement"


def test_a_minister_reporting_a_delivery_to_his_president_makes_no_statement() -> None:
    event = classify(
        "Air defence batteries handed over",
        "Defence Minister Sergei Shoigu told President Putin on Tuesday that the batteries had "
        "been handed over to the Syrian army.",
    )
    assert event.type == "other"


def test_a_briefing_while_members_negotiate_a_draft_is_the_meeting() -> None:
    event = classify(
        "Idlib: relief chief warns Council of catastrophe",
        "Briefing the Security Council on Wednesday, the relief chief said a million people "
        "were on the move towards the border, as members continued to negotiate a draft on a "
        "humanitarian truce.",
    )
    assert event.type == "meeting"


def test_members_meeting_to_negotiate_a_draft_are_still_the_drafts_news() -> None:
    event = classify(
        "Council members haggle over truce text",
        "Council members met behind closed doors on Wednesday to continue negotiating a draft "
        "on a humanitarian truce in Idlib.",
    )
    assert event.type == "draft_resolution"


def test_a_medium_reporting_a_fact_is_not_a_report() -> None:
    event = classify(
        "Chemical weapons inspectors reach Douma, state media reports",
        "Inspectors from the chemical weapons watchdog entered Douma on Saturday, state media "
        "reported.",
    )
    assert event.type == "other"
