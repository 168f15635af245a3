"""A veto's own report whose first sentence tells the veto and then the General Assembly
debate it sets off is the veto, whatever its headline says; the debate's own reports and
previews, which recall an older veto, stay the meeting (lead s23, w4's leftover: "Russia on
Friday vetoed ..., triggering a General Assembly debate" read as the Assembly's meeting, so
the day's veto did not page)."""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify

VETO_DAY = [
    (
        "UN Security Council fails to renew Syria aid",
        "UNITED NATIONS, July 11 (Wire) - Russia on Friday vetoed a Security Council resolution "
        "extending cross-border aid into Syria for a year, triggering a General Assembly debate "
        "within ten working days.",
    ),
    (
        "Russia, China veto Syria resolution",
        "Russia and China on Tuesday vetoed a draft resolution on Syria, which will now go to the "
        "General Assembly for a debate.",
    ),
    (
        "Syria: Council text falls",
        "The Russian Federation vetoed the draft this afternoon, a move that obliges the General "
        "Assembly to meet within ten working days.",
    ),
]

STILL_THE_DEBATE = [
    (
        "General Assembly to debate Russian veto on Syria",
        "Nine days after Russia vetoed a draft on Syrian aid, the General Assembly will meet on "
        "Monday to debate its use of the veto.",
    ),
    (
        "Assembly debates Syria veto",
        "The General Assembly on Monday debated the draft resolution that Russia vetoed last "
        "week, as it must within ten working days.",
    ),
    (
        "Week ahead at the United Nations",
        "Russia vetoed the Syria aid draft last Friday; the General Assembly will meet on "
        "Thursday to debate the veto.",
    ),
]


@pytest.mark.parametrize(("title", "lede"), VETO_DAY, ids=[t for t, _ in VETO_DAY])
def test_a_veto_told_before_the_debate_it_sets_off_is_the_veto(title: str, lede: str) -> None:
    event = classify(title, lede)
    assert event.type == "veto"
    assert "Russian Federation" in {actor.name for actor in event.actors}


@pytest.mark.parametrize(("title", "lede"), STILL_THE_DEBATE, ids=[t for t, _ in STILL_THE_DEBATE])
def test_the_debate_after_an_older_veto_stays_the_meeting(title: str, lede: str) -> None:
    assert classify(title, lede).type == "meeting"
