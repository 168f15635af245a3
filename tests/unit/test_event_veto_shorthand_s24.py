"""Validation parts 11-22 (English): vetoes read `other`, and `other` read `veto`. The wires'
shorthand for a permanent member sinking a Council text or inquiry ("Moscow torpedoes UN
gas attack inquiry", "Russia scuppers UN Syria resolution", "stymies"), a permanent member
"voting against a draft that would have ..." (the failed text, in the lede's participle); and
a veto the body recalls after a lede about other news, dated before the day ("... last
week"), which is that news's background. The sentences are the engineer's own; each
positive one fails on the rules before; the near misses beside them pass before and after.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify


@pytest.mark.parametrize(
    "title",
    [
        "Moscow torpedoes UN gas attack inquiry",
        "Russia scuppers UN Syria resolution",
        "Russia stymies UN action on Syria chemical attack",
    ],
)
def test_a_permanent_member_sinking_council_action_is_its_veto(title: str) -> None:
    assert classify(title).type == "veto"


@pytest.mark.parametrize(
    "title",
    [
        # (an elected member or a government on the ground sinks no Council text)
        "Syria rejects UN inquiry into Douma attack",
        "Rebels scupper ceasefire talks in Astana",
    ],
)
def test_shorthand_near_misses_are_no_veto(title: str) -> None:
    assert classify(title).type != "veto"


def test_members_voting_against_a_draft_that_would_have_acted_vetoed_it() -> None:
    event = classify(
        "Russia and China once more shield Assad at UN",
        "Russia and China on Tuesday once more shielded Bashar al-Assad's government at the "
        "Security Council, voting against a draft that would have imposed sanctions over "
        "chemical attacks.",
    )
    assert event.type == "veto"
    assert set(event.vetoers) == {"Russian Federation", "China"}


def test_an_elected_member_voting_against_an_adopted_text_is_no_veto() -> None:
    event = classify(
        "Council renews Syria aid",
        "The Security Council on Tuesday renewed cross-border aid for a year, with Venezuela "
        "voting against a draft it said would have undermined Syria's sovereignty.",
    )
    assert event.type != "veto"


# Session 25: the same words in another body's vote are no Council veto. The OPCW's
# Executive Council and Conference of States Parties, the IAEA's Board of Governors, the
# Assembly and the Human Rights Council decide by majority, whoever votes against (the body
# named in the vote's sentence or in the headline, with no Security Council).
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Chemical weapons watchdog acts against Syria",
            "Russia and China on Thursday voted against a draft that would have suspended "
            "Syria's rights and privileges at the OPCW, which passed with 87 votes.",
        ),
        (
            "Russia shields Syria in The Hague",
            "At the OPCW Executive Council in The Hague, Russia voted against a draft that "
            "would have condemned Syria's failure to declare its stockpile.",
        ),
        (
            "Syria reported to Security Council over reactor",
            "Russia and China voted against a text that would have found Syria in breach of "
            "its safeguards obligations, at the IAEA Board of Governors in Vienna.",
        ),
        (
            "Assembly condemns Syria",
            "Russia voted against a resolution that would have condemned Syria's government "
            "in the General Assembly on Tuesday.",
        ),
        (
            "OPCW Executive Council suspends Syria's voting rights",
            "Russia and China voted against a draft that would have suspended Syria's voting "
            "rights; it passed with 18 in favour.",
        ),
    ],
)
def test_voting_against_another_bodys_draft_that_would_have_acted_is_no_veto(
    title: str, text: str
) -> None:
    assert classify(title, text).type != "veto"


def test_the_council_named_beside_another_body_keeps_the_veto() -> None:
    event = classify(
        "Russia shields Syria again",
        "After the OPCW blamed Damascus, Russia on Tuesday voted against a Security Council "
        "draft that would have imposed sanctions.",
    )
    assert event.type == "veto"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Ukraine war: Russia strikes Kyiv",
            "Russian missiles hit Kyiv overnight, officials said. Moscow vetoed a UN resolution "
            "condemning the invasion last week.",
        ),
        (
            "Aid trucks queue at Syrian border",
            "Dozens of aid trucks waited at the Bab al-Hawa crossing on Monday. Russia blocked "
            "the renewal of the UN mechanism two weeks ago, and deliveries now need Damascus's "
            "consent.",
        ),
    ],
)
def test_a_veto_recalled_after_other_news_is_its_background(title: str, text: str) -> None:
    assert classify(title, text).type != "veto"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Council fails again on Idlib",
            "The Security Council voted on a truce for Idlib on Thursday. Russia and China "
            "vetoed it on Thursday, as they had a similar text last week.",
        ),
        (
            "Russia vetoes Syria aid renewal",
            "Aid agencies had warned of the consequences last week. Russia on Tuesday vetoed the "
            "renewal of cross-border aid.",
        ),
    ],
)
def test_the_days_veto_told_after_the_lede_stays_the_veto(title: str, text: str) -> None:
    assert classify(title, text).type == "veto"
