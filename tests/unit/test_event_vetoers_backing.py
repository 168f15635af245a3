"""Blind part 15 (who vetoed on wire and news ledes, one of two vetoers read or none): the
second vetoer told as the first one's backer or ally, as following it, as casting the votes
against beside it, or as "also" voting against in another language. In the Council only a
permanent member's own negative vote can back a veto, so "Russia, backed by China, vetoes"
names two vetoers, as "Russia and China veto" does.

The engineer's own sentences, written before the rule: 7 of the 8 tests failed before (one
vetoer read, or none: "the only two votes against" was read as a draft short of votes; the
backer named in a headline was read alone, as the vetoer). A draft's backer stays out, a
tally with one vote against keeps one vetoer, a member said to abstain is no vetoer, and a
draft that won only two votes is still no veto.
"""

from __future__ import annotations

from demandwatch.core.events import classify


def test_a_permanent_member_backing_the_veto_vetoes_too() -> None:
    event = classify(
        "Russia, backed by China, vetoes UN text on Syria chemical inquiry",
        "Eleven members voted in favour of the draft on Wednesday.",
    )
    assert event.type == "veto"
    assert sorted(event.vetoers) == ["China", "Russian Federation"]


def test_with_the_others_backing_and_its_ally() -> None:
    for lede in (
        "Moscow, with Beijing's backing, vetoed the Western draft on Wednesday.",
        "Russia and its ally China on Wednesday vetoed the Western draft.",
    ):
        event = classify("Syria inquiry text falls at UN", lede)
        assert event.type == "veto", lede
        assert sorted(event.vetoers) == ["China", "Russian Federation"], lede


def test_a_member_doing_as_the_vetoer_did() -> None:
    event = classify(
        "Syria inquiry text falls at UN",
        "Russia cast a veto on Wednesday, as did China, and Bolivia also voted no.",
    )
    assert sorted(event.vetoers) == ["China", "Russian Federation"]


def test_the_only_votes_against_cast_by_the_two() -> None:
    event = classify(
        "Twice more, the two permanent members shield Damascus",
        "China and Russia stood together again on Wednesday, casting the only two votes "
        "against a British text on the chemical inquiry while 13 members voted for it.",
    )
    assert event.type == "veto"
    assert sorted(event.vetoers) == ["China", "Russian Federation"]


def test_also_voting_against_in_russian() -> None:
    event = classify(
        "Россия заблокировала проект по химическому расследованию в Сирии",
        "Россия наложила вето на западный проект в среду; Китай также проголосовал против.",
    )
    assert event.type == "veto"
    assert sorted(event.vetoers) == ["China", "Russian Federation"]


def test_a_tally_with_one_vote_against_keeps_one_vetoer() -> None:
    event = classify(
        "Russia, backed by China, vetoes UN text on Syria chemical inquiry",
        "The vote was 14 to 1.",
    )
    assert sorted(event.vetoers) == ["Russian Federation"]


def test_a_drafts_backer_and_an_abstainer_are_no_vetoers() -> None:
    backed = classify(
        "Syria draft vetoed",
        "A draft backed by France, supported by Britain, was vetoed by Russia on Wednesday.",
    )
    assert sorted(backed.vetoers) == ["Russian Federation"]
    abstained = classify(
        "Russia, backed by China, vetoes UN text on Syria chemical inquiry",
        "China abstained in the vote.",
    )
    assert sorted(abstained.vetoers) == ["Russian Federation"]


def test_a_draft_that_won_only_two_votes_is_no_veto() -> None:
    event = classify(
        "Russian Syria text fails",
        "A Russian draft won only two votes on Wednesday, with China and Russia in favour and "
        "nine members voting against.",
    )
    assert event.type != "veto"
    assert not event.vetoers
