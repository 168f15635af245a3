"""Voting records and tallies in the forms catalogues and wires write them, read by the
Council's procedure: nine votes in favour and a permanent member's "no" is a veto, by the
permanent members among the votes against; fewer than nine votes is a draft that failed on
its own, vetoed by nobody."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify, parse_tally

CHINA_RUSSIA = ["China", "Russian Federation"]
RUSSIA = ["Russian Federation"]


def _vetoers(title: str, text: str) -> tuple[str, list[str]]:
    event = classify(title, text)
    return event.type, sorted(a.name for a in event.actors if a.role == "vetoed")


@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        # Catalogue records: pipes, semicolons, dashes, counts in brackets, names after.
        (
            "Voting record: S/2011/612",
            "Yes: 9 | No: 2 (China, Russian Federation) | Abstentions: 4 (Brazil, India,"
            " Lebanon, South Africa)",
            CHINA_RUSSIA,
        ),
        (
            "Draft resolution S/2012/77 : vote",
            "Yes: 13 | No: 2 (China, Russian Federation) | Abstentions: 0",
            CHINA_RUSSIA,
        ),
        (
            "Draft resolution on Syria : voting record",
            "Voting: 12-2-1. No: China, Russian Federation. Abstention: Kazakhstan.",
            CHINA_RUSSIA,
        ),
        (
            "Draft resolution S/2016/846",
            "Recorded vote 11-2-2. Against: Russian Federation, Venezuela (Bolivarian Republic"
            " of). Abstaining: Angola, China.",
            RUSSIA,
        ),
        (
            "Voting record",
            "Draft resolution S/2017/884. Yes 11 - No 2 - Abstain 2. No votes: Bolivia, Russian"
            " Federation.",
            RUSSIA,
        ),
        (
            "Security Council vote on S/2016/1026",
            "Yes (11): Egypt, France, Japan, Malaysia, New Zealand, Senegal, Spain, Ukraine,"
            " United Kingdom, United States, Uruguay. No (3): China, Russian Federation,"
            " Venezuela. Abstain (1): Angola.",
            CHINA_RUSSIA,
        ),
        (
            "Draft resolution S/2018/321 : vote",
            "In favour: 12 - Against: 2 (Bolivia, Russian Federation) - Abstentions: 1 (China)",
            RUSSIA,
        ),
        (
            "Voting record for draft resolution S/2018/321",
            "Votes for: 12. Votes against: 2 (Bolivia, Russia). Abstentions: 1 (China).",
            RUSSIA,
        ),
        (
            "Draft resolution S/2018/321",
            "For 12, against 2, abstaining 1. Against: Bolivia (Plurinational State of), Russian"
            " Federation.",
            RUSSIA,
        ),
        (
            "Draft resolution S/2017/172 : vote",
            "Yes: 9 ; No: 3 ; Abstentions: 3. Voting No: Bolivia (Plurinational State of), China,"
            " Russian Federation",
            CHINA_RUSSIA,
        ),
        (
            "Voting record: S/2019/756 (Syria)",
            "Affirmative: 12. Negative: 2 (China, Russian Federation). Abstentions: 1.",
            CHINA_RUSSIA,
        ),
        (
            "UN Security Council vote, 19 July 2012",
            "Votes in favour: 11. Votes against: 2 (China, Russian Federation). Abstentions: 2"
            " (Pakistan, South Africa).",
            CHINA_RUSSIA,
        ),
        # Counts before their headings, and a title without the draft's symbol.
        (
            "Vote on draft resolution S/2020/654",
            "13 yes, 2 no (China, Russian Federation), 0 abstentions",
            CHINA_RUSSIA,
        ),
        (
            "Security Council: vote on draft resolution S/2012/538",
            "11 in favour to 2 against (China, Russia), 2 abstentions (Pakistan, South Africa)",
            CHINA_RUSSIA,
        ),
        (
            "Draft resolution S/2022/538 : vote",
            "Result: 13 in favour, 1 against, 1 abstention. Voting against: Russian Federation."
            " Abstaining: China.",
            RUSSIA,
        ),
        (
            "S/2019/961 voting record",
            "in favour 13, against 2 (China, Russian Federation)",
            CHINA_RUSSIA,
        ),
        # Wires: the tally told in a sentence, "Russia" for the Russian Federation.
        (
            "Security Council draft resolution S/2014/348",
            "Vote: In favour 13, against 2 (China, Russian Federation), abstaining 0.",
            CHINA_RUSSIA,
        ),
        (
            "Draft resolution S/2012/538",
            "The vote was 11 to 2, with 2 abstentions. China and the Russian Federation voted"
            " against.",
            CHINA_RUSSIA,
        ),
        (
            "Draft resolution : vote",
            "Not adopted. 11 votes to 2 with 2 abstentions (Russia, Bolivia against).",
            RUSSIA,
        ),
        (
            "Council text on Idlib truce gets 12 votes",
            "UNITED NATIONS - The Kuwaiti-German-Belgian draft drew 12 votes in favour and 2"
            " against, from Russia and China, with one abstention.",
            CHINA_RUSSIA,
        ),
        (
            "Aleppo text: the count",
            "In favour 11, against 2 (Russia, Venezuela), abstaining 2 (Angola, China).",
            RUSSIA,
        ),
    ],
)
def test_a_tally_of_nine_or_more_with_a_permanent_member_against_is_a_veto(
    title: str, text: str, vetoed: list[str]
) -> None:
    assert _vetoers(title, text) == ("veto", vetoed)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Draft resolution S/2018/175 [on the situation in Syria]",
            "Yes: 6 | No: 7 | Abstentions: 2. Not adopted, having failed to obtain the required"
            " number of votes.",
        ),
        (
            "Draft resolution S/2018/322 : vote",
            "In favour 6, against 7 (including France, United Kingdom, United States), abstaining 2.",
        ),
        (
            "Draft resolution S/2020/658 : voting record",
            "Yes: 4 (China, Dominican Republic, Russian Federation, South Africa) | No: 7 (Belgium,"
            " Estonia, France, Germany, United Kingdom, United States) | Abstentions: 4",
        ),
        (
            "Russian text on aid crossings: vote",
            "4 in favour, 7 against (Belgium, Estonia, France, Germany, United Kingdom, United"
            " States), 4 abstentions.",
        ),
    ],
)
def test_a_tally_short_of_nine_is_a_failed_draft_vetoed_by_nobody(title: str, text: str) -> None:
    assert _vetoers(title, text) == ("other", [])


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # A body that decides by majority: a permanent member's "no" vetoes nothing there.
        (
            "General Assembly adopts text on Syria",
            "The Assembly voted 122 in favour, 13 against (including China and Russia), with 41"
            " abstentions.",
        ),
        # A procedural vote and an amendment: no veto applies.
        (
            "Council votes to hold meeting on Syria rights",
            "The procedural vote was 10 in favour, 4 against (China, Russia, Bolivia, Kazakhstan)"
            " and 1 abstention, so the briefing went ahead.",
        ),
        (
            "Council rejects Russian amendment, then adopts renewal",
            "The amendment drew 10 votes in favour and 2 against (Russia, China); the renewal"
            " was then adopted.",
        ),
    ],
)
def test_a_permanent_no_outside_a_council_draft_vote_is_no_veto(title: str, text: str) -> None:
    kind, vetoed = _vetoers(title, text)
    assert kind != "veto"
    assert vetoed == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yes: 11 | No: 3 (China, Russian Federation, Venezuela) | Abstentions: 1 (Angola)",
            "11 in favour, 3 against (China, Russian Federation, Venezuela), 1 abstention (Angola)",
        ),
        ("Draft S/2012/77: vote. 13-2-0", "13 in favour, 2 against, 0 abstentions"),
        ("Voting: 12-2-1", "12 in favour, 2 against, 1 abstention"),
        (
            "in favour 13, against 2 (China, Russia)",
            "13 in favour, 2 against (China, Russian Federation), 0 abstentions",
        ),
        (
            "adopted by 11 votes to 2 with 2 abstentions",
            "11 in favour, 2 against, 2 abstentions",
        ),
        (
            "Yes 13. No 1: Russian Federation. Abstention 1: China.",
            "13 in favour, 1 against (Russian Federation), 1 abstention (China)",
        ),
        ("thirteen votes in favour, two against", "13 in favour, 2 against, 0 abstentions"),
    ],
)
def test_tallies_in_catalogue_and_wire_forms(text: str, expected: str) -> None:
    tally = parse_tally(text)
    assert tally is not None
    assert tally.summary() == expected


@pytest.mark.parametrize(
    "text",
    [
        "A late goal gave the team a 1-0 win in the qualifier.",
        "The two leaders agreed a 15-20 km buffer zone around the province.",
        "Nine members voted in favour and four abstained.",
        "Talks ran from 11 to 2 in the morning.",
    ],
)
def test_no_tally_from_scores_distances_or_a_count_with_no_votes_against(text: str) -> None:
    assert parse_tally(text) is None


@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        # The members voting no as the count itself.
        (
            "Council vote on Syria: Russia against, 13 in favour",
            "The Security Council vote on the draft ended with 13 in favour and Russia against.",
            RUSSIA,
        ),
        (
            "Idlib text: twelve for, two against",
            "Twelve members backed the text in the vote on Thursday, with China and Russia"
            " against.",
            CHINA_RUSSIA,
        ),
        # A permanent member keeping the Council from acting: only its veto can.
        (
            "Moscow and Beijing stop Council action on Syria again",
            "Russia and China on Saturday stopped the Security Council from condemning the"
            " crackdown for a second time.",
            CHINA_RUSSIA,
        ),
        (
            "Washington shields ally at the UN",
            "The United States prevented the U.N. Security Council from demanding an immediate"
            " ceasefire on Friday.",
            ["United States"],
        ),
    ],
)
def test_noes_named_as_the_count_and_the_council_kept_from_acting(
    title: str, text: str, vetoed: list[str]
) -> None:
    assert _vetoers(title, text) == ("veto", vetoed)


@pytest.mark.parametrize(
    "text",
    [
        # A list's tail, not the count: "four, including Russia and China, against".
        "Eight members were in favour, four including Russia and China against, and three"
        " abstained in the procedural vote.",
        # Keeping a convoy, not the Council, from acting.
        "Russia stopped the aid convoy from crossing at Bab al-Hawa on Friday.",
    ],
)
def test_no_veto_from_a_list_tail_or_a_convoy_stopped(text: str) -> None:
    event = classify("Syria: the day at the UN", text)
    assert event.type != "veto"
    assert event.vote is None or event.vote.against != 1


@pytest.mark.parametrize(
    ("title", "text", "vetoed"),
    [
        # The votes won told in words, the noes named as where they came from.
        (
            "Ceasefire text goes down in New York",
            "The draft won twelve votes. The two votes against came from China and Russia,"
            " and one member abstained.",
            CHINA_RUSSIA,
        ),
        (
            "Aid renewal falls at the Council",
            "The extension gathered thirteen votes, but the one cast against it was Moscow's.",
            RUSSIA,
        ),
        # Backed by a count, failing because a permanent member voted no.
        (
            "Truce demand fails at the United Nations",
            "A call for a humanitarian pause, backed by 12 Council members, failed on Monday"
            " because China voted against it; two members abstained.",
            ["China"],
        ),
    ],
)
def test_votes_won_and_noes_that_came_from_permanent_members(
    title: str, text: str, vetoed: list[str]
) -> None:
    assert _vetoers(title, text) == ("veto", vetoed)
