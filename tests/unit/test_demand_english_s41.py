"""Session 41 (issue 11, en-demands-41): English monitor access and the accountability
field's institutions, by concept.

- Monitor-access: a monitoring body (monitors, observers, investigators, inspectors, the
  commission of inquiry) and a word of access (access, visit, refused, entry, allowed) in one
  passage, up to 25 words apart: the body's name and its getting in are often a clause apart
  ("The monitors, whose stay the League is weighing ..., were refused at a checkpoint"). A
  team or staff let in, deployed, reaching or visiting is a monitor too, unless an aid,
  health, rescue, food, vaccination or football team. The demand's exclusions hold (election
  observers, the atomic agency, the war monitor's network).
- Accountability: the OPCW's fact-finding mission named is an investigation where no word of
  its getting in or of its security is written (waiting to enter Douma is access alone, as
  the README's labelling rules say); "universal jurisdiction" is the mechanism of the
  national trials, not colour, beside a veto or the ICC too.

The texts are written for this test, in other words than the labelled sets in tests/eval/.
"""

from __future__ import annotations

import pytest

from demandwatch.core.matching import Matcher
from shipped_demands import fired

MONITOR = "monitor-access"
ACCOUNT = "accountability-investigations"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Arab League delegation halted near Deraa",
            "The observers, who had promised their families in Cairo and Amman a short assignment "
            "and who now expect to stay well into the new year, were refused at the edge of town.",
        ),
        (
            "Syria inquiry tries once more",
            "Inspectors of the chemical weapons body, who have spent nearly a week in a Damascus "
            "hotel with sampling kits and protective suits, were finally granted access on Friday.",
        ),
        (
            "UN unit reaches Houla",
            "A small UN team reached the village on Saturday morning and counted the bodies laid "
            "out in the mosque.",
        ),
    ],
)
def test_a_monitoring_body_and_its_access_a_clause_apart_are_monitor_access(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITOR in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "UN aid team reaches Moadamiyah",
            "A UN aid team reached the besieged suburb on Tuesday with flour and medicine.",
        ),
        (
            "Syria's national team reached the final",
            "The national team reached the final of the West Asian championship in Syria's "
            "name, beating Iraq on penalties.",
        ),
        (
            "Observers say Syria's presidential vote was free",
            "Election observers invited from friendly states, who came with parliamentary "
            "delegations and toured the capital's polling stations, said they had been allowed "
            "to go wherever they asked.",
        ),
    ],
)
def test_aid_football_and_election_teams_let_in_are_no_monitors(
    matcher: Matcher, title: str, text: str
) -> None:
    assert MONITOR not in fired(matcher, title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "OPCW's fact-finding mission to look at Kafr Zita reports",
            "The fact-finding mission will look at the reports of chlorine dropped on the town, "
            "the organisation's director-general said in The Hague.",
        ),
        (
            "After the vetoes, universal jurisdiction is Syria's survivors' only road",
            "With the Security Council blocked and the ICC beyond reach, lawyers for Syrian "
            "survivors are turning to universal jurisdiction in European courts.",
        ),
    ],
)
def test_the_fact_finding_mission_and_universal_jurisdiction_are_accountability(
    matcher: Matcher, title: str, text: str
) -> None:
    assert ACCOUNT in fired(matcher, title, text)


def test_the_fact_finding_mission_waiting_to_enter_is_access_and_the_investigation(
    matcher: Matcher,
) -> None:
    # Session 43's rule (tests/eval/README.md): an investigating team's access carries
    # accountability as well; until then this read as access alone.
    found = fired(
        matcher,
        "OPCW fact-finding mission still in Damascus",
        "The fact-finding mission was waiting on Tuesday for permission to enter Douma, where "
        "the attack took place; Moscow cited security.",
    )
    assert MONITOR in found
    assert ACCOUNT in found


def test_legislators_on_a_personal_fact_finding_mission_are_no_investigation(
    matcher: Matcher,
) -> None:
    found = fired(
        matcher,
        "Belgian senators on 'fact-finding mission' meet Syrian ministers",
        "Three senators called their trip to Damascus a fact-finding mission; their own "
        "government said they spoke for no one but themselves.",
    )
    assert ACCOUNT not in found
