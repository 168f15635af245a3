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


@pytest.mark.parametrize(
    "text",
    [
        "China's representative vetoed the draft alongside Russia's on Monday.",
        "China vetoed the draft alongside Russia on Monday.",
        "A Russian veto, followed by a Chinese one, doomed the draft.",
        "Russia, and then China, vetoed the draft.",
        "Russia vetoed the draft, and China followed.",
        "Moscow and Beijing's envoys vetoed the draft.",
    ],
)
def test_a_second_vetoing_member_told_after_the_first_is_read(text: str) -> None:
    event = classify("UN vote fails", text)
    assert event.type == "veto"
    assert event.vetoers == {"Russian Federation", "China"}


@pytest.mark.parametrize(
    ("text", "vetoers"),
    [
        # the text's authors beside it are no vetoers
        ("Russia vetoed the draft drafted alongside France's mission.", {"Russian Federation"}),
        # an elected member following an abstention takes no part in the veto
        (
            "Russia vetoed the draft and China abstained; Brazil followed.",
            {"Russian Federation"},
        ),
    ],
)
def test_members_beside_the_veto_in_other_parts_are_not_read(text: str, vetoers: set[str]) -> None:
    assert classify("UN vote fails", text).vetoers == vetoers


def test_a_pair_of_envoys_vetoing_beside_a_rival_short_of_votes_is_the_veto() -> None:
    event = classify(
        "Truce text falls to two vetoes",
        "Moscow and Beijing's envoys vetoed a draft demanding a truce on Thursday, minutes "
        "before a rival Russian text failed to win nine votes.",
    )
    assert event.type == "veto"
    assert event.vetoers == {"Russian Federation", "China"}


@pytest.mark.parametrize(
    ("title", "text", "event"),
    [
        # the Council venue trailing the speaker's words, under a "says" headline
        (
            "Displacement the largest of the war, UN relief chief says",
            "Nearly a million people have fled since December, the UN relief chief said on "
            "Thursday in remarks to the Security Council.",
            "meeting",
        ),
        (
            "Envoy says talks have stalled",
            "The talks have not delivered, the Special Envoy said on Wednesday, in a briefing "
            "to the Security Council.",
            "meeting",
        ),
    ],
)
def test_words_spoken_to_the_council_are_its_meeting(title: str, text: str, event: str) -> None:
    assert classify(title, text).type == event


def test_words_spoken_at_a_press_conference_are_no_meeting() -> None:
    event = classify(
        "Envoy says talks have stalled",
        "The talks have not delivered, the Special Envoy told a press conference in Geneva on "
        "Wednesday, calling for a new approach.",
    )
    assert event.type != "meeting"


def test_reports_denied_are_no_published_report() -> None:
    event = classify(
        "Ministry denies arms flights",
        "The foreign ministry on Wednesday denied reports it was flying weapons to Damascus.",
    )
    assert event.type != "report"
