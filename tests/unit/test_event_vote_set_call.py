"""A vote set for a day stays the news when a call about it follows (probe s23 Z6).

"Council to vote tomorrow on Syria aid; members urged to adopt resolution" read as a statement:
session 23's calls rule (core.events._asks_for_an_act) took "urged to adopt" for a speaker's
call whatever stood before it. A call after a vote set for a day, in the same headline or
lede, is about that vote. A call with no vote set stays the caller's statement. The class of
`tests/eval/ml-events-findings-s24.jsonl`; the sentences here are written for this test.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

VOTE_SET_THEN_CALL = [
    ("Council to vote tomorrow on Syria aid; members urged to adopt resolution", ""),
    ("UN Security Council will vote on Friday on Idlib truce; envoys pressed to back it", ""),
    ("Conseil de sécurité : il doit voter demain sur la Syrie, les ONG appellent à adopter", ""),
    (
        "Syria crossings: Council set to vote tomorrow",
        "The Security Council will vote tomorrow on extending aid through Bab al-Hawa, and "
        "the Secretary-General urged members to adopt the renewal.",
    ),
]

CALLS_WITHOUT_A_VOTE_SET = [
    ("Aid agencies urge Council to adopt Syria aid renewal", ""),
    ("Council members urged to adopt Syria crossings text without delay", ""),
    # A vote already held, then a call: no vote ahead.
    ("After Tuesday's vote, Council members urged to adopt a new Syria text", ""),
]


@pytest.mark.parametrize(("title", "text"), VOTE_SET_THEN_CALL)
def test_a_vote_set_for_a_day_stays_scheduled_when_a_call_about_it_follows(
    title: str, text: str
) -> None:
    assert classify(title, text).type == "vote_scheduled"


@pytest.mark.parametrize(("title", "text"), CALLS_WITHOUT_A_VOTE_SET)
def test_a_call_with_no_vote_set_is_the_callers_statement(title: str, text: str) -> None:
    assert classify(title, text).type == "statement"
