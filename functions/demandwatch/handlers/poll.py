"""Consumes the poll queue (one message per source to poll), then queues new alerts.

A malformed message is reported as failed (SQS retries it, then moves it to the DLQ);
a failed *source* is not a failed message: it is an outcome, logged and counted.
"""

from __future__ import annotations

import asyncio
from typing import Any

# Every invocation polls: the pipeline, the HTTP client and the feed readers are imported
# with the module (Lambda runs a module's imports in its init phase) rather than by the
# first invocation.
import demandwatch.service  # noqa: F401
from demandwatch.bootstrap import POLLING_SECRET_FIELDS
from demandwatch.handlers._runtime import (
    Event,
    Invocation,
    SqsRecord,
    failure_kind,
    make_handler,
    process_batch,
)
from demandwatch.queue.fanout import PollReport, PollRequest, poll_budget

REQUIRE = ("alert_queue_url",)
# The AWS clients its invocations make: state, the alert queue (alerts, health notices),
# the secret (ReliefWeb's appname).
# bench/coldstart.py counts them in the cold start; tests/integration/test_aws_e2e.py
# checks the list against what each function really makes.
CLIENTS = ("dynamodb", "sqs", "secretsmanager")


def run(event: Event, invocation: Invocation) -> dict[str, Any]:
    app = invocation.app
    requests: list[PollRequest] = []

    def accept(record: SqsRecord) -> None:
        requests.append(PollRequest.parse(record.body))

    def refuse(record: SqsRecord, exc: Exception) -> None:
        invocation.count("PoisonMessages")
        invocation.logger.error(
            "poll message refused",
            extra={"message_id": record.message_id, "kind": failure_kind(exc), "error": str(exc)},
        )

    batch = process_batch(event, accept, refuse)
    # Only what polling uses (the schedule function says a spoilt Slack value).
    settings = app.settings(POLLING_SECRET_FIELDS)
    fanout = app.fanout(settings)
    # The polls end with time left for the relay (probe s15 K9): a slow source is cut,
    # its progress kept, rather than the invocation timing out and being retried whole.
    deadline = invocation.deadline(poll_budget)

    async def go() -> PollReport:
        async with app.poller(settings) as service:
            return await fanout.poll(service, requests, deadline)

    # A store or queue failure raises: the whole batch is retried (polling is idempotent)
    # and the function's Errors alarm sees it.
    report = asyncio.run(go())
    invocation.polled(report.outcomes, report.relayed)
    return batch.response()


handler = make_handler(run, require=REQUIRE)
