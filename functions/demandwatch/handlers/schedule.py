"""Scheduled every few minutes (EventBridge Scheduler): poll the due sources — inline
when few, else one poll message per source — and queue undelivered alerts.

Also measures source health for the "every source failing" alarm: ``AllSourcesFailing``
is 1 when every configured source's last poll failed.
"""

from __future__ import annotations

import asyncio
from typing import Any

# Every invocation polls: the pipeline, the HTTP client and the feed readers are imported
# with the module (Lambda runs a module's imports in its init phase) rather than by the
# first invocation.
import demandwatch.service  # noqa: F401
from demandwatch.bootstrap import POLLING_SECRET_FIELDS
from demandwatch.handlers._runtime import Event, Invocation, make_handler
from demandwatch.handlers._schedules import parse_event
from demandwatch.queue.fanout import ScheduleReport, poll_budget

REQUIRE = ("alert_queue_url",)
# The AWS clients its invocations make: state, the poll and alert queues, the secret
# (ReliefWeb's appname).
# bench/coldstart.py counts them in the cold start; tests/integration/test_aws_e2e.py
# checks the list against what each function really makes.
CLIENTS = ("dynamodb", "sqs", "secretsmanager")


def run(event: Event, invocation: Invocation) -> dict[str, Any]:
    scheduled = parse_event(event)
    if scheduled.execution_id:
        invocation.logger.append_keys(execution_id=scheduled.execution_id)
    app = invocation.app
    # Only what polling uses: a spoilt Slack value in the secret stops delivery, said
    # here at every tick and by the notify function's errors, never polling (probe s18 C3).
    settings = app.settings(POLLING_SECRET_FIELDS)
    unusable = app.secret_problem()
    if unusable is not None:
        invocation.logger.error(
            "the secret cannot be used for Slack: sources are polled and alerts kept and "
            "queued, but none is delivered until the secret is mended",
            extra={"error": str(unusable)},
        )
    fanout = app.fanout(settings)
    # The polls end with time left for the rest of the tick: a slow source is cut and said,
    # not run into the function's timeout (probe s15 K9).
    deadline = invocation.deadline(poll_budget)

    async def go() -> ScheduleReport:
        async with app.poller(settings) as service:
            return await fanout.schedule(service, deadline)

    report = asyncio.run(go())
    failed = [o for o in report.outcomes if o.status == "failed"]
    failing, configured = fanout.failing_sources()
    all_failing = configured > 0 and failing == configured

    invocation.polled(report.outcomes, report.relayed)
    invocation.count("AllSourcesFailing", 1 if all_failing else 0)
    summary = {
        "due": len(report.due),
        "fanned_out": report.fanned_out,
        "polled": len(report.outcomes),
        "failed": len(failed),
        "alerts_queued": report.relayed,
        "sources_failing": failing,
    }
    if report.escalations_due:
        # Unclaimed P1s to re-raise (core.calm): the notify function posts them.
        summary["escalations_due"] = report.escalations_due
    if all_failing:
        invocation.logger.error("every source is failing", extra=summary)
    else:
        invocation.logger.info("schedule done", extra=summary)
    return summary


handler = make_handler(run, require=REQUIRE)
