"""A second "and" after a list of members opens a clause of its own (probe s20 T6).

The wire's UPDATE 1, "Thirteen members voted for the draft drawn up by Ireland and Norway
and China abstained", was read "Ireland abstained; Norway abstained" beside China: the
sponsors were taken into the subject of "abstained". English lists members with commas;
a list that needs two "and"s is two clauses. Sentences written for these tests.
"""

from __future__ import annotations

from demandwatch.core.events import classify


def roles(title: str, text: str) -> set[tuple[str, str]]:
    return {(a.name, a.role) for a in classify(title, text).actors}


def test_the_sponsors_before_a_second_and_do_not_abstain() -> None:
    found = roles(
        "Russia vetoes U.N. Syria aid text",
        "Russia on Tuesday vetoed a U.N. Security Council resolution to extend cross-border "
        "aid into Syria. Thirteen members voted for the draft drawn up by Ireland and Norway "
        "and China abstained.",
    )
    assert ("China", "abstained") in found
    assert ("Ireland", "abstained") not in found
    assert ("Norway", "abstained") not in found


def test_a_list_with_one_and_keeps_every_member() -> None:
    found = roles(
        "Russia vetoes U.N. Syria aid text",
        "Russia vetoed the draft on Tuesday. Thirteen members voted in favour, while China "
        "and Pakistan abstained.",
    )
    assert {("China", "abstained"), ("Pakistan", "abstained")} <= found
