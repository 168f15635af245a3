"""Session 47 (issue 11, w1): the Joint Investigative Mechanism's Japanese stopgap, told in English
with no Syria word, is the Syria file's.

Tokyo's 30-day text to keep the JIM at work was vetoed by Russia on 17 November 2017. The campaign
context read Japan beside the chemical news as Tokyo's subway attack or its abandoned munitions in
China, and Russia within 8 words of the inquiry only with a text or a veto beside Japan, so items
telling the stopgap with Russia further off failed it (en-demands-s47-w1). Japan, Japanese or Tokyo
within 10 words of the inquiry, the mechanism, JIM, the investigators, a probe, inspectors,
chemical, sarin, experts or a panel, with the Council, a text, a veto or Russia named, is Syria's;
not the abandoned munitions, Aum, Fukushima's or North Korea's experts and panels, wartime
inquiries, whaling or another file, nor with a vote alone (a court's). The context reads it; the
demands' queries decide the rest (the stopgap's inquiry is accountability's; the veto is
obstruction by the event, which ``fired`` does not read). Each near miss but the last matches the
clause without its exclusions.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from demandwatch.core.prepared import prepare
from demandwatch.core.query import Document
from shipped_demands import fired

ACCOUNTABILITY = "accountability-investigations"


def context_holds(matcher: Matcher, title: str, text: str = "") -> bool:
    """Whether the shipped campaign's context holds on the item (one campaign: every demand's)."""
    context = matcher.demands[0].context
    assert context is not None
    return context.evaluate(Document.of(prepare(title, text))).matched


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Moscow's no ends Tokyo's try to keep the attack inquiry going", ""),
        (
            "Japan's one-month lifeline for the joint investigators dies in the vote",
            "Twelve members backed it. Russia voted against and China abstained.",
        ),
        (
            "Washington says Russia ended Japan's effort to keep the investigators at work",
            "Moscow's third no in a month leaves nobody to name those behind the poison attacks.",
        ),
        (
            "Japan's last-ditch proposal on the inquiry fails; Bolivia sides with Moscow",
            "The mechanism's mandate expired at midnight.",
        ),
    ],
)
def test_the_japanese_stopgap_with_no_syria_word_is_syria_s(
    matcher: Matcher, title: str, text: str
) -> None:
    assert context_holds(matcher, title, text)
    assert fired(matcher, title, text) == {ACCOUNTABILITY}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Japan and China agree to speed destruction of abandoned chemical weapons",
            "The Council of experts met in Harbin; Russia offered equipment.",
        ),
        (
            "Japan asks sanctions panel to investigate North Korean launch at the Council",
            "Russia said new measures would raise tension.",
        ),
        (
            "Japan hangs Aum leader over Tokyo subway sarin attack",
            "Russia had hosted a branch of the cult, investigators said.",
        ),
        ("Japanese experts brief nuclear panel on Fukushima water as Russia asks for data", ""),
        (
            "Japan urges Council to back Myanmar inquiry as Russia and China object",
            "The fact-finding mission wants access to Rakhine.",
        ),
        ("Russia vetoes MH17 tribunal as Japan backs a criminal investigation", ""),
        ("South Korean president vetoes bill on probe into Japanese wartime forced labour", ""),
        ("Japan's whaling panel defies the court's inquiry as Russia abstains in the vote", ""),
        (
            "Japan's top court orders new investigation into Minamata claims",
            "The government's panel applied too narrow a test; the vote was 4-1.",
        ),
    ],
)
def test_japan_s_other_inquiries_are_not_syria_s(matcher: Matcher, title: str, text: str) -> None:
    assert not context_holds(matcher, title, text)
    assert fired(matcher, title, text) == set()
