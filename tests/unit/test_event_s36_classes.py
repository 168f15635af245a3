"""Session 36's English event classes (issue 11, en-events-s36), from a count of validation
11-34's English vetoes read `other` (counts only): 17 of 49 carry no word of vetoing, blocking,
failing or rejecting; most tell the permanent member's vote instead.

- A permanent member, or two, voting against, voting no on or voting down a Council text, with
  a word or two between them and the verb, or named by the envoys' adjective (not the vote told
  ahead or as history, an amendment, another body's text, nor the Western members voting down
  a rival's own text).
- A Council text brought down by a permanent member's no, no votes, objection or opposition
  (not talks that founder on a government's objection).
- The members' "said no" ending a lede's sentence beside the text's votes (not "said no to").
- en-events-s36b: a headline's unanimity is a UN text's adoption, whatever verb it uses (not
  another body's, a unanimity sought, the members' shared view, a speaker's words on it).
- en-events-s36c: a speaker saying what it will or would do is a statement (not the decision
  itself, access let in, a border kept closed, a text or a vote, an army's or a company's plan).
"""

from __future__ import annotations

import pytest

from demandwatch.core.evaluation import vetoed_by
from demandwatch.core.events import classify


@pytest.mark.parametrize(
    ("title", "lede", "vetoers"),
    [
        ("Moscow and Beijing both vote against Yemen-style Syria sanctions draft", "", None),
        ("China and Russia vote no on U.N. plan for Aleppo airdrops", "", None),
        ("Russia on Tuesday votes against Council demand for Ghouta pause", "", None),
        ("Washington alone votes down Council text on Gaza ceasefire", "", {"United States"}),
        ("British and French envoys vote against resolution on Mali monitors", "", None),
        (
            "Council fails Syria's besieged towns",
            "The draft on humanitarian pauses drew twelve votes in favour on Thursday, but was"
            " lost after Russia and China voted against it.",
            None,
        ),
    ],
)
def test_a_permanent_members_vote_against_is_its_veto(
    title: str, lede: str, vetoers: set[str] | None
) -> None:
    event = classify(title, lede)
    assert event.type == "veto"
    if vetoers is not None:
        assert set(vetoed_by(event)) == vetoers


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        ("Ghouta humanitarian pause draft collapses amid Russian opposition", ""),
        ("Syria chemical sanctions resolution falls to Moscow's lone no vote", ""),
        ("Draft on Aleppo evacuations dies with China and Russia's objection", ""),
        ("Extension of Syria aid deliveries went down under Russian objections", ""),
        ("Idlib humanitarian truce proposal sank on Chinese, Russian no votes", ""),
    ],
)
def test_a_text_brought_down_by_a_members_no(title: str, lede: str) -> None:
    assert classify(title, lede).type == "veto"


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        (
            "Hopes for Aleppo pause dashed in New York",
            "A text on a ten-day pause in the fighting won eleven votes in the Council on"
            " Wednesday. Russia and China said no.",
        ),
        (
            "Council divided over Syria again",
            "Twelve members backed the inquiry text on Friday; Russia said no, and it failed.",
        ),
    ],
)
def test_a_lede_ending_on_the_members_no(title: str, lede: str) -> None:
    assert classify(title, lede).type == "veto"


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        # the vote told ahead: a threat over a draft, a vote expected
        ("Moscow will vote against any Syria sanctions draft, Lavrov warns", ""),
        ("China expected to vote no on Syria aid text next week", ""),
        # history beside today's adoption
        (
            "Council extends Syria aid for six months",
            "The Security Council unanimously adopted the text on Monday; Russia had voted"
            " against two earlier drafts.",
        ),
        # an amendment, then the text adopted
        (
            "Russia votes against British amendment before Libya text passes",
            "The Council then adopted the resolution by 14 votes with one abstention.",
        ),
        # another body's text: the Assembly, the Human Rights Council, the watchdog
        (
            "Russia and China vote against General Assembly text condemning Syria crackdown",
            "The General Assembly adopted the resolution by 133 votes to 12.",
        ),
        ("China votes against rights council resolution on Syria detainees", ""),
        ("Russia and Iran vote against chemical watchdog decision on Syria", ""),
        # the Western members voting down a rival's own text, short of nine votes
        (
            "US and Britain vote against Russia's text on Syria aid",
            "The Russian draft received four votes in favour, short of the nine required.",
        ),
        # talks founder on a government's objection
        ("Syria constitutional talks collapse under government objection", ""),
        # a position, not the vote's no
        ("Russia and China said no to Western calls for Syria sanctions", ""),
    ],
)
def test_near_misses_are_no_veto(title: str, lede: str) -> None:
    assert classify(title, lede).type != "veto"


# en-events-s36b: a headline's unanimity is a UN text's adoption, whatever verb it uses.
@pytest.mark.parametrize(
    "title",
    [
        "Humanitarian pause resolution for Yemen passes unanimously",
        "Libya arms embargo inspections approved unanimously",
        "Mali peacekeeping mandate rolled over, unanimously",
        "Unanimous U.N. resolution tells Pyongyang to halt missile tests",
        "Iraq mission's new mandate gets unanimous nod",
        "Haiti sanctions regime renewed unanimously",
    ],
)
def test_a_headlines_unanimity_is_the_adoption(title: str) -> None:
    assert classify(title).type == "resolution_adopted"


@pytest.mark.parametrize(
    "title",
    [
        # another body's unanimity: the League's, the EU's, the watchdog's, a court's, a
        # legislature's
        "Gulf league unanimously suspends Damascus from its councils",
        "EU foreign ministers unanimously extend Syria sanctions for a year",
        "Chemical watchdog's board unanimously condemns Syria",
        "Court of appeal unanimously upholds Syrian officer's sentence",
        "House passes Caesar Act unanimously",
        # a unanimity sought; the members' shared view
        "France seeks unanimous backing for Ghouta truce text",
        "Council members unanimous that Idlib offensive must stop",
    ],
)
def test_unanimity_elsewhere_is_no_un_adoption(title: str) -> None:
    assert classify(title).type != "resolution_adopted"


# en-events-s36c: a speaker heading a headline with what they will or would do is their
# stated position, a statement.
@pytest.mark.parametrize(
    "title",
    [
        "Tehran says it will stand by Damascus whatever the cost",
        "Ankara says it would answer any Kurdish corridor with force",
        "London says it won't rule out further strikes on chemical sites",
        "Gulf states say they would fund reconstruction only after a settlement",
        "Pedersen says he would welcome talks in Damascus",
    ],
)
def test_a_speakers_stated_plan_is_a_statement(title: str) -> None:
    assert classify(title).type == "statement"


@pytest.mark.parametrize(
    "title",
    [
        # the decision itself
        "Australia says it will impose travel bans on Syrian generals",
        # access let in, a border kept closed
        "Damascus says it will let aid convoy into Madaya on Thursday",
        "Jordan says it will keep Nasib crossing closed",
        # a text or a vote: the draft's news
        "France says it will put Aleppo text to a vote",
        # a source of facts: an army, a company
        "Turkish military says it will extend operation to Manbij",
        "Shipping company says it will stop carrying Syrian fuel",
    ],
)
def test_a_plan_that_is_a_decision_access_or_a_text_is_no_statement(title: str) -> None:
    assert classify(title).type != "statement"
