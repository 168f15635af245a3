"""Blind part 15 (who vetoed, UNDL read 0): a Digital Library voting record that gives its
totals and then the roll call, each member after the letter of its vote ("Y BELGIUM;
N CHINA; ...", or the letters as headings "N: China, Russian Federation. A: ..."), names
who voted against in the roll, not beside the totals. Under the Council's rules a draft with
nine votes and a permanent member's "no" is vetoed, so the roll decides both the event and
who vetoed.

The engineer's own records, written before the rule: the first three failed before (read
as adoptions with nobody vetoing). A roll with no permanent member against stays an
adoption, prose opening a sentence on "A" names nobody, and a roll that disagrees with the
totals is of another vote.
"""

from __future__ import annotations

from demandwatch.core.events import classify


def test_a_roll_call_in_capitals_names_the_vetoer() -> None:
    event = classify(
        "The situation in the Middle East : draft resolution / Ireland and Norway",
        "Voting record, 29 March 2027. Yes: 12, No: 2, Abstentions: 1. Y ALBANIA; Y BRAZIL; "
        "N CHINA; Y ECUADOR; Y FRANCE; Y GABON; Y GHANA; Y INDIA; Y IRELAND; Y KENYA; "
        "A MEXICO; Y NORWAY; N RUSSIAN FEDERATION; Y UNITED ARAB EMIRATES; Y UNITED KINGDOM.",
    )
    assert event.type == "veto"
    assert sorted(event.vetoers) == ["China", "Russian Federation"]
    assert event.vote is not None
    assert event.vote.abstaining_members == ("Mexico",)


def test_the_letters_as_headings_name_the_vetoer_and_leave_an_elected_member_out() -> None:
    event = classify(
        "Draft resolution S/2027/311 (Middle East: Syria) : vote 11-2-2",
        "Roll call. N: Bolivia (Plurinational State of), Russian Federation. A: China, Ethiopia. "
        "Y: the eleven other members.",
    )
    assert event.type == "veto"
    assert sorted(event.vetoers) == ["Russian Federation"]


def test_a_roll_after_a_record_heading_with_one_vetoer() -> None:
    event = classify(
        "Middle East situation : draft resolution S/2027/88 : voting record",
        "Yes: 13, No: 1, Abstentions: 1. A CHINA; N RUSSIAN FEDERATION; Y FRANCE; Y JAPAN; "
        "the others Y.",
    )
    assert event.type == "veto"
    assert sorted(event.vetoers) == ["Russian Federation"]


def test_a_roll_with_no_permanent_member_against_is_an_adoption() -> None:
    event = classify(
        "Middle East situation : draft resolution S/2027/90 : voting record",
        "Yes: 13, No: 1, Abstentions: 1. Y CHINA; N VENEZUELA; A EGYPT; Y FRANCE; "
        "Y RUSSIAN FEDERATION; Y UNITED STATES; the others Y.",
    )
    assert event.type == "resolution_adopted"
    assert not event.vetoers


def test_prose_opening_on_a_is_no_roll() -> None:
    event = classify(
        "Council adopts Syria aid text",
        "The Security Council adopted the text by 13 votes to 2. A China-led group of members "
        "had sought changes; a Russia statement followed.",
    )
    assert not event.vetoers
