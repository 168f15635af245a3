"""Validation parts 11-23 (English): adoptions and statements read `other`, `other` read
`veto` or `report`. The classes of `tests/eval/en-events-s25.jsonl`: the Council "okayed" a
text and took a name off its sanctions list (adoptions); the EU's "Declaration by the High
Representative on behalf of the EU", a UN agency's head who "issued a statement" under a
"..., UNICEF chief says" headline (statements); a mayor's or a president's own veto, a veto
told after other news "since" it or in a month of an earlier year (no veto of the day); a body
that "reports" a state to the Security Council (a referral, no published report). The
sentences are the engineer's own; each positive one fails on the rules before; the near
misses beside them pass before and after.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "UN body okays Syria aid plan",
            "The UN Security Council on Friday okayed a plan to send aid across front lines in "
            "Syria.",
        ),
        (
            "Syrian leader taken off UN blacklist",
            "The Security Council on Thursday took Syria's interim president off its ISIL "
            "sanctions list, in a vote of 14 in favour with China abstaining.",
        ),
    ],
)
def test_the_council_okaying_or_delisting_adopts(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"


def test_a_sanctions_committee_delisting_is_no_resolution() -> None:
    event = classify(
        "UN committee delists Syrian businessman",
        "The Security Council committee removed a Syrian businessman from its sanctions list "
        "on Tuesday, its chair said.",
    )
    assert event.type != "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Syria: Declaration by the High Representative on behalf of the EU",
            "Thirteen years ago, Syrians rose peacefully for freedom and dignity. The EU stands "
            "by them.",
        ),
        (
            "'Children pay the highest price' in Idlib, UNICEF chief says",
            "The head of the UN Children's Fund issued a statement on Tuesday, saying children "
            "were paying the highest price for the fighting in Idlib.",
        ),
    ],
)
def test_a_declaration_or_a_chiefs_statement_is_a_statement(title: str, text: str) -> None:
    assert classify(title, text).type == "statement"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Mayor vetoes council plan on refugee shelter",
            "The city's mayor on Tuesday vetoed a council resolution that would have opened a "
            "shelter for Syrian refugees, saying the budget could not bear it.",
        ),
        (
            "Displaced families in Idlib brace for winter",
            "Families in tents near the Turkish border say they have no fuel. Aid has reached "
            "the area only through Bab al-Hawa since Russia vetoed the renewal of the other "
            "crossings.",
        ),
        (
            "Hospitals in Idlib overwhelmed",
            "Doctors in Idlib say they are short of everything. Russia vetoed the renewal of "
            "two crossings in July 2020, and supplies now come through one.",
        ),
    ],
)
def test_an_executives_veto_or_an_earlier_veto_recalled_is_no_veto(title: str, text: str) -> None:
    assert classify(title, text).type != "veto"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia vetoes Syria aid renewal",
            "Russia on Tuesday vetoed the renewal of cross-border aid, the only member to vote "
            "against.",
        ),
        (
            "Aid crossing shuts",
            "The last crossing closed on Tuesday. Russia vetoed its renewal on Monday, and "
            "trucks have stopped since.",
        ),
    ],
)
def test_the_days_veto_stays_the_veto(title: str, text: str) -> None:
    assert classify(title, text).type == "veto"


def test_a_body_reporting_a_state_to_the_council_publishes_no_report() -> None:
    event = classify(
        "IAEA board reports Syria to U.N. Security Council",
        "The U.N. nuclear watchdog's board of governors voted on Thursday to report Syria to "
        "the Security Council for failing to cooperate with an inquiry into a suspected "
        "reactor site.",
    )
    assert event.type != "report"


def test_a_published_report_stays_a_report() -> None:
    event = classify(
        "UN inquiry report blames Syria for chlorine attacks",
        "The commission of inquiry said in a report published on Wednesday that government "
        "forces used chlorine in Idlib.",
    )
    assert event.type == "report"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "UN envoy meets Syrian foreign minister in Damascus",
            "The UN Special Envoy for Syria met Syria's foreign minister in Damascus on "
            "Wednesday to discuss the constitutional committee, his office said.",
        ),
        (
            "Minister resigns over Syria refugee row",
            "Denmark's immigration minister resigned on Tuesday, the government said.",
        ),
        (
            "Syria's foreign minister signs trade deal in Beijing",
            "Syria's foreign minister signed an economic cooperation agreement with China in "
            "Beijing on Friday, the ministry said.",
        ),
        (
            "Syria's Assad issues general amnesty",
            "Syrian President Bashar al-Assad issued a general amnesty for crimes committed "
            "before Sunday, the presidency said.",
        ),
    ],
)
def test_an_office_holders_act_told_with_its_source_is_no_statement(title: str, text: str) -> None:
    assert classify(title, text).type == "other"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Ministers sign joint statement on Syria",
            "Foreign ministers of eleven countries signed a joint statement on Monday calling "
            "for accountability for chemical attacks in Syria.",
            "statement",
        ),
        (
            "Council members meet on Syria",
            "Security Council members met in closed consultations on Syria on Monday.",
            "meeting",
        ),
    ],
)
def test_a_signed_statement_or_the_councils_members_meeting_stay(
    title: str, text: str, expected: str
) -> None:
    assert classify(title, text).type == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Note to correspondents on Syria",
            "The Special Envoy for Syria, Geir O. Pedersen, is deeply concerned about the "
            "escalation in the north-west and calls for calm.",
        ),
        (
            "Message from the Secretary-General on the International Day in Support of Victims "
            "of Torture",
            "Torture is an abhorrent crime. In Syria and elsewhere, survivors deserve justice.",
        ),
    ],
)
def test_the_secretary_generals_statement_documents_are_statements(title: str, text: str) -> None:
    assert classify(title, text).type == "statement"
