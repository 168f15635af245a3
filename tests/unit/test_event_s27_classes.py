"""Validation parts 11-25 (English): vetoes read with one member or none, vetoes read as
another event, veto threats read as vetoes. The classes of `tests/eval/en-events-s27.jsonl`.
The sentences are the engineer's own; each positive one fails on the rules before; the near
misses beside them pass before and after.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "text", "vetoers"),
    [
        # a pair parted by an aside said of the second member
        (
            "Sanctions text fails at the Council",
            "Moscow and, to the surprise of several envoys, Beijing vetoed a draft threatening "
            "measures against Damascus on Thursday.",
            {"Russian Federation", "China"},
        ),
        (
            "Council text falls",
            "Russia and, in a rare step, China vetoed the text backing the regional plan.",
            {"Russian Federation", "China"},
        ),
        # the envoys voting, named by their members' possessives
        (
            "Truce text falls at the UN",
            "Russia's and China's representatives voted against the draft on Monday, and the "
            "text fell with eleven votes in favour.",
            {"Russian Federation", "China"},
        ),
        (
            "Inquiry renewal fails",
            "The Russian Federation's ambassador vetoed a draft renewing the inquiry on Tuesday.",
            {"Russian Federation"},
        ),
        # the delegations named by their adjectives in a release's formula
        (
            "Security Council Fails to Adopt Text on Gas Attack",
            "The text failed owing to the negative vote of the Russian delegation; Bolivia "
            "also voted against.",
            {"Russian Federation"},
        ),
    ],
)
def test_the_vetoing_members_are_read(title: str, text: str, vetoers: set[str]) -> None:
    event = classify(title, text)
    assert event.type == "veto"
    assert event.vetoers == vetoers


def test_an_envoy_speaking_is_not_his_country_voting() -> None:
    """France's ambassador said something: France cast no vote the rules should read."""
    event = classify(
        "Aleppo text vetoed",
        "France's ambassador said the Russian veto of the text was a dark day, as Russia "
        "vetoed the draft on Saturday.",
    )
    assert "France" not in event.vetoers


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia's envoy explains his no",
            "We vetoed the British draft because it prejudged the inquiry's findings, Russia's "
            "ambassador told the Council after Friday's vote.",
        ),
        (
            "Statement by the Permanent Representative after the vote on the aid draft",
            "We had to use our veto on this text because its sponsors refused any compromise.",
        ),
        (
            "Moscow ends gas inquiry",
            "Russia ended the joint investigation of chemical attacks with its veto on Thursday.",
        ),
        (
            "Aid deal axed",
            "Moscow axed the extension of aid deliveries on Tuesday, the only member voting no.",
        ),
        (
            "A hand goes up at the Council",
            "Russia's ambassador raised his hand to veto the compromise on Thursday; twelve "
            "members voted for it.",
        ),
    ],
)
def test_vetoes_told_otherwise_are_vetoes(title: str, text: str) -> None:
    assert classify(title, text).type == "veto"


@pytest.mark.parametrize(
    ("title", "text", "event"),
    [
        # a veto announced, not cast
        (
            "Moscow signals veto of Western text",
            "Russia will oppose the draft circulated to the Council this week, its envoy said.",
            "draft_resolution",
        ),
        (
            "Any such text would be vetoed, Russia warns",
            "Russia warned on Wednesday that a draft endorsing the strikes would be vetoed, as "
            "the sponsors circulated a new text.",
            "draft_resolution",
        ),
        # history told in the perfect
        (
            "The Council's two gatekeepers",
            "Six times Moscow has raised its hand against a Syria text, and Beijing stood "
            "beside it in five.",
            "other",
        ),
    ],
)
def test_vetoes_not_cast_are_not_vetoes(title: str, text: str, event: str) -> None:
    assert classify(title, text).type == event


def test_a_veto_promised_in_the_first_person_is_no_veto() -> None:
    event = classify(
        "Russian envoy warns sponsors",
        "We will veto any text that ignores Damascus, the Russian ambassador told reporters.",
    )
    assert event.type != "veto"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # the Council giving a mission its extension
        (
            "UN Council gives Golan force six more months",
            "The Security Council on Thursday gave its observer force on the Golan another "
            "six-month extension.",
        ),
        # a UN headline's demand, the organ acting after an opening phrase
        (
            "UN demands truce as bombardment goes on",
            "As the shelling entered its second week, the Security Council on Saturday "
            "unanimously demanded a ceasefire of 30 days across the country.",
        ),
    ],
)
def test_adoptions_told_otherwise_are_adoptions(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text", "event"),
    [
        (
            "EU gives Syria sanctions another year",
            "The Council of the European Union on Monday gave its sanctions on Syria a "
            "one-year extension.",
            "other",
        ),
        (
            "UN chief demands truce as bombardment goes on",
            "As the shelling entered its second week, Secretary-General Antonio Guterres on "
            "Saturday demanded an immediate ceasefire.",
            "statement",
        ),
    ],
)
def test_their_near_misses_stay_apart(title: str, text: str, event: str) -> None:
    assert classify(title, text).type == event


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Golan force stays",
            "The mandate of the observer force was renewed for six months on Thursday by the "
            "Security Council.",
        ),
        ("Aid route kept open", "The Security Council rolled over the aid mechanism on Monday."),
        (
            "Aid route kept open",
            "The Security Council on Monday prolonged the mechanism by a year.",
        ),
    ],
)
def test_renewals_in_the_passive_and_in_other_verbs_are_adoptions(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"


def test_a_renewal_by_another_body_in_the_passive_stays_other() -> None:
    event = classify(
        "Sanctions stay", "The sanctions were extended for a year by the EU on Monday."
    )
    assert event.type == "other"
