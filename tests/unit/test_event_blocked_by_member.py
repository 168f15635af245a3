"""A headline's veto in the passive with no auxiliary (issue 11, session 43, en-events-43).

Headlines drop the auxiliary the lede's cue asks for ("was blocked by Russia"): "Syria aid plan
blocked by Russia at UN" is the veto, the permanent members its agents (`_BLOCKED_BY_MEMBER`).
Not where another agent stands beside or after the member ("by Russia and Syria", "by
Russia-backed forces", "by U.S. Senate Democrats"), another body's measure is named (the EU's
embargo, the Assembly, the watchdog), the subject is access, a convoy, talks or a statement
(never put to a vote), a rival's own text voted down by the Western members, or, for the verbs
that tell other acts as often ("killed", "shot down", "thwarted"), a subject that names no text.
"""

from __future__ import annotations

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "members"),
    [
        ("Syria rights text blocked by Russia and China at U.N.", ["China", "Russian Federation"]),
        ("Arab League plan for Syria blocked by Russia, China", ["China", "Russian Federation"]),
        (
            "Syria war crimes referral to The Hague blocked by Russia and China",
            ["China", "Russian Federation"],
        ),
        (
            "Chemical weapons sanctions on Syria torpedoed by Moscow and Beijing",
            ["China", "Russian Federation"],
        ),
        ("Mandate of Syria gas attack investigators blocked by Russia", ["Russian Federation"]),
        ("Nine-month Bab al-Hawa extension scuppered by Russia at the UN", ["Russian Federation"]),
        ("Brazil's Gaza humanitarian pause text blocked by United States", ["United States"]),
        ("Palestinian bid for full UN membership blocked by U.S.", ["United States"]),
        ("Aleppo truce text killed by Russia at UN", ["Russian Federation"]),
        ("Syria resolution blocked by Russia, China - diplomats", ["China", "Russian Federation"]),
        # (the Arab League's plan in the possessive; a source after the comma, no agent)
        ("Arab League's plan for Syria blocked by Russia, China", ["China", "Russian Federation"]),
        ("Syria resolution blocked by Russia, envoys", ["Russian Federation"]),
    ],
)
def test_a_text_blocked_by_members_in_a_headline_is_their_veto(
    title: str, members: list[str]
) -> None:
    event = classify(title)
    assert event.type == "veto"
    assert sorted(vetoed_by(event)) == members


@pytest.mark.parametrize(
    "title",
    [
        # a rival's own text, short of votes
        "Russian Aleppo text blocked by Britain, France and U.S.",
        "Chinese-Russian text on Syria aid blocked by Britain, U.S.",
        # another agent beside or after the member
        "Chemical inspectors' entry to Douma blocked by Russia and Syria",
        "UN aid convoy for eastern Aleppo blocked by Russia-backed forces",
        "Bill to pause Syrian refugee admissions blocked by U.S. Senate Democrats",
        # (another agent after the members' comma, as "and" joins Syria above)
        "Syria truce plan blocked by Russia, Iran",
        "Syria ceasefire plan blocked by Russia, Iran and Turkey",
        "Aleppo truce text blocked by Russia at UN, Syrian forces",
        "Syria aid text blocked by Russia, China, Iran",
        # another body's measure, access, talks
        "EU arms embargo on Syria blocked by Britain and France",
        "Chemical inspectors' access to Douma blocked by Russia",
        "Syria peace talks blocked by Russia",
        # the other verbs with no text named
        "Three Turkish soldiers killed by Russia",
        "Idlib offensive thwarted by Russia",
        # no permanent member
        "Visas for UN human rights investigators blocked by Damascus",
        "EU oil embargo on Russia blocked by Hungary",
    ],
)
def test_blocks_that_are_no_council_veto(title: str) -> None:
    assert classify(title).type != "veto"


def test_a_council_statement_blocked_is_no_veto() -> None:
    assert classify("Council statement on Ghouta attack blocked by Russia").type != "veto"
