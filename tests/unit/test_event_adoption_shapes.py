"""An adoption told in the shapes wires and newspapers give it is `resolution_adopted`:
the text "passed" (unanimously, with its votes, on a day), "won approval" or "the
unanimous backing" of the Council, "cleared" or "sailed through" it; the Council "backed"
or "agreed" a text; the measure renewed "in a unanimous vote"; what the text does told
first and the Council's adoption after ("..., under a resolution the Security Council
adopted on Saturday"); a tally with no vote against ("with no vote against", "13 in favour
and two abstentions": the fifteen members counted, none voted no).

Written before the rules (session 15), from the classes the blind part's counts gave
(adoptions read `other` in wire, news and UN News shapes), in several registers. Not an
adoption: a bill passing a legislature, a bloc approving its own sanctions, a deadline
passing, a draft that "failed to win approval" or "won nine votes" but was vetoed.
"""

from __future__ import annotations

import pytest

from demandwatch.core.events import classify, parse_tally


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # The text "passed".
        (
            "UN text on Syria chemical arms passes unanimously",
            "A resolution ordering the destruction of Syria's chemical arsenal passed unanimously"
            " in the Security Council on Friday night.",
        ),
        (
            "Council text on Syria truce passes after Russian changes",
            "The resolution passed in the Security Council on Saturday once Moscow won language on"
            " terrorist groups, diplomats said.",
        ),
        (
            "Syria observers: resolution sails through Council",
            "The British-drafted text sailed through the Security Council with all fifteen votes.",
        ),
        (
            "Narrow majority for Syria text at the UN",
            "The U.S.-drafted measure passed with the minimum nine votes in the Security Council;"
            " Russia, China and four other members abstained.",
        ),
        # It "won approval" / "the unanimous backing".
        (
            "Syria aid corridor extension wins Council approval",
            "A Russian draft extending the aid corridor for six months won approval in the"
            " Security Council on Monday, with 13 votes in favour and two abstentions.",
        ),
        (
            "Chemical weapons inquiry renewed at the UN",
            "The renewal was approved in the Security Council without a vote against, with Russia"
            " abstaining.",
        ),
        # The Council "backed" / "agreed" / "demanded" in a vote.
        (
            "UN council backs Syria ceasefire resolution",
            "The Security Council on Saturday backed a resolution demanding a 30-day ceasefire"
            " across Syria, after days of wrangling with Russia.",
        ),
        (
            "Security Council agrees new investigation into Syria chlorine attacks",
            "The Security Council agreed on Friday to set up a joint investigation to identify who"
            " is behind chlorine attacks in Syria.",
        ),
        (
            "Council unanimously backs Syria peace road map",
            "The 15-member Security Council on Friday unanimously backed a road map for peace"
            " talks in Syria.",
        ),
        # Renewed "in a unanimous vote".
        (
            "Syria sanctions monitoring panel renewed",
            "The mandate of the experts was renewed for a further 12 months in a unanimous vote in"
            " the Security Council.",
        ),
        (
            "UN extends Syria observer mission",
            "The observer mission was extended for 30 days in a unanimous vote of the Security"
            " Council on Friday.",
        ),
        # What the text does first, the adoption after.
        (
            "Syria must let aid in across front lines, UN council says in binding text",
            "All sides in Syria must allow aid across borders and front lines without delay, under"
            " a resolution the Security Council adopted unanimously on Saturday.",
        ),
        (
            "Aid convoys to cross into Syria without Damascus consent",
            "UN aid convoys will be able to cross into Syria from Turkey, Iraq and Jordan without"
            " the government's consent for the next six months, under a resolution the Security"
            " Council approved on Monday.",
        ),
        # A tally with nobody against.
        (
            "Council keeps aid flowing into Syria",
            "Thirteen members of the Security Council voted in favour of the resolution renewing"
            " cross-border deliveries, with no vote against.",
        ),
    ],
)
def test_adoption_in_wire_and_news_shapes(title: str, text: str) -> None:
    assert classify(title, text).type == "resolution_adopted"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Bill on Syria sanctions passes US House",
            "The Caesar Act passed the House of Representatives on Tuesday by a vote of 377 to 48.",
            "other",
        ),
        (
            "EU approves new Syria sanctions",
            "EU foreign ministers approved an asset freeze on 12 more Syrian officials on Monday.",
            "other",
        ),
        (
            "Deadline for Syria chemical handover passes",
            "The deadline for Syria to hand over its chemical weapons passed on Sunday with only"
            " part of the arsenal shipped out.",
            "other",
        ),
        (
            "Syria draft fails to win approval in Security Council",
            "The draft failed to win approval in the Security Council after Russia and China"
            " vetoed it, despite 13 votes in favour.",
            "veto",
        ),
        (
            "Syria draft won nine votes but Russia vetoed it",
            "The text won nine votes in favour in the Security Council but was vetoed by Russia.",
            "veto",
        ),
    ],
)
def test_not_an_adoption(title: str, text: str, expected: str) -> None:
    assert classify(title, text).type == expected


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # Nobody against, said in words.
        (
            "Thirteen members voted in favour of the resolution, with no vote against.",
            (13, 0, 0),
        ),
        # The fifteen counted: nobody voted no.
        ("The text won approval with 13 votes in favour and two abstentions.", (13, 0, 2)),
        (
            "It was adopted with 14 votes in favour and one abstention (Russian Federation).",
            (14, 0, 1),
        ),
    ],
)
def test_tally_with_nobody_against(text: str, counts: tuple[int, int, int]) -> None:
    vote = parse_tally(text)
    assert vote is not None
    assert (vote.in_favour, vote.against, vote.abstentions) == counts


def test_fewer_than_fifteen_without_a_no_count_is_no_tally() -> None:
    # Nine in favour and four abstaining leaves two unaccounted for (they may have voted
    # no): not the tally "9-0-4".
    assert parse_tally("Nine voted in favour and four abstained.") is None
