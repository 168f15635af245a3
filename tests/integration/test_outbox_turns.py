"""The outbox queues an alert again at its next turn, through a queue that keeps SQS
FIFO's rule: a deduplication id seen in the last five minutes is accepted and dropped."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from aws_local import client, moto_server, unique
from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core.models import NewEntry
from demandwatch.exceptions import QueueError
from demandwatch.queue.fanout import FanOut, parse_notice
from demandwatch.queue.memory import MemoryQueue
from demandwatch.queue.sqs import SqsQueue
from demandwatch.store.base import Store
from demandwatch.store.dynamodb import DynamoDbStore, create_table
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


@pytest.fixture(scope="module")
def moto_endpoint() -> Iterator[str]:
    with moto_server() as endpoint:
        yield endpoint


@pytest.mark.parametrize("kind", ["sqlite", "dynamodb"])
def test_a_send_the_queue_refused_leaves_its_alerts_for_the_next_relay(
    kind: str, tmp_path: Path, moto_endpoint: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Probe2 G1: SQS refuses the send (a blip, a wrong URL): the relay fails loudly and
    gives back the alerts it took, so the next relay (the next tick, a poll) queues them,
    not the outbox's quarter-hour recheck: a veto meets a blip, not a 15-minute wait."""
    now = [T0]
    store: Store
    if kind == "sqlite":
        store = SqliteStore(tmp_path / "state.sqlite3")
    else:
        table = unique("demandwatch")
        create_table(client("dynamodb", moto_endpoint), table)
        store = DynamoDbStore(table, client("dynamodb", moto_endpoint))
    sqs = client("sqs", moto_endpoint)
    url = sqs.create_queue(
        QueueName=unique("alerts") + ".fifo",
        Attributes={"FifoQueue": "true", "ContentBasedDeduplication": "false"},
    )["QueueUrl"]

    def fanout(queue_url: str) -> FanOut:
        return FanOut(
            config=load_config(SHIPPED_CONFIG_DIR),
            store=store,
            alert_queue=SqsQueue(queue_url, sqs),
            poll_queue=None,
            clock=lambda: now[0],
            route=lambda alert: "#syria-un",
        )

    veto = make_alert("a-veto", created=T0)
    store.record_new("un-press", [NewEntry("veto", veto)], T0, timedelta(days=1))
    wrong = url.rsplit("/", 1)[0] + "/no-such-queue.fifo"
    with caplog.at_level(logging.WARNING, logger="demandwatch"), pytest.raises(QueueError):
        fanout(wrong).relay()

    now[0] = T0 + timedelta(minutes=1)  # the next tick, queue healthy again
    assert fanout(url).relay() == 1
    [message] = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10)["Messages"]
    assert parse_notice(message["Body"]).alert_id == "a-veto"  # type: ignore[union-attr]
    # The failed relay said what it did with them.
    assert "1 alert(s) given back to the outbox for the next relay" in caplog.text
