"""A calmer channel, delivered: quiet hours, escalation and the flood guard through the one
delivery use case, against the local Slack stand-in and a real SQLite state file.

The clock is the seed campaign's: 4 February 2012, 16:05 UTC, 11:05 in New York (the
organisation's time zone).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from aws_local import client, moto_server, unique
from demandwatch.app.delivery import DeliverAlerts, summarise
from demandwatch.bootstrap import build_routes
from demandwatch.cli import EXIT_OK, EXIT_UNDELIVERED, _delivery_exit
from demandwatch.config import AppConfig, Settings
from demandwatch.configfiles import EscalationConfig, FloodGuardConfig, QuietHoursConfig
from demandwatch.core.models import Alert, Match
from demandwatch.exceptions import DeferredError, NotifyError
from demandwatch.queue.fanout import AlertNotice, FanOut, FloodNotice, notify_alert, parse_notice
from demandwatch.queue.memory import MemoryQueue
from demandwatch.slack.blocks import ACTION_DISMISS
from demandwatch.slack.notifier import SlackNotifier
from demandwatch.store.dynamodb import DynamoDbStore, create_table
from demandwatch.store.sqlite import SqliteStore
from integration.slack_server import TOKEN, SlackServer
from integration.test_slack_notifier import Harness
from slack_support import (
    ARMS_CHANNEL,
    CHANNELS,
    DEFAULT_CHANNEL,
    OPS_CHANNEL,
    SYRIA_CHANNEL,
    T0,
    Clock,
    event_alert,
    make_config,
    make_item,
)

pytestmark = pytest.mark.integration


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    opened = SqliteStore(tmp_path / "state.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def clock() -> Clock:
    return Clock(T0 + timedelta(minutes=5))


def calm_config(**org: Any) -> AppConfig:
    config = make_config(demand_channels={"arms-embargo": "#arms-team"})
    return replace(config, org=replace(config.org, **org))


def delivery(h: Harness, *, local: bool = True) -> DeliverAlerts:
    from demandwatch import bootstrap
    from demandwatch.config import Settings

    return bootstrap.build_delivery(
        h.store, h.notifier(), h.config, Settings(), clock=h.clock, local=local
    )


def p2(alert_id: str, story: str, *, arms: bool = False) -> Alert:
    alert = event_alert("other" if arms else "statement")
    item = make_item(key=f"k-{alert_id}", url=f"https://news.un.org/en/story/2012/02/{alert_id}")
    return replace(alert, id=alert_id, story_id=story, item=replace(alert.item, key=item.key))


def veto(alert_id: str = "a-veto", story: str = "st-veto") -> Alert:
    return replace(event_alert("veto"), id=alert_id, story_id=story)


# ---------------------------------------------------------------------- quiet hours

NIGHT_SHIFT = {"#syria-un": QuietHoursConfig(start="10:00", end="12:00")}  # 11:05 is inside


def test_in_quiet_hours_p1_goes_and_p2_waits_for_the_end_of_the_window(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    h = Harness(slack, store, clock, calm_config(quiet_hours=NIGHT_SHIFT))
    h.enqueue(veto(), p2("a-stmt", "st-stmt"))
    report = delivery(h).run()
    assert (report.delivered, report.quiet, report.pending, report.failed) == (1, 1, 0, 0)
    assert report.urgent_undelivered == []  # waiting out quiet hours is not a failure
    [posted] = slack.top_level(SYRIA_CHANNEL)
    assert posted["metadata"]["event_payload"]["alert_id"] == "a-veto"
    assert any("quiet=1" in line for line in summarise(report))
    assert any(
        "quiet P2" in line and "until 2012-02-04 17:00 UTC" in line for line in summarise(report)
    )

    clock.advance(minutes=50)  # 11:55 in New York: still quiet, nothing is even leased
    still = delivery(h).run()
    assert still.outcomes == []
    # The next run still says it, as quiet (not pending: no failure to report).
    assert (still.quiet, still.pending, still.urgent_undelivered) == (1, 0, [])
    assert summarise(still)[0] == "alerts: delivered=0 held=0 pending=0 failed=0 quiet=1"
    assert len(slack.top_level(SYRIA_CHANNEL)) == 1

    clock.advance(minutes=5)  # 12:00: the window is over
    later = delivery(h).run()
    assert later.delivered == 1
    assert [m["metadata"]["event_payload"]["alert_id"] for m in slack.top_level(SYRIA_CHANNEL)] == [
        "a-veto",
        "a-stmt",
    ]
    assert store.alert_status("a-stmt").attempts == 1  # type: ignore[union-attr]


def test_quiet_hours_taken_out_of_org_yaml_release_the_p2s_they_held(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Probe s13 P18: the operator ends quiet hours (org.yaml edited) to get the waiting
    P2s now: the next run posts them, not at the old window's end, and does not call them
    undelivered meanwhile (exit 4)."""
    h = Harness(slack, store, clock, calm_config(quiet_hours=NIGHT_SHIFT))
    h.enqueue(p2("a-stmt", "st-stmt"))
    assert delivery(h).run().quiet == 1
    clock.advance(minutes=5)
    h.config = calm_config()  # quiet hours removed
    report = delivery(h).run()
    assert (report.delivered, report.pending, report.urgent_undelivered) == (1, 0, [])
    assert [alert_of(m) for m in slack.top_level(SYRIA_CHANNEL)] == ["a-stmt"]


def test_in_the_cloud_quiet_hours_taken_out_release_the_p2s_they_held(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Probe s14 J3: the cloud's relay (the schedule function's tick) queued a P2 held for
    quiet hours only at the old window's end, though the window was taken out of org.yaml
    (s13 P18 had fixed the local run only)."""
    h = Harness(slack, store, clock, calm_config(quiet_hours=NIGHT_SHIFT))

    def relay(config: AppConfig) -> int:
        fanout = FanOut(
            config=config,
            store=store,
            alert_queue=MemoryQueue(clock=clock),
            poll_queue=None,
            clock=clock,
            route=build_routes(config, Settings()).for_alert,
        )
        fanout.release_unquieted()  # as the schedule function's tick does before relaying
        return fanout.relay()

    h.enqueue(p2("a-stmt", "st-stmt"))
    assert relay(h.config) == 1  # its first turn
    held = delivery(h, local=False).one("a-stmt")
    assert held is not None
    assert held.result == "quiet"
    clock.advance(minutes=5)
    assert relay(h.config) == 0  # still quiet: it waits for the window's end
    h.config = calm_config()  # quiet hours removed, deployed
    assert relay(h.config) == 1
    sent = delivery(h, local=False).one("a-stmt")
    assert sent is not None
    assert sent.result == "delivered"
    assert [alert_of(m) for m in slack.top_level(SYRIA_CHANNEL)] == ["a-stmt"]


def test_quiet_hours_are_per_channel(slack: SlackServer, store: SqliteStore, clock: Clock) -> None:
    h = Harness(slack, store, clock, calm_config(quiet_hours=NIGHT_SHIFT))
    h.enqueue(p2("a-arms", "st-arms", arms=True), p2("a-stmt", "st-stmt"))
    report = delivery(h).run()
    assert (report.delivered, report.quiet) == (1, 1)
    assert len(slack.top_level(ARMS_CHANNEL)) == 1  # no quiet hours there
    assert slack.top_level(SYRIA_CHANNEL) == []


def test_quiet_p2_can_go_to_the_digest_instead(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    quiet = {"*": QuietHoursConfig(start="10:00", end="12:00", p2="digest")}
    h = Harness(slack, store, clock, calm_config(quiet_hours=quiet))
    h.enqueue(p2("a-stmt", "st-stmt"), veto())
    report = delivery(h).run()
    assert (report.delivered, report.held, report.quiet) == (1, 1, 0)
    assert store.alert_state("a-stmt") == "held"
    clock.advance(hours=3)
    assert delivery(h).run().outcomes == []  # held for the digest, not posted later
    assert len(slack.all_messages()) == 1


def test_the_notify_function_leaves_a_quiet_alert_alone_until_the_window_ends(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """The cloud path: one alert per queue message; a re-queued message during the window
    changes nothing and is no failure (it must not end in the dead-letter queue)."""
    h = Harness(slack, store, clock, calm_config(quiet_hours=NIGHT_SHIFT))
    h.enqueue(p2("a-stmt", "st-stmt"))
    cloud = delivery(h, local=False)
    for _ in range(3):  # the first message, then two duplicates or re-queues
        outcome = cloud.one("a-stmt")
        assert outcome is not None
        assert outcome.result == "quiet"
        # The outbox does not queue it again before the window ends (12:00 in New York).
        assert store.take_outbox(clock(), timedelta(minutes=15)) == []
        clock.advance(minutes=15)
    assert store.alert_state("a-stmt") == "pending"
    assert slack.all_messages() == []
    clock.advance(minutes=15)  # 12:05 in New York
    outcome = cloud.one("a-stmt")
    assert outcome is not None
    assert outcome.result == "delivered"
    assert len(slack.top_level(SYRIA_CHANNEL)) == 1


# ---------------------------------------------------------------------- escalation

AFTER_20M = EscalationConfig(after="20m", mention="S0ONCALL1")


def replies(slack: SlackServer, channel: str, ts: str) -> list[dict[str, Any]]:
    return slack.replies(channel, ts)


def test_an_unclaimed_p1_is_re_raised_once_in_its_thread_mentioning_on_call(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    h = Harness(slack, store, clock, calm_config(escalation=AFTER_20M))
    h.enqueue(veto(), p2("a-stmt", "st-stmt"))
    assert delivery(h).run().delivered == 2
    parent = next(
        m
        for m in slack.top_level(SYRIA_CHANNEL)
        if m["metadata"]["event_payload"]["alert_id"] == "a-veto"
    )

    clock.advance(minutes=19)
    assert delivery(h).run().escalated == []
    assert replies(slack, SYRIA_CHANNEL, parent["ts"]) == []

    clock.advance(minutes=1)
    report = delivery(h).run()
    assert report.escalated == ["a-veto"]
    assert any("1 unclaimed P1 alert(s) re-raised" in line for line in summarise(report))
    [again] = replies(slack, SYRIA_CHANNEL, parent["ts"])
    assert again["metadata"]["event_type"] == "demandwatch_escalation"
    text = again["blocks"][0]["text"]["text"]
    assert text.startswith("⏰ <!subteam^S0ONCALL1> — this P1 (veto) has not been claimed")
    assert again["text"].startswith("<!subteam^S0ONCALL1> Unclaimed P1")
    assert not again.get("reply_broadcast")

    # Once: later runs, and another process, do not re-raise it again.
    clock.advance(hours=2)
    assert delivery(h).run().escalated == []
    assert delivery(h, local=False).escalate() == 0
    assert len(replies(slack, SYRIA_CHANNEL, parent["ts"])) == 1
    # The P2 story was never re-raised.
    assert sum(1 for m in slack.all_messages() if m.get("thread_ts")) == 1


def test_a_claimed_or_dismissed_p1_is_not_re_raised(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    h = Harness(slack, store, clock, calm_config(escalation=AFTER_20M))
    h.enqueue(veto("a-claimed", "st-1"), veto("a-dismissed", "st-2"))
    delivery(h).run()
    store.claim_alert("a-claimed", "U0RESPONDER", clock())
    store.dismiss_alert("a-dismissed", "U0RESPONDER", clock())
    clock.advance(hours=1)
    assert delivery(h).run().escalated == []
    assert [m for m in slack.all_messages() if m.get("thread_ts")] == []


def test_a_p1_of_a_story_claimed_on_its_message_is_not_re_raised(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Probe s14 J6: a vote announced, then vetoed: the story's one Claim button is on its
    message (the vote's alert), the veto is a reply with no buttons. Claimed on the
    message, the story still paged on-call "Unclaimed P1" an escalation later."""
    h = Harness(slack, store, clock, calm_config(escalation=AFTER_20M))
    h.enqueue(p2("a-vote", "st-1"))
    assert delivery(h).run().delivered == 1
    h.enqueue(veto("a-veto", "st-1"))
    assert delivery(h).run().delivered == 1
    [parent] = slack.top_level(SYRIA_CHANNEL)
    store.claim_alert("a-vote", "U0RESPONDER", clock())
    clock.advance(hours=1)
    assert delivery(h).run().escalated == []
    assert delivery(h, local=False).escalate() == 0
    assert not any(
        m["metadata"]["event_type"] == "demandwatch_escalation"
        for m in replies(slack, SYRIA_CHANNEL, parent["ts"])
    )
    # Unclaimed, the same story is re-raised (the check is the claim, not the shape).
    h.enqueue(p2("b-vote", "st-2"))
    delivery(h).run()
    h.enqueue(veto("b-veto", "st-2"))
    delivery(h).run()
    clock.advance(hours=1)
    assert delivery(h).run().escalated == ["b-veto"]


def test_not_relevant_on_a_vote_notice_does_not_silence_the_veto_that_follows(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Probe s15 K4: "Not relevant" pressed on a vote's notice; the vote is then vetoed.
    The story's message read "P1 Veto ... Marked not relevant" with no button to say
    otherwise, and the unclaimed veto was never re-raised. A judgment on the notice is
    not one on the veto; a "not relevant" given after the veto still is (and a claim
    carries over, probe s14 J6)."""
    h = Harness(slack, store, clock, calm_config(escalation=AFTER_20M))
    h.enqueue(p2("a-vote", "st-1"))
    assert delivery(h).run().delivered == 1
    store.dismiss_alert("a-vote", "U0ERIN", clock())
    clock.advance(minutes=5)
    h.enqueue(replace(veto("a-veto", "st-1"), created=clock()))
    assert delivery(h).run().delivered == 1
    [parent] = slack.top_level(SYRIA_CHANNEL)
    shown = json.dumps(slack.message(SYRIA_CHANNEL, parent["ts"])["blocks"])
    assert "P1" in shown
    assert "not relevant*" not in shown
    assert ACTION_DISMISS in shown
    clock.advance(hours=1)
    assert delivery(h).run().escalated == ["a-veto"]
    # Dismissed after the veto was posted: that is a judgment on the veto.
    h.enqueue(p2("b-vote", "st-2"))
    delivery(h).run()
    clock.advance(minutes=5)
    h.enqueue(replace(veto("b-veto", "st-2"), created=clock()))
    delivery(h).run()
    clock.advance(minutes=1)
    store.dismiss_alert("b-vote", "U0ERIN", clock())
    clock.advance(hours=1)
    assert delivery(h).run().escalated == []


def test_the_re_raise_mentions_on_call_by_default_and_never_what_a_feed_says(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    h = Harness(slack, store, clock, calm_config(escalation=EscalationConfig(after="30m")))
    hostile = replace(
        veto(),
        item=make_item(title="<!channel> veto <@U0EVIL> @here", url="https://evil.example/v"),
    )
    h.enqueue(hostile)
    delivery(h).run()
    clock.advance(minutes=30)
    assert delivery(h).run().escalated == ["a-veto"]
    [again] = [m for m in slack.all_messages() if m.get("thread_ts")]
    text = again["blocks"][0]["text"]["text"]
    assert "<!subteam^S0ONCALL1>" in text  # org.yaml's on_call (make_config)
    for forbidden in ("<!channel>", "<@U0EVIL>", "<!here>"):
        assert forbidden not in text
        assert forbidden not in again["text"]
    assert "(evil.example)" in text


@pytest.mark.parametrize("failure", ["500", "429"])
def test_a_re_raise_slack_fails_is_said_and_goes_out_once_slack_takes_it(
    slack: SlackServer, store: SqliteStore, clock: Clock, failure: str
) -> None:
    """Slack fails the re-raise (5xx after the API's own retries, or asks to wait): the
    run says it was not re-raised yet, and a later run posts it - once - when Slack
    takes it. Never noted as done while nobody was told."""
    h = Harness(slack, store, clock, calm_config(escalation=AFTER_20M))
    h.enqueue(veto())
    delivery(h).run()
    [parent] = slack.top_level(SYRIA_CHANNEL)
    clock.advance(minutes=25)
    if failure == "500":
        slack.fail("chat.postMessage", status=500, times=4)  # the first try and 3 retries
    else:
        slack.rate_limit("chat.postMessage", retry_after=30)
    report = delivery(h).run()
    assert report.escalated == []
    assert report.escalations_waiting == ["a-veto"]
    assert any("ops: unclaimed P1 not re-raised yet" in line for line in summarise(report))
    assert replies(slack, SYRIA_CHANNEL, parent["ts"]) == []

    clock.advance(minutes=1)  # Slack is back
    assert delivery(h).run().escalated == ["a-veto"]
    [again] = replies(slack, SYRIA_CHANNEL, parent["ts"])
    assert again["metadata"]["event_type"] == "demandwatch_escalation"
    clock.advance(minutes=30)
    assert delivery(h).run().escalated == []
    assert delivery(h, local=False).escalate() == 0
    assert len(replies(slack, SYRIA_CHANNEL, parent["ts"])) == 1


class Killed(BaseException):
    """The process is killed (kill -9) here: nothing after it runs or is cleaned up."""


class DiesReRaising(SlackNotifier):
    """The notifier of a run killed as it re-raises an unclaimed P1: just before its post
    leaves (``landed`` False) or just after Slack took it (``landed`` True)."""

    landed = False

    def post_escalation(
        self,
        channel: str,
        thread_ts: str,
        alert: Alert,
        *,
        mention: str | None,
        after: timedelta,
        look_first: bool = False,
    ) -> str:
        if self.landed:
            super().post_escalation(
                channel, thread_ts, alert, mention=mention, after=after, look_first=look_first
            )
        raise Killed


@pytest.mark.parametrize("landed", [False, True], ids=["before-the-post", "after-the-post"])
def test_a_run_killed_while_re_raising_leaves_it_to_the_next_run_after_the_lease(
    slack: SlackServer, store: SqliteStore, clock: Clock, landed: bool
) -> None:
    """kill -9 between the re-raise's claim and its post (or between the post and its
    record): the claim lapses, and the first run after the lease posts the re-raise, or
    finds the one that landed - once either way, never lost."""
    h = Harness(slack, store, clock, calm_config(escalation=AFTER_20M))
    h.enqueue(veto())
    delivery(h).run()
    [parent] = slack.top_level(SYRIA_CHANNEL)
    clock.advance(minutes=21)
    notifier = h.notifier()
    dying = DiesReRaising(notifier.api.client, store, h.config, clock=clock, api=notifier.api)
    dying.landed = landed
    with pytest.raises(Killed):
        replace(delivery(h), poster=dying).run()
    assert len(replies(slack, SYRIA_CHANNEL, parent["ts"])) == (1 if landed else 0)

    clock.advance(minutes=1)  # restarted within the lease: the claim may be a live run's
    assert delivery(h).run().escalated == []
    clock.advance(minutes=5)
    assert delivery(h).run().escalated == ["a-veto"]
    clock.advance(minutes=30)
    assert delivery(h).run().escalated == []
    [again] = replies(slack, SYRIA_CHANNEL, parent["ts"])
    assert again["metadata"]["event_type"] == "demandwatch_escalation"


def test_escalation_off_re_raises_nothing(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    h = Harness(slack, store, clock, calm_config())
    h.enqueue(veto())
    delivery(h).run()
    clock.advance(hours=20)
    assert delivery(h).run().escalated == []
    assert [m for m in slack.all_messages() if m.get("thread_ts")] == []


# ---------------------------------------------------------------------- flood guard

GUARD_3 = FloodGuardConfig(max_new_stories=3)


def alert_of(message: dict[str, Any]) -> str:
    return str(message["metadata"]["event_payload"].get("alert_id", ""))


def has_buttons(message: dict[str, Any]) -> bool:
    return any(b["type"] == "actions" for b in message["blocks"])


def flood(h: Harness, n: int) -> list[Alert]:
    alerts = [p2(f"a-news-{i}", f"st-news-{i}") for i in range(n)]
    h.enqueue(*alerts)
    return alerts


def test_more_than_n_new_stories_become_one_summary_with_the_stories_in_its_thread(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    h = Harness(slack, store, clock, calm_config(flood_guard=GUARD_3))
    news = flood(h, 5)
    h.enqueue(veto(), p2("a-arms", "st-arms", arms=True))
    report = delivery(h).run()
    assert report.delivered == 7
    assert report.floods == [(SYRIA_CHANNEL, 5)]
    assert any("5 new stories in" in line for line in summarise(report))

    top = slack.top_level(SYRIA_CHANNEL)
    summary = next(m for m in top if m["metadata"]["event_type"] == "demandwatch_flood")
    # The veto is not folded: it posts (and pages) on its own; so is the other channel.
    assert sorted(alert_of(m) for m in top if m is not summary) == ["a-veto"]
    assert len(slack.top_level(ARMS_CHANNEL)) == 1
    assert summary["blocks"][0]["text"]["text"].startswith("🌊 5 new stories at once")
    assert summary["metadata"]["event_payload"]["stories"] == [a.story_id for a in news]

    in_thread = slack.replies(SYRIA_CHANNEL, summary["ts"])
    assert [alert_of(m) for m in in_thread] == [a.id for a in news]
    assert all(has_buttons(m) for m in in_thread)  # each story keeps its own buttons
    for alert, message in zip(news, in_thread, strict=True):
        thread = store.get_thread(alert.story_id or alert.id, SYRIA_CHANNEL)
        assert thread is not None
        assert thread.ts == summary["ts"]  # later items go into the summary's thread
        status = store.alert_status(alert.id)
        assert status is not None
        assert (status.state, status.ts) == ("posted", message["ts"])


def test_a_local_run_keeps_a_story_with_a_p1_out_of_the_flood_summary(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Probe s15 K2, local run: a vote's notice and its veto in one run among other new
    stories; the veto's story posts on its own, never folded by its first (P2) alert."""
    h = Harness(slack, store, clock, calm_config(flood_guard=GUARD_3))
    flood(h, 4)
    h.enqueue(p2("a-sched", "st-veto"), veto("a-veto", "st-veto"))
    delivery(h).run()
    top = slack.top_level(SYRIA_CHANNEL)
    summary = next(m for m in top if m["metadata"]["event_type"] == "demandwatch_flood")
    assert "st-veto" not in summary["metadata"]["event_payload"]["stories"]
    assert "a-veto" in [alert_of(m) for m in top if m is not summary]


def test_a_veto_joining_a_story_folded_into_an_earlier_summary_posts_and_pages_on_its_own(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Review L10 (HIGH): a story folded into a flood summary by its first (P2) alert is
    vetoed a run later. The veto was a reply in the summary's thread (broadcast, under the
    summary's words): it must be a top-level P1 message that pages, and the story's later
    items go into the veto's thread, not the summary's."""
    h = Harness(slack, store, clock, calm_config(flood_guard=GUARD_3))
    flood(h, 4)
    delivery(h).run()
    [summary] = slack.top_level(SYRIA_CHANNEL)
    assert summary["metadata"]["event_type"] == "demandwatch_flood"

    clock.advance(minutes=10)
    h.enqueue(replace(veto("a-veto", "st-news-0"), created=clock()))
    assert delivery(h).run().delivered == 1
    [own] = [m for m in slack.top_level(SYRIA_CHANNEL) if m is not summary]
    assert alert_of(own) == "a-veto"
    assert "<@U0VETOOWN>" in own["text"]  # it pages the demand's owner
    assert "a-veto" not in [alert_of(m) for m in slack.replies(SYRIA_CHANNEL, summary["ts"])]

    clock.advance(minutes=5)
    h.enqueue(replace(p2("a-more", "st-news-0"), created=clock()))
    assert delivery(h).run().delivered == 1
    assert [alert_of(m) for m in slack.replies(SYRIA_CHANNEL, own["ts"])] == ["a-more"]
    assert len(slack.top_level(SYRIA_CHANNEL)) == 2


def test_the_cloud_relay_keeps_a_story_whose_veto_another_relay_queued_out_of_the_summary(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Review s15 LOW-1 of K2: the veto was queued by another relay a moment before (not
    posted yet); this relay, with the vote's notice among other new stories, must not fold
    the veto's story by its notice."""
    h = Harness(slack, store, clock, calm_config(flood_guard=GUARD_3))

    def relay() -> list[str]:
        queue = MemoryQueue(clock=clock)
        FanOut(
            config=h.config,
            store=store,
            alert_queue=queue,
            poll_queue=None,
            clock=clock,
            route=build_routes(h.config, Settings()).for_alert,
        ).relay()
        return [m.body for m in queue.receive(limit=10)]

    h.enqueue(veto("a-veto", "st-veto"))
    assert relay() == ['{"alert": "a-veto", "channel": "#syria-un"}']
    flood(h, 4)
    h.enqueue(p2("a-sched", "st-veto"))
    bodies = relay()
    [folded] = [b for b in bodies if "a-news-0" in b]
    assert "a-sched" not in folded
    assert '{"alert": "a-sched", "channel": "#syria-un"}' in bodies


@pytest.fixture(scope="module")
def moto_endpoint() -> Iterator[str]:
    with moto_server() as endpoint:
        yield endpoint


def test_relays_at_once_share_a_channels_allowance_of_new_stories_in_the_table(
    slack: SlackServer, clock: Clock, moto_endpoint: str
) -> None:
    """Review L9: three poll workers relay at once (DynamoDB on moto), each with two new
    stories for one channel, max_new_stories 3. Counted per relay, none was a flood and
    all six posted on their own; counted in the table, three post on their own and the
    rest go into summaries (the notify function folding what the relay found over)."""
    table = unique("demandwatch")
    create_table(client("dynamodb", moto_endpoint), table)

    def handle() -> DynamoDbStore:  # each worker its own client, as its own container
        return DynamoDbStore(table, client("dynamodb", moto_endpoint))

    h = Harness(slack, handle(), clock, calm_config(flood_guard=GUARD_3))
    queue = MemoryQueue(clock=clock)
    for worker in range(3):
        h.enqueue(*(p2(f"a-{worker}-{n}", f"st-{worker}-{n}") for n in range(2)))
        FanOut(
            config=h.config,
            store=handle(),
            alert_queue=queue,
            poll_queue=None,
            clock=clock,
            route=build_routes(h.config, Settings()).for_alert,
        ).relay()

    notify = delivery(h, local=False)
    for message in queue.receive(limit=10):
        notice = parse_notice(message.body)
        if isinstance(notice, FloodNotice):
            notify.flood(notice.alert_ids, allowance=notice.allowance, window=notice.window)
        else:
            assert isinstance(notice, AlertNotice)
            notify_alert(notice, notify)
    top = slack.top_level(SYRIA_CHANNEL)
    summaries = [m for m in top if m["metadata"]["event_type"] == "demandwatch_flood"]
    on_their_own = [alert_of(m) for m in top if m not in summaries]
    assert len(on_their_own) == 3
    in_summaries = [alert_of(m) for s in summaries for m in slack.replies(SYRIA_CHANNEL, s["ts"])]
    assert sorted(on_their_own + in_summaries) == sorted(
        f"a-{worker}-{n}" for worker in range(3) for n in range(2)
    )


def test_relays_of_one_story_each_over_the_allowance_join_one_summary_of_the_window(
    slack: SlackServer, clock: Clock, moto_endpoint: str
) -> None:
    """Review V8: six poll workers relay at once (DynamoDB on moto), each with one new
    story, max_new_stories 3. The first three take the window's slots; each later one
    queued its story as a flood of its own, and the notify function posted one "1 new
    story at once" summary per relay (3 stories + 3 summaries, each hiding a story). The
    leftovers of the window go into ONE summary that names them all."""
    table = unique("demandwatch")
    create_table(client("dynamodb", moto_endpoint), table)

    def handle() -> DynamoDbStore:  # each worker its own client, as its own container
        return DynamoDbStore(table, client("dynamodb", moto_endpoint))

    h = Harness(slack, handle(), clock, calm_config(flood_guard=GUARD_3))
    queue = MemoryQueue(clock=clock)
    for worker in range(6):
        h.enqueue(p2(f"a-{worker}", f"st-{worker}"))
        FanOut(
            config=h.config,
            store=handle(),
            alert_queue=queue,
            poll_queue=None,
            clock=clock,
            route=build_routes(h.config, Settings()).for_alert,
        ).relay()

    notify = delivery(h, local=False)
    for message in queue.receive(limit=10):
        notice = parse_notice(message.body)
        if isinstance(notice, FloodNotice):
            notify.flood(notice.alert_ids, allowance=notice.allowance, window=notice.window)
        else:
            assert isinstance(notice, AlertNotice)
            notify_alert(notice, notify)
    top = slack.top_level(SYRIA_CHANNEL)
    summaries = [m for m in top if m["metadata"]["event_type"] == "demandwatch_flood"]
    on_their_own = [alert_of(m) for m in top if m not in summaries]
    assert len(on_their_own) == 3
    assert len(summaries) == 1
    (summary,) = summaries
    in_summary = [alert_of(m) for m in slack.replies(SYRIA_CHANNEL, summary["ts"])]
    assert sorted(on_their_own + in_summary) == [f"a-{worker}" for worker in range(6)]
    # The summary names every story in its thread, not only the first relay's.
    assert summary["text"].startswith("3 new stories at once")
    named = summary["metadata"]["event_payload"]["stories"]
    assert sorted(named) == sorted(a.replace("a-", "st-") for a in in_summary)


def test_a_flood_the_notify_function_meets_with_slack_down_tries_one_story_only(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Slack answers 500 to every post when a flood message arrives: the summary and the
    first story are tried (each with the API's retries), then the run stops; the other
    stories wait, untried and uncharged, for the outbox to queue them again - a notify
    function with a time limit does not spend the API's retries on each of them."""
    h = Harness(slack, store, clock, calm_config(flood_guard=GUARD_3))
    news = flood(h, 5)
    slack.fail("chat.postMessage", status=500, times=1000)
    outcomes = delivery(h, local=False).flood([a.id for a in news])
    assert [(o.alert_id, o.result, o.cause) for o in outcomes] == [
        (news[0].id, "pending", "transient")
    ]
    tried = {
        r.params["metadata"]["event_payload"].get("alert_id")
        for r in slack.calls("chat.postMessage")
        if r.params["metadata"]["event_type"] == "demandwatch_alert"
    }
    assert tried == {news[0].id}
    assert [store.alert_state(a.id) for a in news] == ["pending"] * 5
    assert [store.alert_status(a.id).attempts for a in news[1:]] == [0] * 4  # type: ignore[union-attr]

    slack.recover()
    clock.advance(minutes=20)
    assert delivery(h).run().delivered == 5


def test_a_later_item_of_a_grouped_story_replies_there_and_updates_its_own_message(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    h = Harness(slack, store, clock, calm_config(flood_guard=GUARD_3))
    flood(h, 4)
    delivery(h).run()
    summary = slack.top_level(SYRIA_CHANNEL)[0]
    summary_blocks = summary["blocks"]
    clock.advance(minutes=10)
    h.enqueue(p2("a-news-1-more", "st-news-1"))
    report = delivery(h).run()
    assert (report.delivered, report.floods) == (1, [])
    in_thread = slack.replies(SYRIA_CHANNEL, summary["ts"])
    assert alert_of(in_thread[-1]) == "a-news-1-more"
    assert not has_buttons(in_thread[-1])  # more on a story, not a story
    own = next(m for m in in_thread if alert_of(m) == "a-news-1")
    assert "+1 source" in str(own["blocks"])  # the story's own message was updated...
    assert slack.message(SYRIA_CHANNEL, summary["ts"])["blocks"] == summary_blocks  # ...not this


def test_a_later_item_of_a_grouped_story_says_which_story_it_is_more_on(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Probe s13 P17: Slack has no nested threads, so a grouped story's later items go into
    the summary's thread, among its other stories: each says which story it is more on."""
    h = Harness(slack, store, clock, calm_config(flood_guard=GUARD_3))
    news = flood(h, 4)
    delivery(h).run()
    summary = slack.top_level(SYRIA_CHANNEL)[0]
    clock.advance(minutes=10)
    more_on = p2("a-news-1-more", "st-news-1")
    later = replace(more_on, item=replace(more_on.item, title="Monitors still kept out"))
    h.enqueue(later)
    delivery(h).run()
    reply = slack.replies(SYRIA_CHANNEL, summary["ts"])[-1]
    assert alert_of(reply) == later.id
    first_block = reply["blocks"][0]
    assert first_block["type"] == "context"
    said = first_block["elements"][0]["text"]
    assert said.startswith("↳ More on the story ")
    assert news[1].item.title[:40] in said
    assert reply["text"].startswith("↳ More on the story ")
    # A story that has its own thread needs no such line.
    h.enqueue(veto())
    delivery(h).run()
    clock.advance(minutes=1)
    h.enqueue(veto("a-veto-2"))
    delivery(h).run()
    [top] = [m for m in slack.top_level(SYRIA_CHANNEL) if alert_of(m) == "a-veto"]
    [more] = slack.replies(SYRIA_CHANNEL, top["ts"])
    assert "More on the story" not in str(more["blocks"])


def test_a_button_on_a_grouped_story_acts_on_that_story(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    import json

    from demandwatch import bootstrap
    from demandwatch.slack.blocks import ACTION_CLAIM, ACTION_MUTE
    from demandwatch.slack.interact import InstalledTeam, Interactions
    from integration.slack_server import TEAM_ID

    h = Harness(slack, store, clock, calm_config(flood_guard=GUARD_3))
    flood(h, 4)
    delivery(h).run()
    summary = slack.top_level(SYRIA_CHANNEL)[0]
    summary_blocks = summary["blocks"]
    own = slack.replies(SYRIA_CHANNEL, summary["ts"])[2]
    interactions = Interactions(
        store=store,
        config=h.config,
        notifier=h.notifier(),
        matcher=bootstrap.build_matcher(h.config),
        team=InstalledTeam(TEAM_ID),
        clock=clock,
    )
    for action in (ACTION_CLAIM, ACTION_MUTE):
        ack = interactions.handle_payload(
            {
                "type": "block_actions",
                "user": {"id": "U0CLAIMER"},
                "team": {"id": TEAM_ID},
                "channel": {"id": SYRIA_CHANNEL},
                "container": {"channel_id": SYRIA_CHANNEL, "message_ts": own["ts"]},
                "actions": [
                    {
                        "action_id": action,
                        "value": json.dumps({"alert": "a-news-2", "story": "st-news-2"}),
                    }
                ],
            }
        )
        assert [f.kind for f in ack.follow_ups] == ["refresh"]
        assert interactions.run_all(ack.follow_ups) == 0
    assert store.alert_status("a-news-2").claimed.user == "U0CLAIMER"  # type: ignore[union-attr]
    assert store.get_thread("st-news-2", SYRIA_CHANNEL).muted  # type: ignore[union-attr]
    assert not store.get_thread("st-news-1", SYRIA_CHANNEL).muted  # type: ignore[union-attr]
    shown = str(slack.message(SYRIA_CHANNEL, own["ts"])["blocks"])
    assert "Claimed by <@U0CLAIMER>" in shown
    assert "Story muted" in shown
    assert slack.message(SYRIA_CHANNEL, summary["ts"])["blocks"] == summary_blocks


def test_n_new_stories_or_fewer_post_as_usual(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    h = Harness(slack, store, clock, calm_config(flood_guard=GUARD_3))
    flood(h, 3)
    report = delivery(h).run()
    assert (report.delivered, report.floods) == (3, [])
    assert len(slack.top_level(SYRIA_CHANNEL)) == 3
    assert all(has_buttons(m) for m in slack.top_level(SYRIA_CHANNEL))


def test_a_summary_slack_refuses_leaves_each_story_to_post_on_its_own(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    h = Harness(slack, store, clock, calm_config(flood_guard=GUARD_3))
    flood(h, 5)
    slack.rate_limit("chat.postMessage", retry_after=1, times=1)  # the summary's post
    report = delivery(h).run()
    assert report.floods == []
    assert report.delivered == 5
    assert len(slack.top_level(SYRIA_CHANNEL)) == 5


class KilledMidSummary:
    """A poster whose process dies while its flood summary's chat.postMessage is on the
    wire: the request goes on (Slack takes it a moment later), nothing after it runs."""

    def __init__(self, poster: Any, slack: SlackServer) -> None:
        self._poster = poster
        self._slack = slack
        self.in_flight: list[threading.Thread] = []

    def post_summary(self, *args: Any, **kwargs: Any) -> str:
        request = threading.Thread(target=self._poster.post_summary, args=args, kwargs=kwargs)
        request.start()
        self.in_flight.append(request)
        deadline = time.monotonic() + 10
        while self._slack._injections.get("chat.postMessage"):  # not at Slack yet
            assert time.monotonic() < deadline, "the summary never reached the stand-in"
            time.sleep(0.01)
        raise Killed("killed -9 while the summary's chat.postMessage was in flight")

    def landed(self) -> None:
        for request in self.in_flight:
            request.join(timeout=15)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._poster, name)


def test_a_flood_killed_while_posting_its_summary_is_finished_in_that_summary(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Probe2 G9: the notify function is killed while its flood summary is in flight. A
    copy of the flood message at once finds the alerts held by the dead invocation: it is
    handed back (deferred), not taken as done. Once the lease has lapsed, the next try
    finds the summary that landed (by its metadata) and posts the stories in its thread:
    no empty summary, no second one, no story posted on its own."""
    h = Harness(slack, store, clock, calm_config(flood_guard=GUARD_3))
    news = flood(h, 5)
    ids = [a.id for a in news]
    slack.stall("chat.postMessage", seconds=1.5)
    killed = delivery(h, local=False)
    dying = KilledMidSummary(killed.poster, slack)
    killed.poster = dying
    with pytest.raises(Killed):
        killed.flood(ids)
    assert [store.alert_state(i) for i in ids] == ["delivering"] * 5

    clock.advance(seconds=2)  # a copy of the message, while the dead lease holds
    with pytest.raises(DeferredError):
        delivery(h, local=False).flood(ids)
    dying.landed()
    [summary] = slack.top_level(SYRIA_CHANNEL)
    assert summary["metadata"]["event_type"] == "demandwatch_flood"
    assert slack.replies(SYRIA_CHANNEL, summary["ts"]) == []

    clock.advance(minutes=6)  # the dead invocation's lease has lapsed: Lambda tries again
    outcomes = delivery(h, local=False).flood(ids)
    assert [o.result for o in outcomes] == ["delivered"] * 5
    assert [m["ts"] for m in slack.top_level(SYRIA_CHANNEL)] == [summary["ts"]]
    assert [alert_of(m) for m in slack.replies(SYRIA_CHANNEL, summary["ts"])] == ids
    threads = [store.get_thread(a.story_id or a.id, SYRIA_CHANNEL) for a in news]
    assert [t.ts if t else None for t in threads] == [summary["ts"]] * 5


def test_a_local_run_killed_while_posting_its_summary_is_finished_in_that_summary(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """The same for `run` killed -9 and run again at once: the rerun does not look for
    the summary before it could have landed, and the run after finishes it."""
    import socket
    import subprocess
    import sys

    h = Harness(slack, store, clock, calm_config(flood_guard=GUARD_3))
    news = flood(h, 4)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    slack.stall("chat.postMessage", seconds=1.5)
    killed = delivery(h)
    killed.holder = f"{socket.gethostname()}:{dead.pid}"
    dying = KilledMidSummary(killed.poster, slack)
    killed.poster = dying
    with pytest.raises(Killed):
        killed.run()
    clock.advance(seconds=1)
    rerun = delivery(h).run()
    assert (rerun.leases_broken, rerun.delivered, rerun.pending) == (4, 0, 4)
    dying.landed()
    clock.advance(seconds=20)
    later = delivery(h).run()
    assert later.delivered == 4
    [summary] = slack.top_level(SYRIA_CHANNEL)
    assert [alert_of(m) for m in slack.replies(SYRIA_CHANNEL, summary["ts"])] == [
        a.id for a in news
    ]


def test_a_later_item_of_a_flood_story_waits_for_the_killed_runs_summary_and_joins_it(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Probe s14 N13: `run` killed -9 while its flood summary was on the wire, with a
    second item of one of the flood's stories leased too. The rerun posted that item as a
    story of its own (its story had no message yet, and one new story is no flood); the
    run after found the summary but, one story fewer, no longer a flood: the summary was
    left with an empty thread and its stories were posted top-level."""
    import socket
    import subprocess
    import sys

    h = Harness(slack, store, clock, calm_config(flood_guard=GUARD_3))
    news = flood(h, 4)
    more = p2("a-news-0-more", "st-news-0")
    h.enqueue(more)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    slack.stall("chat.postMessage", seconds=1.5)
    killed = delivery(h)
    killed.holder = f"{socket.gethostname()}:{dead.pid}"
    dying = KilledMidSummary(killed.poster, slack)
    killed.poster = dying
    with pytest.raises(Killed):
        killed.run()
    clock.advance(seconds=1)
    rerun = delivery(h).run()
    assert rerun.delivered == 0, [(o.alert_id, o.result) for o in rerun.outcomes]
    dying.landed()
    clock.advance(seconds=20)
    later = delivery(h).run()
    assert later.delivered == 5
    [summary] = slack.top_level(SYRIA_CHANNEL)
    assert summary["metadata"]["event_type"] == "demandwatch_flood"
    replies = [alert_of(m) for m in slack.replies(SYRIA_CHANNEL, summary["ts"])]
    assert sorted(replies) == sorted([a.id for a in news] + [more.id])
    assert replies.index(news[0].id) < replies.index(more.id)


def test_a_campaign_moved_to_another_channel_keeps_its_open_stories_in_their_threads(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Probe s14 N8: the operator moves a campaign to another channel while a veto's story
    is being handled in the first. Its next item opened a second top-level message in the
    new channel, and the responders' thread went quiet without a word. A story open in a
    channel stays there until it ends; the new channel takes the campaign's new stories."""
    h = Harness(slack, store, clock, make_config(campaign_channel="#syria-un"))
    h.enqueue(veto())
    assert delivery(h).run().delivered == 1
    [parent] = slack.top_level(SYRIA_CHANNEL)

    h.config = make_config(campaign_channel="#un-alerts")  # the operator's edit
    clock.advance(minutes=10)
    more = p2("a-veto-more", "st-veto")
    new = p2("a-new-story", "st-new")
    h.enqueue(more, new)
    report = delivery(h).run()
    assert report.delivered == 2
    assert [alert_of(m) for m in slack.replies(SYRIA_CHANNEL, parent["ts"])] == [more.id]
    assert [alert_of(m) for m in slack.top_level(SYRIA_CHANNEL)] == ["a-veto"]
    assert [alert_of(m) for m in slack.top_level(DEFAULT_CHANNEL)] == [new.id]


def _without_history_scope(slack: SlackServer) -> None:
    """The app may post in the channel but not read it back: a private channel configured
    by id without groups:history (the manifest makes that scope optional)."""

    def refuse(params: dict[str, Any]) -> dict[str, Any]:
        return {"ok": False, "error": "missing_scope"}

    slack.api_conversations_history = refuse  # type: ignore[method-assign]
    slack.api_conversations_replies = refuse  # type: ignore[method-assign]


def test_a_re_raise_needs_no_history_scope(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Alerts post without reading the channel (a lookup only on a retry); so does the
    re-raise: it is looked for only when a claim is taken over from a run that died."""
    h = Harness(slack, store, clock, calm_config(escalation=AFTER_20M))
    h.enqueue(veto())
    assert delivery(h).run().delivered == 1
    [parent] = slack.top_level(SYRIA_CHANNEL)
    _without_history_scope(slack)
    clock.advance(minutes=21)
    assert delivery(h).run().escalated == ["a-veto"]
    for _ in range(3):
        clock.advance(minutes=5)
        assert delivery(h).run().escalated == []
    assert len(replies(slack, SYRIA_CHANNEL, parent["ts"])) == 1


def test_a_re_raise_taken_over_after_a_kill_is_posted_when_it_cannot_be_looked_up(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """A run killed before its re-raise left: the next run after the lease would look for
    it, but the lookup fails (no history scope): it posts anyway - a page is not lost."""
    h = Harness(slack, store, clock, calm_config(escalation=AFTER_20M))
    h.enqueue(veto())
    delivery(h).run()
    [parent] = slack.top_level(SYRIA_CHANNEL)
    clock.advance(minutes=21)
    notifier = h.notifier()
    dying = DiesReRaising(notifier.api.client, store, h.config, clock=clock, api=notifier.api)
    with pytest.raises(Killed):
        replace(delivery(h), poster=dying).run()
    _without_history_scope(slack)
    clock.advance(minutes=6)
    assert delivery(h).run().escalated == ["a-veto"]
    assert len(replies(slack, SYRIA_CHANNEL, parent["ts"])) == 1


def test_a_re_raise_claimed_late_in_a_slow_run_holds_its_whole_lease(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Two P1 stories fall due. Run A's first re-raise takes 6 minutes (Slack slow:
    timeouts, retries, backoff); A then claims the second. A process B running just before
    A posts it finds the claim held (dated when A took it, not when A's run began) and
    leaves it: one re-raise per story."""
    h = Harness(slack, store, clock, calm_config(escalation=AFTER_20M))
    h.enqueue(veto("a-veto", "st-veto"), veto("b-veto", "st-veto-b"))
    delivery(h).run()
    parents = slack.top_level(SYRIA_CHANNEL)
    assert len(parents) == 2
    clock.advance(minutes=21)
    base = h.notifier()
    others: list[list[str]] = []

    class Slow(SlackNotifier):
        calls = 0

        def post_escalation(
            self,
            channel: str,
            thread_ts: str,
            alert: Alert,
            *,
            mention: str | None,
            after: timedelta,
            look_first: bool = False,
        ) -> str:
            Slow.calls += 1
            if Slow.calls == 1:
                clock.advance(minutes=6)
            else:  # about to post the second: another process runs now
                others.append(delivery(h).run().escalated)
            return super().post_escalation(
                channel, thread_ts, alert, mention=mention, after=after, look_first=look_first
            )

    slow = Slow(base.api.client, store, h.config, clock=clock, api=base.api)
    assert replace(delivery(h), poster=slow).escalate() == 2
    assert others == [[]]
    for p in parents:
        assert len(replies(slack, SYRIA_CHANNEL, p["ts"])) == 1


def test_a_run_that_overran_its_lease_does_not_withdraw_its_successors_claim(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Run A's re-raise post outlasts its lease and fails; meanwhile run B took the lapsed
    claim and re-raised. A's withdrawal must not free B's settled claim, or a third run
    would page on-call again."""
    h = Harness(slack, store, clock, calm_config(escalation=AFTER_20M))
    h.enqueue(veto())
    delivery(h).run()
    [parent] = slack.top_level(SYRIA_CHANNEL)
    clock.advance(minutes=21)
    base = h.notifier()
    others: list[list[str]] = []

    class OverrunsThenFails(SlackNotifier):
        def post_escalation(
            self,
            channel: str,
            thread_ts: str,
            alert: Alert,
            *,
            mention: str | None,
            after: timedelta,
            look_first: bool = False,
        ) -> str:
            clock.advance(minutes=6)
            others.append(delivery(h).run().escalated)  # B, after A's lease
            raise NotifyError("chat.postMessage failed: internal_error", code="internal_error")

    slow = OverrunsThenFails(base.api.client, store, h.config, clock=clock, api=base.api)
    replace(delivery(h), poster=slow).escalate()
    assert others == [["a-veto"]]
    for _ in range(3):
        clock.advance(minutes=5)
        assert delivery(h).run().escalated == []
    assert len(replies(slack, SYRIA_CHANNEL, parent["ts"])) == 1


def test_a_re_raise_after_a_kill_is_found_by_its_story_when_the_due_alert_changed(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """A story with two P1s: a run re-raises the older, Slack takes it, the run is killed
    before settling. On-call then claims that alert; after the lease the next run picks
    the story's other P1 under the same claim and finds the re-raise by story: one page."""
    h = Harness(slack, store, clock, calm_config(escalation=AFTER_20M))
    h.enqueue(veto())
    delivery(h).run()
    clock.advance(minutes=2)
    h.enqueue(veto("a-veto-2", "st-veto"))
    delivery(h).run()
    [parent] = slack.top_level(SYRIA_CHANNEL)
    clock.advance(minutes=21)
    notifier = h.notifier()
    dying = DiesReRaising(notifier.api.client, store, h.config, clock=clock, api=notifier.api)
    dying.landed = True
    with pytest.raises(Killed):
        replace(delivery(h), poster=dying).run()
    store.claim_alert("a-veto", "U0ONCALL", clock())
    clock.advance(minutes=6)
    assert delivery(h).run().escalated == ["a-veto-2"]  # adopted, not posted again
    pings = [
        m
        for m in replies(slack, SYRIA_CHANNEL, parent["ts"])
        if (m.get("metadata") or {}).get("event_type") == "demandwatch_escalation"
    ]
    assert len(pings) == 1


def test_a_re_raise_slack_refuses_for_good_is_given_up_and_said_once(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """The app was removed from the channel (or it was archived) after the P1 went out:
    every try would fail the same way. The re-raise is given up at the first failure and
    said once, not tried and announced at every run."""
    h = Harness(slack, store, clock, calm_config(escalation=AFTER_20M))
    h.enqueue(veto())
    delivery(h).run()
    clock.advance(minutes=21)
    del slack.channels[SYRIA_CHANNEL]
    tries_before = len(slack.requests)
    said = []
    for _ in range(12):  # an hour of 5-minute runs
        report = delivery(h).run()
        said += [n for n in report.notices if "not re-raised" in n]
        assert report.escalations_waiting == []
        clock.advance(minutes=5)
    assert len(said) == 1
    assert "not re-raised (" in said[0]
    assert "channel_not_found" in said[0]
    # Tried once or twice (the channel lookup), not at every run; the ops notice aside.
    re_raises = [
        r
        for r in slack.requests[tries_before:]
        if r.method == "chat.postMessage" and r.params.get("channel") != OPS_CHANNEL
    ]
    assert len(re_raises) <= 2
    # Nobody was paged for this P1: the ops channel is told, once, and so is the exit code.
    [ops] = [m["text"] for m in slack.top_level(OPS_CHANNEL) if "not re-raised" in m["text"]]
    assert "channel_not_found" in ops


def test_a_re_raise_not_posted_makes_the_run_exit_undelivered_until_it_goes_out(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """The re-raise is the page of the on-call group: a run that could not post it (Slack
    failing for now, or refusing for good) ends with the undelivered exit code, as a run
    that could not post a P1 alert does, and names why in its log."""
    h = Harness(slack, store, clock, calm_config(escalation=AFTER_20M))
    h.enqueue(veto())
    assert _delivery_exit(delivery(h).run()) == EXIT_OK
    clock.advance(minutes=25)
    slack.fail("chat.postMessage", status=500, times=4)  # the first try and 3 retries
    waiting = delivery(h).run()
    assert waiting.escalations_waiting == ["a-veto"]
    assert "internal_error" in waiting.escalation_errors["a-veto"]
    assert _delivery_exit(waiting) == EXIT_UNDELIVERED
    clock.advance(minutes=1)
    done = delivery(h).run()
    assert done.escalated == ["a-veto"]
    assert _delivery_exit(done) == EXIT_OK

    h.enqueue(veto("a-second-veto", story="st-second-veto"))
    delivery(h).run()
    clock.advance(minutes=25)
    del slack.channels[SYRIA_CHANNEL]
    refused = delivery(h).run()
    assert refused.escalations_given_up == ["a-second-veto"]
    assert _delivery_exit(refused) == EXIT_UNDELIVERED


def test_a_re_raise_that_landed_but_whose_answer_was_lost_is_not_posted_twice(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Slack takes the re-raise but answers 500: the API client tries again and finds the
    reply that landed (by its story, in the thread) instead of paging on-call twice."""
    h = Harness(slack, store, clock, calm_config(escalation=AFTER_20M))
    h.enqueue(veto())
    delivery(h).run()
    [parent] = slack.top_level(SYRIA_CHANNEL)
    clock.advance(minutes=21)
    slack.fail("chat.postMessage", status=500, times=1, landed=True)
    assert delivery(h).run().escalated == ["a-veto"]
    assert len(replies(slack, SYRIA_CHANNEL, parent["ts"])) == 1


class SummaryDeletedAtOnce:
    """A poster whose flood summary someone deletes in Slack the moment it is posted,
    before the stories go into its thread."""

    def __init__(self, poster: Any, slack: SlackServer) -> None:
        self._poster = poster
        self._slack = slack

    def post_summary(self, channel: str, stories: Any) -> str:
        ts = str(self._poster.post_summary(channel, stories))
        with self._slack._lock:
            self._slack.messages[channel] = [
                m for m in self._slack.messages[channel] if m["ts"] != ts
            ]
        return ts

    def __getattr__(self, name: str) -> Any:
        return getattr(self._poster, name)


@pytest.mark.parametrize("local", [True, False])
def test_a_flood_whose_summary_is_deleted_before_its_stories_posts_them_on_their_own(
    slack: SlackServer, store: SqliteStore, clock: Clock, local: bool
) -> None:
    """Review A s13 L3: a story of a flood posted into a summary gone from Slack met
    thread_not_found, which is "rejected": the alert (a P1 could be one) failed for good.
    Better many messages than none: each story posts on its own, as when the summary
    could not be posted at all."""
    h = Harness(slack, store, clock, calm_config(flood_guard=GUARD_3))
    news = flood(h, 4)
    run = delivery(h, local=local)
    run.poster = SummaryDeletedAtOnce(run.poster, slack)
    outcomes = run.run().outcomes if local else run.flood([a.id for a in news])
    assert [o.result for o in outcomes] == ["delivered"] * 4
    assert sorted(alert_of(m) for m in slack.top_level(SYRIA_CHANNEL)) == [a.id for a in news]
    assert [store.alert_state(a.id) for a in news] == ["posted"] * 4


def test_an_unclaimed_p1_whose_message_was_deleted_is_re_raised_on_its_own(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Review A s13 L2: the veto's message was deleted in Slack, unclaimed. Its re-raise
    into the gone thread met thread_not_found, taken for a refusal for good: given up,
    and ops told "not re-raised ... thread_not_found"; nobody on call heard of the veto.
    Now the story's thread is forgotten (its next alert opens it again) and the re-raise
    goes to the channel on its own, once."""
    h = Harness(slack, store, clock, calm_config(escalation=AFTER_20M))
    h.enqueue(veto())
    assert delivery(h).run().delivered == 1
    [parent] = slack.top_level(SYRIA_CHANNEL)
    with slack._lock:
        slack.messages[SYRIA_CHANNEL].remove(parent)
    clock.advance(minutes=21)
    report = delivery(h).run()
    assert (report.escalated, report.escalations_given_up) == (["a-veto"], [])
    [raised] = slack.top_level(SYRIA_CHANNEL)
    assert "<!subteam^S0ONCALL1>" in raised["text"]
    assert not [m for m in slack.top_level(OPS_CHANNEL) if "not re-raised" in m["text"]]
    assert store.get_thread("st-veto", SYRIA_CHANNEL) is None
    clock.advance(minutes=30)
    assert delivery(h).run().escalated == []
    assert len(slack.top_level(SYRIA_CHANNEL)) == 1


def test_a_deployment_never_adopts_another_deployments_post_of_the_same_alert(
    slack: SlackServer, clock: Clock, tmp_path: Path
) -> None:
    """Probe s13 H7: alert ids are the same in every deployment (made from the document).
    Deployment k's post timed out; its next try looked the post up by alert id, found
    deployment j's message for the same veto (claimed there by j's people) and recorded
    it as its own: k posted nothing. Each deployment's messages now name it, and a
    look-up skips another deployment's."""
    from demandwatch import bootstrap
    from demandwatch.config import Settings

    def deployment(name: str) -> tuple[Harness, DeliverAlerts]:
        h = Harness(slack, SqliteStore(tmp_path / f"{name}.sqlite3"), clock)
        notifier = h.notifier()
        notifier.deployment = name
        run = bootstrap.build_delivery(
            h.store, notifier, h.config, Settings(), clock=clock, local=False
        )
        return h, run

    j, run_j = deployment("deployment-j")
    j.enqueue(veto())
    assert run_j.run().delivered == 1
    [theirs] = slack.top_level(SYRIA_CHANNEL)

    k, run_k = deployment("deployment-k")
    k.enqueue(veto())
    # k's first try: its thread claimed, its post sent, the answer lost (timed out).
    [leased] = k.store.claim_alerts(clock(), timedelta(minutes=5))
    k.store.claim_thread("st-veto", SYRIA_CHANNEL, leased.id)
    k.store.release_alert(leased.id, "Slack did not answer in time", clock())
    clock.advance(minutes=1)
    assert run_k.run().delivered == 1
    ours = k.store.alert_status("a-veto")
    assert ours is not None
    assert ours.ts is not None
    assert ours.ts != theirs["ts"]
    assert len(slack.top_level(SYRIA_CHANNEL)) == 2
    j.store.close()
    k.store.close()


def renamed(config: AppConfig, old: str, new: str, *, drop: tuple[str, ...] = ()) -> AppConfig:
    """The operator's edit: a demand's id renamed, others taken out of demands.yaml."""
    campaigns = tuple(
        replace(
            c,
            demands=tuple(
                replace(d, id=new) if d.id == old else d for d in c.demands if d.id not in drop
            ),
        )
        for c in config.campaigns
    )
    return replace(config, campaigns=campaigns)


def test_a_veto_waiting_while_its_demands_are_renamed_goes_to_its_campaigns_channel(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Probe s16 R1 (= s14 N5): a veto waits out a refused token; meanwhile the operator
    renames its demand's id and takes the other out. It was posted to the default channel,
    where the campaign's people do not look. It goes on to its campaign's channel (the
    campaign the alert was made under, still configured) and pages there; an alert whose
    campaign is gone too goes to the default channel, saying its demand is no longer
    configured. Nothing is held back: a veto always reaches someone."""
    config = make_config(campaign_channel="#syria-un")
    h = Harness(slack, store, clock, config)
    campaigns = {"stop-veto-obstruction": "syria-un-action", "arms-embargo": "syria-un-action"}
    waiting = replace(veto(), demand_campaigns=campaigns)
    other = replace(
        p2("a-other", "st-other"),
        matches=(Match("asset-freeze", ("asset freeze",)),),
        demand_campaigns={"asset-freeze": "a-campaign-since-closed"},
    )
    slack.token = "xoxb-revoked"
    h.enqueue(waiting, other)
    assert delivery(h).run().delivered == 0
    slack.token = TOKEN
    clock.advance(minutes=5)
    h.config = renamed(
        config, "stop-veto-obstruction", "stop-the-veto", drop=("arms-embargo", "asset-freeze")
    )
    report = delivery(h).run()

    assert report.delivered == 2
    [posted] = slack.top_level(SYRIA_CHANNEL)
    assert alert_of(posted) == waiting.id
    assert "<!subteam^S0ONCALL1>" in posted["text"]  # paged as any veto of the campaign
    [elsewhere] = slack.top_level(DEFAULT_CHANNEL)
    assert alert_of(elsewhere) == "a-other"
    assert "no longer configured" in json.dumps(elsewhere)


def test_one_rate_limited_refusal_is_a_wait_not_a_slack_outage(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    """Probe s16 L7: Slack refused one post with chat.postMessage's own "rate_limited"
    (HTTP 200, too many messages posted), and it was announced as an outage ("Slack cannot
    take messages now", the SlackUnavailable alarm) for a pacing answer. It is a rate
    limit: the alert waits and goes out, nothing is said to ops."""
    h = Harness(slack, store, clock, make_config(campaign_channel="#syria-un"))
    slack.refuse("chat.postMessage", "rate_limited")
    h.enqueue(veto())
    first = delivery(h).run()
    assert first.delivered == 0
    assert not [n for n in first.notices if "cannot take messages" in n], first.notices
    clock.advance(minutes=1)
    assert delivery(h).run().delivered == 1
    assert slack.top_level(OPS_CHANNEL) == []
