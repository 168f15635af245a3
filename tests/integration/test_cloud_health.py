"""In the cloud, a dead source is reported too: the schedule function finds the
transition and queues it for the notify function, which holds the Slack token."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytest_httpserver import HTTPServer

from aws_local import client, moto_server, unique
from demandwatch import bootstrap
from demandwatch.config import Settings, load_config
from demandwatch.queue.fanout import FanOut, HealthMessage, QueuedHealthNotifier, parse_notice
from demandwatch.queue.memory import MemoryQueue
from demandwatch.store.dynamodb import DynamoDbStore, create_table
from feeds import write_config


def test_schedule_queues_a_source_outage_once_for_the_notify_function(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/dead.xml").respond_with_data("", status=503)
    config = load_config(
        write_config(tmp_path / "cfg", [{"id": "dead", "url": httpserver.url_for("/dead.xml")}])
    )
    alerts = MemoryQueue()
    clock = [datetime(2026, 11, 26, 12, 0, tzinfo=UTC)]
    with moto_server() as endpoint:
        table = unique("demandwatch")
        create_table(client("dynamodb", endpoint), table)
        store = DynamoDbStore(table, client("dynamodb", endpoint))
        fanout = FanOut(
            config=config,
            store=store,
            alert_queue=alerts,
            poll_queue=None,
            clock=lambda: clock[0],
            route=lambda alert: "#x",
            inline_poll_max=20,
        )

        async def tick() -> None:
            async with bootstrap.service(
                Settings(),
                config,
                store=store,
                notifier=QueuedHealthNotifier(alerts),
                clock=lambda: clock[0],
            ) as service:
                await fanout.schedule(service)

        for _ in range(5):  # five schedule ticks, the source failing at each
            asyncio.run(tick())
            clock[0] += timedelta(minutes=5)

    messages = alerts.receive()
    notices = [parse_notice(m.body) for m in messages]
    assert len(notices) == 1  # reported once, not at every failing tick
    health = notices[0]
    assert isinstance(health, HealthMessage)
    assert health.notice.kind == "failing"
    assert "HTTP 503" in health.notice.text()
    assert messages[0].group == "ops"
