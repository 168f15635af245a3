"""The outbox queues an alert again at its next turn, through a queue that keeps SQS
FIFO's rule: a deduplication id seen in the last five minutes is accepted and dropped."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core.models import NewEntry
from demandwatch.queue.fanout import FanOut, parse_notice
from demandwatch.queue.memory import MemoryQueue
from demandwatch.store.sqlite import SqliteStore
from slack_support import T0, make_alert

pytestmark = pytest.mark.integration

LEASE = timedelta(minutes=5)


def test_a_retry_queued_minutes_after_the_first_message_is_not_dropped_as_a_duplicate(
    tmp_path: Path,
) -> None:
    """A veto's first message at T; Slack fails it for a moment and its retry is due 30 s
    later; the next relay (a poll's, 4 minutes on) queues it again. SQS would drop a
    second message with the first's deduplication id inside five minutes, so the veto
    would wait for the outbox's quarter-hour recheck: the retry must be a new message,
    while a resend of the same turn stays a duplicate."""
    now = [T0]
    store = SqliteStore(tmp_path / "state.sqlite3")
    queue = MemoryQueue(clock=lambda: now[0])
    fanout = FanOut(
        config=load_config(SHIPPED_CONFIG_DIR),
        store=store,
        alert_queue=queue,
        poll_queue=None,
        clock=lambda: now[0],
        route=lambda alert: "#syria-un",
    )
    veto = make_alert("a-veto", created=T0)
    store.record_new("un-press", [NewEntry("veto", veto)], T0, timedelta(days=1))

    assert fanout.relay() == 1
    [first] = queue.receive()
    assert store.lease_alert("a-veto", now[0], LEASE) is not None
    store.release_alert("a-veto", "HTTP 503 from Slack", now[0] + timedelta(seconds=30))
    # A resend of the same turn (the client retrying its call) is still a duplicate.
    queue.send([first])
    assert len(queue) == 0

    now[0] = T0 + timedelta(minutes=4)
    assert fanout.relay() == 1
    [again] = queue.receive()
    assert parse_notice(again.body) == parse_notice(first.body)
    assert again.dedup_id != first.dedup_id
    assert again.dedup_id is not None
    assert len(again.dedup_id) <= 128  # SQS's limit
