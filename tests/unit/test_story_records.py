"""A voting record of the Digital Library joins the story of the vote it records whatever event
its headline is read as, on the day of the vote or weeks later (README of tests/eval: one
development is one story across registers; a draft is voted on once). Its keys are its own:
the draft it names, the totals it lists, the members it lists against."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial

import pytest

from demandwatch.core.stories import (
    Candidate,
    VotingRecord,
    reaches_back,
    vote_days,
    voting_record,
)
from story_support import candidate, polled

# A Tuesday: the vote at 11:00 in New York.
VOTE = datetime(2026, 11, 10, 16, tzinfo=UTC)
RUSSIA = frozenset({"Russian Federation"})


# An alert of this file's demand (see ``candidate``).
item = partial(candidate, demand="accountability-investigations")


def coverage() -> list[Candidate]:
    """The vote as wires, the Council's release and an aid group report it: no item names the
    draft's symbol."""
    return [
        item(
            "wire",
            "Russia blocks renewal of UN inquiry into Syria gas attacks",
            "veto",
            VOTE + timedelta(minutes=20),
            text="Russia on Tuesday vetoed a Western text that would have kept the inquiry into "
            "chemical attacks in Syria running for another year. China abstained.",
            vetoers=RUSSIA,
        ),
        item(
            "release",
            "Council fails to extend chemical attacks inquiry as Russian Federation votes against",
            "veto",
            VOTE + timedelta(hours=2),
            text="The text received 13 votes in favour to 1 against, with 1 abstention. The "
            "inquiry's mandate ends on 18 November.",
            tally="13-1-1",
            vetoers=RUSSIA,
            vote_date=VOTE.date(),
        ),
    ]


# The forms a record takes (headline, text), each read as the events read them: as a draft
# (":" then "vote"), as an adoption (a "No: 1" naming nobody), or as the veto it is.
RECORDS = {
    "read as a draft": (
        "Draft resolution S/2026/812 [on the renewal of the inquiry into chemical weapons "
        "attacks in the Syrian Arab Republic] : vote",
        "Yes: 13 | No: 1 (Russian Federation) | Abstentions: 1 (China).",
        "draft_resolution",
    ),
    "read as an adoption": (
        "Vote on draft resolution S/2026/812 : the situation in the Middle East (Syria)",
        "Yes: 13; No: 1; Abstentions: 1. Non-voting: 0. Total voting membership: 15.",
        "resolution_adopted",
    ),
    "without its symbol": (
        "Vote on draft resolution on the chemical weapons inquiry in the Syrian Arab Republic "
        ": voting record",
        "Yes: 13, No: 1, Abstentions: 1.",
        "resolution_adopted",
    ),
    "its sponsors first": (
        "Denmark, France and Germany: draft resolution [on the chemical weapons inquiry in the "
        "Syrian Arab Republic] : Security Council vote",
        "Voting record, S/2026/812. Yes: 13; No: 1 (Russian Federation); Abstentions: 1 "
        "(China). Not adopted (negative vote of a permanent member).",
        "veto",
    ),
}


def record(form: str, at: datetime) -> Candidate:
    title, text, event = RECORDS[form]
    symbols = ("S/2026/812",) if "S/2026/812" in title + text else ()
    return item("undl", title, event, at, text=text, symbols=symbols)


def test_a_record_says_what_it_records() -> None:
    assert voting_record(*RECORDS["read as a draft"][:2]) == VotingRecord("13-1-1", RUSSIA)
    assert voting_record(*RECORDS["read as an adoption"][:2]) == VotingRecord("13-1-1")
    assert voting_record(
        "Draft resolution S/2026/812 : the situation in the Middle East (Syria) - voting record",
        "Recorded vote. In favour 11. Against 3: China, Russian Federation, Venezuela "
        "(Bolivarian Republic of). Abstaining 1: Angola.",
    ) == VotingRecord("11-3-1", frozenset({"China", "Russian Federation"}))
    assert voting_record(
        "Draft resolution S/2026/846 on the situation in Syria : voting record",
        "Vote: 11-2-2. Against: Russian Federation, Venezuela. Abstaining: Angola, China.",
    ) == VotingRecord("11-2-2", RUSSIA)
    # A rival text short of votes: the members listed for it are not against it.
    assert voting_record(
        "Vote on draft resolution S/2026/813 : the situation in the Middle East (Syria)",
        "Yes: 4 (China, Egypt, Russian Federation, Venezuela); No: 9; Abstentions: 2.",
    ) == VotingRecord("4-9-2")


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # The vote as news tells it: no record.
        (
            "Russia vetoes UN bid to extend Syria chemical arms inquiry",
            "Thirteen members voted in favour, Russia against and China abstained.",
        ),
        ("UN Council to vote on Syria inquiry renewal on Tuesday", "The vote is set for 10:00."),
        # The Assembly's records, a resolution's text and a report's catalogue entry.
        (
            "Vote on A/81/L.48 : International, Impartial and Independent Mechanism",
            "General Assembly plenary. Yes: 105; No: 15; Abstentions: 52.",
        ),
        (
            "Resolution 2254 (2015) / adopted by the Security Council at its 7588th meeting",
            "Endorses a road map for a political transition in Syria.",
        ),
        (
            "Letter dated 26 October 2026 from the Secretary-General addressed to the President "
            "of the Security Council",
            "Transmits the seventh report of the inquiry.",
        ),
    ],
)
def test_other_items_are_no_record(title: str, text: str) -> None:
    assert voting_record(title, text) is None


@pytest.mark.parametrize("form", sorted(RECORDS))
@pytest.mark.parametrize("days", [0, 1, 3, 10])
def test_a_record_joins_its_vote_whatever_it_is_read_as(form: str, days: int) -> None:
    # Catalogued the evening of the vote, the next morning, days or weeks later: a poll reads
    # back as far as a record may reach, and its publication does not date the vote (the
    # release stated the day).
    at = VOTE + timedelta(hours=4) if days == 0 else VOTE + timedelta(days=days, hours=-6)
    *stories, late = polled(*coverage(), record(form, at))
    assert len({story.id for story in stories}) == 1
    assert late.id == stories[0].id
    assert late.event == "veto"


def test_a_record_publication_does_not_date_the_vote() -> None:
    cand = record("its sponsors first", VOTE + timedelta(days=3))
    assert vote_days(cand) is None
    assert vote_days(replace(cand, vote_date=VOTE.date())) == (VOTE.date(), VOTE.date())
    assert reaches_back(None, (), record=True)
    assert not reaches_back(None, ("S/2026/812",))


def test_a_record_joins_the_vote_naming_its_draft_not_the_drafts_negotiation() -> None:
    # The draft's circulation named its symbol a week before; the vote's release names it too.
    circulated = item(
        "circulated",
        "Western members circulate draft S/2026/812 renewing Syria gas inquiry",
        "draft_resolution",
        VOTE - timedelta(days=6),
        text="The text would extend the chemical weapons inquiry for a year.",
        symbols=("S/2026/812",),
    )
    wire, release = coverage()
    release = replace(release, symbols=("S/2026/812",))
    first, _, vote, late = polled(
        circulated, wire, release, record("read as a draft", VOTE + timedelta(days=3))
    )
    assert vote.id != first.id
    assert late.id == vote.id
    # The vote's coverage named no draft: the record is still the vote's, not the talks'.
    wire, release = coverage()
    first, _, vote, late = polled(
        circulated, wire, release, record("read as a draft", VOTE + timedelta(days=3))
    )
    assert vote.id != first.id
    assert late.id == vote.id
    # With no vote's story at all, the record is no news of the talks, though it names their
    # draft.
    days_before = replace(
        circulated, item=replace(circulated.item, published=VOTE - timedelta(days=3))
    )
    first, late = polled(days_before, record("read as a draft", VOTE + timedelta(hours=4)))
    assert late.id != first.id


def rival() -> Candidate:
    return item(
        "rival",
        "Russian rival text on Syria inquiry fails to win enough votes",
        "other",
        VOTE + timedelta(minutes=40),
        text="Minutes later a competing Russian draft on the inquiry's working methods won "
        "the votes of only four members.",
    )


def test_the_rival_texts_record_joins_the_rival_text_not_the_veto() -> None:
    rival_record = item(
        "undl-813",
        "Russian Federation: draft resolution S/2026/813 [on the working methods of the "
        "chemical weapons inquiry] : vote",
        "other",
        VOTE + timedelta(days=3),
        text="Yes: 4; No: 8; Abstentions: 3.",
        symbols=("S/2026/813",),
    )
    wire, release = coverage()
    vetoed, fallen, _, late = polled(wire, rival(), release, rival_record)
    assert vetoed.id != fallen.id
    assert late.id == fallen.id
    # And the veto's record the veto, not the rival text.
    vetoed, fallen, _, late = polled(
        wire, rival(), release, record("read as an adoption", VOTE + timedelta(days=3))
    )
    assert late.id == vetoed.id


def second_veto(at: datetime, tally: str | None = "13-1-1") -> Candidate:
    return item(
        "aid",
        "Russia vetoes extension of Syria cross-border aid",
        "veto",
        at,
        text="Russia vetoed a draft that would have kept the Bab al-Hawa crossing open to UN "
        "convoys for six months; China abstained.",
        tally=tally,
        vetoers=RUSSIA,
    )


def test_a_record_of_one_of_two_vetoes_weeks_apart() -> None:
    # Two vetoes by one member two weeks apart, neither naming its draft, the same totals: a
    # record catalogued days after the second, on neither's day, says not which.
    aid_record = replace(
        record("read as an adoption", VOTE + timedelta(days=17)),
        symbols=("S/2026/870",),
    )
    *stories, late = polled(*coverage(), second_veto(VOTE + timedelta(days=14)), aid_record)
    assert stories[0].id == stories[1].id != stories[2].id
    assert late.id not in {story.id for story in stories}
    # Catalogued on the second's day, it is the second's.
    evening = VOTE + timedelta(days=14, hours=5)
    same_day = replace(aid_record, item=replace(aid_record.item, published=evening))
    *stories, late = polled(*coverage(), second_veto(VOTE + timedelta(days=14)), same_day)
    assert late.id == stories[2].id
    # Totals the second's coverage did not state say nothing of which: the first stating
    # the record's totals is not the record's vote for it.
    *stories, late = polled(*coverage(), second_veto(VOTE + timedelta(days=14), None), aid_record)
    assert late.id not in {story.id for story in stories}
    # Totals that differ from one vote's say it is the other's.
    *stories, late = polled(
        *coverage(), second_veto(VOTE + timedelta(days=14), "12-2-1"), aid_record
    )
    assert late.id == stories[0].id


def test_a_record_listing_another_member_against_is_another_veto() -> None:
    china = item(
        "undl",
        "Vote on draft resolution on the chemical weapons inquiry in the Syrian Arab Republic "
        ": voting record",
        "veto",
        VOTE + timedelta(days=3),
        text="Yes: 13; No: 1 (China); Abstentions: 1 (Russian Federation).",
    )
    *stories, late = polled(*coverage(), china)
    assert late.id != stories[0].id


def test_a_wire_headline_opening_with_the_vote_is_no_record() -> None:
    assert voting_record("Vote on draft Syria text delayed as Moscow objects", "") is None
    assert voting_record(
        "Vote on draft resolution on chemical weapons in the Syrian Arab Republic",
        "Yes: 9. No: 3 (Bolivia, China, Russian Federation). Abstentions: 3.",
    ) == VotingRecord("9-3-3", frozenset({"China", "Russian Federation"}))


def test_a_record_whose_text_opens_with_the_counts() -> None:
    # A catalogue entry titled by its subject alone: its text, opening with the counts, says
    # it is the vote's record.
    for text in (
        "Yes: 13 | No: 1 (Russian Federation) | Abstentions: 1 (China).",
        "In favour: 13. Against: 1 (Russian Federation). Abstaining: 1 (China).",
        "Vote: 13-1-1. Against: Russian Federation. Not adopted.",
    ):
        found = item(
            "undl",
            "The situation in the Middle East : draft resolution S/2026/812 / Denmark [et al.]",
            "draft_resolution",
            VOTE + timedelta(days=3),
            text=text,
            symbols=("S/2026/812",),
        )
        assert found.record == VotingRecord("13-1-1", RUSSIA), text
        *stories, late = polled(*coverage(), found)
        assert late.id == stories[0].id, text
    # A wire's summary that opens with a vote is no record.
    assert voting_record("Syria text fails", "Vote: Russia blocks the Syria text again.") is None
