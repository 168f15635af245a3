"""Slack's buttons and ``/demandwatch`` over a Lambda Function URL.

Each request is verified (Slack's signature over the body exactly as received, so a
base64-encoded body is decoded first; a 5-minute window; replays refused across
containers) and acknowledged at once from the store alone — Slack wants its answer
within 3 seconds. The slow part (updating the message, posting a draft) goes onto the
alerts queue as follow-ups, which the notify function runs.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Mapping
from typing import Any

from demandwatch.adapters.aws import ACK_BUDGET
from demandwatch.exceptions import QueueError, StoreError
from demandwatch.handlers._runtime import Event, Invocation, make_handler
from demandwatch.queue.base import NotSent
from demandwatch.queue.fanout import FollowUpNotice

# Every request is answered by the buttons' handlers: imported with the module (Lambda runs
# a module's imports in its init phase) rather than at the first request.
from demandwatch.slack.interact import Interactions

REQUIRE = ("alert_queue_url", "secret_id")
# The AWS clients its invocations make: state and replays, the follow-ups' queue, the
# secret (bot token, signing secret).
# bench/coldstart.py counts them in the cold start; tests/integration/test_aws_e2e.py
# checks the list against what each function really makes.
CLIENTS = ("dynamodb", "sqs", "secretsmanager")
_TEXT = {"content-type": "text/plain; charset=utf-8"}
# Where the bot token is to be put, as the log says it (a key of the secret, not a value).
UNSET_BOT_SAID = "slack_bot_token is missing from the secret named by DEMANDWATCH_SECRET_ID"
# Said to Slack when the table cannot be reached within the acknowledgement's budget.
BUSY = b"demandwatch is busy (its table did not answer in time): press again in a moment"


def request_body(event: Event) -> bytes | None:
    """The body as Slack sent it (None if the base64 is broken)."""
    body = event.get("body") or ""
    if event.get("isBase64Encoded"):
        try:
            return base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            return None
    return str(body).encode("utf-8")


def http_response(status: int, headers: Mapping[str, str], body: bytes) -> dict[str, Any]:
    return {
        "statusCode": status,
        "headers": dict(headers),
        "body": body.decode("utf-8", errors="replace"),
        "isBase64Encoded": False,
    }


def run(event: Event, invocation: Invocation) -> dict[str, Any]:
    method = ((event.get("requestContext") or {}).get("http") or {}).get("method", "POST")
    if method != "POST":
        return http_response(405, {**_TEXT, "allow": "POST"}, b"POST only")
    body = request_body(event)
    if body is None:
        return http_response(400, _TEXT, b"body is not valid base64")
    headers = {str(k).lower(): str(v) for k, v in (event.get("headers") or {}).items()}
    app = invocation.app
    settings = app.settings()
    if settings.slack_bot_token is None:
        # The secret still holds the template's placeholders (a stack just deployed), or
        # lost its token: nothing a request asks can be done. Refused as a missing signing
        # secret is, naming the key where it lives; before, the function failed with
        # "SLACK_BOT_TOKEN is not set", a variable it does not have (probe s17 C11).
        invocation.logger.error(f"{UNSET_BOT_SAID}: refusing interactive requests")
        return http_response(500, _TEXT, b"bot token not configured")
    interactions: Interactions = app.interactions(settings)
    try:
        reply = interactions.handle_request(headers, body)
        if reply.status == 401 and reply.body == b"bad signature":
            # The signing secret may have been regenerated and put in the secret since
            # this container read it: checked once against the secret as it is now.
            rotated = app.settings_if_rotated(settings)
            if rotated is not None:
                interactions = app.interactions(rotated)
                reply = interactions.handle_request(headers, body)
    except StoreError as exc:
        # Throttled or unreachable within the clients' budget (ACK_BUDGET): Slack's 3 s
        # are nearly gone. One line, no traceback; the presser is told to press again (a
        # new press is a new request, not a replay).
        invocation.logger.error("press not taken: the table is busy", extra={"error": str(exc)})
        return http_response(503, _TEXT, BUSY)
    queue = app.queue(app.cloud.alert_queue_url)  # required at cold start
    if reply.follow_ups and queue is not None:
        signature = headers.get("x-slack-signature", "")
        messages = [
            # A signature is used once (replays are refused), so it names the request.
            FollowUpNotice(f.to_dict(), pressed=app.clock()).to_message(
                hashlib.sha256(f"{signature}#{n}".encode()).hexdigest()
            )
            for n, f in enumerate(reply.follow_ups)
        ]
        try:
            queue.send(messages)
        except QueueError as exc:
            # What the button did is already recorded; the message refresh is lost, but
            # the presser hears what the follow-ups would have said: a note as it is, a
            # draft as not started (press again) (probe s14 J2). Only those the queue
            # refused; when its answer was lost they may be queued, and are said so
            # (review s15 LOW-8).
            invocation.logger.error("follow-ups not queued", extra={"error": str(exc)})
            refused = exc.refused if isinstance(exc, NotSent) else None
            if refused is None and isinstance(exc, NotSent):
                interactions.not_queued(reply.follow_ups, maybe=True)
            else:
                lost = range(len(reply.follow_ups)) if refused is None else refused
                interactions.not_queued([reply.follow_ups[i] for i in lost])
    return http_response(reply.status, reply.headers, reply.body)


# Its clients answer within Slack's 3 s or give up (probe s13 H3).
handler = make_handler(run, require=REQUIRE, reads=("alert",), budget=ACK_BUDGET)
