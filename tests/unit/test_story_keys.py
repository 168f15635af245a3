"""Keys that join coverage of one vote whose words share little: a reaction naming the Council's
failure on the day of the one veto, and a voting record catalogued weeks later for a story that
never named the draft (README of tests/eval: one development is one story across registers)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from demandwatch.core.stories import (
    Candidate,
    Story,
    StoryClusterer,
    StoryItem,
    assign_polled,
    bag_of_words,
)

DAY = datetime(2026, 10, 13, tzinfo=UTC)
RUSSIA = frozenset({"Russian Federation"})


def item(
    alert: str,
    title: str,
    event: str,
    at: datetime,
    *,
    text: str = "",
    symbols: tuple[str, ...] = (),
    tally: str | None = None,
    vetoers: frozenset[str] = frozenset(),
    vote_date: date | None = None,
) -> Candidate:
    story_item = StoryItem(alert, "src", title, "", at, event)  # type: ignore[arg-type]
    return Candidate(
        story_item,
        bag_of_words(title, text),
        symbols,
        ("stop-veto-obstruction",),
        "P1",
        tally=tally,
        vetoers=vetoers,
        vote_date=vote_date,
    )


def veto(alert: str = "v1", at: datetime = DAY + timedelta(hours=15)) -> Candidate:
    return item(
        alert,
        "Russia vetoes renewal of Syria detention monitoring mission",
        "veto",
        at,
        text="The draft would have extended the mission's access to detention sites for a year.",
        vetoers=RUSSIA,
    )


def regret(at: datetime, text: str | None = None) -> Candidate:
    return item(
        "sg",
        "Statement attributable to the Spokesperson for the Secretary-General",
        "statement",
        at,
        text=(
            "The Secretary-General regrets that the members were unable to agree on "
            "extending the mandate."
            if text is None
            else text
        ),
    )


def test_a_reaction_naming_the_councils_failure_joins_the_days_one_veto() -> None:
    # The Secretary-General's regret names the failure and the mandate, not the vote's words:
    # below every bar by its words, it is the reaction to the one veto of its day.
    for at in (DAY + timedelta(hours=22), DAY + timedelta(days=1, hours=8)):
        clusterer = StoryClusterer()
        vetoed, _ = clusterer.assign(veto())
        words_alone = clusterer.similarity(
            clusterer.stories[vetoed.id].words, regret(at).words, clusterer._idf(Counter())
        )
        assert words_alone < clusterer.translated_threshold
        story, new = clusterer.assign(regret(at))
        assert (new, story.id) == (False, vetoed.id)


def test_the_failure_key_needs_the_failure_named_one_veto_and_its_day() -> None:
    # A statement that names no failure is left to its words.
    clusterer = StoryClusterer()
    clusterer.assign(veto())
    quiet = regret(DAY + timedelta(hours=22), text="The Secretary-General takes note of the talks.")
    assert clusterer.assign(quiet)[1]
    # Two vetoes that day (two drafts): the day does not say which one the regret is about.
    clusterer = StoryClusterer()
    first, _ = clusterer.assign(replace(veto(), symbols=("S/2026/530",)))
    second, _ = clusterer.assign(
        item(
            "v2",
            "Moscow blocks chemical weapons sanctions text",
            "veto",
            DAY + timedelta(hours=17),
            text="A second draft fell an hour later.",
            symbols=("S/2026/531",),
            vetoers=RUSSIA,
        )
    )
    assert first.id != second.id
    story, new = clusterer.assign(regret(DAY + timedelta(hours=22)))
    assert new
    assert story.id not in (first.id, second.id)
    # The next afternoon is another day's news: the key does not reach it.
    clusterer = StoryClusterer()
    clusterer.assign(veto())
    assert clusterer.assign(regret(DAY + timedelta(days=1, hours=16)))[1]
    # Only a statement reacts: other news naming a failure is left to its words.
    clusterer = StoryClusterer()
    clusterer.assign(veto())
    other = replace(
        regret(DAY + timedelta(hours=22)),
        item=StoryItem("o", "src", "Talks", "", DAY + timedelta(hours=22), "other"),
    )
    assert clusterer.assign(other)[1]


def test_a_reaction_naming_the_veto_goes_to_the_vote_of_its_stated_day() -> None:
    # The veto's coverage states the day; a rival text that fell the same evening, misread
    # as a veto, has only its publication time. The reaction shares more words with the rival
    # (accountability, torturers) but names the veto: it is the veto's.
    clusterer = StoryClusterer()
    vetoed, _ = clusterer.assign(
        item(
            "v",
            "Russia vetoes referral of Syria to the International Criminal Court",
            "veto",
            DAY + timedelta(hours=16),
            text="Thirteen members voted for the referral today.",
            symbols=("S/2026/418",),
            vetoers=RUSSIA,
            vote_date=DAY.date(),
        )
    )
    rival, _ = clusterer.assign(
        item(
            "r",
            "Russian rival text on accountability for torturers falls short",
            "veto",
            DAY + timedelta(hours=16, minutes=5),
            text="Moscow's draft on accountability for torturers won two votes.",
            symbols=("S/2026/421",),
        )
    )
    assert rival.id != vetoed.id
    reaction = item(
        "uk",
        "Foreign Secretary: Russia has chosen impunity for torturers",
        "statement",
        DAY + timedelta(hours=20),
        text="The Foreign Secretary said Russia's veto of the referral tonight betrayed the "
        "families of torturers' victims who wait for accountability.",
    )
    idf = clusterer._idf(reaction.words)
    alike = {
        story_id: clusterer.similarity(clusterer.stories[story_id].words, reaction.words, idf)
        for story_id in (vetoed.id, rival.id)
    }
    assert alike[rival.id] > alike[vetoed.id]
    story, _ = clusterer.assign(reaction)
    assert story.id == vetoed.id


def record(at: datetime, symbol: str = "S/2026/538") -> Candidate:
    return item(
        "undl",
        f"Draft resolution {symbol} : vote",
        "veto",
        at,
        text="Voting record. Yes 13. No 1: Russian Federation. Abstention 1: China.",
        symbols=(symbol,),
        tally="13-1-1",
        vetoers=RUSSIA,
    )


def polled(*cands: Candidate) -> list[Story]:
    saved: dict[str, Story] = {}
    return [assign_polled(saved, cand) for cand in cands]


def test_a_voting_record_catalogued_weeks_later_joins_the_vote_no_story_named() -> None:
    vetoed, late = polled(veto(), record(DAY + timedelta(days=16)))
    assert late.id == vetoed.id
    assert len(late.items) == 2


def test_a_late_record_without_its_draft_named_joins_only_a_vote_it_can_be() -> None:
    # Two vetoes by the member within the weeks a record takes: it says not which.
    other = item(
        "v2",
        "Russia vetoes Syria chemical inquiry text",
        "veto",
        DAY + timedelta(days=4, hours=15),
        text="The draft would have renewed the inquiry's mandate for a year.",
        vetoers=RUSSIA,
    )
    first, second, late = polled(veto(), other, record(DAY + timedelta(days=16)))
    assert first.id != second.id
    assert late.id not in (first.id, second.id)
    # Beyond three weeks it is as likely the next month's vote.
    vetoed, later = polled(veto(), record(DAY + timedelta(days=25)))
    assert later.id != vetoed.id
    # Another member's veto is another vote.
    china = replace(veto(), vetoers=frozenset({"China"}))
    vetoed, late = polled(china, record(DAY + timedelta(days=16)))
    assert late.id != vetoed.id
    # A story that named a draft is joined by that draft's record only (its symbol).
    named = replace(veto(), symbols=("S/2026/530",))
    vetoed, late = polled(named, record(DAY + timedelta(days=16)))
    assert late.id != vetoed.id


def draft(alert: str, at: datetime, title: str, text: str) -> Candidate:
    return item(alert, title, "draft_resolution", at, text=text)


CIRCULATED = (
    "France circulates draft referring Syria to the International Criminal Court",
    "The French text would refer the situation in Syria to the court's prosecutor.",
)
STALLED = (
    "Talks on French draft referring Syria to the criminal court stall",
    "Negotiations on the French text on the court's jurisdiction over Syria stalled as Moscow "
    "objected to the referral.",
)


def test_a_drafts_negotiation_is_one_story_over_the_days_before_its_vote() -> None:
    # README of tests/eval: earlier negotiation of the same draft, days or weeks before the
    # vote, is one story (``draft-...-negotiation``).
    clusterer = StoryClusterer()
    circulated, _ = clusterer.assign(draft("d1", DAY, *CIRCULATED))
    stalled, new = clusterer.assign(draft("d2", DAY + timedelta(days=4), *STALLED))
    assert (new, stalled.id) == (False, circulated.id)


def test_only_negotiation_news_joins_a_negotiation_days_later() -> None:
    # A week on, the talks are another round.
    clusterer = StoryClusterer()
    circulated, _ = clusterer.assign(draft("d1", DAY, *CIRCULATED))
    assert clusterer.assign(draft("d2", DAY + timedelta(days=8), *STALLED))[1]
    # A story that gathered a reaction is no longer the negotiation alone: the days-later
    # window is a negotiation's.
    clusterer = StoryClusterer()
    circulated, _ = clusterer.assign(draft("d1", DAY, *CIRCULATED))
    reaction, _ = clusterer.assign(
        item(
            "s1",
            "Rights groups urge Council to back French draft referring Syria to the court",
            "statement",
            DAY + timedelta(hours=6),
            text="The groups said the French text on the criminal court deserves support.",
        )
    )
    assert reaction.id == circulated.id
    assert clusterer.assign(draft("d2", DAY + timedelta(days=4), *STALLED))[1]
    # Other news days later is held to its own window.
    clusterer = StoryClusterer()
    clusterer.assign(draft("d1", DAY, *CIRCULATED))
    later = replace(
        draft("o", DAY + timedelta(days=4), *STALLED),
        item=StoryItem("o", "src", STALLED[0], "", DAY + timedelta(days=4), "statement"),
    )
    assert clusterer.assign(later)[1]


def test_the_failure_key_is_the_councils_veto_not_an_assembly_item_read_as_one() -> None:
    # The Assembly casts no veto: its debate on one, misread as a veto report, is not the
    # vote a regret over the Council's failure reacts to.
    clusterer = StoryClusterer()
    debate, _ = clusterer.assign(
        item(
            "ga",
            "UN Assembly hears delegates on Russia's veto",
            "veto",
            DAY + timedelta(hours=15),
            text="Speakers took the floor for six hours.",
            vetoers=RUSSIA,
        )
    )
    story, new = clusterer.assign(regret(DAY + timedelta(hours=22)))
    assert new
    assert story.id != debate.id


def test_a_late_record_sharing_no_word_with_the_vote_is_not_joined_to_it() -> None:
    quiet = item(
        "v",
        "Detention monitors' mandate falls",
        "veto",
        DAY + timedelta(hours=15),
        text="It lapses at midnight.",
        vetoers=RUSSIA,
    )
    late = record(DAY + timedelta(days=16))
    assert quiet.words.keys().isdisjoint(late.words.keys())
    vetoed, joined = polled(quiet, late)
    assert joined.id != vetoed.id
