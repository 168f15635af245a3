"""Keys that join coverage of one vote whose words share little: a reaction naming the Council's
failure on the day of the one veto, and a voting record catalogued weeks later for a story that
never named the draft (README of tests/eval: one development is one story across registers)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial

from demandwatch.core.stories import (
    Candidate,
    StoryClusterer,
    StoryItem,
    names_failure,
    names_rival_draft,
)
from story_support import candidate, polled

DAY = datetime(2026, 10, 13, tzinfo=UTC)
RUSSIA = frozenset({"Russian Federation"})


# An alert of this file's demand (see ``candidate``).
item = partial(candidate, demand="stop-veto-obstruction")


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
            "The Secretary-General regrets that the Security Council was unable to agree on "
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


def test_a_failure_elsewhere_on_a_veto_day_is_not_the_vetos_reaction() -> None:
    # The day says which vote a reaction to a failed vote is about, not that a statement is
    # one: ministers or parties elsewhere that failed to agree the same evening are other news.
    elsewhere = (
        (
            "Arab League ministers fail to agree on sanctions, rights group says",
            "Ministers meeting in Cairo were unable to agree on new sanctions on Syrian "
            "officials, the group said, urging them to try again next month.",
            ("asset-freeze",),
        ),
        (
            "Statement attributable to the Spokesperson for the Secretary-General on prisoners",
            "The Secretary-General regrets that the parties meeting in Geneva failed to agree on "
            "an exchange of prisoners.",
            ("monitor-access",),
        ),
    )
    for title, text, demands in elsewhere:
        clusterer = StoryClusterer()
        vetoed, _ = clusterer.assign(veto())
        reaction = replace(
            item("ngo", title, "statement", DAY + timedelta(hours=21), text=text), demands=demands
        )
        story, new = clusterer.assign(reaction)
        assert new
        assert story.id != vetoed.id


def test_the_councils_failure_on_another_matter_that_day_is_not_the_vetos_reaction() -> None:
    # The Council named beside the failure, but another matter: the item shares none of the
    # veto's demands and hardly a word with it.
    clusterer = StoryClusterer()
    vetoed, _ = clusterer.assign(veto())
    other = replace(
        item(
            "ngo",
            "Council's failure on Yemen port inspections leaves ships idle, group says",
            "statement",
            DAY + timedelta(hours=21),
            text="Cargo vessels waited off Hodeidah as talks on inspections stalled.",
        ),
        demands=("aid-access",),
    )
    story, new = clusterer.assign(other)
    assert new
    assert story.id != vetoed.id
    # The same regret naming the veto's demand is the veto's reaction.
    same = replace(other, demands=("aid-access", "stop-veto-obstruction"))
    clusterer = StoryClusterer()
    vetoed, _ = clusterer.assign(veto())
    assert clusterer.assign(same)[0].id == vetoed.id


def test_the_failure_must_be_the_councils_in_one_clause() -> None:
    assert names_failure("", "The Secretary-General regrets that the Council was unable to agree.")
    assert names_failure("Council fails to renew cross-border aid", "")
    assert names_failure("", "Russia vetoed the text.")
    assert names_failure("", "The U.N. Security Council failed to adopt the text.")
    # The Council in one sentence, another body's failure in the next.
    assert not names_failure(
        "", "The Council met on Syria. Ministers in Luxembourg were unable to agree on sanctions."
    )
    assert not names_failure("EU ministers' failure to freeze assets a missed chance", "")


def test_a_rival_draft_is_not_the_negotiation_of_the_draft_it_rivals() -> None:
    # README of tests/eval: two drafts voted on the same day are two stories; a draft's
    # negotiation days long joins only its own draft's news.
    clusterer = StoryClusterer()
    first, _ = clusterer.assign(
        draft(
            "d1",
            DAY,
            "United States circulates draft renewing Syria detention monitors",
            "The American text would renew for a year the mission monitoring detention sites.",
        )
    )
    rival, new = clusterer.assign(
        draft(
            "d2",
            DAY + timedelta(days=2),
            "Moscow tables rival draft on Syria detention monitors",
            "The Russian text would renew the detention monitoring mission for six months only.",
        )
    )
    assert new
    assert rival.id != first.id
    # A rival text whose headline names no sponsor: its words say it is another draft.
    clusterer = StoryClusterer()
    circulated, _ = clusterer.assign(draft("d1", DAY, *CIRCULATED))
    counter, new = clusterer.assign(
        draft(
            "d2",
            DAY + timedelta(days=3),
            "Competing draft on referring Syria to the criminal court emerges",
            "The text would ask the court's prosecutor to look at every party to the war.",
        )
    )
    assert new
    assert counter.id != circulated.id
    # Another state putting forward a draft of its own on the same matter, whatever its words.
    clusterer = StoryClusterer()
    circulated, _ = clusterer.assign(draft("d1", DAY, *CIRCULATED))
    british, new = clusterer.assign(
        draft(
            "d2",
            DAY + timedelta(days=3),
            "Britain circulates draft referring Syria to the International Criminal Court",
            "The British text would refer the situation in Syria to the court's prosecutor.",
        )
    )
    assert new
    assert british.id != circulated.id
    assert names_rival_draft("", "Russia circulated its own draft resolution on the inquiry.")
    assert not names_rival_draft("Council haggles over three rival texts on the attack", "")


def test_a_record_stating_the_vote_day_still_shares_a_word_with_the_vote_it_joins() -> None:
    # A record stating the vote's day reaches the day's veto story through the outcome index
    # (not the word postings): the clusterer may hold only one of two drafts vetoed that day,
    # and a record sharing no word with it is not said to be its vote.
    quiet = item(
        "v",
        "Detention monitors' mandate falls",
        "veto",
        DAY + timedelta(hours=15),
        text="It lapses at midnight.",
        vetoers=RUSSIA,
    )
    late = replace(record(DAY + timedelta(days=16)), vote_date=DAY.date())
    assert quiet.words.keys().isdisjoint(late.words.keys())
    vetoed, joined = polled(quiet, late)
    assert joined.id != vetoed.id


def test_a_late_record_does_not_join_a_story_that_named_another_draft() -> None:
    # Both cite an older report (no key of this vote): the story named its own draft, so the
    # record of another draft is not its vote.
    named = replace(veto(), symbols=("S/2026/530", "S/2023/100"))
    late = replace(record(DAY + timedelta(days=16)), symbols=("S/2026/538", "S/2023/100"))
    vetoed, joined = polled(named, late)
    assert joined.id != vetoed.id


def test_the_failure_key_is_a_statements_not_an_assembly_debate_read_as_a_veto() -> None:
    # The Assembly's debate the same evening, misread as a veto and naming the failed vote,
    # shares no word with the Council's veto: it is left to its words, not keyed to it.
    clusterer = StoryClusterer()
    vetoed, _ = clusterer.assign(veto())
    debate = item(
        "ga",
        "General Assembly delegates decry failed Council vote",
        "veto",
        DAY + timedelta(hours=20),
        text="Speakers took the floor for six hours.",
    )
    assert debate.failure_named
    story, new = clusterer.assign(debate)
    assert new
    assert story.id != vetoed.id


def test_the_human_rights_councils_session_is_not_the_security_councils_briefing() -> None:
    # The same crisis before both Councils the same day (a French register, another crisis):
    # the commission of inquiry's findings in Geneva, then the Secretary-General's briefing
    # in New York. Their words are the crisis's; the body that met parts them.
    geneva = item(
        "g1",
        "Syrie : la commission d'enquête présente ses conclusions au Conseil des droits de l'homme",
        "meeting",
        DAY + timedelta(hours=9),
        text="À Genève, la commission a présenté ses conclusions sur les attaques au chlore "
        "contre des quartiers d'Idlib et les crimes de guerre commis par les parties.",
    )
    geneva_wire = item(
        "g2",
        "Les enquêteurs de l'ONU examinent onze attaques au chlore à Idlib",
        "meeting",
        DAY + timedelta(hours=10),
        text="La commission d'enquête a présenté à Genève ses conclusions sur onze attaques "
        "au chlore et sur les crimes de guerre commis à Idlib.",
    )
    new_york = item(
        "n1",
        "Le Secrétaire général présente au Conseil de sécurité les conclusions sur les "
        "attaques au chlore",
        "meeting",
        DAY + timedelta(hours=15),
        text="Devant le Conseil de sécurité, le Secrétaire général a présenté les conclusions "
        "de la mission sur les attaques au chlore à Idlib, qu'il a qualifiées de crimes de guerre.",
    )
    first, wire, briefing = (s.id for s in polled(geneva, geneva_wire, new_york))
    assert wire == first
    assert briefing != first


def test_a_groups_name_is_not_the_human_rights_councils_words() -> None:
    # Human Rights Watch on an experts' report the next morning reacts to the report, not to
    # the Human Rights Council's debate the day before: "human rights" in its name is no
    # shared word (English, Yemen).
    council = item(
        "c1",
        "Human Rights Council hears experts on Yemen air strikes",
        "meeting",
        DAY + timedelta(hours=9),
        text="In Geneva the group of experts told the Human Rights Council that coalition air "
        "strikes and Houthi shelling may amount to war crimes, and asked for human rights "
        "monitors to be let in.",
    )
    report = item(
        "r1",
        "UN panel report traces Hodeidah market strike to guided bomb",
        "report",
        DAY + timedelta(hours=16),
        text="The panel's report, released in New York, found fragments of a guided bomb in "
        "the market and said the strike killed 31 civilians.",
    )
    reaction = item(
        "h1",
        "Coalition strike was unlawful, Human Rights Watch says",
        "statement",
        DAY + timedelta(hours=33),
        text="Human Rights Watch said the panel's report on the market strike leaves no doubt.",
    )
    debate, findings, hrw = (s.id for s in polled(council, report, reaction))
    assert findings != debate
    assert hrw == findings


def test_two_drafts_circulated_the_same_day_with_their_symbols_are_two_negotiations() -> None:
    # README of tests/eval: a draft's negotiation is its own story; a rival text circulated
    # the same morning, worded alike, is another draft's (stories-busy-s28): each named by
    # its own symbol, none in common, they part, as two votes on two drafts do.
    def circulated(alert: str, hours: int, symbol: str) -> Candidate:
        return replace(
            draft(
                alert,
                DAY + timedelta(hours=hours),
                f"Draft resolution {symbol} on monitors for Syria detention sites circulated",
                f"The text, {symbol}, would send UN monitors to places of detention in Syria.",
            ),
            symbols=(symbol,),
        )

    first, rival, again = polled(
        circulated("d1", 8, "S/2027/940"),
        circulated("d2", 10, "S/2027/941"),
        circulated("d3", 12, "S/2027/940"),
    )
    assert rival.id != first.id
    assert again.id == first.id
    # Named without their symbols, the same words are one story, as before.
    unnamed = [
        replace(c, symbols=()) for c in (circulated("d1", 8, "x"), circulated("d2", 10, "y"))
    ]
    one, two = polled(*unnamed)
    assert one.id == two.id
