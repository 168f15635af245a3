"""The Council's voting rule as the event reading records it (core.council): one reading
of "a Council draft voted down for want of nine votes" for the routing, the heading and
the draft (review s19 V5, probe R16)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from demandwatch.core.council import councils_vote, short_of_nine, with_item_facts
from demandwatch.core.models import Event, EventType, VoteTally
from slack_support import make_item

WIRE = (
    "Russian-drafted U.N. resolution on Syria chemical weapons inquiry fails",
    "A Russian-drafted resolution on investigating chemical weapons use in Syria failed in "
    "the U.N. Security Council on Wednesday, winning only 5 votes in favour, with 4 against "
    "and 6 abstentions. It needed nine votes to pass.",
)


def test_a_council_draft_short_of_nine_read_other_records_the_failed_vote() -> None:
    item = make_item(key="wire:r16", title=WIRE[0], text=WIRE[1], symbols=())
    event = with_item_facts(Event("other", vote=VoteTally(5, 4, 6)), item)
    assert event.type == "other"  # the labelling convention: no veto, so not one
    assert event.council_short_of_nine
    # The Council told by its document alone, the body named nowhere in the lede.
    release = make_item(
        key="un:r16",
        title="Draft on chemical weapons inquiry not adopted",
        text="The draft received 7 votes in favour, 2 against and 6 abstentions.",
        symbols=("S/2026/914",),
    )
    assert with_item_facts(Event("other", vote=VoteTally(7, 2, 6)), release).council_short_of_nine


def test_a_recorded_vote_joins_the_reading_and_counts() -> None:
    # A voting record's tally (the item's, not the text's) is the event's vote.
    item = replace(
        make_item(key="undl:1", title=WIRE[0], text=WIRE[1], symbols=()),
        vote=VoteTally(5, 4, 6, adopted=False),
    )
    event = with_item_facts(Event("other"), item)
    assert event.vote == VoteTally(5, 4, 6, adopted=False)
    assert event.council_short_of_nine


@pytest.mark.parametrize(
    ("title", "text", "vote", "kind"),
    [
        # another body's vote
        ("Senate fails to override veto", "The vote was 5-4.", VoteTally(5, 4, 0), "other"),
        # more votes than the Council has seats: the Assembly's, whatever the lede names
        (
            "Assembly rejects amendment after Security Council deadlock",
            "The amendment was rejected by 5 votes in favour to 60 against, with 10 abstentions.",
            VoteTally(5, 60, 10),
            "other",
        ),
        # adopted
        (WIRE[0], WIRE[1], VoteTally(5, 4, 6, adopted=True), "other"),
        # already read as the draft it is: nothing for routing to override
        (WIRE[0], WIRE[1], VoteTally(5, 4, 6), "draft_resolution"),
    ],
)
def test_no_failed_council_vote_is_recorded_where_there_is_none(
    title: str, text: str, vote: VoteTally, kind: EventType
) -> None:
    item = make_item(key="x:1", title=title, text=text, symbols=())
    assert not with_item_facts(Event(kind, vote=vote), item).council_short_of_nine
    assert not with_item_facts(Event("other"), item).council_short_of_nine  # no vote at all


def test_one_predicate_says_whose_vote_it_is() -> None:
    tally = VoteTally(4, 9, 2)
    assert councils_vote(tally, "S/2016/870", None)
    assert councils_vote(tally, None, "UN Security Council")
    assert councils_vote(tally, "A/RES/76/262", "UN Security Council")
    assert not councils_vote(tally, "A/ES-10/L.22", None)
    assert not councils_vote(tally, None, "UN General Assembly")
    assert not councils_vote(VoteTally(4, 90, 20), "S/2016/870", "UN Security Council")
    assert short_of_nine(tally, "S/2016/870", None)
    assert not short_of_nine(VoteTally(9, 4, 2), "S/2016/870", None)
