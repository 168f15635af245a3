"""What the item reports happening, not what it recalls or who else decides: a veto record
told in a relative clause, other organisations' councils and boards, and votes called off
(README: `vote_scheduled` is a vote expected on a date)."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # A subject's veto record in a relative clause; the main clause is the news.
        (
            "Council to vote on Syria aid as Russia signals abstention",
            "Russia, which has vetoed 16 Syria drafts, is expected to abstain when the Security"
            " Council votes on Friday on the renewal of cross-border aid.",
            "vote_scheduled",
        ),
        (
            "Moscow likely to sit out aid vote",
            "Russia, which has vetoed 16 Syria drafts since 2011, is expected to abstain on"
            " Thursday's vote, diplomats said.",
            "vote_scheduled",
        ),
        (
            "Beijing holds back as Council renews Syria mission",
            "China, which vetoed the last two drafts, abstained on Tuesday as the Council renewed"
            " the mission for a year.",
            "resolution_adopted",
        ),
        # The record does not hide a veto the main clause reports.
        (
            "Seventeenth time: Russia blocks Syria text",
            "Russia, which has vetoed 16 Syria drafts since 2011, vetoed another on Tuesday.",
            "veto",
        ),
        (
            "Aid text falls at the Council",
            "The only vote against came from Russia, which holds a veto, and the draft failed.",
            "veto",
        ),
    ],
)
def test_a_veto_record_in_a_relative_clause_is_who_acts_not_what_happens(
    title: str, text: str, expected: str
) -> None:
    assert classify(title, text).type == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # Other organisations' councils, boards and blocs: only the Security Council vetoes.
        (
            "FIFA's council blocks Syria's bid to host qualifiers",
            "FIFA's council blocked Syria's request to host World Cup qualifiers in Damascus on"
            " Tuesday, citing security.",
            "other",
        ),
        (
            "Olympic board vetoes Damascus bid",
            "The Olympic Council of Asia's executive board vetoed Damascus's bid to host the"
            " 2027 games.",
            "other",
        ),
        (
            "Arab League council blocks Syria's return",
            "The Arab League's council on Sunday blocked a proposal to readmit Syria.",
            "other",
        ),
        (
            "EU council blocks sanctions relief for Syria",
            "The EU's Foreign Affairs Council blocked a proposal to ease sanctions on Syria on"
            " Monday, with Hungary vetoing.",
            "other",
        ),
        (
            "AFC votes on venue for Syria's home qualifiers",
            "The Asian Football Confederation will vote on Thursday on whether Syria can play its"
            " home qualifiers in Damascus.",
            "other",
        ),
        # The Council's veto, with its members or with no other body named, stays one.
        (
            "Veto leaves Syrian aid lifeline hanging",
            "Today's double veto means food and medicine for millions of Syrians could stop"
            " crossing the border within weeks, the charity said.",
            "veto",
        ),
        (
            "Moscow kills Syria aid text",
            "Russia vetoed the one-year extension of cross-border aid on Friday.",
            "veto",
        ),
    ],
)
def test_only_the_security_council_vetoes(title: str, text: str, expected: str) -> None:
    assert classify(title, text).type == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # Called off with no day: the draft is still being negotiated.
        (
            "Syria vote shelved as Moscow digs in",
            "Sponsors shelved the vote on their text on Wednesday to give talks with Moscow more"
            " time, diplomats said.",
            "draft_resolution",
        ),
        (
            "No Council vote yet on Idlib text",
            "The penholders decided not to put their draft to a vote on Friday as talks with"
            " Moscow continued.",
            "draft_resolution",
        ),
        (
            "Gas attack text stalls in New York",
            "A vote planned for Tuesday on the Western draft did not take place, after Moscow"
            " called the text one-sided.",
            "draft_resolution",
        ),
        # Postponed, or called off with its new day: a vote expected.
        (
            "Syria vote put off until Saturday",
            "Sponsors shelved Friday's vote on their text until Saturday as Russia sought changes.",
            "vote_scheduled",
        ),
        (
            "Council delays aid vote",
            "Council members delayed the vote on the aid text after Moscow objected to the"
            " monitoring clause.",
            "vote_scheduled",
        ),
    ],
)
def test_a_vote_called_off_without_a_day_is_a_draft_still_negotiated(
    title: str, text: str, expected: str
) -> None:
    assert classify(title, text).type == expected
