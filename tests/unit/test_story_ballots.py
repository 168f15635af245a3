"""Stories in a busy week: drafts that fail for want of votes (read as ``other`` news) are
developments of their own, apart from each other and from the news of their day."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from demandwatch.core.stories import Candidate, StoryClusterer, StoryItem, bag_of_words
from demandwatch.store.codec import story_from_json, story_to_json

T0 = datetime(2031, 3, 4, 15, 0, tzinfo=UTC)


def item(  # type: ignore[no-untyped-def]
    alert: str, title: str, text: str, event: str, hours: float, symbols=(), tally=None
) -> Candidate:
    when = T0 + timedelta(hours=hours)
    story_item = StoryItem(alert, "src", title, "", when, event)  # type: ignore[arg-type]
    return Candidate(
        story_item,
        bag_of_words(title, text),
        tuple(symbols),
        ("accountability-investigations",),
        "P2",
        tally=tally,
    )


def test_two_rival_texts_failing_at_one_meeting_are_two_developments() -> None:
    """One sponsor's two texts on the same inquiry fail an hour apart: their reports share
    nearly every word, but each names its own draft, and a draft is voted on once."""
    clusterer = StoryClusterer()
    first, _ = clusterer.assign(
        item(
            "a1",
            "Moscow's text on a new chemical weapons inquiry falls short in Council",
            "The Russian draft (S/2031/140) on a new investigative body won five votes, "
            "with six against and four abstentions.",
            "other",
            0,
            ["S/2031/140"],
        )
    )
    second, new = clusterer.assign(
        item(
            "a2",
            "Second Moscow text on chemical weapons inquiry also falls short in Council",
            "A further Russian draft (S/2031/141) on the inquiry won four votes, with five "
            "against and six abstentions.",
            "other",
            1,
            ["S/2031/141"],
        )
    )
    assert new
    assert second.id != first.id
    # A second report of the first text, naming it, still joins its story.
    again, new = clusterer.assign(
        item(
            "a3",
            "Council turns down Russian text on chemical weapons inquiry",
            "Draft S/2031/140, which would have set up a new investigative body, got five "
            "votes in favour.",
            "other",
            1.5,
            ["S/2031/140"],
        )
    )
    assert (new, again.id) == (False, first.id)


def test_a_reaction_citing_another_draft_still_joins_on_its_words() -> None:
    """A reaction may cite the earlier draft beside the vote it reacts to: only news whose
    subject is one document is parted by the documents it names."""
    clusterer = StoryClusterer()
    vote, _ = clusterer.assign(
        item(
            "b1",
            "Russian text on chemical weapons inquiry falls short in Council",
            "The Russian draft (S/2031/140) on a new investigative body won five votes, "
            "with six against and four abstentions.",
            "other",
            0,
            ["S/2031/140"],
        )
    )
    reaction, new = clusterer.assign(
        item(
            "b2",
            "London welcomes Council's rejection of Russian text on chemical weapons inquiry",
            "The Foreign Office said the Russian text, like S/2030/977 before it, would have "
            "let the investigative body's findings be overruled.",
            "statement",
            2,
            ["S/2030/977"],
        )
    )
    assert (new, reaction.id) == (False, vote.id)


def test_a_draft_short_of_votes_is_not_the_news_it_is_about() -> None:
    """Strikes before dawn, then that evening a draft condemning them fails: both ``other``
    news, sharing the strikes' words. The draft's reports count votes; the strikes' do not."""
    clusterer = StoryClusterer()
    strikes, _ = clusterer.assign(
        item(
            "c1",
            "Western strikes hit Syrian chemical weapons sites near Homs",
            "Missiles launched by the United States, Britain and France struck a research "
            "site and two depots near Homs before dawn.",
            "other",
            -12,
        )
    )
    draft, new = clusterer.assign(
        item(
            "c2",
            "Council turns down draft condemning Western strikes on Syria",
            "The Russian text condemning the strikes by the United States, Britain and France "
            "near Homs received three votes in favour, eight against and four abstentions.",
            "other",
            0,
        )
    )
    assert new
    assert draft.id != strikes.id
    # A second report of the vote joins the vote, not the strikes whose words it shares too.
    second, new = clusterer.assign(
        item(
            "c3",
            "Russian bid to condemn Western strikes on Syria gets three votes",
            "Eight members voted against the text on the strikes near Homs, and four abstained.",
            "other",
            1,
        )
    )
    assert (new, second.id) == (False, draft.id)


def test_a_vote_on_a_council_draft_does_not_take_the_next_days_news() -> None:
    """The watchdog announcing its mission the morning after a draft welcoming that mission
    failed is the watchdog's news, though the words are the draft's."""
    clusterer = StoryClusterer()
    draft, _ = clusterer.assign(
        item(
            "d1",
            "Russian text welcoming OPCW fact-finding mission to Saraqib rejected",
            "The draft (S/2031/141) welcoming the OPCW fact-finding mission to Saraqib won "
            "four votes, with five against and six abstentions.",
            "other",
            0,
            ["S/2031/141"],
        )
    )
    mission, new = clusterer.assign(
        item(
            "d2",
            "OPCW fact-finding mission to travel to Saraqib",
            "The OPCW said its fact-finding mission would travel to Saraqib within days to "
            "examine the reported chlorine attack.",
            "other",
            13,
        )
    )
    assert new
    assert mission.id != draft.id


def test_another_bodys_vote_keeps_the_next_days_account_of_it() -> None:
    """A vote outside the Council names no Council draft: the next morning's account of the
    decision, which counts no votes, is still that decision's news."""
    clusterer = StoryClusterer()
    decision, _ = clusterer.assign(
        item(
            "e1",
            "Islamic summit votes to suspend Syria's membership",
            "Leaders meeting in Mecca voted to suspend Syria from the Organisation of Islamic "
            "Cooperation; Iran objected, and several members abstained.",
            "other",
            0,
        )
    )
    account, new = clusterer.assign(
        item(
            "e2",
            "Syria's suspension from the Organisation of Islamic Cooperation deepens isolation",
            "The summit's suspension of Syria from the Islamic Cooperation body leaves Damascus "
            "with few friends in the region, diplomats in Mecca said.",
            "other",
            15,
        )
    )
    assert (new, account.id) == (False, decision.id)


def _draft_and_mission() -> tuple[Candidate, Candidate]:
    draft = item(
        "f1",
        "Russian text welcoming OPCW fact-finding mission to Saraqib rejected",
        "The draft (S/2031/141) welcoming the OPCW fact-finding mission to Saraqib won "
        "four votes, with five against and six abstentions.",
        "other",
        0,
        ["S/2031/141"],
    )
    mission = item(
        "f2",
        "OPCW fact-finding mission to travel to Saraqib",
        "The OPCW said its fact-finding mission would travel to Saraqib within days to "
        "examine the reported chlorine attack.",
        "other",
        13,
    )
    return draft, mission


def test_what_an_item_counted_is_stored_with_its_story_and_read_by_the_next_poll() -> None:
    """Each poll rebuilds the clusterer from stored stories: the story of a vote on a draft
    still turns away the next day's news that counts none, as one clusterer does."""
    draft, mission = _draft_and_mission()
    story, _ = StoryClusterer().assign(draft)
    assert [i.ballot for i in story.items] == [True]
    stored = story_from_json(story_to_json(story))
    assert stored == story
    joined, new = StoryClusterer([stored]).assign(mission)
    assert new
    assert joined.items[0].ballot is False


def test_a_story_stored_before_items_kept_their_count_is_read_as_unknown() -> None:
    """Stories saved before items kept whether they counted ballots are read (the field is
    absent): unknown, and the rule leaves such a story to the words, as the clusterer did
    with every story handed in."""
    draft, mission = _draft_and_mission()
    story, _ = StoryClusterer().assign(draft)
    payload = json.loads(story_to_json(story))
    for stored_item in payload["items"]:
        del stored_item["ballot"]
    old = story_from_json(json.dumps(payload))
    assert [i.ballot for i in old.items] == [None]
    joined, new = StoryClusterer([old]).assign(mission)
    assert (new, joined.id) == (False, story.id)


def test_two_resolutions_adopted_the_same_morning_are_two_developments() -> None:
    """An arms embargo and an ICC referral adopted an hour apart: each adoption names its
    own resolution, and one adoption adopts one resolution, so the embargo's owners are paged
    for theirs rather than finding it as a reply in the referral's thread. Reports of one
    adoption still join however they cite older resolutions."""
    clusterer = StoryClusterer()
    embargo, _ = clusterer.assign(
        item(
            "r1",
            "Security Council adopts resolution imposing arms embargo on Syria",
            "The Security Council today adopted resolution 3101 (2031), imposing an arms "
            "embargo on Syria, by 15 votes in favour.",
            "resolution_adopted",
            0,
            ["S/RES/3101 (2031)"],
        )
    )
    referral, new = clusterer.assign(
        item(
            "r2",
            "Security Council refers situation in Syria to International Criminal Court",
            "The Security Council today adopted resolution 3102 (2031), referring the "
            "situation in Syria to the Prosecutor of the International Criminal Court, by 13 "
            "votes in favour.",
            "resolution_adopted",
            1,
            ["S/RES/3102 (2031)"],
        )
    )
    assert new
    assert referral.id != embargo.id
    # UN News on the embargo, recalling the sanctions of an older resolution: the embargo's.
    again, new = clusterer.assign(
        item(
            "r3",
            "Council bans arms sales to Syria in unanimous vote",
            "By resolution 3101 (2031), adopted this morning, the Council extends the measures "
            "of resolution 2118 (2013) with a ban on all arms transfers to Syria.",
            "resolution_adopted",
            2,
            ["S/RES/3101 (2031)", "S/RES/2118 (2013)"],
        )
    )
    assert (new, again.id) == (False, embargo.id)


def test_a_vote_announced_on_another_draft_is_that_drafts_story_and_its_veto_pages() -> None:
    """Draft A is vetoed at noon; a note that afternoon announces the vote on draft B, then B
    is vetoed too. Had the note joined A's story, B's veto would follow it there as a silent
    reply: the note names another Council document than A's vote, so it opens B's story."""
    clusterer = StoryClusterer()
    first, _ = clusterer.assign(
        item(
            "v1",
            "Council fails to adopt Syria humanitarian access text as Russia votes no",
            "The draft (S/2031/500) received 13 votes in favour, with the Russian Federation "
            "voting against.",
            "veto",
            0,
            ["S/2031/500"],
        )
    )
    note, new = clusterer.assign(
        item(
            "n1",
            "Syria: vote this afternoon on monitors access draft",
            "Council members are expected to vote later today on a second draft (S/2031/530) on "
            "access for monitors in Syria, after this morning's failed vote.",
            "vote_scheduled",
            2,
            ["S/2031/530"],
        )
    )
    assert new
    assert note.id != first.id
    second, new = clusterer.assign(
        item(
            "v2",
            "Council fails to adopt Syria monitors access text as Russia votes no again",
            "The draft (S/2031/530) received 12 votes in favour, with the Russian Federation "
            "voting against.",
            "veto",
            5,
            ["S/2031/530"],
        )
    )
    assert (new, second.id) == (False, note.id)
