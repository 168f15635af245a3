"""SlackNotifier against a local Slack Web API server, through the real Service.deliver.

A real slack_sdk WebClient talks HTTP to tests/integration/slack_server.py; the state is a
real SQLite file. What is checked is what Slack ended up showing (the server's messages)
and what the store recorded.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from demandwatch import bootstrap
from demandwatch.config import AppConfig, Settings
from demandwatch.core.models import (
    Actor,
    Alert,
    Event,
    FetchResult,
    NewEntry,
    SourceState,
    Thread,
)
from demandwatch.notify.console import ConsoleNotifier
from demandwatch.service import Service
from demandwatch.slack.api import SlackApi, build_web_client
from demandwatch.slack.notifier import SlackNotifier
from demandwatch.sources.http import RequestSpec
from demandwatch.store.sqlite import SqliteStore
from integration.slack_server import TOKEN, SlackServer, block_errors
from slack_support import (
    ARMS_CHANNEL,
    CHANNELS,
    DEFAULT_CHANNEL,
    OPS_CHANNEL,
    SYRIA_CHANNEL,
    T0,
    Clock,
    event_alert,
    make_alert,
    make_config,
    make_item,
)

pytestmark = pytest.mark.integration


class NoFetcher:
    """Delivery tests never poll."""

    async def fetch(
        self, spec: RequestSpec, state: SourceState, *, timeout: float, max_bytes: int
    ) -> FetchResult:
        raise AssertionError("delivery tests do not fetch")


class Crash(Exception):
    """The process dying at a chosen point (nothing after it runs)."""


class CrashingStore:
    """A real SqliteStore that dies once, right after Slack accepted the post."""

    def __init__(self, store: SqliteStore) -> None:
        self._store = store
        self.crashes = 1

    def set_thread_ts(self, story_id: str, channel: str, alert_id: str, ts: str) -> Thread:
        if self.crashes:
            self.crashes -= 1
            raise Crash("killed between chat.postMessage and recording it")
        return self._store.set_thread_ts(story_id, channel, alert_id, ts)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


class StaleReadStore(CrashingStore):
    """Reads "no thread yet" once, as a process does that looked before another one saved."""

    def __init__(self, store: SqliteStore) -> None:
        super().__init__(store)
        self.crashes = 0
        self.stale = 1

    def get_thread(self, story_id: str, channel: str) -> Thread | None:
        if self.stale:
            self.stale -= 1
            return None
        return self._store.get_thread(story_id, channel)


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


class Harness:
    def __init__(
        self, slack: SlackServer, store: Any, clock: Clock, config: AppConfig | None = None
    ) -> None:
        self.slack = slack
        self.store = store
        self.clock = clock
        self.config = config or make_config(
            demand_channels={"arms-embargo": "#arms-team"}, campaign_channel="#syria-un"
        )
        self.sleeps: list[float] = []

    def notifier(
        self, *, store: Any = None, max_wait: float = 0.0, default_channel: str | None = None
    ) -> SlackNotifier:
        settings = Settings(slack_bot_token=SecretStr(TOKEN), slack_api_url=self.slack.url)
        client = build_web_client(settings, timeout=5)
        api = SlackApi(client, max_wait=max_wait, sleep=self.sleeps.append, min_interval=0)
        return SlackNotifier(
            client,
            store or self.store,
            self.config,
            default_channel=default_channel,
            clock=self.clock,
            api=api,
        )

    def service(self, notifier: SlackNotifier, store: Any = None) -> Service:
        store = store or self.store
        settings = Settings(slack_channel=notifier.default_channel)
        return Service(
            config=self.config,
            store=store,
            fetcher=NoFetcher(),
            notifier=notifier,
            matcher=bootstrap.build_matcher(self.config),
            clock=self.clock,
            delivery=bootstrap.build_delivery(
                store, notifier, self.config, settings, clock=self.clock, local=False
            ),
        )

    def enqueue(self, *alerts: Alert) -> None:
        self.store.record_new(
            "un-press",
            [NewEntry(f"key-{a.id}", a) for a in alerts],
            self.clock(),
            timedelta(days=1),
        )


@pytest.fixture
def h(slack: SlackServer, store: SqliteStore, clock: Clock) -> Harness:
    return Harness(slack, store, clock)


def _alert_ids(messages: list[dict[str, Any]]) -> list[str]:
    return [m["metadata"]["event_payload"]["alert_id"] for m in messages]


# ---------------------------------------------------------------------- once


def test_alert_is_posted_once_with_metadata_and_recorded(h: Harness) -> None:
    alert = event_alert("statement")
    h.enqueue(alert)
    service = h.service(h.notifier())
    assert service.deliver().delivered == 1
    posted = h.slack.top_level(SYRIA_CHANNEL)
    assert len(posted) == 1
    assert posted[0]["metadata"] == {
        "event_type": "demandwatch_alert",
        "event_payload": {"alert_id": alert.id, "story_id": alert.id},
    }
    assert posted[0]["options"] == {
        "link_names": False,
        "parse": "none",
        "unfurl_links": False,
        "unfurl_media": False,
    }
    status = h.store.alert_status(alert.id)
    assert status is not None
    assert (status.state, status.channel, status.ts) == (
        "posted",
        SYRIA_CHANNEL,
        posted[0]["ts"],
    )
    # Nothing pending: a second run posts nothing.
    assert service.deliver().delivered == 0
    assert len(h.slack.calls("chat.postMessage")) == 1


def test_story_items_become_thread_replies_and_the_parent_counts_sources(h: Harness) -> None:
    first = replace(event_alert("vote_scheduled"), story_id="story-s2012-77", priority="P2")
    later = [
        replace(
            make_alert(
                f"a-later-{i}", item=make_item(key=f"k{i}", title=f"Source {i} on the vote")
            ),
            story_id="story-s2012-77",
            priority="P2",
        )
        for i in range(3)
    ]
    h.enqueue(first)
    service = h.service(h.notifier())
    service.deliver()
    h.clock.advance(minutes=1)
    h.enqueue(*later)
    assert service.deliver().delivered == 3
    top = h.slack.top_level(SYRIA_CHANNEL)
    assert _alert_ids(top) == [first.id]
    replies = h.slack.replies(SYRIA_CHANNEL, top[0]["ts"])
    assert _alert_ids(replies) == [a.id for a in later]
    assert all(not r["reply_broadcast"] for r in replies)
    parent = h.slack.message(SYRIA_CHANNEL, top[0]["ts"])
    assert parent["edited"]
    assert any(
        "*+3 sources* in the thread" in e["text"]
        for b in parent["blocks"]
        if b["type"] == "context"
        for e in b["elements"]
    )
    # The update keeps the metadata that identifies the alert.
    assert parent["metadata"]["event_payload"]["alert_id"] == first.id
    assert h.store.get_thread("story-s2012-77", SYRIA_CHANNEL).replies == 3  # type: ignore[union-attr]
    assert {h.store.alert_status(a.id).ts for a in later} == {r["ts"] for r in replies}  # type: ignore[union-attr]


def test_reply_that_raises_the_story_to_p1_pages_and_is_broadcast_once(h: Harness) -> None:
    vote = replace(event_alert("vote_scheduled"), story_id="s1", priority="P2")
    veto = replace(event_alert("veto"), story_id="s1")
    again = replace(
        make_alert("a-veto-2", item=make_item(key="k2")), story_id="s1", event=veto.event
    )
    h.enqueue(vote)
    service = h.service(h.notifier())
    service.deliver()
    h.enqueue(veto)
    service.deliver()
    h.clock.advance(seconds=1)
    h.enqueue(again)  # P1 too, but the story already paged for the veto: once is enough
    service.deliver()
    top = h.slack.top_level(SYRIA_CHANNEL)
    replies = h.slack.replies(SYRIA_CHANNEL, top[0]["ts"])
    assert [r["reply_broadcast"] for r in replies] == [True, False]
    assert "<@U0VETOOWN>" not in replies[1]["text"]
    assert "<@U0VETOOWN>" in replies[0]["text"]
    assert "<!subteam^S0ONCALL1>" in replies[0]["text"]


def test_a_veto_pages_even_when_the_vote_it_ends_was_announced_as_a_p1(h: Harness) -> None:
    """Probe s13 P1: a vote on a demand of high priority is announced as a P1 and pages;
    the veto that ends it is the news the responder is on call for, so it pages too
    (broadcast, owners and on-call mentioned) and heads the story's message. A second
    report of the veto and a further vote notice page nobody."""
    vote = replace(event_alert("vote_scheduled"), story_id="s1", priority="P1")
    vote_again = replace(
        make_alert("a-vote-2", item=make_item(key="k-vote-2")),
        story_id="s1",
        event=vote.event,
        priority="P1",
    )
    veto = replace(event_alert("veto"), story_id="s1")
    veto_again = replace(
        make_alert("a-veto-2", item=make_item(key="k-veto-2")), story_id="s1", event=veto.event
    )
    service = h.service(h.notifier())
    for alert in (vote, vote_again, veto, veto_again):
        h.enqueue(alert)
        service.deliver()
        h.clock.advance(seconds=1)
    [top] = h.slack.top_level(SYRIA_CHANNEL)
    assert "<@U0VETOOWN>" in top["text"]  # the vote notice paged
    replies = h.slack.replies(SYRIA_CHANNEL, top["ts"])
    assert [r["reply_broadcast"] for r in replies] == [False, True, False]
    paged = ["<@U0VETOOWN>" in r["text"] for r in replies]
    assert paged == [False, True, False]
    assert "<!subteam^S0ONCALL1>" in replies[1]["text"]
    parent = h.slack.message(SYRIA_CHANNEL, top["ts"])
    [header] = [b["text"]["text"] for b in parent["blocks"] if b["type"] == "header"]
    assert header.startswith("🔴 P1 · Veto · ")
    assert header.endswith(" (was: vote scheduled)")


def test_a_p1_story_does_not_page_again_for_each_source(h: Harness) -> None:
    veto = replace(event_alert("veto"), story_id="s1")
    again = replace(
        make_alert("a-veto-2", item=make_item(key="k2")), story_id="s1", event=veto.event
    )
    h.enqueue(veto)
    service = h.service(h.notifier())
    service.deliver()
    h.enqueue(again)
    service.deliver()
    top = h.slack.top_level(SYRIA_CHANNEL)
    assert "<@U0VETOOWN>" in top[0]["text"]
    reply = h.slack.replies(SYRIA_CHANNEL, top[0]["ts"])[0]
    assert not reply["reply_broadcast"]
    assert "<@" not in reply["text"]
    assert "<!subteam" not in reply["text"]


# ---------------------------------------------------------------------- routing


def test_routing_demand_then_campaign_then_default(h: Harness, store: SqliteStore) -> None:
    arms = event_alert("other")  # matches only arms-embargo, which has its own channel
    veto = event_alert("statement")  # stop-veto-obstruction first: the campaign channel
    h.enqueue(arms, veto)
    h.service(h.notifier()).deliver()
    assert _alert_ids(h.slack.top_level(ARMS_CHANNEL)) == [arms.id]
    assert _alert_ids(h.slack.top_level(SYRIA_CHANNEL)) == [veto.id]

    no_channels = Harness(h.slack, store, h.clock, make_config(campaign_channel=None))
    meeting = event_alert("meeting")
    no_channels.enqueue(meeting)
    no_channels.service(no_channels.notifier()).deliver()
    assert _alert_ids(h.slack.top_level(DEFAULT_CHANNEL)) == [meeting.id]  # org.yaml's #un-alerts

    # SLACK_CHANNEL overrides the default, given as an id.
    report = event_alert("report")
    no_channels.enqueue(report)
    no_channels.service(no_channels.notifier(default_channel=OPS_CHANNEL)).deliver()
    assert _alert_ids(h.slack.top_level(OPS_CHANNEL)) == [report.id]


def test_ops_messages_go_to_the_ops_channel(h: Harness) -> None:
    ts = h.notifier().post_ops_message("UN News feed failing for 3 polls: HTTP 503 <!channel>")
    message = h.slack.message(OPS_CHANNEL, ts)
    assert "&lt;!channel&gt;" not in message["text"]  # HTML-to-text drops it; nothing pings
    assert "<!channel>" not in str(message["blocks"])
    assert message["metadata"]["event_type"] == "demandwatch_ops"


def test_unknown_channel_goes_to_the_default_channel_and_ops_hear_once(
    h: Harness, store: SqliteStore
) -> None:
    lost = Harness(h.slack, store, h.clock, make_config(campaign_channel="#no-such-channel"))
    first, second = event_alert("statement"), event_alert("meeting")
    lost.enqueue(first)
    report = lost.service(lost.notifier()).deliver()
    assert (report.delivered, report.pending, report.failed) == (1, 0, 0)
    assert "re-routed from #no-such-channel" in str(report.outcomes[0].reason)
    assert _alert_ids(h.slack.top_level(DEFAULT_CHANNEL)) == [first.id]
    assert store.alert_state(first.id) == "posted"
    ops = h.slack.top_level(OPS_CHANNEL)
    assert len(ops) == 1
    assert "#no-such-channel" in ops[0]["text"]
    # The next alert for that channel: re-routed too, and ops are not told again.
    lost.enqueue(second)
    lost.service(lost.notifier()).deliver()
    assert _alert_ids(h.slack.top_level(DEFAULT_CHANNEL)) == [first.id, second.id]
    assert len(h.slack.top_level(OPS_CHANNEL)) == 1


def test_a_channel_made_again_under_its_name_is_posted_to_by_the_next_alert(h: Harness) -> None:
    """#syria-un is deleted and made again (a new id) while a process that resolved the
    name keeps running: its next alert for the old id meets channel_not_found and goes to
    the default channel; the one after goes to the new #syria-un, not to the dead id."""
    notifier = h.notifier()
    service = h.service(notifier)
    assert notifier.resolve("#syria-un") == SYRIA_CHANNEL  # resolved once, kept
    h.slack.remove_channel(SYRIA_CHANNEL)
    h.slack.add_channel("C0SYRIANEW", "syria-un")
    first, second = event_alert("statement"), event_alert("meeting")
    h.enqueue(first)
    assert service.deliver().delivered == 1
    assert _alert_ids(h.slack.top_level(DEFAULT_CHANNEL)) == [first.id]
    h.enqueue(second)
    assert service.deliver().delivered == 1
    assert _alert_ids(h.slack.top_level("C0SYRIANEW")) == [second.id]


def test_an_ops_notice_slack_would_not_take_is_said_again_on_a_later_run(
    h: Harness, store: SqliteStore
) -> None:
    """The ops channel did not exist yet when a channel went missing: nobody heard that,
    so the next alert that meets the missing channel says it again, once."""
    config = make_config(campaign_channel="#no-such-channel")
    config = replace(config, org=replace(config.org, ops_channel="#ops-later"))
    lost = Harness(h.slack, store, h.clock, config)
    lost.enqueue(event_alert("statement"))
    first = lost.service(lost.notifier()).deliver()
    assert first.delivered == 1
    assert any("#no-such-channel" in n for n in first.notices)
    h.slack.add_channel("C0DWOPS02", "ops-later")
    assert h.slack.top_level("C0DWOPS02") == []
    lost.enqueue(event_alert("meeting"))
    lost.service(lost.notifier()).deliver()
    ops = h.slack.top_level("C0DWOPS02")
    assert len(ops) == 1
    assert "#no-such-channel" in ops[0]["text"]
    lost.enqueue(event_alert("report"))
    lost.service(lost.notifier()).deliver()
    assert len(h.slack.top_level("C0DWOPS02")) == 1  # heard now: not again


def test_rejected_token_keeps_the_alert_for_a_new_token_and_says_why(h: Harness) -> None:
    alert = event_alert("statement")
    h.enqueue(alert)
    h.slack.token = "xoxb-another"
    report = h.service(h.notifier()).deliver()
    assert (report.delivered, report.pending, report.failed) == (0, 1, 0)
    assert [o.alert_id for o in report.urgent_undelivered] == [alert.id]
    assert h.store.alert_state(alert.id) == "pending"
    assert any("invalid_auth" in n for n in report.notices)
    assert all(TOKEN not in n for n in report.notices)
    # Where to look, in either runtime (probe s14 J9: the cloud has no SLACK_BOT_TOKEN).
    said = next(n for n in report.notices if "invalid_auth" in n)
    assert "SLACK_BOT_TOKEN" in said
    assert "slack_bot_token key of the secret DEMANDWATCH_SECRET_ID names" in said
    h.slack.token = TOKEN
    assert h.service(h.notifier()).deliver().delivered == 1


def test_bootstrap_chooses_slack_only_with_token_and_channel(
    h: Harness, store: SqliteStore
) -> None:
    config = make_config()
    assert isinstance(bootstrap.build_notifier(Settings(), config, store), ConsoleNotifier)
    with_token = Settings(slack_bot_token=SecretStr(TOKEN), slack_api_url=h.slack.url.rstrip("/"))
    notifier = bootstrap.build_notifier(with_token, config, store)
    assert isinstance(notifier, SlackNotifier)
    assert notifier.api.client.base_url == h.slack.url
    assert notifier.default_channel == "#un-alerts"
    override = Settings(slack_bot_token=SecretStr(TOKEN), slack_channel="C0OVERRIDE1")
    assert bootstrap.build_notifier(override, config, store).default_channel == "C0OVERRIDE1"  # type: ignore[attr-defined]


# ---------------------------------------------------------------------- rate limits, errors


def test_429_releases_the_alert_for_retry_after(h: Harness) -> None:
    alert = event_alert("statement")
    h.enqueue(alert)
    h.slack.rate_limit("chat.postMessage", retry_after=30)
    service = h.service(h.notifier())
    report = service.deliver()
    assert (report.delivered, report.retrying) == (0, 1)
    assert h.sleeps == []  # nothing blocked waiting
    assert h.store.alert_state(alert.id) == "pending"
    h.clock.advance(seconds=29)
    assert service.deliver().delivered == 0  # not before Retry-After
    h.clock.advance(seconds=2)
    assert service.deliver().delivered == 1
    assert len(h.slack.top_level(SYRIA_CHANNEL)) == 1


def test_429_waited_out_locally_when_short(h: Harness) -> None:
    alert = event_alert("statement")
    h.enqueue(alert)
    h.slack.rate_limit("chat.postMessage", retry_after=2)
    assert h.service(h.notifier(max_wait=5)).deliver().delivered == 1
    assert h.sleeps == [2]
    assert len(h.slack.top_level(SYRIA_CHANNEL)) == 1
    # Longer than the allowed wait: fail fast even locally.
    h.slack.rate_limit("chat.postMessage", retry_after=60)
    h.enqueue(event_alert("meeting"))
    assert h.service(h.notifier(max_wait=5)).deliver().retrying == 1


def test_429s_in_a_row_are_waited_out_up_to_max_wait_in_all(h: Harness) -> None:
    """Probe s17 P2: Slack pacing a burst says "wait 12 s" again and again. A call waits
    each out while its waits add up to no more than ``max_wait``; the next 429 goes to
    the alert's retry time (the run is never held longer than that)."""
    alert = event_alert("statement")
    h.enqueue(alert)
    h.slack.rate_limit("chat.postMessage", retry_after=12, times=2)
    assert h.service(h.notifier(max_wait=30)).deliver().delivered == 1
    assert h.sleeps == [12, 12]
    h.sleeps.clear()
    h.slack.rate_limit("chat.postMessage", retry_after=12, times=3)
    h.enqueue(event_alert("meeting"))
    assert h.service(h.notifier(max_wait=30)).deliver().retrying == 1
    assert h.sleeps == [12, 12]  # a third wait would make 36 s


def test_429_on_the_parent_update_does_not_decide_the_reply(h: Harness) -> None:
    """The reply landed: it is delivered. The "+N sources" update is retried on its own."""
    first = replace(event_alert("statement"), story_id="s1")
    second = replace(make_alert("a-second", item=make_item(key="k2")), story_id="s1", priority="P2")
    h.enqueue(first)
    service = h.service(h.notifier())
    service.deliver()
    h.enqueue(second)
    h.slack.rate_limit("chat.update", retry_after=10)
    report = service.deliver()
    assert (report.delivered, report.pending, report.parents_behind) == (1, 0, 1)
    assert h.store.alert_state(second.id) == "posted"
    h.clock.advance(seconds=11)
    report = service.deliver()
    assert (report.delivered, report.parents_updated) == (0, 1)
    top = h.slack.top_level(SYRIA_CHANNEL)[0]
    assert _alert_ids(h.slack.replies(SYRIA_CHANNEL, top["ts"])) == [second.id]
    assert "*+1 source* in the thread" in str(h.slack.message(SYRIA_CHANNEL, top["ts"])["blocks"])
    assert h.store.stale_parents() == []


def test_parent_updates_are_coalesced_one_per_run(h: Harness) -> None:
    first = replace(event_alert("statement"), story_id="s1")
    h.enqueue(first)
    service = h.service(h.notifier())
    service.deliver()
    later = [
        replace(make_alert(f"a-{i}", item=make_item(key=f"k{i}")), story_id="s1", priority="P2")
        for i in range(4)
    ]
    h.enqueue(*later)
    before = len(h.slack.calls("chat.update"))
    assert service.deliver().delivered == 4
    assert len(h.slack.calls("chat.update")) == before + 1
    service.deliver()  # nothing new: nothing updated
    assert len(h.slack.calls("chat.update")) == before + 1


def test_server_errors_are_retried_with_backoff(h: Harness) -> None:
    h.enqueue(event_alert("statement"))
    h.slack.fail("chat.postMessage", status=503, times=2)
    assert h.service(h.notifier()).deliver().delivered == 1
    assert h.sleeps == [0.5, 1.0]
    assert len(h.slack.top_level(SYRIA_CHANNEL)) == 1


def test_persistent_server_errors_fail_the_send_and_keep_the_alert(h: Harness) -> None:
    alert = event_alert("statement")
    h.enqueue(alert)
    h.slack.fail("chat.postMessage", status=500, times=10)
    assert h.service(h.notifier()).deliver().retrying == 1
    # The alert's post, then the outage's ops notice (said once), each with the API's retries.
    assert h.sleeps == [0.5, 1.0, 2.0] * 2
    assert h.store.alert_state(alert.id) == "pending"


@pytest.mark.parametrize("lose", ["answer_500", "connection_dropped"])
def test_a_post_that_landed_is_found_not_repeated(h: Harness, lose: str) -> None:
    alert = event_alert("statement")
    h.enqueue(alert)
    if lose == "answer_500":
        h.slack.fail("chat.postMessage", status=502, landed=True)
    else:
        h.slack.drop("chat.postMessage", landed=True)
    assert h.service(h.notifier()).deliver().delivered == 1
    posted = h.slack.top_level(SYRIA_CHANNEL)
    assert _alert_ids(posted) == [alert.id]
    assert h.store.alert_status(alert.id).ts == posted[0]["ts"]  # type: ignore[union-attr]
    history = h.slack.calls("conversations.history")
    assert history
    assert history[0].params["include_all_metadata"] in ("1", "true", "True", True)


def test_a_post_slack_answers_too_late_is_looked_up_later_not_sent_again(h: Harness) -> None:
    """Slack takes the post but answers after the client's timeout: a re-send now would
    post it twice (a look-up now cannot see it yet). The try fails, the alert waits, and
    the next try finds the post that landed and adopts it."""
    alert = event_alert("statement")
    h.enqueue(alert)
    notifier = h.notifier()
    notifier.api.client.timeout = 1
    h.slack.stall("chat.postMessage", seconds=2.5)
    first = h.service(notifier).deliver()
    assert (first.delivered, first.retrying) == (0, 1)
    time.sleep(2)  # the held post lands
    [landed] = h.slack.top_level(SYRIA_CHANNEL)
    h.clock.advance(minutes=5)
    assert h.service(notifier).deliver().delivered == 1
    assert _alert_ids(h.slack.top_level(SYRIA_CHANNEL)) == [alert.id]
    assert h.store.alert_status(alert.id).ts == landed["ts"]  # type: ignore[union-attr]


def test_crash_between_post_and_record_does_not_double_post(h: Harness) -> None:
    alert = event_alert("veto")
    h.enqueue(alert)
    crashing = CrashingStore(h.store)
    with pytest.raises(Crash):
        h.service(h.notifier(store=crashing), store=crashing).deliver()
    assert len(h.slack.top_level(SYRIA_CHANNEL)) == 1  # it did reach Slack
    assert h.store.alert_state(alert.id) == "delivering"
    # The next run, after the dead run's lease lapsed, in a new process.
    h.clock.advance(minutes=6)
    report = h.service(h.notifier()).deliver()
    assert report.delivered == 1
    posted = h.slack.top_level(SYRIA_CHANNEL)
    assert _alert_ids(posted) == [alert.id]
    assert len(h.slack.calls("chat.postMessage")) == 1
    assert h.store.get_thread(alert.id, SYRIA_CHANNEL).ts == posted[0]["ts"]  # type: ignore[union-attr]
    assert h.store.alert_status(alert.id).ts == posted[0]["ts"]  # type: ignore[union-attr]


def test_crash_after_a_reply_does_not_double_reply(h: Harness) -> None:
    first = replace(event_alert("statement"), story_id="s1")
    second = replace(make_alert("a-second", item=make_item(key="k2")), story_id="s1", priority="P2")
    h.enqueue(first)
    h.service(h.notifier()).deliver()
    h.enqueue(second)

    class DiesAfterReply(CrashingStore):
        def record_reply(self, story_id: str, channel: str, alert_id: str) -> int:
            raise Crash("killed after the reply was posted")

    dying = DiesAfterReply(h.store)
    with pytest.raises(Crash):
        h.service(h.notifier(store=dying), store=dying).deliver()
    h.clock.advance(minutes=6)
    assert h.service(h.notifier()).deliver().delivered == 1
    top = h.slack.top_level(SYRIA_CHANNEL)[0]
    assert _alert_ids(h.slack.replies(SYRIA_CHANNEL, top["ts"])) == [second.id]
    assert h.slack.calls("conversations.replies")


def test_two_processes_posting_one_story_end_in_one_thread(h: Harness) -> None:
    first = replace(event_alert("statement"), story_id="s1")
    second = replace(make_alert("a-second", item=make_item(key="k2")), story_id="s1", priority="P2")
    h.enqueue(first)
    h.service(h.notifier()).deliver()
    h.enqueue(second)
    # The other process read "no thread" before the first one claimed it: its claim
    # fails, and it replies in the claimant's thread. Nothing is posted and deleted.
    racing = StaleReadStore(h.store)
    assert h.service(h.notifier(store=racing), store=racing).deliver().delivered == 1
    top = h.slack.top_level(SYRIA_CHANNEL)
    assert _alert_ids(top) == [first.id]
    assert h.slack.calls("chat.delete") == []
    replies = h.slack.replies(SYRIA_CHANNEL, top[0]["ts"])
    assert _alert_ids(replies) == [second.id]
    assert h.store.alert_status(second.id).ts == replies[0]["ts"]  # type: ignore[union-attr]


def test_a_reply_waits_while_the_first_post_of_its_story_is_in_flight(h: Harness) -> None:
    first = replace(event_alert("statement"), story_id="s1")
    second = replace(make_alert("a-second", item=make_item(key="k2")), story_id="s1", priority="P2")
    h.enqueue(first)
    h.clock.advance(seconds=1)
    h.enqueue(second)
    # Another run has claimed the story's thread for the first alert and not posted yet.
    [leased] = h.store.claim_alerts(h.clock(), timedelta(minutes=5), limit=1, holder="other:1")
    assert leased.id == first.id
    h.store.claim_thread("s1", SYRIA_CHANNEL, first.id)
    report = h.service(h.notifier()).deliver()
    assert [(o.alert_id, o.result) for o in report.outcomes] == [(second.id, "pending")]
    assert h.slack.calls("chat.postMessage") == []
    assert h.store.alert_status(second.id).attempts == 0  # type: ignore[union-attr]
    # The claimant's lease lapses (it died before posting): the next run posts the
    # first alert as the story's message and the second in its thread.
    h.clock.advance(minutes=6)
    report = h.service(h.notifier()).deliver()
    assert report.delivered == 2
    top = h.slack.top_level(SYRIA_CHANNEL)
    assert _alert_ids(top) == [first.id]
    assert _alert_ids(h.slack.replies(SYRIA_CHANNEL, top[0]["ts"])) == [second.id]


def test_muted_story_gets_no_more_replies(h: Harness) -> None:
    first = replace(event_alert("statement"), story_id="s1")
    h.enqueue(first)
    service = h.service(h.notifier())
    service.deliver()
    h.store.set_muted("s1", "U0MUTER", h.clock())
    updates = len(h.slack.calls("chat.update"))
    h.enqueue(
        replace(make_alert("a-second", item=make_item(key="k2")), story_id="s1", priority="P2")
    )
    assert service.deliver().delivered == 1
    top = h.slack.top_level(SYRIA_CHANNEL)
    assert h.slack.replies(SYRIA_CHANNEL, top[0]["ts"]) == []
    assert len(h.slack.calls("chat.update")) == updates


# ---------------------------------------------------------------------- untrusted text, limits


def test_hostile_item_reaches_slack_inert(h: Harness) -> None:
    hostile = make_alert(
        "a-hostile",
        item=make_item(
            title="<!channel> Veto on Syria <https://evil.example|UN>",
            text="&lt;!here&gt; <@U123> <!subteam^S1> @channel <a href='javascript:alert(1)'>x</a>",
            url="javascript:alert(1)",
            outlet="<!everyone>",
        ),
        priority="P2",
    )
    h.enqueue(hostile)
    h.service(h.notifier()).deliver()
    message = h.slack.top_level(SYRIA_CHANNEL)[0]
    everything = message["text"] + str(message["blocks"])
    sequences = re.findall(r"<([^<>]*)>", everything)
    assert all(s.startswith("!date^") for s in sequences), sequences
    assert "@channel" not in everything  # defused with a zero-width space


def test_over_long_item_is_accepted_by_slack(h: Harness) -> None:
    long = make_alert(
        "a-long",
        item=make_item(
            title="Syria " * 3000,
            text="<p>Veto</p> " * 50_000,
            symbols=tuple(f"S/2012/{i}" for i in range(300)),
        ),
        event=Event("veto"),
    )
    h.enqueue(long)
    assert h.service(h.notifier()).deliver().delivered == 1
    message = h.slack.top_level(SYRIA_CHANNEL)[0]
    assert block_errors(message["blocks"]) == []
    assert not [r for r in h.slack.requests if r.error == "invalid_blocks"]


def test_the_server_does_reject_over_long_blocks(h: Harness) -> None:
    """The stand-in enforces the limits the renderer is tested against."""
    from slack_sdk import WebClient
    from slack_sdk.errors import SlackApiError

    client = WebClient(token=TOKEN, base_url=h.slack.url)
    with pytest.raises(SlackApiError) as caught:
        client.chat_postMessage(
            channel=SYRIA_CHANNEL,
            text="x",
            blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}],
        )
    assert caught.value.response["error"] == "invalid_blocks"


@pytest.mark.parametrize("error", ["invalid_blocks", "msg_too_long"])
def test_a_veto_whose_layout_slack_refuses_is_posted_plain_and_pages(
    h: Harness, error: str
) -> None:
    """Probe s16 L1: Slack refused a P1 veto's message (its layout, though within the
    documented limits) and the alert was failed at once: nothing in the channel, nobody
    paged, ops told once per channel and code without saying which alert."""
    veto = event_alert("veto")
    h.enqueue(veto)
    h.slack.refuse("chat.postMessage", error)
    report = h.service(h.notifier()).deliver()
    assert report.delivered == 1
    [posted] = h.slack.top_level(SYRIA_CHANNEL)
    assert _alert_ids([posted]) == [veto.id]
    assert [b["type"] for b in posted["blocks"]] == ["section", "actions"]  # Claim kept
    assert "<!subteam^" in posted["text"] or "<@" in posted["text"]  # its owners paged
    assert veto.item.url in posted["text"]


def test_a_veto_slack_refuses_with_its_buttons_too_goes_out_as_text(h: Harness) -> None:
    """Review s16 A3: the plain message keeps the buttons; refused again, text alone."""
    veto = event_alert("veto")
    h.enqueue(veto)
    h.slack.refuse("chat.postMessage", "invalid_blocks", times=2)
    assert h.service(h.notifier()).deliver().delivered == 1
    [posted] = h.slack.top_level(SYRIA_CHANNEL)
    assert _alert_ids([posted]) == [veto.id]
    assert not posted.get("blocks")
    assert veto.item.url in posted["text"]


def test_each_alert_slack_refuses_even_plain_is_said_to_ops_with_what_it_was(
    h: Harness,
) -> None:
    first, second = event_alert("veto"), replace(event_alert("veto"), id="a-veto-2")
    second = replace(second, item=replace(second.item, key="k2", url="https://example.org/2"))
    for alert in (first, second):
        h.enqueue(alert)
        h.slack.refuse("chat.postMessage", "invalid_blocks", times=3)  # blocks, plain, text
        h.service(h.notifier(default_channel=OPS_CHANNEL)).deliver()
    said = [m["text"] for m in h.slack.top_level(OPS_CHANNEL)]
    assert [first.id in text for text in said] == [True, False], said
    assert [second.id in text for text in said] == [False, True], said
    assert all("(P1 veto," in text for text in said), said
    assert all(first.item.title[:60] in text for text in said), said  # what it was


def test_a_veto_still_reaches_a_muted_story(h: Harness) -> None:
    """Mute silences more coverage of a story, never a veto on it."""
    first = replace(event_alert("statement"), story_id="s1")
    h.enqueue(first)
    service = h.service(h.notifier())
    service.deliver()
    h.store.set_muted("s1", "U0MUTER", h.clock())
    veto = replace(event_alert("veto"), story_id="s1")
    assert veto.priority == "P1"
    h.enqueue(veto)
    service.deliver()
    top = h.slack.top_level(SYRIA_CHANNEL)
    assert _alert_ids(h.slack.replies(SYRIA_CHANNEL, top[0]["ts"])) == [veto.id]
    # Another report of the same veto, now that it paged: coverage, which the mute silences.
    again = replace(event_alert("veto"), id="a-veto-again", story_id="s1")
    h.enqueue(again)
    report = service.deliver()
    assert [(o.alert_id, o.result) for o in report.outcomes] == [(again.id, "muted")]
    assert _alert_ids(h.slack.replies(SYRIA_CHANNEL, top[0]["ts"])) == [veto.id]


def _header(message: dict[str, Any]) -> str:
    return str(next(b["text"]["text"] for b in message["blocks"] if b["type"] == "header"))


def test_a_vote_story_that_becomes_a_veto_says_so_in_its_top_level_message(h: Harness) -> None:
    """One top-level message per story, updated (DESIGN): when a reply raises the story
    (a scheduled vote became a veto), the message scrolled back to reads as the veto, and
    still says what it first was. A button pressed on it later keeps that (probe F8, G6)."""
    vote = replace(event_alert("vote_scheduled"), story_id="s1", priority="P2")
    veto = replace(event_alert("veto"), story_id="s1")
    h.enqueue(vote)
    notifier = h.notifier()
    service = h.service(notifier)
    service.deliver()
    top = h.slack.top_level(SYRIA_CHANNEL)
    assert _header(top[0]).startswith("🟠 P2 · Vote scheduled · ")
    h.clock.advance(minutes=1)
    h.enqueue(veto)
    service.deliver()
    parent = h.slack.message(SYRIA_CHANNEL, top[0]["ts"])
    raised = "🔴 P1 · Veto · Stop obstructing Security Council action on Syria (+1 demand) (was: vote scheduled)"
    assert _header(parent) == raised
    assert parent["text"].startswith(raised)
    assert "*+1 source* in the thread" in str(parent["blocks"])
    # The parent still names the alert it shows (its buttons act on the story).
    assert parent["metadata"]["event_payload"]["alert_id"] == vote.id
    # A claim re-renders the parent from the store (the interactivity path): still the veto.
    h.store.claim_alert(vote.id, "U0CLAIMER", h.clock())
    assert notifier.refresh_parent("s1", SYRIA_CHANNEL)
    parent = h.slack.message(SYRIA_CHANNEL, top[0]["ts"])
    assert _header(parent) == raised
    assert "Claimed by <@U0CLAIMER>" in str(parent["blocks"])


def test_a_refresh_racing_the_veto_s_re_heading_never_leaves_the_vote_s_header(
    h: Harness,
) -> None:
    """Probe s15 K5: a Claim's refresh (the buttons' follow-up) was rendered before the
    veto was recorded, and its update, slow in Slack, landed after the veto's re-heading:
    the vetoed draft's message read "Vote scheduled" for good. Here the veto is delivered
    by another worker between the refresh's rendering and its update."""
    vote = replace(event_alert("vote_scheduled"), story_id="s1", priority="P2")
    veto = replace(event_alert("veto"), story_id="s1")
    h.enqueue(vote)
    other_worker = h.service(h.notifier())
    other_worker.deliver()
    [top] = h.slack.top_level(SYRIA_CHANNEL)
    h.store.claim_alert(vote.id, "U0CLAIMER", h.clock())
    refreshing = h.notifier()
    real_update = refreshing.update_parent
    raced = []

    def update_after_the_veto(*args: Any, **kwargs: Any) -> None:
        if not raced:  # the refresh's first update, rendered before the veto
            raced.append(True)
            h.clock.advance(minutes=1)
            h.enqueue(veto)
            other_worker.deliver()  # re-heads the message: "P1 · Veto"
        real_update(*args, **kwargs)

    refreshing.update_parent = update_after_the_veto  # type: ignore[method-assign]
    assert refreshing.refresh_parent("s1", SYRIA_CHANNEL)
    parent = h.slack.message(SYRIA_CHANNEL, top["ts"])
    assert _header(parent).startswith("🔴 P1 · Veto · "), _header(parent)
    assert "Claimed by <@U0CLAIMER>" in str(parent["blocks"])


def test_a_p2_source_after_the_veto_does_not_lower_the_raised_header(h: Harness) -> None:
    vote = replace(event_alert("vote_scheduled"), story_id="s1", priority="P2")
    veto = replace(event_alert("veto"), story_id="s1")
    late = replace(
        make_alert("a-late", item=make_item(key="k3", title="Reactions to the vote")),
        story_id="s1",
        priority="P2",
    )
    h.enqueue(vote)
    service = h.service(h.notifier())
    service.deliver()
    for alert in (veto, late):
        h.clock.advance(minutes=1)
        h.enqueue(alert)
        service.deliver()
    top = h.slack.top_level(SYRIA_CHANNEL)
    parent = h.slack.message(SYRIA_CHANNEL, top[0]["ts"])
    assert _header(parent).startswith("🔴 P1 · Veto · ")
    assert _header(parent).endswith("(was: vote scheduled)")
    assert "*+2 sources* in the thread" in str(parent["blocks"])


def _facts(message: dict[str, Any]) -> str:
    """The top-level message's sections and context below its title: what it says of the
    Council's action (documents, who voted how, the tally, the Assembly's deadline)."""
    return "\n".join(str(b["text"]["text"]) for b in message["blocks"] if b["type"] == "section")


def test_the_story_s_message_shows_the_facts_of_its_fullest_report_in_the_thread(
    h: Harness,
) -> None:
    """Probe s18 P1: a wire flash ("Russia vetoes ...", no lede, no document) opened the
    veto's story; the UN release an hour later, with the draft's symbol, the tally and both
    vetoers, was a reply. The top-level message, the one a responder in a hurry reads, went
    on saying "Vetoed: Russian Federation" with no document and no tally."""
    flash = make_alert(
        "a-flash",
        item=make_item(
            key="url:wire.example/flash",
            title="FLASH: Russia vetoes UN Security Council draft on Syria",
            text="",
            url="https://wire.example.com/flash",
            symbols=(),
            source_id="wire",
        ),
        event=Event("veto", (Actor("Russian Federation", "vetoed"),), date(2012, 2, 4)),
        source_name="Wire",
        story_id="s1",
        ga_debate_due=date(2012, 2, 17),
    )
    release = replace(event_alert("veto"), story_id="s1", created=T0 + timedelta(hours=1))
    h.enqueue(flash)
    service = h.service(h.notifier())
    service.deliver()
    [top] = h.slack.top_level(SYRIA_CHANNEL)
    assert "*Vetoed:* Russian Federation\n" in _facts(top) + "\n"
    h.clock.advance(hours=1)
    h.enqueue(release)
    service.deliver()
    parent = h.slack.message(SYRIA_CHANNEL, top["ts"])
    facts = _facts(parent)
    assert "*Vetoed:* Russian Federation, China" in facts, facts
    assert "*Documents:* SC/10536 · S/2012/77" in facts, facts
    assert "*Vote:* 13 in favour, 2 against (China, Russian Federation)" in facts, facts
    # Said where they come from; the message still shows the flash it was posted for.
    assert "UN Meetings Coverage and Press Releases" in facts
    assert "FLASH: Russia vetoes" in facts
    assert parent["metadata"]["event_payload"]["alert_id"] == flash.id
    assert "*+1 source* in the thread" in str(parent["blocks"])


def test_a_vote_story_raised_to_a_veto_shows_the_veto_s_facts_and_deadline(h: Harness) -> None:
    """The same path (probe s18 P1): the message of a vote announced, re-headed "P1 · Veto
    ... (was: vote scheduled)", kept the notice's facts: no vetoer, no tally, no General
    Assembly deadline under the veto's header."""
    vote = replace(event_alert("vote_scheduled"), story_id="s1", priority="P2", ga_debate_due=None)
    veto = replace(event_alert("veto"), story_id="s1")
    h.enqueue(vote)
    service = h.service(h.notifier())
    service.deliver()
    [top] = h.slack.top_level(SYRIA_CHANNEL)
    assert "*Vetoed:*" not in _facts(top)
    h.clock.advance(minutes=1)
    h.enqueue(veto)
    service.deliver()
    parent = h.slack.message(SYRIA_CHANNEL, top["ts"])
    assert _header(parent).endswith("(was: vote scheduled)")
    facts = _facts(parent)
    assert "*Vetoed:* Russian Federation, China" in facts, facts
    assert "*Vote:* 13 in favour, 2 against" in facts, facts
    assert "General Assembly debate due by February 17, 2012" in facts, facts


def test_a_thinner_later_report_does_not_replace_the_story_s_facts(h: Harness) -> None:
    """The release first, a flash after it: the message keeps the release's facts and
    says nothing of another source."""
    release = replace(event_alert("veto"), story_id="s1")
    flash = make_alert(
        "a-flash",
        item=make_item(
            key="url:wire.example/flash",
            title="FLASH: Russia vetoes UN Security Council draft on Syria",
            text="",
            url="https://wire.example.com/flash",
            symbols=(),
            source_id="wire",
        ),
        event=Event("veto", (Actor("Russian Federation", "vetoed"),), date(2012, 2, 4)),
        source_name="Wire",
        story_id="s1",
        created=T0 + timedelta(hours=1),
    )
    h.enqueue(release)
    service = h.service(h.notifier())
    service.deliver()
    [top] = h.slack.top_level(SYRIA_CHANNEL)
    before = _facts(top)
    h.clock.advance(hours=1)
    h.enqueue(flash)
    service.deliver()
    parent = h.slack.message(SYRIA_CHANNEL, top["ts"])
    assert _facts(parent) == before
    assert "*+1 source* in the thread" in str(parent["blocks"])
