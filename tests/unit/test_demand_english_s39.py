"""Session 39 (issue 11): English stop-veto and monitor-access news the rules did not read.

- The UN's observer mission of 2012 (UNSMIS) is the Syria file's where no Syria word is
  written: "the observer mission", "the supervision mission", or observers or monitors within 4
  words of the UN, a mission, a patrol, a convoy, shots, a suspension, a renewal or a
  deployment, unless another file (Yemen's Hodeidah, the Golan, Kashmir, the OSCE's Donbas, an
  election) is named. The context reads it; the demands' own queries decide the rest.
- A permanent member's stated position before a vote on a Syria text is the pressure a vote is
  put under: Russia or China (their capitals, envoys, minister) within 3 words of "wants",
  "signalled", "indicated", "made clear", "argues", "insists" or "objects", with a draft, text,
  resolution, vote or renewal named; not its support or a vote in favour, not an objection to
  Russia's own text, not another forum's text (the OPCW's council, the constitutional
  committee's rules), not a text only circulated or negotiated with no vote named, nor a stance
  told beside the adoption.

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
            "Observer mission's chief says his patrols cannot move safely",
            "The Norwegian general told reporters in the capital that his teams had been "
            "turned back at three checkpoints this week.",
        ),
        (
            "Unarmed U.N. monitors come under sniper fire near the town",
            "No one in the convoy was hurt, a spokeswoman said.",
        ),
        (
            "Council votes to extend the supervision mission one last time",
            "The unarmed monitors will stay for 30 more days.",
        ),
    ],
)
def test_the_un_observer_mission_with_no_syria_word_is_syria_s(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITOR in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "U.N. observers barred from Hodeidah port, Houthis accused",
            "The mission's chief said his monitors had been kept out for a week.",
        ),
        (
            "Election observers say they were refused entry to polling stations",
            "The mission's head said the team would publish its findings on Monday.",
        ),
        (
            "UNMOGIP observers denied access along the Line of Control",
            "India has long disputed the mission's mandate.",
        ),
        (
            "OSCE monitors withdraw from the contact line",
            "The special monitoring mission said it could no longer guarantee its patrols' safety.",
        ),
    ],
)
def test_other_files_observers_do_not_fire(matcher: Matcher, title: str, text: str) -> None:
    assert fired(matcher, title, text) == set()


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia argues Syria aid draft ignores sanctions, vote set for Monday",
            "The penholders say they will not reopen the text.",
        ),
        (
            "China indicates it shares Moscow's doubts on Syria text before Friday's vote",
            "",
        ),
        (
            "Syria: Vote on the Humanitarian Mechanism Tomorrow",
            "Moscow wants a shorter mandate than the twelve months in the penholders' draft.",
        ),
        (
            "Kremlin has signalled its unease with the Syria truce resolution",
            "The Council is due to vote on the text in the afternoon.",
        ),
    ],
)
def test_a_permanent_member_s_stated_position_before_a_vote(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia signals it will back Syria aid text in Monday's vote",
            "Moscow's envoy said the compromise respected the country's sovereignty.",
        ),
        (
            "France objects to Russia's Syria draft ahead of the vote",
            "Paris said the Russian text left out any halt to the bombing.",
        ),
        (
            "Russia wants changes to the Syria constitutional committee's rules of procedure",
            "The draft rules will be discussed in Geneva next month.",
        ),
        (
            "Moscow argues OPCW Executive Council text on Syria is one-sided",
            "The chemical watchdog's council will vote on Thursday.",
        ),
        (
            "Germany circulates Syria aid draft; Russia wants fewer crossings",
            "Negotiations among members began on Tuesday.",
        ),
        (
            "Syria aid renewal passes unanimously after Russia indicated it could live with it",
            "The Council adopted the text 15-0.",
        ),
    ],
)
def test_a_member_s_stance_near_misses_do_not_fire(matcher: Matcher, title: str, text: str) -> None:
    assert STOP not in fired(matcher, title, text)


def test_the_french_verb_observer_beside_un_is_no_observer_mission(matcher: Matcher) -> None:
    # French items are matched on stems: the singular "observer" would be the French verb, read
    # beside the article "un" or the word "mission" (the clause names the plural only).
    matches = matcher.match(
        "La mission va observer un cessez-le-feu fragile",
        "Le chef des casques bleus a parlé à la presse.",
        language="fr",
    )
    assert matches == []


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria's children pay for a Security Council unable to act, charity says",
            "The group said a decade of divisions among the five had left schools and hospitals "
            "open to bombing.",
        ),
        (
            "Editorial: the United Nations stands impotent as Idlib burns",
            "Resolution after resolution has been drafted and shelved.",
        ),
        (
            "Syria's doctors: the Council's inaction is counted in our wards",
            "",
        ),
    ],
)
def test_the_council_s_failure_on_syria_told_with_no_veto_word(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "UNHCR says it is failing Syrian refugees as funds run dry",
            "The agency's regional appeal was a third funded.",
        ),
        (
            "Human Rights Council powerless over Aleppo detainees, envoy says",
            "The Geneva body's resolution has gone unheeded.",
        ),
        (
            "Council inaction on Gaza recalls its years of silence on Syria",
            "Diplomats compared the two files.",
        ),
        (
            "Syria: Security Council should act on the commission's findings",
            "There is no excuse for further inaction, the group said.",
        ),
    ],
)
def test_near_misses_of_the_council_s_failure_do_not_fire(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Karim Khan and al-Shaibani discuss Syria's mass graves",
            "The International Criminal Court's prosecutor was received at the foreign ministry.",
        ),
        (
            "Hague prosecutor's trip: talks with Syria's new leadership on the old regime's crimes",
            "",
        ),
    ],
)
def test_the_icc_prosecutor_received_by_syria_s_new_authorities_is_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITOR in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "ICC prosecutor Karim Khan meets Venezuela's new government in Caracas",
            "Syria was also on the court's agenda, he said.",
        ),
        (
            "Syrian rights groups meet ICC prosecutor in The Hague",
            "They handed over files on detention under the old regime.",
        ),
    ],
)
def test_the_prosecutor_s_other_meetings_are_no_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITOR not in fired(matcher, title, text)
