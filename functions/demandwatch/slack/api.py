"""Slack's Web API with demandwatch's delivery policy.

* A 429 says how long to wait (``Retry-After``). Waiting blocks whoever runs us, so by
  default the call fails with :class:`RateLimitedError` and the caller's queue retries
  later (the service releases the alert with that delay); a local run allows a call to
  wait up to ``max_wait`` in all, however many 429s that spans: Slack pacing a burst
  asks for a few seconds several times over, and failing at the second 429 held every
  alert of the run (a P1 included) until the next scheduled run (probe s17 P2).
* 5xx answers, Slack's transient errors and connection failures are retried with
  exponential backoff. Before a *post* is sent again, ``recover`` looks for the earlier
  attempt (it may have landed even though the answer was lost), so a retry never posts
  twice. A post Slack did not answer in time is not re-sent at all: Slack may still be
  taking it, after any look-up made now; the caller's next try looks it up first.
* Posts to one channel are spaced (``min_interval``): chat.postMessage allows about one
  message per second per channel.
* A refused token is asked for again once (``fresh_token``), where a runtime keeps it
  somewhere that changes under a running process (the cloud's secret, cached by each
  container): a token rotated there is used at once, not when the cache expires.

The client is handed in (bootstrap builds it with :func:`build_web_client`); tests point a
real ``WebClient`` at a local server.
"""

from __future__ import annotations

import functools
import http.client
import logging
import re
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any, TypeVar

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackRequestError
from slack_sdk.web import SlackResponse

from demandwatch.config import Settings
from demandwatch.core.delivery import AUTH_ERRORS, OUT_OF_TIME, SLACK_TIMEOUT
from demandwatch.exceptions import NotifyError, RateLimitedError
from demandwatch.slack.blocks import Message
from demandwatch.slack.kit import ALERT_EVENT as ALERT_EVENT

log = logging.getLogger("demandwatch.slack")

T = TypeVar("T")


# Slack's own words for "try again" (https://docs.slack.dev/reference/methods/chat.postMessage).
_TRANSIENT_ERRORS = frozenset(
    {"internal_error", "fatal_error", "service_unavailable", "request_timeout", "timeout"}
)
_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{6,}$")
_HINTS = {
    "not_in_channel": "invite the app to the channel (/invite @demandwatch)",
    "channel_not_found": "check the channel name or id, and invite the app",
    # Named where each runtime keeps it (probe s14 J9: the cloud has no SLACK_BOT_TOKEN).
    "invalid_auth": "the bot token was rejected (check SLACK_BOT_TOKEN; in AWS, the "
    "slack_bot_token key of the secret DEMANDWATCH_SECRET_ID names)",
    "not_authed": "no bot token was sent (set SLACK_BOT_TOKEN; in AWS, the slack_bot_token "
    "key of the secret DEMANDWATCH_SECRET_ID names)",
    "missing_scope": "the app lacks a scope: reinstall it from infra/slack/manifest.yaml",
    "invalid_blocks": "Slack rejected the message layout",
}
# Under a deadline (SlackApi.deadline), no request is sent with less time left than this.
MIN_TRY = 1.0
NO_TIME = "no time left in this run"
# Connection-level failures: the request may or may not have reached Slack.
_CONNECTION_ERRORS: tuple[type[BaseException], ...] = (OSError, http.client.HTTPException)


def build_web_client(
    settings: Settings, *, timeout: int = int(SLACK_TIMEOUT.total_seconds())
) -> WebClient:
    """A WebClient for the bot token and ``SLACK_API_URL``.

    No retry handlers: :class:`SlackApi` retries itself, so that a post is looked up
    before it is sent again.
    """
    if settings.slack_bot_token is None:
        raise NotifyError("SLACK_BOT_TOKEN is not set")
    base_url = (
        settings.slack_api_url
        if settings.slack_api_url.endswith("/")
        else f"{settings.slack_api_url}/"
    )
    return WebClient(
        token=settings.slack_bot_token.get_secret_value(),
        base_url=base_url,
        timeout=timeout,
        retry_handlers=[],
    )


def alert_metadata(
    alert_id: str, story_id: str, event_type: str = ALERT_EVENT, deployment: str = ""
) -> dict[str, Any]:
    """The message metadata that lets a retry find a post whose recording was lost; with
    the deployment that posted it, since alert ids are the same in every deployment
    (another stack, or `run --loop`, posting to the channel: probe s13 H7)."""
    payload = {"alert_id": alert_id, "story_id": story_id}
    if deployment:
        payload["deployment"] = deployment
    return {"event_type": event_type, "event_payload": payload}


def _retry_after(response: SlackResponse) -> float:
    headers = {k.lower(): v for k, v in (response.headers or {}).items()}
    value = headers.get("retry-after")
    try:
        return max(float(value), 0.0) if value is not None else 1.0
    except (TypeError, ValueError):
        return 1.0


class SlackApi:
    """The Web API calls demandwatch makes, each under the policy above."""

    def __init__(
        self,
        client: WebClient,
        *,
        max_wait: float = 0.0,
        retries: int = 3,
        backoff: float = 0.5,
        min_interval: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        fresh_token: Callable[[], str | None] | None = None,
    ) -> None:
        self.client = client
        # Where the token is read again when Slack refuses it (None: it cannot change
        # while the process runs, as an environment variable).
        self._fresh_token = fresh_token
        self.max_wait = max_wait
        self.retries = retries
        self.backoff = backoff
        self.min_interval = min_interval
        self._sleep = sleep
        self._monotonic = monotonic
        self._channels: dict[str, str] = {}
        self._last_post: dict[str, float] = {}
        # A ``monotonic`` instant after which no request is sent, and none waited for
        # beyond it (None: no limit). A Lambda function sets it from its remaining time:
        # Slack not answering took each request its 10 s timeout, 4 tries a call, and a
        # notify invocation ran 120 s against its 60 s Timeout, killed before it could
        # hand its messages back or count the outage (probe s17 C2).
        self.deadline: float | None = None

    # ------------------------------------------------------------------ policy

    def call(
        self,
        method: str,
        attempt: Callable[[], T],
        *,
        recover: Callable[[], T | None] | None = None,
        on_resend: Callable[[], None] | None = None,
        retries: int | None = None,
    ) -> T:
        """Run ``attempt`` under the retry policy; ``recover`` runs before any re-send,
        ``on_resend`` just before it goes (a post may land up to a timeout after its
        last send, not its first: the caller notes when). ``retries``: how many re-sends
        when not the client's own (a call made while Slack waits for our answer)."""
        allowed = self.retries if retries is None else retries
        waited = 0.0  # seconds of Retry-After this call has waited out
        failures = 0
        sent = False
        usual = self.client.timeout
        while True:
            left = self._time_left()
            if left is not None and left < MIN_TRY:
                # Not sent at all: our own time ran out, not Slack's (review V12); after a
                # failure, the re-send not made is still Slack's failure.
                raise NotifyError(
                    f"Slack {method} not {'sent again' if sent else 'sent'}: {NO_TIME}",
                    None if sent else OUT_OF_TIME,
                )
            try:
                if sent and on_resend is not None:
                    on_resend()
                sent = True
                if left is not None:
                    # Its answer is not waited for past the deadline.
                    self.client.timeout = max(1, min(usual, int(left)))
                return attempt()
            except SlackApiError as exc:
                response = exc.response
                error = str(response.get("error", "")) if isinstance(response.data, dict) else ""
                # HTTP 429, or chat.postMessage's own "rate_limited" (HTTP 200: too many
                # messages posted): Slack pacing us, never an outage (probe s16 L7).
                if response.status_code == 429 or error in ("ratelimited", "rate_limited"):
                    retry_after = _retry_after(response)
                    if waited + retry_after <= self.max_wait:
                        log.info("Slack %s rate limited: waiting %.1fs", method, retry_after)
                        self._sleep(retry_after)
                        # At least a second is charged, so that a Retry-After of 0 said
                        # over and over still ends the call.
                        waited += max(retry_after, 1.0)
                        continue
                    raise RateLimitedError(f"Slack {method} rate limited", retry_after) from exc
                if error in AUTH_ERRORS and self._token_changed():
                    # Rotated in the secret since this container read it (probe s15 K1):
                    # not an outage, and not worth a try of the retry budget.
                    log.info("Slack refused the bot token; retrying %s with the new one", method)
                    continue
                if response.status_code < 500 and error not in _TRANSIENT_ERRORS:
                    hint = _HINTS.get(error)
                    detail = f"{error or response.status_code}" + (f": {hint}" if hint else "")
                    raise NotifyError(f"Slack {method} failed: {detail}", error or None) from exc
                reason = f"{error or 'HTTP ' + str(response.status_code)}"
                failure: BaseException = exc
            except SlackRequestError as exc:  # a bad request built locally: retrying won't help
                raise NotifyError(f"Slack {method} could not be sent: {exc}") from exc
            except _CONNECTION_ERRORS as exc:
                if isinstance(exc, TimeoutError) and recover is not None:
                    # The post went out and Slack did not answer in time: it may still be
                    # taking it, after any look-up made now, and a re-send would post it
                    # twice. The caller's next try, later, looks it up before posting.
                    raise NotifyError(
                        f"Slack {method} did not answer in time (the post may still land)"
                    ) from exc
                reason = type(exc).__name__
                failure = exc
            finally:
                self.client.timeout = usual
            failures += 1
            delay = self.backoff * 2 ** (failures - 1)
            left = self._time_left()
            if failures > allowed or (left is not None and left - delay < MIN_TRY):
                spent = "" if failures > allowed else f" ({NO_TIME} to try again)"
                raise NotifyError(
                    f"Slack {method} failed after {failures} attempts: {reason}{spent}"
                ) from failure
            log.warning("Slack %s failed (%s); retrying in %.1fs", method, reason, delay)
            self._sleep(delay)
            if recover is not None:
                found = recover()
                if found is not None:
                    return found

    def _time_left(self) -> float | None:
        """Seconds until :attr:`deadline` (None: no deadline)."""
        return None if self.deadline is None else self.deadline - self._monotonic()

    def _token_changed(self) -> bool:
        """Whether the token's keeper now holds another token (then used from here on)."""
        if self._fresh_token is None:
            return False
        fresh = self._fresh_token()
        if not fresh or fresh == self.client.token:
            return False
        self.client.token = fresh
        return True

    def _pace(self, channel: str) -> None:
        last = self._last_post.get(channel)
        if last is not None and self.min_interval > 0:
            wait = self.min_interval - (self._monotonic() - last)
            if wait > 0:
                self._sleep(wait)
        self._last_post[channel] = self._monotonic()

    # ------------------------------------------------------------------ methods

    def channel_id(self, channel: str) -> str:
        """A channel id for a configured ``#name`` (or the id itself).

        Names are resolved once per process through conversations.list (public channels;
        configure a private channel by its id).
        """
        channel = channel.strip()
        if _CHANNEL_ID.match(channel):
            return channel
        name = channel.lstrip("#").lower()
        if name not in self._channels:
            # 50 pages of 1000 channels is more than any workspace this serves.
            for page in self._pages(
                "conversations.list",
                lambda c: self.client.conversations_list(
                    types="public_channel", exclude_archived=True, limit=1000, cursor=c
                ),
                50,
            ):
                for found in page.get("channels") or []:
                    self._channels[str(found["name"]).lower()] = str(found["id"])
                if name in self._channels:
                    break
        if name not in self._channels:
            raise NotifyError(
                f"Slack channel #{name} not found (a private channel must be configured by id)",
                "channel_not_found",
            )
        return self._channels[name]

    def post(
        self,
        channel: str,
        message: Message,
        *,
        metadata: Mapping[str, Any],
        thread_ts: str | None = None,
        broadcast: bool = False,
        recover: Callable[[], str | None] | None = None,
        on_resend: Callable[[], None] | None = None,
    ) -> str:
        """Post ``message``; return its ts. ``recover`` finds it if an attempt landed;
        ``on_resend`` runs just before each re-send."""
        self._pace(channel)

        def attempt() -> str:
            response = self.client.chat_postMessage(
                channel=channel,
                text=message.text,
                blocks=list(message.blocks),
                thread_ts=thread_ts,
                reply_broadcast=True if broadcast and thread_ts else None,
                metadata=dict(metadata),
                # Nothing in the text is parsed for names or unfurled: mentions and links
                # are exactly the <...> sequences the renderer wrote.
                link_names=False,
                parse="none",
                unfurl_links=False,
                unfurl_media=False,
            )
            return str(response["ts"])

        try:
            return self.call("chat.postMessage", attempt, recover=recover, on_resend=on_resend)
        except NotifyError as exc:
            if exc.code == "channel_not_found":
                # The id a name was resolved to is gone (the channel deleted, perhaps made
                # again under its name): the name is looked up afresh at the next try, in
                # this long-lived process too (run --loop, a warm container).
                self._forget(channel)
            raise

    def _forget(self, channel_id: str) -> None:
        for name in [n for n, found in self._channels.items() if found == channel_id]:
            del self._channels[name]

    def update(
        self, channel: str, ts: str, message: Message, *, metadata: Mapping[str, Any]
    ) -> None:
        """Replace a message's text and blocks (idempotent: retried freely)."""
        self.call(
            "chat.update",
            lambda: self.client.chat_update(
                channel=channel,
                ts=ts,
                text=message.text,
                blocks=list(message.blocks),
                metadata=dict(metadata),
                link_names=False,
                parse="none",
            ),
        )

    def delete(self, channel: str, ts: str) -> None:
        try:
            self.call("chat.delete", lambda: self.client.chat_delete(channel=channel, ts=ts))
        except NotifyError as exc:
            if "message_not_found" not in str(exc):
                raise

    def ephemeral(
        self, channel: str, user: str, text: str, *, thread_ts: str | None = None
    ) -> None:
        """A message only ``user`` sees (``text`` must already be escaped)."""
        self.call(
            "chat.postEphemeral",
            lambda: self.client.chat_postEphemeral(
                channel=channel,
                user=user,
                text=text,
                thread_ts=thread_ts,
                link_names=False,
                parse="none",
            ),
        )

    def _pages(
        self, method: str, fetch: Callable[[str | None], SlackResponse], pages: int
    ) -> Iterator[SlackResponse]:
        """Up to ``pages`` pages of a cursor-paginated method."""
        cursor: str | None = None
        for _ in range(pages):
            page = self.call(method, functools.partial(fetch, cursor))
            yield page
            cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
            if not cursor:
                return

    def _messages(
        self, method: str, fetch: Callable[[str | None], SlackResponse], pages: int
    ) -> Iterator[dict[str, Any]]:
        for page in self._pages(method, fetch, pages):
            yield from page.get("messages") or []

    def find_posted(
        self,
        channel: str,
        alert_id: str,
        *,
        since: datetime,
        thread_ts: str | None = None,
        event_type: str = ALERT_EVENT,
        pages: int = 10,
        deployment: str = "",
    ) -> str | None:
        """The ts of a message that carries ``alert_id`` in its metadata, if one was posted.

        Top-level posts are in conversations.history (from ``since`` on), thread replies
        in conversations.replies of ``thread_ts``.
        """
        return self.find_message(
            channel,
            {"alert_id": alert_id},
            since=since,
            thread_ts=thread_ts,
            event_type=event_type,
            pages=pages,
            deployment=deployment,
        )

    def carries(
        self,
        channel: str,
        ts: str,
        payload: Mapping[str, str],
        *,
        event_type: str,
        deployment: str = "",
        timeout: int = 1,
    ) -> bool:
        """Whether the message ``ts`` of ``channel`` is one of ``event_type`` whose metadata
        holds ``payload`` (and names ``deployment``, or none, as :meth:`find_message`): one
        call (conversations.replies answers a message by its ts, first in its answer), for
        a button pressed on a post not recorded yet.

        Made while Slack waits for the press's acknowledgement (3 s): one try within
        ``timeout`` seconds, no re-send (review s15 LOW-4); NotifyError when Slack cannot
        answer in that time, and the presser is asked to try again."""
        usual = self.client.timeout
        self.client.timeout = min(usual, timeout)
        try:
            page = self.call(
                "conversations.replies",
                lambda: self.client.conversations_replies(
                    channel=channel, ts=ts, include_all_metadata=True, limit=1
                ),
                retries=0,
            )
        finally:
            self.client.timeout = usual
        messages = page.get("messages") or []
        if not messages or str(messages[0].get("ts")) != ts:
            return False
        metadata = messages[0].get("metadata") or {}
        found = metadata.get("event_payload") or {}
        return (
            metadata.get("event_type") == event_type
            and all(found.get(name) == value for name, value in payload.items())
            and (not deployment or found.get("deployment") in (None, deployment))
        )

    def find_message(
        self,
        channel: str,
        payload: Mapping[str, str],
        *,
        since: datetime,
        event_type: str,
        thread_ts: str | None = None,
        pages: int = 10,
        deployment: str = "",
    ) -> str | None:
        """The ts of a message of ``event_type`` whose metadata payload holds ``payload``
        (see :meth:`find_posted`), if one was posted. With ``deployment``, another
        deployment's message is not one (one that names none was posted by a version
        before deployments were named, and is taken as before)."""
        if thread_ts:
            messages = self._messages(
                "conversations.replies",
                lambda c: self.client.conversations_replies(
                    channel=channel, ts=thread_ts, include_all_metadata=True, limit=200, cursor=c
                ),
                pages,
            )
        else:
            messages = self._messages(
                "conversations.history",
                lambda c: self.client.conversations_history(
                    channel=channel,
                    oldest=f"{since.timestamp():.6f}",
                    include_all_metadata=True,
                    limit=200,
                    cursor=c,
                ),
                pages,
            )
        for message in messages:
            metadata = message.get("metadata") or {}
            found = metadata.get("event_payload") or {}
            if (
                metadata.get("event_type") == event_type
                and all(_holds(found.get(name), value) for name, value in payload.items())
                and (not deployment or found.get("deployment") in (None, deployment))
            ):
                return str(message["ts"])
        return None

    def find_payload(
        self,
        channel: str,
        payload: Mapping[str, str],
        *,
        since: datetime,
        event_type: str,
        deployment: str = "",
    ) -> tuple[str, dict[str, Any]] | None:
        """As :meth:`find_message` for a top-level message, with its metadata payload (a
        flood summary's stories, which a later flood of its window joins)."""
        for message in self._messages(
            "conversations.history",
            lambda c: self.client.conversations_history(
                channel=channel,
                oldest=f"{since.timestamp():.6f}",
                include_all_metadata=True,
                limit=200,
                cursor=c,
            ),
            10,
        ):
            metadata = message.get("metadata") or {}
            found = metadata.get("event_payload") or {}
            if (
                metadata.get("event_type") == event_type
                and all(_holds(found.get(name), value) for name, value in payload.items())
                and (not deployment or found.get("deployment") in (None, deployment))
            ):
                return str(message["ts"]), dict(found)
        return None


def _holds(found: object, value: str) -> bool:
    """A metadata field is ``value``, or a list of them that has it (a flood summary's
    stories)."""
    return found == value or (isinstance(found, list) and value in found)
