"""A preview the events read as a draft belongs with the vote it sets (README of tests/eval: the
pre-vote signal for a draft is in the same story as that draft's vote outcome) when it sets the
vote for later that day or the next; a draft whose vote is days away is still under
negotiation (its own story), and a rival text is another draft's news."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from demandwatch.core.stories import Candidate
from story_support import MONITORS_VOTE as VOTE
from story_support import candidate, polled
from story_support import monitors_preview as preview
from story_support import monitors_veto as vetoed

RUSSIA = frozenset({"Russian Federation"})


# An alert of this file's demand (see ``candidate``).
item = partial(candidate, demand="monitor-access")


def same_morning(vote_date: date | None, *, title: str | None = None) -> Candidate:
    # The events read it as a draft under negotiation: it names the draft and the vote.
    return item(
        "news",
        title or "Security Council votes today on draft to send ceasefire monitors to Syria",
        "draft_resolution",
        VOTE - timedelta(hours=8),
        text="The Security Council votes this morning on a draft resolution establishing a "
        "civilian mission to monitor the ceasefire in north-west Syria, amid Russian objections.",
        vote_date=vote_date,
    )


def test_a_draft_setting_its_vote_for_today_is_the_vote_s_preview() -> None:
    first, morning, veto = polled(preview(), same_morning(VOTE.date()), vetoed())
    assert morning.id == first.id
    assert veto.id == first.id
    assert [i.event for i in veto.items] == ["vote_scheduled", "vote_scheduled", "veto"]


def test_a_draft_whose_vote_is_days_away_or_a_rival_text_stays_a_draft() -> None:
    # A vote three days ahead: the draft is still under negotiation (its own story).
    first, talks = polled(preview(), same_morning(VOTE.date() + timedelta(days=3)))
    assert talks.id != first.id
    assert talks.event == "draft_resolution"
    # A rival text put to a vote the same morning is another draft's news.
    rival = same_morning(
        VOTE.date(), title="Russia to put rival draft on Syria ceasefire to a vote today"
    )
    first, counter = polled(preview(), rival)
    assert counter.id != first.id


def test_a_draft_naming_today_after_the_council_met_stays_a_draft() -> None:
    # "told reporters on Tuesday", that evening: today is the day it speaks, not its vote's.
    evening = item(
        "wire",
        "Russia calls ceasefire monitors draft unacceptable",
        "draft_resolution",
        VOTE + timedelta(hours=5),
        text="Russia's deputy envoy told reporters on Tuesday that the draft resolution on a "
        "civilian mission to monitor the ceasefire in north-west Syria was unacceptable.",
        vote_date=VOTE.date(),
    )
    first, talks = polled(preview(), evening)
    assert talks.id != first.id
    assert talks.event == "draft_resolution"


def test_a_draft_setting_a_vote_nobody_announced_stays_the_negotiation_s_news() -> None:
    # A capital's objection "a day before a planned vote", with no preview of that vote yet:
    # the negotiation's news (README of tests/eval), kept as a draft.
    objection = item(
        "wire",
        "China signals opposition to Syria ceasefire monitors text",
        "draft_resolution",
        VOTE - timedelta(days=1, hours=5),
        text="China would not support the Western draft resolution on ceasefire monitors in "
        "Syria, the foreign ministry said, a day before a planned vote.",
        vote_date=VOTE.date(),
    )
    (talks,) = polled(objection)
    assert talks.event == "draft_resolution"
    assert [i.event for i in talks.items] == ["draft_resolution"]


def test_a_draft_headed_by_its_vote_set_for_today_is_the_preview_with_no_vote_announced() -> None:
    # The first report of the vote is a preview the events read as a draft: headed by the vote
    # in any of the six languages, it is the vote's preview, and the veto joins it (the split
    # pairs of validation 11-28: a pre-vote post read as a draft opened a story the veto could
    # not join).
    for title in (
        "Security Council votes today on draft to send ceasefire monitors to Syria",
        "Le Conseil de sécurité vote aujourd'hui sur des observateurs du cessez-le-feu en Syrie",
        "Совбез ООН сегодня проголосует по проекту о наблюдателях в Сирии",
        "مجلس الأمن يصوت اليوم على إرسال مراقبين لوقف إطلاق النار في سوريا",
        "Abstimmung im Sicherheitsrat über Beobachter für Syrien",
        "La ONU somete hoy a votación el envío de observadores a Siria",
    ):
        morning, veto = polled(same_morning(VOTE.date(), title=title), vetoed())
        assert morning.event == "vote_scheduled", title
        assert veto.id == morning.id, title
        assert [i.event for i in veto.items] == ["vote_scheduled", "veto"], title


def test_a_draft_headed_by_an_objection_naming_the_planned_vote_stays_apart() -> None:
    # Headed by the objection, not the vote: the negotiation's news, which the veto does not
    # join (README of tests/eval), though it names the vote set for the next day.
    objection = item(
        "objection",
        "China signals opposition to Syria ceasefire monitors text",
        "draft_resolution",
        VOTE - timedelta(hours=20),
        text="China would not support the Western draft resolution on ceasefire monitors in "
        "Syria, the foreign ministry said, a day before a planned vote.",
        vote_date=VOTE.date(),
    )
    talks, veto = polled(objection, vetoed())
    assert talks.event == "draft_resolution"
    assert veto.id != talks.id
