"""The replayed day (``make demo``) through the real pipeline, with its exact alerts.

The scenario (functions/demandwatch/demo/day/) is served on 127.0.0.1 while the clock
steps through a veto day: What's in Blue's pre-vote post, a UN News story in three feeds,
press.un.org's live blog (then rewritten) and its release, Google News with one article
under two ids, GDELT with a bad escape, the General Assembly's debate date and the UN
Digital Library record days later over OAI-PMH. Expected: one story, one top-level
message, one reply per distinct document (a rewritten blog counts again only because it
raised the story), one page when the veto lands, nothing twice, nothing lost.
"""

from __future__ import annotations

import asyncio
import io
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from demandwatch.config import Settings
from demandwatch.demo.replay import DayResult, DemoConsole, replay
from integration.slack_server import TOKEN, SlackServer

pytestmark = pytest.mark.integration

# Step -> the documents that alert at that step, in the order they are delivered.
EXPECTED = {
    1: [
        "url:securitycouncilreport.org/whatsinblue/2026/09/"
        "syria-vote-on-a-draft-resolution-on-access-for-human-rights-monitors.php"
    ],
    2: ["unnews:1168001"],
    3: ["press:sc16601:blog"],
    4: ["press:sc16601:blog"],  # rewritten: "to vote" -> "fails to adopt"
    5: ["press:sc16601:release"],
    6: [
        "title:harbour times|china and russia veto un demand for monitors access to syrian prisons",
        "title:the daily ledger|russia china block security council text on syria detention monitors",
    ],
    7: [
        "url:northgate-herald.example/news/un-syria-monitors-vetoes",
        "url:meridian-post.example/world/2026/09/16/syria-monitors-veto",
    ],
    8: ["press:ga12701:release"],
    9: ["undl:4102236"],
}


def play(tmp_path: Path, settings: Settings | None = None) -> tuple[DayResult, str, DemoConsole]:
    out = io.StringIO()
    console = DemoConsole(out)
    result = asyncio.run(
        replay(
            settings or Settings(),
            out,
            state_path=tmp_path / "state.sqlite3",
            console=console,
        )
    )
    return result, out.getvalue(), console


def test_the_day_gives_one_story_one_message_and_a_reply_per_document(tmp_path: Path) -> None:
    result, printed, console = play(tmp_path)

    posted = {
        step: [p.alert.item.key for p in console.posts if p.step == step]
        for step in sorted({p.step for p in console.posts})
    }
    assert {k: sorted(v) for k, v in posted.items()} == {k: sorted(v) for k, v in EXPECTED.items()}
    # One top-level message (What's in Blue, the evening before); every later one a reply.
    assert [(p.step, p.reply) for p in console.posts][:2] == [(1, False), (2, True)]
    assert sum(1 for p in console.posts if not p.reply) == 1
    # Nothing twice: every alert is its own document version.
    assert len({p.alert.id for p in console.posts}) == len(console.posts) == 11
    assert Counter(p.alert.item.key for p in console.posts).most_common(1)[0] == (
        "press:sc16601:blog",
        2,
    )

    # The story: one, raised to a P1 veto by the rewritten blog, which alone pages.
    [story] = result.stories
    assert (story.priority, story.event, story.ga_debate_due) == ("P1", "veto", date(2026, 9, 30))
    assert len(result.story_alerts[story.id]) == 11
    assert {p.alert.story_id for p in console.posts} == {story.id}
    before = [p.alert.priority for p in console.posts if p.step < 4]
    assert before == ["P2", "P2", "P2"]
    [paged] = [p for p in console.posts if p.page]
    assert (paged.step, paged.alert.priority, paged.alert.event.type) == (4, "P1", "veto")
    vetoed = {a.name for a in paged.alert.event.actors if a.role == "vetoed"}
    assert vetoed == {"China", "Russian Federation"}
    assert paged.alert.event.vote is not None
    assert paged.alert.event.vote.summary() == (
        "13 in favour, 2 against (China, Russian Federation), 0 abstentions"
    )
    assert paged.alert.ga_debate_due == date(2026, 9, 30)
    assert all(p.alert.priority == "P1" for p in console.posts if p.step >= 4 and p.step != 8)
    # The Assembly convening its debate on the veto reports a meeting (the event convention),
    # a reply in the veto's thread by the draft's symbol.
    [debate] = [p for p in console.posts if p.step == 8]
    assert (debate.alert.event.type, debate.reply) == ("meeting", True)

    # The ending: the draft statement with who, the tally and the debate date.
    assert "China and the Russian Federation" in result.draft
    assert "13 in favour, 2 against (China, Russian Federation), 0 abstentions" in result.draft
    assert "by September 30, 2026" in result.draft
    assert printed.rstrip().endswith(result.draft.rstrip())
    assert "1 top-level message, 10 replies in its thread" in printed


def test_the_days_faults_are_reported_and_lose_nothing(tmp_path: Path) -> None:
    result, printed, _ = play(tmp_path)
    by_step = [{o.source_id: o for o in s.outcomes} for s in result.steps]

    # Step 0 is every source's baseline; ReliefWeb, without an appname, is not configured
    # at every step and never counted as failing.
    assert all(o.baseline for sid, o in by_step[0].items() if sid != "reliefweb-syria")
    assert {s["reliefweb-syria"].status for s in by_step} == {"not_configured"}
    # The truncated What's in Blue body fails its poll; whole again, nothing repeats.
    cut = by_step[5]["whats-in-blue"]
    assert cut.status == "failed"
    assert "truncated feed" in (cut.reason or "")
    # Whole again, it is the body last read whole: nothing to record, nothing repeated.
    assert by_step[6]["whats-in-blue"].status == "unchanged"
    # The blog rewrite is a change, not a new document.
    assert (by_step[4]["un-press"].new, by_step[4]["un-press"].changed) == (0, 1)
    # The UN News story was listed by three feeds: one new document.
    assert sum(by_step[2][f].new for f in by_step[2] if f.startswith("un-news")) == 1
    # GDELT's bad escape is read; the one unreadable article is counted.
    gdelt = by_step[7]["gdelt-syria-council"]
    assert (gdelt.status, gdelt.skipped, gdelt.new) == ("new_items", 1, 2)
    assert "1 unreadable entries dropped" in printed
    # No source raised a health notice; no alert was left undelivered.
    assert "⚠" not in printed
    assert all(
        not s.delivery.count("failed") and not s.delivery.count("pending") for s in result.steps
    )
    # Every request named the organisation and a contact from org.yaml.
    assert result.user_agents == {
        "demandwatch/0.1.0 (Amnesty International; contact: Media Relations 212-633-4150)"
    }


def test_the_same_day_in_slack_is_one_message_and_its_thread(tmp_path: Path) -> None:
    with SlackServer.running(
        C0SYRIAUN="syria-un", C0UNALERTS="un-alerts", C0DWOPS01="demandwatch-ops"
    ) as slack:
        settings = Settings(
            slack_bot_token=TOKEN,  # type: ignore[arg-type]
            slack_api_url=slack.url,
            slack_channel="#un-alerts",
            slack_team_id="T0UNOFFICE",
        )
        out = io.StringIO()
        result = asyncio.run(replay(settings, out, state_path=tmp_path / "state.sqlite3"))
        [story] = result.stories
        [top] = slack.top_level("C0SYRIAUN")
        replies = slack.replies("C0SYRIAUN", top["ts"])
        assert len(replies) == 10
        ids = [m["metadata"]["event_payload"]["alert_id"] for m in [top, *replies]]
        assert len(set(ids)) == 11
        assert {a.id for a in result.story_alerts[story.id]} == set(ids)
        assert slack.top_level("C0UNALERTS") == []
