"""Session 35 (issue 11): the Council's referral to the International Criminal Court in English.

- A referral beside a word of blocking ("the blocking of a referral", "whoever torpedoes a
  referral") is the referral demand in a Syria item, with no court, Hague or Syria word beside it.
- A referral beside the court, the Council, a draft, text, vote or veto is Syria's news where no
  Syria word is written ("Moscow's veto of the referral, explained"): the context lets it
  through, and the demand's query reads it with no Syria word near it.
- Not another file's referral (Libya, Iran's nuclear file), nor a medical, refugee or
  legislature's referral, with Syria named or not.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

ICC = "icc-referral"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Exiled Syrian lawyers say the blocking of a referral emboldened the security branches",
            "They told a conference in Berlin that detainees' families had lost hope after the vote.",
        ),
        (
            "Opinion: whoever torpedoes a referral owns the next massacre in Idlib",
            "The columnist said the permanent members had a choice to make before the winter.",
        ),
    ],
)
def test_a_referral_beside_blocking_is_the_referral_in_a_syria_item(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ICC in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Moscow's veto of the referral, explained",
            "Why the Kremlin sees the court as a Western instrument, and what comes next.",
        ),
        (
            "Envoys: referral vote could come as early as Monday",
            "The penholder has asked for the text to be put in blue.",
        ),
        (
            "Sixty governments ask the Council to revisit the referral draft",
            "Signatories said the evidence gathered since the last vote was overwhelming.",
        ),
    ],
)
def test_the_councils_referral_with_no_syria_word_is_the_referral(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ICC in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # another file's referral, with no Syria word or with one
        (
            "Council referral of Libya's crackdown, a decade on",
            "Gaddafi's son remains wanted by the court in The Hague.",
        ),
        (
            "Iran nuclear referral to the Security Council back on the agenda",
            "IAEA governors meet in Vienna next week.",
        ),
        (
            "Damascus watches as Moscow blocks a referral of Gaddafi's commanders",
            "Syrian state media said the debate on Libya showed the court's bias.",
        ),
        # medical, refugee and legislature's referrals, blocked or put to a vote
        (
            "Syrian children's hospital referrals blocked at the border, charity says",
            "Patients from Idlib who need cancer care in Turkey have waited for weeks.",
        ),
        (
            "UNHCR referrals of Syrian families for resettlement blocked by new quota",
            "Agency officials in Amman said hundreds of cases were on hold.",
        ),
        (
            "Senate referral vote on impeachment articles delayed",
            "The majority leader said the chamber would return to it after the recess.",
        ),
    ],
)
def test_other_referrals_are_not_the_referral(matcher: Matcher, title: str, text: str) -> None:
    assert ICC not in fired(matcher, title, text)
