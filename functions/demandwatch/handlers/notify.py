"""Consumes the FIFO alerts queue: posts each alert to Slack at most once, and runs the
follow-ups of Slack buttons (message updates, drafts) queued by the interact function.

Per alert: lease it in the store, post it, record the post. A message for an alert
already posted (a redelivery, a duplicate) succeeds without posting. Failures are
reported per message (``batchItemFailures``), so one rate-limited channel does not make
SQS redeliver the others; later messages of a failed message's channel wait with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from demandwatch.app.delivery import AUTH_OUTAGE, SLACK_OUTAGE, DeliveryReport
from demandwatch.exceptions import PoisonMessageError
from demandwatch.handlers._runtime import (
    Event,
    Invocation,
    SqsRecord,
    failure_kind,
    make_handler,
    process_batch,
)
from demandwatch.queue.fanout import (
    EscalationCheck,
    FloodNotice,
    FollowUpNotice,
    HealthMessage,
    notify_alert,
    parse_notice,
)

# Every invocation posts through Slack, so its client and message blocks are imported
# with the module (a cold start pays for them); the buttons' follow-ups, rarer, import
# their part when one arrives.
from demandwatch.slack.notifier import SlackNotifier

if TYPE_CHECKING:
    from demandwatch.slack.interact import Interactions

# The AWS clients its invocations make: state and the secret (the bot token). No queue:
# the alerts queue reaches it through its event source mapping, it never sends.
# bench/coldstart.py counts them in the cold start; tests/integration/test_aws_e2e.py
# checks the list against what each function really makes.
CLIENTS = ("dynamodb", "secretsmanager")

# One data point per outage, at its start (its ops notice is noted once in the store): what
# the template's alarms watch, since the ops channel cannot be posted to either.
_OUTAGE_METRICS = {AUTH_OUTAGE: "SlackTokenRefused", SLACK_OUTAGE: "SlackUnavailable"}

# An alert's message is handed back to the queue (retried after the visibility timeout:
# a 429, another worker's lease) at most this many times less one; the try after that
# takes it off the queue, whatever happens, before the AlertQueue's redrive
# (maxReceiveCount, template.yaml) would move it to the dead-letter queue. The alert
# itself waits in the table, which the outbox queues again.
QUEUE_TRIES = 3

_COUNTERS = {
    "poison": "PoisonMessages",
    "deferred": "AlertsRetried",
    "failed": "AlertsRetried",
    "internal_error": "AlertsRetried",
}


def run(event: Event, invocation: Invocation) -> dict[str, Any]:
    app = invocation.app
    settings = app.settings()
    notifier: SlackNotifier = app.notifier(settings)
    delivery = app.delivery(settings)
    report = DeliveryReport()
    posted = 0

    interactions: Interactions | None = None

    def deliver(record: SqsRecord) -> None:
        nonlocal posted, interactions
        notice = parse_notice(record.body)
        if isinstance(notice, HealthMessage):
            notifier.health(notice.notice)
            invocation.logger.info(
                "health notice posted",
                extra={"source": notice.notice.source_id, "kind": notice.notice.kind},
            )
            return
        if isinstance(notice, FollowUpNotice):
            from demandwatch.slack.interact import FollowUp

            if interactions is None:
                interactions = app.interactions(settings)
            interactions.run(FollowUp.from_dict(notice.data))
            invocation.logger.info("follow-up done", extra={"kind": notice.data.get("kind")})
            return
        if isinstance(notice, FloodNotice):
            flood = delivery.flood(notice.alert_ids, report)
            invocation.logger.info(
                "flood delivered",
                extra={"channel": notice.channel, "alerts": len(notice.alert_ids)},
            )
            posted += sum(1 for o in flood if o.result == "delivered")
            return
        if isinstance(notice, EscalationCheck):
            raised = delivery.escalate(report)
            invocation.logger.info("unclaimed P1 alerts re-raised", extra={"count": raised})
            for alert_id in report.escalations_waiting:
                # Still due: the next schedule tick asks again until Slack takes it.
                invocation.logger.warning(
                    "unclaimed P1 not re-raised yet (tried again)",
                    extra={
                        "alert_id": alert_id,
                        "reason": report.escalation_errors.get(alert_id, ""),
                    },
                )
            for alert_id in report.escalations_given_up:
                # Refused for good: its ops notice (report.announced, below) says it once.
                invocation.logger.error(
                    "unclaimed P1 not re-raised (given up)",
                    extra={
                        "alert_id": alert_id,
                        "reason": report.escalation_errors.get(alert_id, ""),
                    },
                )
            report.escalations_waiting.clear()
            report.escalations_given_up.clear()
            return
        result = notify_alert(notice, delivery, report)
        invocation.logger.info(
            "alert handled",
            extra={"alert_id": notice.alert_id, "channel": notice.channel, "result": result},
        )
        if result == "posted":
            posted += 1

    def failed(record: SqsRecord, exc: Exception) -> None:
        kind = failure_kind(exc)
        invocation.count(_COUNTERS[kind])
        details = {
            "message_id": record.message_id,
            "group": record.group,
            "receive_count": record.receive_count,
            "kind": kind,
            "error": str(exc),
        }
        if kind == "internal_error":
            invocation.logger.exception("alert message failed", extra=details)
        else:
            invocation.logger.warning("alert message failed", extra=details)

    def let_go(record: SqsRecord) -> bool:
        """An alert's message (or a flood's, or an escalation check) on its last try: the
        table keeps the work and the outbox (or the next tick) queues it again, so the
        dead-letter queue, where nobody retries, is spared it. A follow-up or a health
        notice lives only in its message and goes there, for a person to look at."""
        if record.receive_count < QUEUE_TRIES:
            return False
        try:
            notice = parse_notice(record.body)
        except PoisonMessageError:
            return False
        if isinstance(notice, (FollowUpNotice, HealthMessage)):
            return False
        invocation.logger.warning(
            "message taken off the queue on its last try; the table keeps its work",
            extra={"message_id": record.message_id, "receive_count": record.receive_count},
        )
        return True

    batch = process_batch(event, deliver, failed, let_go)
    # Cosmetic, after the alerts: each stale "+N sources" parent once, whatever failed;
    # not against a refused token or a Slack outage (every update would fail too).
    if report.unavailable is None:
        delivery.refresh_parents(report)
    for said in report.announced:
        # Once per problem (its ops notice is noted in the store), whichever container
        # met it first: with the token refused this log line and the metric are how the
        # outage is said, since the ops channel cannot be posted to either.
        if said.ended:
            invocation.logger.warning("ops notice", extra={"notice": said.text})
        else:
            invocation.logger.error("ops notice", extra={"notice": said.text})
        if said.key in _OUTAGE_METRICS and not said.ended:
            invocation.count(_OUTAGE_METRICS[said.key])
    invocation.count("AlertsPosted", posted)
    if report.failed:
        invocation.count("AlertsFailed", report.failed)
        for outcome in report.outcomes:
            if outcome.result == "failed":
                invocation.logger.error(
                    "alert failed", extra={"alert_id": outcome.alert_id, "reason": outcome.reason}
                )
    return batch.response()


handler = make_handler(run, reads=("alert",))
