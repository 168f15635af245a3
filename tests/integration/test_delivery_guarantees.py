"""The delivery guarantees of issue 10, each against real parts: the Slack Web API stand-in
(tests/integration/slack_server.py) over HTTP, and both stores — a SQLite file and DynamoDB
on a moto server — driven by the one delivery use case (app.delivery).

Crash points are a store handle that dies at a chosen write (nothing after it runs), as a
killed process would; the next "process" opens a fresh handle on the same state.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from aws_local import client, moto_server, unique
from demandwatch import bootstrap
from demandwatch.adapters.process import LocalLiveness
from demandwatch.app.delivery import (
    AUTH_OUTAGE,
    SLACK_OUTAGE,
    DeliverAlerts,
    DeliveryReport,
    summarise,
)
from demandwatch.config import Settings
from demandwatch.core.delivery import RetryPolicy
from demandwatch.core.models import Alert, NewEntry, Thread
from demandwatch.slack.api import SlackApi, build_web_client
from demandwatch.slack.notifier import SlackNotifier
from demandwatch.store.base import Store
from demandwatch.store.dynamodb import DynamoDbStore, create_table
from demandwatch.store.sqlite import SqliteStore
from integration.slack_server import TOKEN, SlackServer
from slack_support import (
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

LEASE = timedelta(minutes=5)


class Crash(Exception):
    """The process dying at a chosen point (nothing after it runs)."""


class Dying:
    """A store handle whose process dies at ``method`` (after Slack accepted the post)."""

    def __init__(self, store: Store, method: str) -> None:
        self._store = store
        self._method = method

    def __getattr__(self, name: str) -> Any:
        if name == self._method:

            def die(*args: Any, **kwargs: Any) -> Any:
                raise Crash(f"killed at {name}")

            return die
        return getattr(self._store, name)


@pytest.fixture(scope="module")
def moto_endpoint() -> Iterator[str]:
    with moto_server() as endpoint:
        yield endpoint


@pytest.fixture(params=["sqlite", "dynamodb"])
def open_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[], Store]]:
    opened: list[Store] = []
    if request.param == "sqlite":

        def factory() -> Store:
            store = SqliteStore(tmp_path / "state.sqlite3")
            # A handle belongs to the thread that opened it: only the test thread's are
            # closed here (one a killed run's request thread opened goes with it).
            if threading.current_thread() is threading.main_thread():
                opened.append(store)
            return store

    else:
        endpoint = request.getfixturevalue("moto_endpoint")
        dynamodb = client("dynamodb", endpoint)
        table = unique("demandwatch")
        create_table(dynamodb, table)

        def factory() -> Store:
            return DynamoDbStore(table, dynamodb)

    yield factory
    for store in opened:
        store.close()


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


class World:
    def __init__(self, slack: SlackServer, open_store: Callable[[], Store]) -> None:
        self.slack = slack
        self.open_store = open_store
        self.store = open_store()
        self.clock = Clock(T0 + timedelta(minutes=5))
        self.config = make_config()
        self.sleeps: list[float] = []

    def delivery(
        self,
        store: Any = None,
        *,
        holder: str = "",
        liveness: LocalLiveness | None = None,
        policy: RetryPolicy | None = None,
    ) -> DeliverAlerts:
        """A fresh process's delivery: its own Slack client and store handle."""
        store = store or self.open_store()
        settings = Settings(slack_bot_token=SecretStr(TOKEN), slack_api_url=self.slack.url)
        web = build_web_client(settings, timeout=5)
        api = SlackApi(web, sleep=self.sleeps.append, min_interval=0)
        notifier = SlackNotifier(web, store, self.config, clock=self.clock, api=api)
        built = bootstrap.build_delivery(
            store, notifier, self.config, Settings(), clock=self.clock, local=False
        )
        built.holder = holder
        built.liveness = liveness
        if policy is not None:
            built.policy = policy
        return built

    def enqueue(self, *alerts: Alert) -> None:
        self.store.record_new(
            "un-press",
            [NewEntry(f"key-{a.id}", a) for a in alerts],
            self.clock(),
            timedelta(days=1),
        )

    def top_level_ids(self) -> list[str]:
        return [
            m["metadata"]["event_payload"]["alert_id"] for m in self.slack.top_level(SYRIA_CHANNEL)
        ]

    def reply_ids(self) -> list[str]:
        [top] = self.slack.top_level(SYRIA_CHANNEL)
        return [
            m["metadata"]["event_payload"]["alert_id"]
            for m in self.slack.replies(SYRIA_CHANNEL, top["ts"])
        ]


@pytest.fixture
def world(slack: SlackServer, open_store: Callable[[], Store]) -> World:
    return World(slack, open_store)


def _finished_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _story_alerts() -> tuple[Alert, Alert]:
    first = replace(event_alert("statement"), story_id="s1")
    second = replace(
        make_alert("a-second", item=make_item(key="k2", title="A second source on it")),
        story_id="s1",
        priority="P2",
        created=T0 + timedelta(minutes=1),
    )
    return first, second


# ---------------------------------------------------------------------- one top-level message


def test_killed_after_the_first_post_the_next_local_run_adopts_it_at_once(world: World) -> None:
    """The run dies between chat.postMessage and recording it; a new item of the story
    arrives before the lease would lapse. The next run sees the holder is gone, adopts
    the dead run's post (found by metadata) and replies: one top-level message."""
    first, second = _story_alerts()
    world.enqueue(first)
    holder = f"{socket.gethostname()}:{_finished_pid()}"
    dying = Dying(world.open_store(), "set_thread_ts")
    with pytest.raises(Crash):
        world.delivery(dying, holder=holder).run()
    assert world.top_level_ids() == [first.id]  # it did reach Slack
    world.clock.advance(minutes=1)  # well inside the dead run's 5-minute lease
    world.enqueue(second)
    report = world.delivery(holder="me:1", liveness=LocalLiveness()).run()
    assert report.leases_broken == 1
    assert report.delivered == 2
    assert world.top_level_ids() == [first.id]
    assert world.reply_ids() == [second.id]
    assert len(world.slack.calls("chat.postMessage")) == 2  # the first post was not repeated
    status = world.store.alert_status(first.id)
    assert status is not None
    assert status.ts == world.slack.top_level(SYRIA_CHANNEL)[0]["ts"]


class KilledMidPost:
    """A poster whose process dies while its chat.postMessage is on the wire: the request
    goes on (Slack takes it seconds later), nothing after it runs in the process."""

    def __init__(self, poster: Any, slack: SlackServer) -> None:
        self._poster = poster
        self._slack = slack
        self.in_flight: list[threading.Thread] = []

    def post_alert(self, *args: Any, **kwargs: Any) -> str:
        request = threading.Thread(target=self._poster.post_alert, args=args, kwargs=kwargs)
        request.start()
        self.in_flight.append(request)
        deadline = time.monotonic() + 10
        while self._slack._injections.get("chat.postMessage"):  # not at Slack yet
            assert time.monotonic() < deadline, "the post never reached the stand-in"
            time.sleep(0.01)
        raise Crash("killed -9 while chat.postMessage was in flight")

    def landed(self) -> None:
        for request in self.in_flight:
            request.join(timeout=15)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._poster, name)


def test_killed_while_its_post_is_in_flight_the_next_run_does_not_post_it_again(
    world: World,
) -> None:
    """Probe F3: Slack is slow to answer; the run is killed while the veto's post is in
    flight, and run again at once. The post lands after the rerun looked, so the rerun
    must not post before it could have landed; the run after that finds it by metadata
    and records it: one top-level message for the story."""
    alert = event_alert("veto")
    world.enqueue(alert)
    world.slack.stall("chat.postMessage", seconds=2)
    killed = world.delivery(holder=f"{socket.gethostname()}:{_finished_pid()}")
    dying = KilledMidPost(killed.poster, world.slack)
    killed.poster = dying
    with pytest.raises(Crash):
        killed.run()
    world.clock.advance(seconds=1)  # run again at once
    rerun = world.delivery(holder="me:1", liveness=LocalLiveness()).run()
    assert rerun.leases_broken == 1
    assert rerun.outcomes == []  # not tried while the killed run's post may land
    [waiting] = rerun.waiting
    assert waiting.result == "pending"
    assert "a killed run was posting it: looked up (not posted again) after 16:05:20" in str(
        waiting.reason
    )
    assert [o.alert_id for o in rerun.urgent_undelivered] == [alert.id]
    dying.landed()
    assert world.top_level_ids() == [alert.id]

    world.clock.advance(seconds=20)  # the client's timeout and margin have passed
    later = world.delivery(holder="me:2", liveness=LocalLiveness()).run()
    assert (later.delivered, later.pending, later.waiting) == (1, 0, [])
    assert world.top_level_ids() == [alert.id]
    assert len(world.slack.calls("chat.postMessage")) == 1
    status = world.store.alert_status(alert.id)
    assert status is not None
    assert status.ts == world.slack.top_level(SYRIA_CHANNEL)[0]["ts"]


def test_killed_while_a_reply_is_in_flight_the_next_run_does_not_reply_again(
    world: World,
) -> None:
    """The same for a thread reply (probe F3's second case): one reply."""
    first, second = _story_alerts()
    world.enqueue(first)
    world.delivery().run()
    world.enqueue(second)
    world.slack.stall("chat.postMessage", seconds=2)
    killed = world.delivery(holder=f"{socket.gethostname()}:{_finished_pid()}")
    dying = KilledMidPost(killed.poster, world.slack)
    killed.poster = dying
    with pytest.raises(Crash):
        killed.run()
    world.clock.advance(seconds=1)
    rerun = world.delivery(holder="me:1", liveness=LocalLiveness()).run()
    assert (rerun.outcomes, rerun.pending) == ([], 1)
    dying.landed()
    world.clock.advance(seconds=20)
    later = world.delivery(holder="me:2", liveness=LocalLiveness()).run()
    assert later.delivered == 1
    assert world.reply_ids() == [second.id]
    assert len(world.slack.calls("chat.postMessage")) == 2  # the first post, and one reply


def test_in_the_cloud_the_lease_is_the_rule_and_the_new_item_waits(world: World) -> None:
    first, second = _story_alerts()
    world.enqueue(first)
    with pytest.raises(Crash):
        world.delivery(Dying(world.open_store(), "set_thread_ts")).run()
    world.clock.advance(minutes=1)
    world.enqueue(second)
    report = world.delivery().run()  # no liveness: the dead run's lease still holds
    assert [(o.alert_id, o.result) for o in report.outcomes] == [(second.id, "pending")]
    assert world.top_level_ids() == [first.id]
    world.clock.advance(minutes=5)
    report = world.delivery().run()
    assert sorted(o.alert_id for o in report.outcomes if o.result == "delivered") == sorted(
        [first.id, second.id]
    )
    assert world.top_level_ids() == [first.id]
    assert world.reply_ids() == [second.id]
    assert len(world.slack.calls("chat.postMessage")) == 2


def test_a_live_holder_keeps_its_lease(world: World) -> None:
    first, _ = _story_alerts()
    world.enqueue(first)
    live = f"{socket.gethostname()}:{os.getppid()}"  # our parent is alive
    world.store.claim_alerts(world.clock(), LEASE, holder=live)
    report = world.delivery(holder="me:1", liveness=LocalLiveness()).run()
    assert report.leases_broken == 0
    assert report.outcomes == []
    assert world.slack.calls("chat.postMessage") == []


@pytest.mark.parametrize("crash_at", ["record_reply", "complete_alert"])
def test_a_reply_is_never_repeated_whatever_write_the_run_dies_at(
    world: World, crash_at: str
) -> None:
    first, second = _story_alerts()
    world.enqueue(first)
    world.delivery().run()
    world.enqueue(second)
    with pytest.raises(Crash):
        world.delivery(Dying(world.open_store(), crash_at)).run()
    world.clock.advance(minutes=6)
    world.delivery().run()
    assert world.top_level_ids() == [first.id]
    assert world.reply_ids() == [second.id]
    assert world.store.alert_state(second.id) == "posted"


def test_two_runs_racing_on_one_story_post_one_top_level_message(world: World) -> None:
    first, second = _story_alerts()
    world.enqueue(first)
    world.clock.advance(seconds=1)
    world.enqueue(second)
    # Both runs read "no thread" before either claimed it.

    class StaleRead:
        def __init__(self, store: Store) -> None:
            self._store = store

        stale = True

        def get_thread(self, story_id: str, channel: str) -> Thread | None:
            if self.stale:
                self.stale = False
                return None
            return self._store.get_thread(story_id, channel)

        def __getattr__(self, name: str) -> Any:
            return getattr(self._store, name)

    runs = [world.delivery(StaleRead(world.open_store())) for _ in range(2)]
    [one] = world.store.claim_alerts(world.clock(), LEASE, limit=1)
    [two] = world.store.claim_alerts(world.clock(), LEASE, limit=1)
    outcomes = [runs[0]._deliver(one, DeliveryReport()), runs[1]._deliver(two, DeliveryReport())]
    assert [o.result for o in outcomes] == ["delivered", "delivered"]
    assert world.top_level_ids() == [first.id]
    assert world.reply_ids() == [second.id]
    assert world.slack.calls("chat.delete") == []


# ---------------------------------------------------------------------- never pending for ever


def test_a_run_out_of_its_own_time_is_not_a_slack_outage(world: World) -> None:
    """Review V12 (of probe s17 C2's deadline): a notify invocation whose own time ran out
    sent nothing more and was counted as Slack being down: the outage noted and said to
    ops, the SlackUnavailable alarm fed, and "Slack could take messages again" said later
    of an outage that never was. The alert waits, untried and uncounted, for the next run."""
    first, _ = _story_alerts()
    world.enqueue(first)
    out_of_time = world.delivery()
    out_of_time.poster.api.deadline = time.monotonic()  # nothing may be sent any more
    report = out_of_time.run()
    assert [o.result for o in report.outcomes] == ["pending"]
    assert report.announced == []
    assert world.slack.calls("chat.postMessage") == []
    assert _attempts(world, first) == 0

    again = world.delivery().run()
    assert again.delivered == 1
    assert again.announced == []  # no outage ends: none began
    assert world.top_level_ids() == [first.id]


def test_a_slack_outage_of_hours_delays_alerts_and_fails_none_and_is_said_once(
    world: World,
) -> None:
    """Slack answers 500 to every post for three hours (runs an hour apart): each run
    tries the first alert, stops, and says so; the outage is said once (its ops notice),
    no alert is failed however many tries it took, and when Slack is back every alert goes
    out once and the end of the outage is said once."""
    first, second = _story_alerts()
    world.enqueue(first)
    world.slack.fail("chat.postMessage", status=500, times=1000)
    policy = RetryPolicy(max_attempts=3)
    reports = []
    for _ in range(4):
        reports.append(world.delivery(policy=policy).run())
        world.clock.advance(hours=1)
    assert [[o.result for o in r.outcomes] for r in reports] == [["pending"]] * 4
    assert world.store.alert_state(first.id) == "pending"
    assert _attempts(world, first) == 4  # more than max_attempts: an outage is not counted so
    said = [a for r in reports for a in r.announced]
    assert [(a.key, a.ended) for a in said] == [(SLACK_OUTAGE, False)]
    assert said[0].text.startswith("Slack cannot take messages now")
    # Slack took no ops message either: the summary must not read as if ops had heard it.
    assert any(
        line.startswith("  ops (not posted: Slack chat.postMessage failed")
        and "): Slack cannot take messages now" in line
        for line in summarise(reports[0])
    )

    world.slack.recover()
    world.enqueue(second)
    back = world.delivery(policy=policy).run()
    assert (back.delivered, back.pending, back.failed) == (2, 0, 0)
    assert [(a.key, a.ended) for a in back.announced] == [(SLACK_OUTAGE, True)]
    assert world.top_level_ids() == [first.id]
    assert world.delivery(policy=policy).run().announced == []
    # Ops never heard the outage begin (Slack took nothing): its end says how long it
    # lasted and what waited (probe F6).
    [ended] = world.slack.top_level(OPS_CHANNEL)
    assert (
        "Slack takes messages again after 4 h (it could not since 16:05:00 UTC): 2 alert(s) "
        "that waited were delivered by this run." in ended["text"]
    ), ended["text"]
    # (nothing left waiting: no "0 still wait and go out next", probe s19 P5)
    assert "still wait" not in ended["text"], ended["text"]


def test_an_alert_slack_cannot_take_for_the_outage_limit_is_failed_with_its_reason(
    world: World,
) -> None:
    """Nothing stays pending for ever: an alert Slack could not take for the whole
    outage limit is failed with its reason, and gives its thread claim up, so the
    story's next alert posts."""
    first, second = _story_alerts()
    world.enqueue(first)
    world.slack.fail("chat.postMessage", status=500, times=1000)
    policy = RetryPolicy(outage_limit=timedelta(hours=2))
    results = []
    for _ in range(3):
        report = world.delivery(policy=policy).run()
        results.append([(o.result, o.reason) for o in report.outcomes])
        world.clock.advance(hours=1)
    assert [r[0][0] for r in results] == ["pending", "pending", "failed"]
    reason = results[-1][0][1]
    assert reason is not None
    assert reason.startswith("gave up: Slack could not take it for 2 h (3 tries)")
    assert "internal_error" in reason
    assert world.store.alert_state(first.id) == "failed"
    assert [o.alert_id for o in report.urgent_undelivered] == [first.id]
    lines = summarise(report)
    assert lines[0] == "alerts: delivered=0 held=0 pending=0 failed=1"
    assert "gave up: Slack could not take it" in lines[1]
    # The failed alert gave its thread claim up: the story's next alert posts.
    world.slack.recover()
    world.enqueue(second)
    assert world.delivery(policy=policy).run().delivered == 1
    assert world.top_level_ids() == [second.id]


def test_a_long_429_waits_for_the_next_run_and_a_short_one_is_waited_out(world: World) -> None:
    alert = event_alert("statement")
    world.enqueue(alert)
    world.slack.rate_limit("chat.postMessage", retry_after=30)
    report = world.delivery().run()
    assert [(o.result, "rate limited" in str(o.reason)) for o in report.outcomes] == [
        ("pending", True)
    ]
    world.clock.advance(seconds=31)
    run = world.delivery()
    run.poster.api.max_wait = 5  # type: ignore[attr-defined]
    world.slack.rate_limit("chat.postMessage", retry_after=2)
    assert run.run().delivered == 1
    assert world.sleeps == [2]
    assert world.top_level_ids() == [alert.id]


def test_a_p1_waiting_out_slacks_retry_after_is_counted_by_the_next_run(world: World) -> None:
    """Probe F1: a veto that met a 429 with Retry-After 120 s; a run within those 120 s
    does not try it, and must still count it as pending, say when its next try is, and
    report it as an undelivered P1 (exit 4), not "pending=0"."""
    alert = event_alert("veto")
    world.enqueue(alert)
    world.slack.rate_limit("chat.postMessage", retry_after=120)
    first = world.delivery().run()
    assert [o.result for o in first.outcomes] == ["pending"]
    world.clock.advance(seconds=30)
    second = world.delivery().run()
    assert second.outcomes == []  # not tried: its time has not come
    assert second.pending == 1
    assert [o.alert_id for o in second.urgent_undelivered] == [alert.id]
    lines = summarise(second)
    assert lines[0] == (
        "alerts: delivered=0 held=0 pending=1 failed=0 (1 not tried by this run: not due yet)"
    )
    assert lines[1].startswith("  pending P1 ")
    assert "next try at 16:07:00 UTC" in lines[1]  # 16:05 + Slack's 120 s
    assert "rate limited" in lines[1]
    world.clock.advance(seconds=91)
    third = world.delivery().run()
    assert (third.delivered, third.pending, third.waiting) == (1, 0, [])
    assert world.top_level_ids() == [alert.id]


def test_an_alert_another_run_holds_is_counted_with_the_end_of_its_lease(world: World) -> None:
    """A run that finds an alert leased by another (live) run leaves it alone, and says so."""
    alert = event_alert("veto")
    world.enqueue(alert)
    world.store.claim_alerts(world.clock(), LEASE, holder="elsewhere:1")
    report = world.delivery().run()
    assert (report.outcomes, report.pending) == ([], 1)
    [line] = [line for line in summarise(report) if line.startswith("  pending P1")]
    assert "being delivered by another run (its lease ends 16:10:00 UTC)" in line


def test_a_p1_no_channel_takes_waits_for_one_and_ops_hear_it_once(world: World) -> None:
    """Probe F2: the veto's channel and the default channel are both gone (renamed,
    archived). Not the alert's fault: it stays pending with backoff, ops hear once that
    a P1 reached nobody (not that it went to the default channel), and once the channels
    are back it goes out, once, in its own channel."""
    alert = event_alert("veto")
    world.enqueue(alert)
    world.slack.remove_channel(SYRIA_CHANNEL)
    world.slack.remove_channel(DEFAULT_CHANNEL)
    first = world.delivery().run()
    assert [(o.result, o.cause) for o in first.outcomes] == [("pending", "channel")]
    assert world.store.alert_state(alert.id) == "pending"
    assert [o.alert_id for o in first.urgent_undelivered] == [alert.id]
    [ops] = world.slack.top_level(OPS_CHANNEL)
    assert "P1 alert could not be posted to #syria-un" in ops["text"]
    assert "nor to the default channel #un-alerts" in ops["text"]
    lines = summarise(first)
    assert lines[0] == "alerts: delivered=0 held=0 pending=1 failed=0"
    assert lines[1].startswith("  pending P1 ")
    assert "no channel takes it" in lines[1]
    assert not any("go to the default channel" in line for line in lines)
    assert any(line.startswith("  ops: A P1 alert could not be posted") for line in lines)

    world.clock.advance(minutes=5)  # still gone: tried again, ops not told again
    again = world.delivery().run()
    assert [o.result for o in again.outcomes] == ["pending"]
    assert len(world.slack.top_level(OPS_CHANNEL)) == 1

    world.slack.add_channel(SYRIA_CHANNEL, "syria-un")
    world.slack.add_channel(DEFAULT_CHANNEL, "un-alerts")
    world.clock.advance(minutes=5)
    back = world.delivery().run()
    assert (back.delivered, back.pending, back.failed) == (1, 0, 0)
    assert world.top_level_ids() == [alert.id]
    assert world.store.alert_state(alert.id) == "posted"
    assert world.slack.top_level(DEFAULT_CHANNEL) == []


def test_the_top_level_message_of_a_vote_that_became_a_veto_reads_as_the_veto(
    world: World,
) -> None:
    """Probe F8 (local) and probe2 G6 (cloud): one top-level message per story, updated;
    on both stores the update after the veto's reply heads it with the veto."""
    vote = replace(event_alert("vote_scheduled"), story_id="s1", priority="P2")
    veto = replace(event_alert("veto"), story_id="s1", created=T0 + timedelta(minutes=1))
    world.enqueue(vote)
    world.delivery().run()
    world.clock.advance(minutes=1)
    world.enqueue(veto)
    report = world.delivery().run()
    assert report.parents_updated == 1
    [top] = world.slack.top_level(SYRIA_CHANNEL)
    parent = world.slack.message(SYRIA_CHANNEL, top["ts"])
    [header] = [b["text"]["text"] for b in parent["blocks"] if b["type"] == "header"]
    assert header.startswith("🔴 P1 · Veto · Stop obstructing Security Council action on Syria")
    assert header.endswith(" (was: vote scheduled)")
    assert parent["text"].startswith(header)


def test_a_story_whose_message_was_deleted_in_slack_opens_again_and_stops_nothing(
    world: World,
) -> None:
    """Probe s13 P9: someone deletes a story's top-level message in Slack. Its next alert
    is told thread_not_found: that is the story's problem, not an outage. The story
    opens again as a new top-level message (paging for a P1), another story's alert in
    the same run goes out, the run is not stopped and ops hear of no outage."""
    vote = replace(event_alert("vote_scheduled"), story_id="s1", priority="P2")
    world.enqueue(vote)
    world.delivery().run()
    [top] = world.slack.top_level(SYRIA_CHANNEL)
    world.slack.messages[SYRIA_CHANNEL].remove(top)  # deleted in Slack
    world.clock.advance(minutes=1)
    veto = replace(event_alert("veto"), story_id="s1", created=world.clock())
    other = replace(
        make_alert("a-other", item=make_item(key="k-other", title="Another development")),
        story_id="s2",
        priority="P2",
        created=world.clock(),
    )
    world.enqueue(veto, other)
    report = world.delivery().run()
    assert report.halted is None
    assert sorted((o.alert_id, o.result) for o in report.outcomes) == [
        (other.id, "delivered"),
        (veto.id, "delivered"),
    ]
    assert sorted(world.top_level_ids()) == sorted([veto.id, other.id])
    [reopened] = [
        m
        for m in world.slack.top_level(SYRIA_CHANNEL)
        if m["metadata"]["event_payload"]["alert_id"] == veto.id
    ]
    assert "<@U0VETOOWN>" in reopened["text"]  # the veto pages in its new message
    thread = world.store.get_thread("s1", SYRIA_CHANNEL)
    assert thread is not None
    assert (thread.alert_id, thread.ts, thread.replies) == (veto.id, reopened["ts"], 0)
    assert world.slack.top_level(OPS_CHANNEL) == []
    # Its later sources are replies in the new message.
    world.clock.advance(minutes=1)
    again = replace(
        make_alert("a-veto-2", item=make_item(key="k-veto-2")),
        story_id="s1",
        event=veto.event,
        created=world.clock(),
    )
    world.enqueue(again)
    assert world.delivery().run().delivered == 1
    assert [
        r["metadata"]["event_payload"]["alert_id"]
        for r in world.slack.replies(SYRIA_CHANNEL, reopened["ts"])
    ] == [again.id]


def test_a_story_opened_again_does_not_page_again_for_a_veto_already_paged_for(
    world: World,
) -> None:
    """Review A s13 H1: the veto paged; its message was deleted in Slack; a second report
    of the veto opens the story again as a new message, which pages nobody. A later
    outcome it had not paged for would (see core.delivery.already_paged)."""
    veto = replace(event_alert("veto"), story_id="s1")
    world.enqueue(veto)
    world.delivery().run()
    [top] = world.slack.top_level(SYRIA_CHANNEL)
    assert "<@U0VETOOWN>" in top["text"]
    world.slack.messages[SYRIA_CHANNEL].remove(top)  # deleted in Slack
    world.clock.advance(minutes=1)
    again = replace(
        make_alert("a-veto-2", item=make_item(key="k-veto-2")),
        story_id="s1",
        event=veto.event,
        priority="P1",
        created=world.clock(),
    )
    world.enqueue(again)
    assert world.delivery().run().delivered == 1
    [reopened] = world.slack.top_level(SYRIA_CHANNEL)
    assert reopened["metadata"]["event_payload"]["alert_id"] == again.id
    assert "<@" not in reopened["text"]
    assert "<!subteam" not in reopened["text"]


def test_a_parent_deleted_in_slack_is_not_refreshed_again_and_again(world: World) -> None:
    """A stale "+N sources" whose message was deleted: chat.update answers
    message_not_found; the message is forgotten rather than retried every run."""
    first, _ = _story_alerts()
    world.enqueue(first)
    world.delivery().run()
    world.store.record_reply("s1", SYRIA_CHANNEL, "a-reply")  # its "+N sources" is behind
    [top] = world.slack.top_level(SYRIA_CHANNEL)
    world.slack.messages[SYRIA_CHANNEL].remove(top)  # deleted in Slack
    report = world.delivery().run()
    assert (report.parents_updated, report.parents_behind) == (0, 0)
    assert world.store.get_thread("s1", SYRIA_CHANNEL) is None
    assert world.store.stale_parents() == []
    assert world.slack.top_level(OPS_CHANNEL) == []


def test_an_alert_no_channel_takes_for_the_outage_limit_is_failed(world: World) -> None:
    """Bounded by time like an outage: after the limit it is failed with its reason."""
    alert = event_alert("veto")
    world.enqueue(alert)
    world.slack.remove_channel(SYRIA_CHANNEL)
    world.slack.remove_channel(DEFAULT_CHANNEL)
    policy = RetryPolicy(outage_limit=timedelta(hours=2))
    results = []
    for _ in range(3):
        results.append([o.result for o in world.delivery(policy=policy).run().outcomes])
        world.clock.advance(hours=1)
    assert results == [["pending"], ["pending"], ["failed"]]
    assert world.store.alert_state(alert.id) == "failed"


def test_when_ops_cannot_be_posted_to_either_the_summary_says_so(world: World) -> None:
    """No channel at all takes messages: the ops notice is not posted, and the summary
    says that instead of reading as if ops had heard it; the P1 stays undelivered."""
    alert = event_alert("veto")
    world.enqueue(alert)
    for channel in (SYRIA_CHANNEL, DEFAULT_CHANNEL, OPS_CHANNEL):
        world.slack.remove_channel(channel)
    report = world.delivery().run()
    assert [o.result for o in report.outcomes] == ["pending"]
    assert [o.alert_id for o in report.urgent_undelivered] == [alert.id]
    [ops] = [line for line in summarise(report) if "could not be posted" in line]
    assert ops.startswith("  ops (not posted: Slack channel #demandwatch-ops not found")
    world.slack.add_channel(OPS_CHANNEL, "demandwatch-ops")
    world.clock.advance(minutes=5)
    world.delivery().run()  # nobody heard it: said at the next try
    assert len(world.slack.top_level(OPS_CHANNEL)) == 1


def _backlog(count: int) -> list[Alert]:
    """``count`` P2 alerts of separate stories, oldest first."""
    return [
        replace(
            make_alert(
                f"a-backlog-{i}",
                item=make_item(
                    key=f"backlog-{i}",
                    title=f"Council members discuss Syria access, report {i}",
                    url=f"https://press.un.org/en/2012/backlog-{i}.htm",
                    symbols=(),
                ),
                priority="P2",
                created=T0 + timedelta(seconds=i),
            ),
            story_id=f"s-backlog-{i}",
        )
        for i in range(count)
    ]


def test_a_backlog_longer_than_one_batch_is_delivered_in_one_run(world: World) -> None:
    """More alerts due than one batch (after an outage, or runs killed before delivering):
    one run delivers them all and counts them all; none waits unsaid for a later run."""
    backlog = _backlog(7)
    world.enqueue(*backlog)
    report = world.delivery().run(limit=3)
    assert [o.result for o in report.outcomes] == ["delivered"] * 7
    assert summarise(report)[0] == "alerts: delivered=7 held=0 pending=0 failed=0"
    assert world.top_level_ids() == [alert.id for alert in backlog]
    assert all(world.store.alert_state(alert.id) == "posted" for alert in backlog)
    assert world.delivery().run(limit=3).outcomes == []  # nothing was left behind


def test_slack_down_ends_the_run_at_the_first_alert_and_is_said(world: World) -> None:
    """Slack down: the first alert waits for its retry and the run stops there, rather
    than trying the backlog against a failing API; the rest stays due, uncharged."""
    backlog = _backlog(5)
    world.enqueue(*backlog)
    world.slack.fail("chat.postMessage", status=500, times=1000)
    report = world.delivery().run(limit=2)
    assert [(o.alert_id, o.result) for o in report.outcomes] == [(backlog[0].id, "pending")]
    lines = summarise(report)
    assert lines[0] == "alerts: delivered=0 held=0 pending=1 failed=0"
    assert lines[1].startswith("  stopped: Slack cannot take messages now")
    assert lines[1].endswith("5 alert(s) left undelivered for the next run")
    assert all(world.store.alert_state(alert.id) == "pending" for alert in backlog)
    assert [_attempts(world, a) for a in backlog] == [1, 0, 0, 0, 0]
    world.slack._injections.clear()
    world.clock.advance(hours=1)  # past the retry time
    assert world.delivery().run(limit=2).delivered == 5


class Ticking(Clock):
    """A clock that moves ``step`` each time it is read: delivery takes time."""

    def __init__(self, clock: Clock, step: timedelta) -> None:
        super().__init__(clock.now)
        self.step = step

    def __call__(self) -> datetime:
        self.now += self.step
        return self.now


def _attempts(world: World, alert: Alert) -> int:
    status = world.store.alert_status(alert.id)
    assert status is not None
    return status.attempts


@pytest.mark.parametrize(
    "refusal", ["invalid_auth", "token_revoked", "account_inactive", "not_authed"]
)
def test_a_refused_token_stops_the_run_and_leaves_every_alert_deliverable(
    world: World, refusal: str
) -> None:
    """A credential problem is not the alerts' fault: the run stops at the first refusal,
    says so, and every alert is delivered once the token is fixed (none failed, no try
    counted against any)."""
    backlog = _backlog(5)
    world.enqueue(*backlog)
    world.slack.token = "xoxb-rotated-elsewhere"  # ours is no longer the app's token
    world.slack.auth_error = refusal
    report = world.delivery().run(limit=2)
    assert [(o.alert_id, o.result) for o in report.outcomes] == [(backlog[0].id, "pending")]
    assert report.failed == 0
    assert report.stopped is not None
    assert "bot token" in report.stopped
    assert report.left == 5
    assert [o.alert_id for o in report.urgent_undelivered] == [backlog[0].id]
    assert [world.store.alert_state(a.id) for a in backlog] == ["pending"] * 5
    assert [_attempts(world, a) for a in backlog] == [0] * 5
    # One channel lookup for the alert, one for the ops notice: nothing more was tried.
    assert [r.method for r in world.slack.requests] == ["conversations.list"] * 2
    lines = summarise(report)
    assert lines[0] == "alerts: delivered=0 held=0 pending=1 failed=0"
    assert any(line.startswith("  stopped:") and "5 alert(s) left" in line for line in lines)
    assert all(TOKEN not in line for line in lines)
    # The token is fixed: the next run, at once, delivers every one.
    world.slack.token = TOKEN
    fixed = world.delivery().run(limit=2)
    assert (fixed.delivered, fixed.pending, fixed.failed, fixed.stopped) == (5, 0, 0, None)
    assert world.top_level_ids() == [a.id for a in backlog]


def test_slack_down_under_a_mixed_backlog_ends_the_run_at_the_first_failure(
    world: World,
) -> None:
    """Slack answers 500 to every post while the backlog mixes P3 alerts (held for the
    digest, no Slack call) with P2s: the run does not walk the whole backlog against a
    failing API. One alert is tried (with the API's own retries), the run stops and says
    what it left, and no other alert is charged a try."""
    p2s = _backlog(4)
    p3s = [
        replace(a, id=f"{a.id}-low", story_id=f"{a.story_id}-low", priority="P3")
        for a in _backlog(4)
    ]
    for low, high in zip(p3s, p2s, strict=True):  # interleaved, the P3 a little older
        world.enqueue(low)
        world.clock.advance(seconds=1)
        world.enqueue(high)
    world.slack.fail("chat.postMessage", status=500, times=1000)
    report = world.delivery().run(limit=3)
    posted_for = {
        r.params["metadata"]["event_payload"]["alert_id"]
        for r in world.slack.calls("chat.postMessage")
        if r.params["metadata"]["event_type"] == "demandwatch_alert"  # not the ops notice
    }
    assert posted_for == {p2s[0].id}
    assert [(o.alert_id, o.result) for o in report.outcomes] == [(p2s[0].id, "pending")]
    assert report.stopped is not None
    assert "Slack" in report.stopped
    assert report.left == 8
    assert [_attempts(world, a) for a in p2s] == [1, 0, 0, 0]
    world.slack._injections.clear()
    world.clock.advance(hours=1)
    after = world.delivery().run(limit=3)
    assert (after.delivered, after.held, after.stopped) == (4, 4, None)
    assert world.top_level_ids() == [a.id for a in p2s]


def test_a_run_ends_within_its_time_budget_and_the_next_one_goes_on(world: World) -> None:
    """Delivery takes time (Slack allows about one post a second per channel): a run
    stops once its budget is spent, says what it left, and the next run delivers the
    rest; each alert is posted once."""
    backlog = _backlog(8)
    world.enqueue(*backlog)
    world.clock = Ticking(world.clock, timedelta(seconds=2))
    report = world.delivery().run(limit=3, budget=timedelta(seconds=20))
    done = report.delivered
    assert 0 < done < 8
    assert report.stopped is not None
    assert "budget" in report.stopped
    assert report.left == 8 - done
    assert [_attempts(world, a) for a in backlog[done:]] == [0] * (8 - done)
    rest = world.delivery().run(limit=3)
    assert (rest.delivered, rest.stopped) == (8 - done, None)
    assert world.top_level_ids() == [a.id for a in backlog]


def test_a_fresh_veto_is_posted_before_the_backlog(world: World) -> None:
    """Slack was down for half an hour: the veto that comes in last is posted first."""
    backlog = _backlog(7)
    world.enqueue(*backlog)
    world.clock.advance(minutes=30)
    veto = replace(event_alert("veto"), story_id="s-veto", created=world.clock())
    world.enqueue(veto)
    report = world.delivery().run(limit=3)
    assert report.delivered == 8
    assert report.outcomes[0].alert_id == veto.id
    assert world.top_level_ids() == [veto.id] + [a.id for a in backlog]


def test_an_alert_looked_at_again_in_the_same_run_is_counted_once(world: World) -> None:
    """Another live process holds the story's first post: the story's new alert waits a
    few seconds and comes due again while this run still delivers a backlog. The summary
    counts one alert once, with its last outcome."""
    first, second = _story_alerts()
    world.enqueue(first)
    live = f"{socket.gethostname()}:{os.getppid()}"  # our parent: alive
    world.store.claim_alerts(world.clock(), LEASE, holder=live)
    world.store.claim_thread("s1", SYRIA_CHANNEL, first.id)  # its post is in flight
    world.clock.advance(seconds=1)
    world.enqueue(second)
    world.clock.advance(seconds=1)
    backlog = _backlog(6)
    world.enqueue(*backlog)
    world.clock = Ticking(world.clock, timedelta(seconds=1))
    report = world.delivery(holder="me:1", liveness=LocalLiveness()).run(limit=2)
    looked_at = [o.alert_id for o in report.outcomes]
    assert sorted(looked_at) == sorted([second.id, *(a.id for a in backlog)])
    # Counted once each: ``second`` tried (it waited), ``first`` left to the live run.
    assert [o.alert_id for o in report.waiting] == [first.id]
    assert (report.delivered, report.pending) == (6, 2)
    assert summarise(report)[0] == (
        "alerts: delivered=6 held=0 pending=2 failed=0 (1 not tried by this run: not due yet)"
    )
    assert world.store.alert_state(second.id) == "pending"
    assert _attempts(world, second) == 0  # waiting is no try


def test_held_p3_alerts_are_counted_and_listed(world: World) -> None:
    low = replace(event_alert("report"), priority="P3")
    world.enqueue(low)
    report = world.delivery().run()
    assert report.held == 1
    assert world.store.alert_state(low.id) == "held"
    assert world.slack.calls("chat.postMessage") == []
    lines = summarise(report)
    assert lines[0] == "alerts: delivered=0 held=1 pending=0 failed=0"
    assert any(low.item.title[:40] in line for line in lines)


def test_a_revoked_token_is_noted_once_and_its_alerts_wait_for_a_new_one(world: World) -> None:
    world.enqueue(event_alert("statement"))
    world.slack.token = "xoxb-revoked"
    report = world.delivery().run()
    assert (report.failed, report.pending) == (0, 1)
    # Noted (the next refusal is not said again), whatever the code and the channel.
    assert world.store.first_notice(AUTH_OUTAGE, world.clock()) is False
    world.enqueue(event_alert("meeting"))
    again = world.delivery().run()
    # The run stops at the first refusal: one alert tried, both still deliverable.
    assert (again.failed, again.pending, again.left) == (0, 1, 2)
    # Slack refused every call: no retry storm. One channel lookup per run's alert, one
    # for the ops notice (said once: not again on the second run), nothing else.
    assert [r.method for r in world.slack.requests] == ["conversations.list"] * 3
    assert [n.startswith("Slack refuses the bot token") for n in again.notices] == [True]
    world.slack.token = TOKEN
    assert world.delivery().run().delivered == 2


def test_a_token_outage_of_seconds_is_said_to_have_lasted_seconds_not_a_minute(
    world: World,
) -> None:
    """Probe s18 P4: a token refused at 13:10:07 and taken again at 13:10:15 was said to
    be accepted again "after 1 min": an outage of seconds is said in seconds."""
    world.enqueue(event_alert("statement"))
    world.slack.token, world.slack.auth_error = "xoxb-old", "token_revoked"
    world.delivery().run()
    world.clock.advance(seconds=8)
    world.slack.token = TOKEN
    fixed = world.delivery().run()
    [ended] = [a.text for a in fixed.announced if a.ended]
    assert "accepts the bot token again after 8 s (it could not since " in ended, ended


def test_the_end_of_a_token_outage_is_said_once_and_the_next_outage_is_said_again(
    world: World,
) -> None:
    """One notice per outage: said when Slack first refuses the token (the ops channel is
    tried, the run summary shows it), said again when Slack takes an alert again, and a
    later outage is a new one, said again."""
    world.enqueue(event_alert("statement"))
    world.slack.token, world.slack.auth_error = "xoxb-old", "token_revoked"
    refused = world.delivery().run()
    assert [a.text.startswith("Slack refuses the bot token") for a in refused.announced] == [True]
    assert world.delivery().run().announced == []  # still the same outage

    world.slack.token = TOKEN
    fixed = world.delivery().run()
    assert fixed.delivered == 1
    assert [(a.key, a.ended) for a in fixed.announced] == [(AUTH_OUTAGE, True)]
    assert any("accepts the bot token again" in line for line in summarise(fixed))
    [ops] = world.slack.top_level(OPS_CHANNEL)
    assert "accepts the bot token again" in ops["text"]
    world.enqueue(event_alert("meeting"))
    assert world.delivery().run().announced == []  # nothing more to say

    world.slack.token = "xoxb-old-again"
    world.enqueue(event_alert("report"))
    again = world.delivery().run()
    assert [(a.key, a.ended) for a in again.announced] == [(AUTH_OUTAGE, False)]


# ---------------------------------------------------------------------- the run, from outside


def _run_cli(
    config: Path, state: Path, slack: SlackServer, token: str
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DEMANDWATCH_CONFIG": str(config),
        "DEMANDWATCH_STATE": str(state),
        "SLACK_BOT_TOKEN": token,
        "SLACK_API_URL": slack.url,
    }
    env.pop("SLACK_CHANNEL", None)
    return subprocess.run(
        [sys.executable, "-m", "demandwatch.cli", "run", "--once"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def cli_world(httpserver: Any, tmp_path: Path, slack: SlackServer) -> tuple[Any, Path]:
    from feeds import QUIET_ENTRIES, rss, write_config

    httpserver.expect_request("/wire.xml").respond_with_data(
        rss(QUIET_ENTRIES), content_type="application/rss+xml"
    )
    config = write_config(
        tmp_path / "cfg", [{"id": "wire", "url": httpserver.url_for("/wire.xml")}]
    )
    return httpserver, config


def test_the_run_says_what_it_could_not_deliver_and_exits_non_zero(
    cli_world: tuple[Any, Path], tmp_path: Path, slack: SlackServer
) -> None:
    from feeds import QUIET_ENTRIES, VETO_ENTRY, rss

    server, config = cli_world
    state = tmp_path / "state.sqlite3"
    baseline = _run_cli(config, state, slack, TOKEN)
    assert baseline.returncode == 0, baseline.stderr
    assert "alerts: delivered=0 held=0 pending=0 failed=0" in baseline.stdout
    server.clear()
    server.expect_request("/wire.xml").respond_with_data(
        rss([VETO_ENTRY, *QUIET_ENTRIES]), content_type="application/rss+xml"
    )
    revoked = _run_cli(config, state, slack, "xoxb-revoked")
    assert revoked.returncode == 4, revoked.stdout + revoked.stderr
    assert "alerts: delivered=0 held=0 pending=1 failed=0" in revoked.stdout
    assert "pending P1" in revoked.stdout
    assert "invalid_auth" in revoked.stdout
    assert "P1/P2 alert(s) not delivered" in revoked.stderr
    assert "xoxb-revoked" not in revoked.stdout + revoked.stderr
    assert "Traceback" not in revoked.stderr
    # The token is replaced: the next run delivers the veto.
    fixed = _run_cli(config, state, slack, TOKEN)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert "alerts: delivered=1 held=0 pending=0 failed=0" in fixed.stdout
    assert len(slack.top_level(SYRIA_CHANNEL)) == 1


def test_a_run_waits_out_slack_pacing_a_burst_and_delivers_the_p1(
    cli_world: tuple[Any, Path], tmp_path: Path, slack: SlackServer
) -> None:
    """Probe s17 P2: Slack answers 429 with a short Retry-After three times in a row.
    A local run waits each out (a few seconds, within its bound) and delivers the veto
    now, instead of stopping at the second 429 and leaving it to the next scheduled run
    5-15 minutes later (exit 4, "Slack cannot take messages now")."""
    from feeds import QUIET_ENTRIES, VETO_ENTRY, rss

    server, config = cli_world
    state = tmp_path / "state.sqlite3"
    assert _run_cli(config, state, slack, TOKEN).returncode == 0
    server.clear()
    server.expect_request("/wire.xml").respond_with_data(
        rss([VETO_ENTRY, *QUIET_ENTRIES]), content_type="application/rss+xml"
    )
    slack.rate_limit("chat.postMessage", retry_after=1, times=3)
    run = _run_cli(config, state, slack, TOKEN)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "alerts: delivered=1 held=0 pending=0 failed=0" in run.stdout
    assert "cannot take messages" not in run.stdout + run.stderr
    assert len(slack.top_level(SYRIA_CHANNEL)) == 1


def test_a_p1_waiting_for_slacks_retry_after_keeps_the_next_run_non_zero(
    cli_world: tuple[Any, Path], tmp_path: Path, slack: SlackServer
) -> None:
    """Probe F1 from outside: the run right after a 429 (Retry-After 120 s) on a veto
    still says the veto is pending, with its next try, and exits 4."""
    from feeds import QUIET_ENTRIES, VETO_ENTRY, rss

    server, config = cli_world
    state = tmp_path / "state.sqlite3"
    assert _run_cli(config, state, slack, TOKEN).returncode == 0
    server.clear()
    server.expect_request("/wire.xml").respond_with_data(
        rss([VETO_ENTRY, *QUIET_ENTRIES]), content_type="application/rss+xml"
    )
    slack.rate_limit("chat.postMessage", retry_after=120, times=3)
    limited = _run_cli(config, state, slack, TOKEN)
    assert limited.returncode == 4, limited.stdout + limited.stderr
    assert "alerts: delivered=0 held=0 pending=1 failed=0" in limited.stdout
    again = _run_cli(config, state, slack, TOKEN)
    assert again.returncode == 4, again.stdout + again.stderr
    assert "pending=1" in again.stdout
    [line] = [line for line in again.stdout.splitlines() if line.startswith("  pending P1")]
    assert "next try at" in line
    assert "P1/P2 alert(s) not delivered" in again.stderr
    assert slack.top_level(SYRIA_CHANNEL) == []


def test_a_veto_no_channel_takes_exits_4_and_ops_hear_it(
    cli_world: tuple[Any, Path], tmp_path: Path, slack: SlackServer
) -> None:
    """Probe F2 from outside: #syria-un and #un-alerts removed; the run keeps the veto
    pending (exit 4), the ops channel hears that a P1 reached no channel, and no line
    claims it went to the default channel."""
    from feeds import QUIET_ENTRIES, VETO_ENTRY, rss

    server, config = cli_world
    state = tmp_path / "state.sqlite3"
    assert _run_cli(config, state, slack, TOKEN).returncode == 0
    server.clear()
    server.expect_request("/wire.xml").respond_with_data(
        rss([VETO_ENTRY, *QUIET_ENTRIES]), content_type="application/rss+xml"
    )
    slack.remove_channel(SYRIA_CHANNEL)
    slack.remove_channel(DEFAULT_CHANNEL)
    run = _run_cli(config, state, slack, TOKEN)
    assert run.returncode == 4, run.stdout + run.stderr
    assert "alerts: delivered=0 held=0 pending=1 failed=0" in run.stdout
    assert "default channel." not in run.stdout
    [ops] = slack.top_level(OPS_CHANNEL)
    assert "P1 alert could not be posted to #syria-un" in ops["text"]


def test_a_misspelt_channel_reaches_the_default_channel_and_ops_once(
    cli_world: tuple[Any, Path], tmp_path: Path, slack: SlackServer
) -> None:
    from feeds import QUIET_ENTRIES, VETO_ENTRY, rss

    server, config = cli_world
    demands = config / "demands.yaml"
    demands.write_text(demands.read_text().replace('channel: "#syria-un"', 'channel: "#syria-nu"'))
    state = tmp_path / "state.sqlite3"
    assert _run_cli(config, state, slack, TOKEN).returncode == 0
    server.clear()
    server.expect_request("/wire.xml").respond_with_data(
        rss([VETO_ENTRY, *QUIET_ENTRIES]), content_type="application/rss+xml"
    )
    done = _run_cli(config, state, slack, TOKEN)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "alerts: delivered=1 held=0 pending=0 failed=0" in done.stdout
    assert "#syria-nu" in done.stdout  # the summary says where it could not go
    default = next(c for c, name in CHANNELS.items() if name == "un-alerts")
    ops = next(c for c, name in CHANNELS.items() if name == "demandwatch-ops")
    assert len(slack.top_level(default)) == 1
    assert len(slack.top_level(ops)) == 1
    assert "#syria-nu" in slack.top_level(ops)[0]["text"]
