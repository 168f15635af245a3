"""Session 40 (issue 11): English stop-veto and monitor-access news the rules did not read.

- Pakistan sat on the Council in 2012-13. Named beside the Council, a vote, an abstention or a
  vote in favour it is a member voting, not Kashmir's file: the observer mission of 2012 told
  with no Syria word stays Syria's in the context. India, Kashmir, UNMOGIP or an election still
  mark another file's observers. Stop-veto reads the observer mission as Syria's too.
- A permanent member that "chose to" protect, shield, side with or stand by, a Council text,
  vote or veto named, is the shielding criticised; not siding with the majority or consensus,
  nor a choice at another forum (the OPCW, the Assembly).
- Monitor-access: the body let in told by a pronoun or a passive ("let it into the country",
  "be allowed into") with the commission, investigators, monitors or rapporteurs named up to
  30 words away; not the wounded, fighters, convoys or refugees let in.
- Second step (en-demands-40b): the Arab League's plan at the Council is Syria's where no Syria
  word is written (not Libya's, Palestine's or Lebanon's), and Japan named beside a Council
  text no longer keeps Russia's veto of a mechanism's renewal out of the file (its abandoned
  munitions in China, the DPRK's panel still do).

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

STOP = "stop-veto-obstruction"
MONITOR = "monitor-access"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Observer mission renewal under Chapter VII blocked by two permanent members",
            "Eleven members voted in favour; Pakistan and South Africa abstained, and the Russian "
            "Federation and China voted against.",
        ),
        (
            "Council keeps supervision mission alive for one more month",
            "Pakistan's representative told the Council after the unanimous vote that the unarmed "
            "monitors needed freedom of movement.",
        ),
    ],
)
def test_the_observer_mission_beside_pakistan_voting_is_syria_s(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITOR in fired(matcher, title, text)


def test_the_observer_mission_s_blocked_renewal_is_obstruction(matcher: Matcher) -> None:
    found = fired(
        matcher,
        "Moscow and Beijing vote down observer mission text; Pakistan abstains",
        "The supervision mission's mandate runs out on Friday night.",
    )
    assert {STOP, MONITOR} <= found


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "U.N. observers inspect shelling damage on Pakistan side of ceasefire line",
            "The military observers' team toured three villages on Tuesday.",
        ),
        (
            "UNMOGIP observers patrol near Pakistan border post after Council briefing",
            "India does not recognise the mission's role.",
        ),
        (
            "Election observers praise turnout in Pakistan, Council of Europe team says",
            "The monitoring mission said voting was orderly.",
        ),
    ],
)
def test_pakistan_s_own_observers_stay_another_file(
    matcher: Matcher, title: str, text: str
) -> None:
    assert fired(matcher, title, text) == set()


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Britain: Moscow chose to shield Syria's chemical attackers at the Council",
            "The British envoy spoke after the vote on the investigation text.",
        ),
        (
            "Beijing has chosen to protect those who bombed Idlib's hospitals, say diplomats",
            "Western members said China's vote against the truce draft let the bombing go on.",
        ),
    ],
)
def test_a_member_that_chose_to_shield_is_obstruction(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "China chose to side with the majority on the Syria aid text",
            "The Council adopted the resolution with fourteen votes in favour.",
        ),
        (
            "At the OPCW, Russia chose to stand by Damascus in the budget vote",
            "The states parties approved the attribution team's funding all the same.",
        ),
        (
            "Kremlin chose to protect its airbase near Latakia with new missiles",
            "Officials said the deployment was defensive.",
        ),
    ],
)
def test_a_member_s_other_choices_do_not_fire(matcher: Matcher, title: str, text: str) -> None:
    assert STOP not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Geneva session sets up independent inquiry on Syria crackdown",
            "The Human Rights Council named three commissioners to investigate violations "
            "committed since the protests began, and asked the government to cooperate with "
            "their work and let them in without delay.",
        ),
        (
            "Syria told to admit UN rights rapporteurs",
            "The special rapporteurs on torture and on arbitrary detention have written to the "
            "foreign ministry six times this year, and say they must be allowed into the "
            "country before the next session.",
        ),
    ],
)
def test_the_body_let_in_told_by_a_pronoun_is_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITOR in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Jordan reopens Daraa crossing for wounded Syrians",
            "Amman said it would let them into the country for treatment, while the European "
            "Commission announced new funding for its hospitals.",
        ),
        (
            "Syria to let convoys into besieged towns, UN says",
            "The government will let them in on Thursday; UN rights experts called the sieges "
            "unlawful.",
        ),
        (
            "Turkey lets Kurdish fighters cross to Syrian border town",
            "Ankara agreed to let them into the country on their way to Kobani, where war "
            "monitors reported heavy fighting.",
        ),
    ],
)
def test_others_let_in_are_no_access(matcher: Matcher, title: str, text: str) -> None:
    assert MONITOR not in fired(matcher, title, text)


# Session 40's second step (en-demands-40b): the Arab League's plan at the Council and a
# mechanism's renewal beside Japan's text, told with no Syria word.


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Moscow blocks Council endorsement of the Arab League's transition plan",
            "Russia's envoy said the text backing the League's road map amounted to regime change.",
        ),
        (
            "Beijing and Moscow veto resolution on Arab League peace plan",
            "Thirteen members voted in favour of the draft.",
        ),
    ],
)
def test_the_arab_league_s_plan_at_the_council_is_syria_s(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "U.S. vetoes Arab League-backed text on Israeli settlements",
            "The League's initiative at the Council drew 14 votes in favour.",
        ),
        (
            "Council backs Arab League plan for no-fly zone over Libya as Russia abstains",
            "The resolution passed with ten votes.",
        ),
    ],
)
def test_another_file_s_arab_league_plan_does_not_fire(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP not in fired(matcher, title, text)


def test_a_mechanism_s_renewal_vetoed_beside_japan_s_text_is_syria_s(matcher: Matcher) -> None:
    found = fired(
        matcher,
        "Russia vetoes Japanese text to extend the investigative mechanism",
        "Moscow blocked the 30-day renewal of the mechanism's mandate, which ends at midnight.",
    )
    assert STOP in found


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Japan and China open new inquiry into abandoned wartime munitions",
            "Chinese investigators will survey a further site with Japanese experts.",
        ),
        (
            "Russia vetoes renewal of DPRK sanctions panel; Japan protests",
            "Moscow blocked the Japanese-backed text extending the panel's investigators' mandate.",
        ),
    ],
)
def test_japan_s_other_files_stay_apart(matcher: Matcher, title: str, text: str) -> None:
    assert fired(matcher, title, text) == set()
