"""Review A (session 12) of delivery, each finding through the real parts: the Slack Web
API stand-in over HTTP and both stores (SQLite, DynamoDB on moto), driven by the one
delivery use case (app.delivery), as tests/integration/test_delivery_guarantees.py does."""

from __future__ import annotations

import dataclasses
import os
import socket
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import time, timedelta
from typing import Any

import pytest

from demandwatch.adapters.process import LocalLiveness
from demandwatch.app.delivery import summarise
from demandwatch.config import QuietWindow
from demandwatch.core.models import Alert, Match
from demandwatch.store.base import Store
from integration import test_delivery_guarantees as guarantees
from integration.test_delivery_guarantees import (
    LEASE,
    Crash,
    KilledMidPost,
    World,
    _finished_pid,
)
from slack_support import (
    ARMS_CHANNEL,
    DEFAULT_CHANNEL,
    OPS_CHANNEL,
    SYRIA_CHANNEL,
    T0,
    event_alert,
    make_alert,
    make_config,
    make_item,
)

pytestmark = pytest.mark.integration


class PerThreadStore:
    """One process's store as its threads use it: each thread opens its own handle on
    the same state (SQLite file or DynamoDB table) the first time it needs one."""

    def __init__(self, open_store: Callable[[], Store]) -> None:
        self._open = open_store
        self._local = threading.local()

    def __getattr__(self, name: str) -> Any:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = self._open()
        return getattr(store, name)


# The fixtures of the delivery guarantees: a Slack stand-in, each store, a world of both.
moto_endpoint = guarantees.moto_endpoint
open_store = guarantees.open_store
slack = guarantees.slack
world = guarantees.world


def _nowhere_p1s(count: int) -> list[Alert]:
    """``count`` P1 alerts of separate stories for #syria-un, oldest first."""
    return [
        replace(
            make_alert(
                f"a-nowhere-{i}",
                item=make_item(
                    key=f"nowhere-{i}",
                    title=f"Draft on Syria vetoed, report {i}",
                    url=f"https://press.un.org/en/2012/nowhere-{i}.htm",
                ),
                priority="P1",
                created=T0 + timedelta(seconds=i),
            ),
            story_id=f"s-nowhere-{i}",
        )
        for i in range(count)
    ]


def _attempts(world: World, alert: Alert) -> int:
    status = world.store.alert_status(alert.id)
    assert status is not None
    return status.attempts


# ---------------------------------------------------------------------- MED-1


def test_alerts_no_channel_takes_cost_one_sweep_a_run_and_a_healthy_alert_goes(
    world: World,
) -> None:
    """Review A MED-1: #syria-un and the default channel are gone, ten P1s wait for them
    and a P2 for the healthy #arms-team is due. The run looks the channel list through
    at most once per missing name (not twice per alert: conversations.list is Slack's
    Tier 2, and its 429s would stop runs), tries one of the ten, gives the others back
    untried and uncounted, and posts the P2."""
    world.config = make_config(demand_channels={"arms-embargo": "#arms-team"})
    world.slack.remove_channel(SYRIA_CHANNEL)
    world.slack.remove_channel(DEFAULT_CHANNEL)
    nowhere = _nowhere_p1s(10)
    healthy = replace(
        make_alert(
            "a-arms",
            item=make_item(key="arms", title="Arms embargo talks resume", url="https://x.org/arms"),
            matches=(Match("arms-embargo", ("arms*",)),),
            priority="P2",
            created=T0 + timedelta(minutes=1),
        ),
        story_id="s-arms",
    )
    world.enqueue(*nowhere, healthy)
    report = world.delivery().run()
    assert len(world.slack.calls("conversations.list")) <= 2
    assert len(world.slack.top_level(ARMS_CHANNEL)) == 1
    assert report.delivered == 1
    assert report.pending == 10
    assert sorted(_attempts(world, alert) for alert in nowhere) == [0] * 9 + [1]
    assert {world.store.alert_state(alert.id) for alert in nowhere} == {"pending"}
    # Every P1 reached nobody: ops hear it of each, as of the one tried.
    assert len(world.slack.top_level(OPS_CHANNEL)) == 10
    assert {o.alert_id for o in report.urgent_undelivered} == {a.id for a in nowhere}

    # The channels come back: all ten go out at their next try, each in its own channel.
    world.slack.add_channel(SYRIA_CHANNEL, "syria-un")
    world.clock.advance(minutes=16)
    back = world.delivery().run()
    assert back.delivered == 10
    assert len(world.slack.top_level(SYRIA_CHANNEL)) == 10


def test_an_alert_no_channel_takes_backs_off_to_the_normal_max_delay(world: World) -> None:
    """Review A MED-1 (c): a channel comes back by a person's action, and ops were told,
    so an alert no channel takes backs off up to the normal 15 minutes, not the 2 minutes
    of a Slack outage (720 tries and sweeps a day); it is still given up by time."""
    world.slack.remove_channel(SYRIA_CHANNEL)
    world.slack.remove_channel(DEFAULT_CHANNEL)
    [alert] = _nowhere_p1s(1)
    world.enqueue(alert)
    gaps: list[timedelta] = []
    for _ in range(8):
        report = world.delivery().run()
        assert [o.result for o in report.outcomes] == ["pending"]
        [record] = [r for r in world.store.undelivered_alerts(10) if r.alert.id == alert.id]
        assert record.retry_at is not None
        gaps.append(record.retry_at - world.clock())
        world.clock.now = record.retry_at
    assert gaps[:3] == [timedelta(seconds=30), timedelta(minutes=1), timedelta(minutes=2)]
    assert max(gaps) == timedelta(minutes=15)


def test_an_alert_for_another_gone_channel_is_tried_once_against_its_own(world: World) -> None:
    """Review A MED-1: the default channel is known gone from an earlier alert of the run;
    an alert for another missing channel is tried against its own (no new list read) and
    waits like the first, its ops notice naming its own channel."""
    world.config = make_config(demand_channels={"arms-embargo": "#arms-gone"})
    world.slack.remove_channel(SYRIA_CHANNEL)
    world.slack.remove_channel(DEFAULT_CHANNEL)
    [first] = _nowhere_p1s(1)
    arms = replace(
        make_alert(
            "a-arms-gone",
            item=make_item(key="arms-gone", title="Arms embargo vote", url="https://x.org/ag"),
            matches=(Match("arms-embargo", ("arms*",)),),
            priority="P1",
            created=T0 + timedelta(minutes=1),
        ),
        story_id="s-arms-gone",
    )
    world.enqueue(first, arms)
    report = world.delivery().run()
    assert [(o.result, o.cause) for o in report.outcomes] == [("pending", "channel")] * 2
    assert len(world.slack.calls("conversations.list")) <= 3  # once per missing name
    assert (_attempts(world, first), _attempts(world, arms)) == (1, 1)
    ops = [m["text"] for m in world.slack.top_level(OPS_CHANNEL)]
    assert any("could not be posted to #arms-gone" in text for text in ops)


# ---------------------------------------------------------------------- LOW-2


def test_a_p1_a_live_run_is_posting_is_counted_but_fails_nothing(world: World) -> None:
    """Review A LOW-2: another run, alive (this machine's process), holds the veto's
    lease and is posting it. This run counts it pending with the end of that lease, but
    does not report it undelivered (exit 4 pages the operator for an alert the other run
    posts a second later): the holder's run reports it, and a lapsed lease is retried."""
    alert = event_alert("veto")
    world.enqueue(alert)
    live = f"{socket.gethostname()}:{os.getppid()}"
    world.store.claim_alerts(world.clock(), LEASE, holder=live)
    report = world.delivery(holder="me:1", liveness=LocalLiveness()).run()
    assert (report.outcomes, report.pending) == ([], 1)
    [line] = [line for line in summarise(report) if line.startswith("  pending P1")]
    assert "being delivered by another run (its lease ends 16:10:00 UTC)" in line
    assert report.urgent_undelivered == []

    # The lease lapsed with the alert still undelivered: this run tries it, and counts it.
    world.slack.remove_channel(SYRIA_CHANNEL)
    world.slack.remove_channel(DEFAULT_CHANNEL)
    world.clock.advance(minutes=6)
    later = world.delivery(holder="me:1", liveness=LocalLiveness()).run()
    assert [o.alert_id for o in later.urgent_undelivered] == [alert.id]


def test_a_later_p1_waiting_for_a_first_post_a_live_run_is_making_fails_nothing(
    world: World,
) -> None:
    """Review A test_r2: another run, alive, holds the story's first alert and its thread
    claim (its post is in flight). A second, P1 alert of the story waits for that post: it
    is counted pending and says why, but is no "P1/P2 not delivered" (exit 4) - that run
    is posting the story, as for the first alert itself (LOW-2)."""
    first = replace(event_alert("statement"), story_id="s1")
    second = replace(
        make_alert("a-second", item=make_item(key="k2", title="A second source")),
        story_id="s1",
        priority="P1",
        created=T0 + timedelta(minutes=1),
    )
    world.enqueue(first)
    live = f"{socket.gethostname()}:{os.getppid()}"
    world.store.claim_alerts(world.clock(), LEASE, holder=live)
    world.store.claim_thread("s1", SYRIA_CHANNEL, first.id)
    world.enqueue(second)
    report = world.delivery(holder="me:1", liveness=LocalLiveness()).run()
    assert [(o.alert_id, o.result) for o in report.outcomes] == [(second.id, "pending")]
    assert report.urgent_undelivered == []
    assert report.pending == 2
    [line] = [line for line in summarise(report) if "a-second" in line or "A second" in line]
    assert "waiting for the story's first post, which another run is making" in line

    # That run died without posting (its lease lapsed, the claim still its own): the
    # second alert's wait is this run's failure to report again.
    world.clock.advance(minutes=6)
    world.slack.remove_channel(SYRIA_CHANNEL)
    world.slack.remove_channel(DEFAULT_CHANNEL)
    later = world.delivery(holder="me:1", liveness=LocalLiveness()).run()
    assert first.id in [o.alert_id for o in later.urgent_undelivered]


# ---------------------------------------------------------------------- LOW-3


def test_a_re_routed_p2_held_by_the_default_channels_quiet_hours_says_so(world: World) -> None:
    """Review A LOW-3: the campaign's channel is misspelt and the default channel is in
    its quiet hours (15:00-18:00 UTC). The P2 re-routed there only waits for the window's
    end: ops are not told it "goes to the default channel" (nothing was posted there), and
    the summary keeps the window's end. Once the window is over it is posted there, and
    ops hear of the broken channel then."""
    config = make_config(campaign_channel="#syria-nu")
    org = dataclasses.replace(
        config.org,
        timezone="UTC",
        quiet_hours={"#un-alerts": QuietWindow(start=time(15, 0), end=time(18, 0))},
    )
    world.config = dataclasses.replace(config, org=org)
    p2 = replace(
        make_alert(
            "a-quiet-p2",
            item=make_item(key="quiet-p2", title="Council consultations", url="https://x.org/q"),
            priority="P2",
        ),
        story_id="s-quiet-p2",
    )
    world.enqueue(p2)
    report = world.delivery().run()
    assert [o.result for o in report.outcomes] == ["quiet"]
    [line] = [line for line in summarise(report) if line.startswith("  quiet P2")]
    assert "re-routed from #syria-nu" in line
    assert "quiet hours in #un-alerts until 2012-02-04 18:00 UTC" in line
    assert not any("default channel" in m["text"] for m in world.slack.top_level(OPS_CHANNEL))
    assert not any("go to the default channel" in notice for notice in report.notices)
    assert world.slack.top_level(DEFAULT_CHANNEL) == []

    world.clock.now = T0.replace(hour=18, minute=1)
    after = world.delivery().run()
    assert after.delivered == 1
    assert len(world.slack.top_level(DEFAULT_CHANNEL)) == 1
    [ops] = world.slack.top_level(OPS_CHANNEL)
    assert "They go to the default channel" in ops["text"]


# ---------------------------------------------------------------------- MED-2


class _SlowGateway(list[float]):
    """The API's backoff sleeps, each standing for a slow 5xx answer and its backoff:
    the fake clock moves ``step`` at each."""

    def __init__(self, world: World, step: timedelta) -> None:
        super().__init__()
        self._world = world
        self._step = step

    def append(self, seconds: float) -> None:
        self._world.clock.advance(seconds=self._step.total_seconds())
        super().append(seconds)


def test_killed_during_a_resend_the_next_run_waits_from_the_last_send(world: World) -> None:
    """Review A MED-2: Slack answers the veto's post 503 twice, slowly (10 s each), and
    the third send is on the wire when the run is killed, 20 s after the first. A run
    21 s after the first send must not post it again: the post may land up to the
    window after its LAST send, not its first. It adopts the post once that has passed."""
    alert = event_alert("veto")
    world.enqueue(alert)
    world.slack.fail("chat.postMessage", status=503, times=2)
    world.slack.stall("chat.postMessage", seconds=3)
    world.sleeps = _SlowGateway(world, timedelta(seconds=10))
    # The killed run's post goes on in a thread of its own (it lands after the "kill"),
    # and notes each re-send in the store from there: with a handle of its own on the same
    # state, as a SQLite connection belongs to the thread that opened it.
    killed = world.delivery(
        PerThreadStore(world.open_store), holder=f"{socket.gethostname()}:{_finished_pid()}"
    )
    world.sleeps = []
    dying = KilledMidPost(killed.poster, world.slack)
    killed.poster = dying
    with pytest.raises(Crash):
        killed.run()
    world.clock.advance(seconds=1)  # 21 s after the first send, 1 s after the last
    rerun = world.delivery(holder="me:1", liveness=LocalLiveness()).run()
    assert rerun.leases_broken == 1
    assert [o.result for o in rerun.outcomes] == []
    dying.landed()
    assert world.top_level_ids() == [alert.id]

    world.clock.advance(seconds=20)
    after = world.delivery(holder="me:1", liveness=LocalLiveness()).run()
    assert after.delivered == 1
    assert world.top_level_ids() == [alert.id]


# ---------------------------------------------------------------------- review A s13


def test_a_p1_behind_a_killed_runs_first_post_is_reported_undelivered(world: World) -> None:
    """Review A s13 L4: a run was killed while posting a story's first alert (a P2 vote);
    the next run, at once, keeps that alert's lease (the post may still land) and its P1
    veto waits for that post. The veto was marked as another run's ("which another run is
    making") and left out of "P1/P2 not delivered": no run was left to report it."""
    first = replace(event_alert("statement"), story_id="s1")
    veto = replace(
        make_alert("a-veto", item=make_item(key="k2", title="Draft on Syria vetoed")),
        story_id="s1",
        priority="P1",
        created=T0 + timedelta(minutes=1),
    )
    world.enqueue(first)
    dead = f"{socket.gethostname()}:{_finished_pid()}"
    world.store.claim_alerts(world.clock(), LEASE, holder=dead)
    world.store.claim_thread("s1", SYRIA_CHANNEL, first.id)
    world.store.note_sending(first.id, world.clock(), holder=dead)
    world.enqueue(veto)
    world.clock.advance(seconds=2)
    report = world.delivery(holder="me:1", liveness=LocalLiveness()).run()
    assert report.leases_broken == 1
    [outcome] = [o for o in report.outcomes if o.alert_id == veto.id]
    assert outcome.result == "pending"
    assert "another run is making" not in (outcome.reason or "")
    assert "a killed run was making" in (outcome.reason or "")
    assert veto.id in [o.alert_id for o in report.urgent_undelivered]
