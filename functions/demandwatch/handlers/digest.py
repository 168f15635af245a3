"""Daily (EventBridge Scheduler): a digest of the last day's stories to each campaign's
channel — what happened, by demand, what people did with it, the stories held back
from the channel, and how the sources are doing.

The content is built and posted by the same use case as ``run --loop``'s digest
(app.digest.post_digests_once, over core.digest): each campaign's digest of the day is
claimed, posted and settled, so the function can be retried (by Lambda, after an error):
a retry posts only the digests still due, and finds one that landed before its holder died.

A digest Slack fails for longer than Lambda's two retries (about three minutes: an outage,
429s) is owed, not lost for the day (probe s17 C5): each scheduled run notes the day's
digest as owed before posting (with its scheduled time) and clears the note once every
campaign's digest is out; a catch-up schedule (template.yaml, every 30 minutes, the same
function) posts a digest of today still owed, for the same period, and does nothing
otherwise.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

# Imported with the module, not at the first invocation: Lambda runs a module's imports in
# its init phase, and every invocation of this function needs these. What posts a digest
# (the digest use case, the stories, Slack's SDK and the asyncio it imports, the store's
# codecs of alerts and stories and the pydantic they are built with) is imported by the
# invocation that has one to post. The catch-up schedule (template.yaml, every 30 minutes)
# is 48 of the function's 49 invocations a day and finds nothing owed unless the day's
# digest failed, each run as likely as not a cold start (a container idle for half an
# hour is seldom kept); the daily run imports them at its invocation, once a day
# (issue 13, bench/README.md's cold_start).
from demandwatch.bootstrap import build_routes, event_model_problem
from demandwatch.exceptions import NotifyError
from demandwatch.handlers._runtime import AFTER_SLACK, Event, Invocation, make_handler
from demandwatch.handlers._schedules import parse_event

REQUIRE = ("secret_id",)
# The AWS clients its invocations make: state and the secret (the bot token), no queue.
# bench/coldstart.py counts them in the cold start; tests/integration/test_aws_e2e.py
# checks the list against what each function really makes.
CLIENTS = ("dynamodb", "secretsmanager")


# No invocation outlives the function's Timeout (60 s in template.yaml): a claim older than
# that and a margin belongs to one that died, and Lambda's retries (a minute, then two
# later) take it over.
CLAIM_LEASE = timedelta(seconds=90)


def owed_key(day: str) -> str:
    """The note of a day's digest not all out yet, dated with its scheduled time (under
    the digest's own keys, which the function's grant on OPS#digest:* covers)."""
    return f"digest:owed:{day}"


def run(event: Event, invocation: Invocation) -> dict[str, Any]:
    scheduled = parse_event(event)
    app = invocation.app
    zone = ZoneInfo(app.config.org.timezone)
    if scheduled.catch_up:
        # Yesterday's too: a digest scheduled late in the evening, or an outage past
        # midnight, is owed on a day that has ended (review V16).
        today = app.clock().astimezone(zone).date()
        owed = next(
            (
                at
                for day in (today - timedelta(days=1), today)
                if (at := app.store.notice_at(owed_key(day.isoformat()))) is not None
            ),
            None,
        )
        if owed is None:
            return {"campaigns": 0, "alerts": 0}  # the digests are out, or not due yet
        end = owed
    else:
        end = scheduled.scheduled_time or app.clock()
    # The day in the organisation's time zone (as the loop's): a retry of this invocation
    # carries the same scheduled time, so the same claims.
    day = end.astimezone(zone).date().isoformat()
    # Noted before anything that can fail (the secret, Slack): an invocation that dies, or
    # fails through Lambda's retries, leaves the day's digest to the catch-up schedule
    # (review V16: a secret unreadable through the retries left no note).
    app.store.first_notice(owed_key(day), end)
    from demandwatch.app.digest import post_digests_once
    from demandwatch.core.digest import digest_start
    from demandwatch.slack.digest import SlackDigestPoster, deployment_id

    settings = app.settings()
    # From the previous digest's local time: 23 or 25 hours back on the days clocks change.
    start = digest_start(end, zone, app.cloud.digest_window)
    api = app.slack_api(settings)  # the container's client and channel-id cache
    # Its own digest is told from another deployment's in the same channel by its table.
    deployment = deployment_id(f"dynamodb:{app.cloud.table_name}")
    poster = SlackDigestPoster(api, build_routes(app.config, settings), deployment=deployment)
    # Slack is not asked past this: with Slack not answering, the run ends before the
    # function's Timeout with its claims withdrawn, and Lambda's retry (or the catch-up)
    # posts what is due; before, it ran past its Timeout (probe s17 C2, as the notify's).
    api.deadline = invocation.deadline(lambda left: max(0.0, left - AFTER_SLACK))
    try:
        done = post_digests_once(
            app.config,
            app.store,
            app.store,
            poster,
            start,
            end,
            day=day,
            clock=app.clock,
            lease=CLAIM_LEASE,
            # Said under the sources' health when the model is on but unread (review s23 Z2).
            events_problem=event_model_problem(settings),
        )
    finally:
        api.deadline = None
    for refused in done.refused:
        invocation.logger.error("digest not posted (not tried again)", extra={"reason": refused})
    alerts = sum(d.content.alerts for d in done.posted)
    if done.posted:
        # Only what went out: a run Slack refused said "digest posted" (0 campaigns) right
        # before it failed (probe s18 C6); what is still due is said by the error below.
        invocation.logger.info(
            "digest posted", extra={"campaigns": len(done.posted), "alerts": alerts}
        )
    if done.found:
        # An earlier try of this schedule posted them (it died, or its answer came late).
        invocation.logger.info(
            "digest found already posted",
            extra={
                "campaigns": len(done.found),
                "alerts": sum(d.content.alerts for d in done.found),
            },
        )
    if not done.held and done.waiting is None:
        app.store.forget_notice(owed_key(day))  # every campaign's is out (or given up)
    if done.held:
        # Held by an invocation that died holding it (nothing else posts digests): fail,
        # so that Lambda's next retry, after the lease, takes the claim over and posts it.
        raise NotifyError(f"daily digest of {', '.join(done.held)} held by an earlier try")
    if done.waiting is not None:
        # Slack cannot take it now (unreachable, 429, token): the error makes Lambda retry
        # the invocation, which posts the digests still due.
        raise NotifyError(f"daily digest not posted yet: {done.waiting}")
    return {"campaigns": len(done.posted), "alerts": alerts}


handler = make_handler(run, require=REQUIRE)
