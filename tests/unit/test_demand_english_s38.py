"""Session 38 (issue 11): English stop-veto news told with no veto word or no Syria word.

- The Council's referral of Syria to the International Criminal Court was blocked by Russia
  and China (22 May 2014): a referral to the court or The Hague, with Russia or China within
  12 words of it or of a vote or text, and a vote or text named, is that obstruction told
  without "veto" (a member explaining or defending its vote, calling the referral a dead end);
  not another file's referral (Libya's, with Russia and China in favour; Myanmar's), nor a call
  for a referral with no vote or text. Where no Syria word is written, the English referral is
  among stop-veto's Syria words, as it is in the campaign's context.
- Russia and China (Moscow and Beijing) named as a pair within 6 words of a veto or block are
  the Syria file's where no Syria word is written (second step, en-demands-38b); not another
  file's double veto told by its capital, leader or subject (Caracas, the junta, missile
  launches). The referral is also told as "sending" the war to the court.
- Aid vetoed or blocked by Russia or China within 12 words of aid, deliveries, a lifeline or
  convoys is the Syria file's (the cross-border mandate) where no Syria word is written; not
  where another file is named (Sudan's El Fasher, Mariupol, Gaza), nor another member's veto.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

STOP = "stop-veto-obstruction"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "China's delegate defends vote on Syria's referral to the International Criminal Court",
            "",
        ),
        (
            "Envoy from Beijing says Syria court referral vote was about regime change",
            "",
        ),
        (
            "Moscow calls referral of Syria to The Hague 'legal adventurism'",
            "The foreign ministry spoke a day before the Council votes on the French text.",
        ),
        (
            "Russia's envoy: the court referral vote was theatre",
            "The draft referring the conflict to the International Criminal Court won 13 votes.",
        ),
    ],
)
def test_the_referral_s_obstruction_told_with_the_member_and_no_veto_word(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Beijing and Moscow veto UN aid deliveries across the Turkish border", ""),
        (
            "Russia blocks UN humanitarian lifeline for millions in the north-west",
            "Moscow's envoy cast the only vote against renewing the authorisation for a year.",
        ),
    ],
)
def test_an_aid_veto_with_no_syria_word_is_syria_s(matcher: Matcher, title: str, text: str) -> None:
    assert STOP in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia and China vote to refer Libya to the ICC",
            "The Council's unanimous vote sent Gaddafi's crackdown to The Hague; Syria's envoy "
            "was not in the chamber.",
        ),
        (
            "China opposes Myanmar referral to the International Criminal Court",
            "Beijing's envoy said a Council vote would not help, as it had said of Syria.",
        ),
        (
            "Swiss-led states ask Council to refer Syria to The Hague",
            "Russia and China did not sign the letter.",
        ),
        ("Russia vetoes UN aid text for El Fasher", ""),
        ("Moscow blocks UN aid convoys to Mariupol", ""),
        ("U.S. vetoes UN aid text for the besieged enclave", ""),
    ],
)
def test_near_misses_of_the_referral_and_the_aid_veto_do_not_fire(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Beijing and Moscow block Council demand for an end to barrel bombs", ""),
        (
            "Russia and China wield vetoes again on Western text",
            "The draft would have threatened penalties if the government did not pull back "
            "its heavy weapons from the cities.",
        ),
        (
            "Moscow rejects 'sending the conflict to the International Criminal Court'",
            "Russia's envoy spoke before the Council vote on the text on Syria.",
        ),
    ],
)
def test_a_double_veto_with_no_syria_word_and_the_court_sent_a_war(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Russia and China veto UN text on Caracas's election crisis", ""),
        ("Moscow and Beijing block new penalties over missile tests", ""),
        ("China and Russia veto Western draft on the junta", ""),
        ("Britain and France block Russian draft", ""),
    ],
)
def test_other_files_double_vetoes_do_not_fire(matcher: Matcher, title: str, text: str) -> None:
    assert STOP not in fired(matcher, title, text)
