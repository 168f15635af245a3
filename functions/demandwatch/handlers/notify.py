"""Consumes the FIFO alerts queue: posts each alert to Slack at most once, and runs the
follow-ups of Slack buttons (message updates, drafts) queued by the interact function.

Per alert: lease it in the store, post it, record the post. A message for an alert
already posted (a redelivery, a duplicate) succeeds without posting. Failures are
reported per message (``batchItemFailures``), so one rate-limited channel does not make
SQS redeliver the others; later messages of a failed message's channel wait with it.

A failed message is handed back for as long as its retry is off (Slack's Retry-After, the
alert's retry time), not for the queue's visibility timeout: on the FIFO queue a message
in flight holds every later message of its channel, a new P1 too (probe s13 H1, H2). An
alert's message whose retry is further off than ``HOLD_GROUP_MAX`` is taken off the queue
instead: the table keeps the alert and the outbox queues it again at its retry time.
"""

from __future__ import annotations

import hashlib
import math
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from demandwatch.app.delivery import (
    AUTH_OUTAGE,
    NOWHERE,
    SLACK_OUTAGE,
    DeliveryReport,
    NotDeliveredYet,
    health_not_said,
)
from demandwatch.core.health import members
from demandwatch.exceptions import (
    DeferredError,
    NotifyError,
    PoisonMessageError,
    QueueError,
    RateLimitedError,
)
from demandwatch.handlers._runtime import (
    AFTER_SLACK,
    Event,
    Invocation,
    SqsRecord,
    failure_kind,
    make_handler,
    process_batch,
    sqs_records,
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
    from demandwatch.bootstrap import CloudApp
    from demandwatch.config import Settings
    from demandwatch.slack.interact import Interactions

# The AWS clients its invocations make: state and the secret (the bot token). The alerts
# queue reaches it through its event source mapping; an SQS client is made only when a
# failed message is handed back (hand_back) or a follow-up that waited behind its channel
# is sent again (send_again), never at a cold start or on a healthy day.
# bench/coldstart.py counts them in the cold start; tests/integration/test_aws_e2e.py
# checks the list against what each function really makes.
CLIENTS = ("dynamodb", "secretsmanager")

# How long a failed message may hold its channel's message group (FIFO: nothing later of
# the channel is received while it is in flight). An alert's message that would wait
# longer is taken off the queue: its alert waits in the table for its retry time, when
# the outbox queues it again. Under the alerts queue's visibility timeout (template.yaml).
HOLD_GROUP_MAX = timedelta(seconds=60)
# A message that cannot be handled yet and has no retry time of its own (another worker
# holds its alert, or its alert's retry time has not come): looked at again after this.
DEFERRED_RETRY = timedelta(seconds=20)
# A follow-up Slack keeps rate-limiting comes back after Slack's Retry-After, then at least
# this, x3 at each try of its own (10 s, 30 s, 90 s: minutes before its dead-letter receive;
# receives it waited untried are not its own: send_again).
RATE_LIMIT_BACKOFF = timedelta(seconds=10)
# A message is not started with less time than this left before that deadline: a post that
# cannot be waited for is one that may land later, looked up at its next try.
START_BEFORE_DEADLINE = 10.0
# SQS's longest visibility timeout.
_VISIBILITY_MAX = 12 * 3600

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
    # Slack is not asked past this, so the invocation ends before its Timeout with its
    # messages answered, handed back and its outage counted (probe s17 C2: Slack not
    # answering, one invocation ran 120 s against a 60 s Timeout and was killed).
    deadline = invocation.deadline(lambda left: max(0.0, left - AFTER_SLACK))
    notifier.api.deadline = deadline
    try:
        return _run(event, invocation, settings, notifier, deadline)
    finally:
        notifier.api.deadline = None


def _run(
    event: Event,
    invocation: Invocation,
    settings: Settings,
    notifier: SlackNotifier,
    deadline: float | None,
) -> dict[str, Any]:
    app = invocation.app
    delivery = app.delivery(settings)
    report = DeliveryReport()
    posted = 0

    interactions: Interactions | None = None
    # message id -> how long until its retry is due (None: not known), for failed messages;
    # message group -> the same, for its first failed message (the rest of the group waits).
    retry_in: dict[str, timedelta | None] = {}
    group_retry: dict[str, timedelta | None] = {}
    # Messages this invocation tried (the others of a failed group waited untried), and a
    # follow-up's tries so far, this one included (its backoff counts them).
    tried: set[str] = set()
    follow_up_tries: dict[str, int] = {}

    def deliver(record: SqsRecord) -> None:
        nonlocal posted, interactions
        tried.add(record.message_id)
        notice = parse_notice(record.body)
        if isinstance(notice, HealthMessage):
            sources = [n.source_id for n in members(notice.notice)]
            said = {"source": ",".join(sources), "kind": notice.notice.kind}
            try:
                notifier.health(notice.notice)
            except NotifyError as exc:
                # Like an alert, it waits out Slack in the table, not in this message
                # (whose tries a long outage would spend into the dead-letter queue): the
                # next schedule tick queues it again (a group's sources each).
                taken = [health_not_said(app.store, n) for n in members(notice.notice)]
                taken_back = any(taken)
                invocation.logger.warning(
                    "health notice not posted; said again at the next tick"
                    if taken_back
                    else "health notice not posted; the source's state has moved on",
                    extra={**said, "error": str(exc)},
                )
                return
            invocation.logger.info("health notice posted", extra=said)
            return
        if isinstance(notice, FollowUpNotice):
            from demandwatch.slack.interact import FOLLOW_UP_MAX_AGE, TELL_PRESSER_AFTER, FollowUp

            if interactions is None:
                interactions = app.interactions(settings)
            follow_up = FollowUp.from_dict(notice.data)
            if follow_up.kind == "draft" and notice.older_than(FOLLOW_UP_MAX_AGE, app.clock()):
                # Waited too long behind its channel's failures: not made, the presser told.
                interactions.tell_expired(follow_up)
                invocation.logger.info("follow-up expired", extra={"kind": "draft"})
                return
            # A copy's receives are all tries of its own: one that waits behind its
            # channel's failure is sent again as a new copy (send_again), not handed back.
            tries = notice.tries + record.receive_count
            follow_up_tries[record.message_id] = tries
            told = f"draft-wait:{notice.origin or record.message_id}"
            try:
                interactions.run(follow_up)
            except RateLimitedError as exc:
                wait = due_in(exc, app.clock(), tries) or timedelta(0)
                # Said once per press, at its first wait worth saying (Slack's Retry-After,
                # or the backoff of its second try), whichever copy meets it.
                if (
                    follow_up.kind == "draft"
                    and follow_up.user
                    and wait.total_seconds() >= TELL_PRESSER_AFTER
                    and app.store.first_notice(told, app.clock())
                ):
                    interactions.tell_waiting(follow_up, wait.total_seconds())
                raise
            if tries > 1 and follow_up.kind == "draft":
                app.store.forget_notice(told)  # done: a later press is its own
            invocation.logger.info("follow-up done", extra={"kind": notice.data.get("kind")})
            return
        if isinstance(notice, FloodNotice):
            flood = delivery.flood(notice.alert_ids, report, notice.allowance, notice.window)
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
        tries = follow_up_tries.get(record.message_id, record.receive_count)
        retry_in[record.message_id] = due_in(exc, app.clock(), tries)
        if record.group is not None:
            group_retry.setdefault(record.group, retry_in[record.message_id])
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

    def expired(notice: FollowUpNotice) -> bool:
        from demandwatch.slack.interact import FOLLOW_UP_MAX_AGE

        draft = notice.data.get("kind") == "draft"
        return draft and notice.older_than(FOLLOW_UP_MAX_AGE, app.clock())

    def let_go(record: SqsRecord) -> bool:
        """An alert's message (or a flood's, or an escalation check) on its last try, or
        whose retry is further off than HOLD_GROUP_MAX: the table keeps the work and the
        outbox (or the next tick) queues it again, so the dead-letter queue, where nobody
        retries, is spared it. A follow-up lives only in its message and goes there, for a
        person to look at; so does a health notice that failed for another reason than
        Slack (which leaves it for the next tick: deliver). A follow-up that waited untried
        behind its channel's failure is sent again as a new copy, so its receives are
        spent on tries of its own (review s14 MED-4)."""
        if record.message_id not in tried:
            again = _follow_up(record)
            if again is not None and expired(again):
                # Not sent again for ever (review s15 LOW-5): taken off; the presser told.
                deliver(record)
                return True
            if again is not None:
                return send_again(app, invocation, record, again)
        wait = retry_in.get(record.message_id)
        far = wait is not None and wait > HOLD_GROUP_MAX
        if record.receive_count < QUEUE_TRIES and not far:
            return False
        try:
            notice = parse_notice(record.body)
        except PoisonMessageError:
            return False
        if isinstance(notice, (FollowUpNotice, HealthMessage)):
            return False
        if far:
            invocation.logger.info(
                "message taken off the queue: the table keeps its work for its retry time",
                extra={"message_id": record.message_id, "retry_in_s": _seconds(wait)},
            )
        else:
            invocation.logger.warning(
                "message taken off the queue on its last try; the table keeps its work",
                extra={"message_id": record.message_id, "receive_count": record.receive_count},
            )
        return True

    def start(record: SqsRecord) -> None:
        if deadline is not None and deadline - time.monotonic() < START_BEFORE_DEADLINE:
            # Too late in the invocation to start a message: handed back untried.
            raise DeferredError("not started: too little of this invocation's time left")
        deliver(record)

    batch = process_batch(event, start, failed, let_go)
    hand_back(app, invocation, event, batch.failed, retry_in, group_retry)
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
    # Alerts that reach nobody: given up, or newly found to have no channel that takes
    # them. The ops channel is Slack too, and may be the broken channel: this metric's
    # alarm is how the operator hears of it (review A4). Its ops notice is said again at
    # each try while the ops channel does not take it; the metric counts each alert once.
    nowhere = sum(
        1
        for said in report.announced
        if said.key.startswith(NOWHERE)
        and app.store.first_notice(f"measured:{said.key}", app.clock())
    )
    if report.failed or nowhere:
        invocation.count("AlertsUndeliverable", report.failed + nowhere)
    if report.failed:
        invocation.count("AlertsFailed", report.failed)
        for outcome in report.outcomes:
            if outcome.result == "failed":
                invocation.logger.error(
                    "alert failed", extra={"alert_id": outcome.alert_id, "reason": outcome.reason}
                )
    return batch.response()


handler = make_handler(run, reads=("alert",))


def due_in(exc: Exception, now: datetime, receive_count: int = 1) -> timedelta | None:
    """How long until a failed message's work is due again (None: not known, and the
    message comes back at the queue's visibility timeout).

    A 429 (a follow-up's: an alert's wait is its retry time in the table) is Slack's
    Retry-After at first, then backs off by the message's receives: the queue moves a
    message to the dead-letter queue at its fifth receive, and a storm of 429s a second
    or two apart must not spend those in seconds."""
    if isinstance(exc, RateLimitedError):
        asked = timedelta(seconds=max(exc.retry_after, 0.0))
        if receive_count <= 1:
            return asked
        backoff: timedelta = RATE_LIMIT_BACKOFF * 3 ** min(receive_count - 2, 8)
        return max(asked, backoff)
    if isinstance(exc, NotDeliveredYet) and exc.retry_at is not None:
        return max(exc.retry_at - now, timedelta(0))
    if isinstance(exc, DeferredError):
        return DEFERRED_RETRY
    return None


def _follow_up(record: SqsRecord) -> FollowUpNotice | None:
    try:
        notice = parse_notice(record.body)
    except PoisonMessageError:
        return None
    return notice if isinstance(notice, FollowUpNotice) else None


def send_again(
    app: CloudApp, invocation: Invocation, record: SqsRecord, notice: FollowUpNotice
) -> bool:
    """Queue a new copy of a follow-up that waited untried behind its channel's failure,
    carrying its tries so far; True when sent (the received one is then taken off).

    Each receive counts towards the dead-letter queue, tried or not: handed back behind a
    rate-limited alert, a Draft's follow-up spent three receives untried in seconds and
    reached the dead-letter queue after two tries of its own (review s14 MED-4). The copy
    goes to the end of its channel's group, behind the message that holds the group, and
    comes when that one is done. A copy that cannot be sent is handed back as before."""
    queue = app.queue(app.cloud.alert_queue_url)
    if queue is None:
        return False
    copy = FollowUpNotice(
        notice.data,
        tries=notice.tries + record.receive_count - 1,  # this receive was not a try
        origin=notice.origin or record.message_id,
        pressed=notice.pressed,
    )
    # The same receipt sent again (a retried invocation) is dropped as a duplicate.
    dedup = hashlib.sha256(f"{record.message_id}#{record.receive_count}".encode()).hexdigest()
    try:
        queue.send([copy.to_message(dedup)])
    except QueueError as exc:
        invocation.logger.warning(
            "follow-up not sent again; handed back", extra={"error": str(exc)}
        )
        return False
    invocation.logger.info(
        "follow-up sent again behind its channel's wait",
        extra={"message_id": record.message_id, "tries": copy.tries},
    )
    return True


def hand_back(
    app: CloudApp,
    invocation: Invocation,
    event: Event,
    failed: tuple[str, ...],
    retry_in: dict[str, timedelta | None],
    group_retry: dict[str, timedelta | None],
) -> None:
    """Make each failed message visible again when its retry is due: its own wait, or
    (a message that waited behind its group's failure) its group's, at most
    HOLD_GROUP_MAX. Messages with no known wait are left to the visibility timeout."""
    if not failed:
        return
    records = {r.message_id: r for r in sqs_records(event)}
    receipts: list[tuple[str, int]] = []
    for message_id in failed:
        record = records.get(message_id)
        if record is None or not record.receipt_handle:
            continue
        if message_id in retry_in:
            wait = retry_in[message_id]
        else:
            wait = group_retry.get(record.group or "")
            wait = None if wait is None else min(wait, HOLD_GROUP_MAX)
        if wait is not None:
            receipts.append((record.receipt_handle, min(_seconds(wait), _VISIBILITY_MAX)))
    queue = app.queue(app.cloud.alert_queue_url)
    if not receipts:
        return
    if queue is None:
        invocation.logger.warning(
            "failed messages wait for the queue's visibility timeout: "
            "DEMANDWATCH_ALERT_QUEUE_URL is not set",
            extra={"messages": len(receipts)},
        )
        return
    try:
        queue.hand_back(receipts)
    except QueueError as exc:
        # They come back at the queue's visibility timeout instead: later, not lost.
        invocation.logger.warning(
            "failed messages not handed back early", extra={"error": str(exc)}
        )


def _seconds(wait: timedelta | None) -> int:
    return 0 if wait is None else math.ceil(wait.total_seconds())
