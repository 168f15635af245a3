"""A calmer channel, delivered: quiet hours, escalation and the flood guard through the one
delivery use case, against the local Slack stand-in and a real SQLite state file.

The clock is the seed campaign's: 4 February 2012, 16:05 UTC, 11:05 in New York (the
organisation's time zone).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from demandwatch.app.delivery import DeliverAlerts, summarise
from demandwatch.config import (
    AppConfig,
    EscalationConfig,
    QuietHoursConfig,
)
from demandwatch.core.models import Alert
from demandwatch.store.sqlite import SqliteStore
from integration.slack_server import SlackServer
from integration.test_slack_notifier import Harness
from slack_support import (
    ARMS_CHANNEL,
    CHANNELS,
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
    return replace(config, org=config.org.model_copy(update=org))


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
    assert delivery(h).run().outcomes == []
    assert len(slack.top_level(SYRIA_CHANNEL)) == 1

    clock.advance(minutes=5)  # 12:00: the window is over
    later = delivery(h).run()
    assert later.delivered == 1
    assert [m["metadata"]["event_payload"]["alert_id"] for m in slack.top_level(SYRIA_CHANNEL)] == [
        "a-veto",
        "a-stmt",
    ]
    assert store.alert_status("a-stmt").attempts == 1  # type: ignore[union-attr]


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
    for _ in range(3):  # the first message, then two re-queues by the outbox
        outcome = cloud.one("a-stmt")
        assert outcome is not None
        assert outcome.result == "quiet"
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


def test_a_re_raise_slack_refuses_is_reported_not_repeated(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    h = Harness(slack, store, clock, calm_config(escalation=AFTER_20M))
    h.enqueue(veto())
    delivery(h).run()
    clock.advance(minutes=25)
    slack.fail("chat.postMessage", status=500, times=10)
    report = delivery(h).run()
    assert report.escalated == []
    assert any("not re-raised" in n for n in report.notices)
    assert any("ops: unclaimed P1 not re-raised" in line for line in summarise(report))
    clock.advance(minutes=5)
    assert delivery(h).run().escalated == []  # at most once, even when it failed


def test_escalation_off_re_raises_nothing(
    slack: SlackServer, store: SqliteStore, clock: Clock
) -> None:
    h = Harness(slack, store, clock, calm_config())
    h.enqueue(veto())
    delivery(h).run()
    clock.advance(hours=20)
    assert delivery(h).run().escalated == []
    assert [m for m in slack.all_messages() if m.get("thread_ts")] == []
