"""Session 37 (issue 11): English accountability told by an investigating body's findings.

- A team's, a probe's, experts', a mission's, a board's or the UN's findings on the Syria file
  are accountability news however the body is named; not the findings of observers (the
  monitors' news), a survey, a damage or heritage assessment, a quake or mine-clearance team,
  nor a camp's needs; nor inspectors' report on a declared arsenal destroyed.
- The Joint Investigative Mechanism by its short name (its mandate, report, veto or head)
  beside the chemical file is accountability; "Jim" as a first name is not.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

ACCOUNTABILITY = "accountability-investigations"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Syria rejects the probe's findings on the Aleppo hospital bombing", ""),
        ("Findings of the UN experts on Syria's detention centres published", ""),
        ("Assad government dismisses board's findings on attacks on schools in Idlib", ""),
        ("Investigating team's findings on Douma go to the Security Council", ""),
        ("Syrian envoy walks out as the panel presents its findings on Aleppo", ""),
    ],
)
def test_an_investigating_bodys_findings_are_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Washington wants JIM mandate extended as Syria gas file stays open", ""),
        ("Damascus slams JIM report on sarin in Khan Sheikhoun", ""),
    ],
)
def test_the_joint_mechanism_by_its_short_name_is_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Survey team's findings: rents in Damascus have tripled since 2011", ""),
        ("Findings of the UN damage assessment team in Homs released", ""),
        ("Heritage experts' findings on the minaret of Aleppo's Umayyad mosque", ""),
        ("Earthquake team's findings on collapsed blocks in Aleppo", ""),
        ("Mine clearance experts share findings on Raqqa's ruined streets", ""),
        ("UN mission's findings on Syria's Hol camp: tents short before winter", ""),
        ("Observer mission chief presents findings on Homs to Arab ministers", ""),
        ("Inspectors' report: destruction of Syria's declared stockpile complete", ""),
        ("Jim Jeffrey's report to Congress on Syria policy", ""),
        ("Jim Mattis to head Pentagon as Syria strikes go on", ""),
    ],
)
def test_near_misses_of_findings_and_the_jim_do_not_fire(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNTABILITY not in fired(matcher, title, text)
