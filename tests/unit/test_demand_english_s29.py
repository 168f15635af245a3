"""Session 29 (issue 11): English stop-veto, accountability and monitor-access classes.

- A permanent member dismissing a Council text as a stunt, grandstanding or theatre (not the
  West dismissing Russia's own text, nor a text at the OPCW's conference).
- Disappointment or regret at the outcome of a Council vote, and the Council's failure on
  Syria (not disappointment at talks, nor an outcome welcomed).
- The OPCW's fact-finding mission telling what it established (not its convoy ambushed).
- The Syria file's chemical news told with no Syria word is Syria's (the campaign's context),
  unless another file, an accident or riot gas is named.
- Investigators who "reached the conclusion" and a government that "denied the findings" tell
  no access.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

STOP_VETO = "stop-veto-obstruction"
ACCOUNTABILITY = "accountability-investigations"
MONITORS = "monitor-access"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Moscow mocks Syria truce draft as a stunt",
            "Russia's deputy envoy said the text on a pause in the fighting around Idlib was a "
            "stunt by its authors, as the Council readied a vote.",
        ),
        (
            "Churkin: Western Syria resolution is 'grandstanding'",
            "The Russian ambassador said the draft on Aleppo's besieged districts was "
            "grandstanding rather than diplomacy.",
        ),
    ],
)
def test_a_member_dismissing_a_text_as_a_stunt_blocks(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "London and Paris call Russia's own Syria draft a stunt",
            "Western envoys said Russia's own draft on Aleppo, which gathered four votes, was "
            "a stunt that ignored the bombing.",
        ),
        (
            "Russia calls Syria attribution proposal at OPCW a political stunt",
            "Moscow's delegation told the special session in The Hague that the text on naming "
            "those behind chemical attacks in Syria was a stunt.",
        ),
        (
            "Syrian opposition calls government amnesty a publicity stunt",
            "The opposition said the decree announced in Damascus changed nothing for the "
            "detained.",
        ),
    ],
)
def test_stunts_that_are_no_member_blocking_a_council_text(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Ban disappointed by the outcome of Security Council vote on Syria",
            "The Secretary-General urged members to overcome their differences.",
        ),
        (
            "Arab ministers deplore the Council's failure on Syria",
            "Meeting in Cairo, they said the killing in Homs went on unchecked.",
        ),
    ],
)
def test_disappointment_at_the_outcome_or_the_councils_failure(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Envoy disappointed by the outcome of the Syria talks in Geneva",
            "The round ended without a date for the next one.",
        ),
        (
            "Guterres welcomes the outcome of the Council vote on Syria's truce",
            "The Security Council unanimously adopted the resolution on a ceasefire.",
        ),
    ],
)
def test_disappointment_at_talks_and_an_outcome_welcomed_are_no_blocking(
    matcher: Matcher, title: str, text: str
) -> None:
    assert STOP_VETO not in fired(matcher, title, text)


def test_the_fact_finding_mission_telling_what_it_established(matcher: Matcher) -> None:
    assert ACCOUNTABILITY in fired(
        matcher,
        "OPCW fact-finding mission: sarin probably released near Syrian town",
        "The mission said in its report that victims it interviewed were exposed to a nerve agent.",
    )


def test_the_fact_finding_missions_convoy_ambushed_is_access_and_the_investigation(
    matcher: Matcher,
) -> None:
    # Session 43's rule (tests/eval/README.md): an investigating team fired on on its way in
    # is access and the investigation; until then this read as access alone.
    got = fired(
        matcher,
        "Syria: OPCW fact-finding team ambushed on the road to chlorine site",
        "The inspectors' convoy came under fire and turned back to Damascus.",
    )
    assert ACCOUNTABILITY in got
    assert MONITORS in got


def test_the_syria_files_chemical_news_with_no_syria_word(matcher: Matcher) -> None:
    assert ACCOUNTABILITY in fired(
        matcher,
        "Joint investigators blame government air force for sarin attack",
        "The UN and OPCW investigators told the Security Council that government aircraft "
        "released the nerve agent on the town.",
    )
    assert STOP_VETO in fired(
        matcher,
        "Russia blocks Western text on chemical attack",
        "Moscow vetoed the British, French and U.S. draft condemning the chemical attack.",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Investigators say sarin attack was carried out by the army",
            "Officials in Baghdad said the attack near Mosul killed a dozen people.",
        ),
        (
            "Chlorine attack claims: police fire tear gas at protesters",
            "Riot police used tear gas; the opposition called it a chemical attack.",
        ),
        (
            "Chlorine gas leak at plant kills four, investigators say",
            "The leak at the water treatment plant is under investigation.",
        ),
    ],
)
def test_other_files_chemical_news_stays_out(matcher: Matcher, title: str, text: str) -> None:
    assert fired(matcher, title, text) == set()


def test_investigators_reaching_a_conclusion_tell_no_access(matcher: Matcher) -> None:
    got = fired(
        matcher,
        "Syria: UN-OPCW investigators reached the conclusion that helicopters dropped chlorine",
        "The joint mechanism's investigators named two air force squadrons; Damascus denied the "
        "findings.",
    )
    assert ACCOUNTABILITY in got
    assert MONITORS not in got
    assert MONITORS in fired(
        matcher,
        "Syria: UN-OPCW investigators reached the town after a week's wait",
        "The team gathered samples at the site of the chlorine attack.",
    )
