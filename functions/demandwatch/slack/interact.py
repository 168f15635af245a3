"""The interactive side: buttons on alerts and the ``/demandwatch`` slash command.

Slack wants an answer within 3 seconds. So each request is split in two:

* the acknowledgement, computed at once from the store alone (who claimed first is
  decided here, by a conditional write), and
* :class:`FollowUp` s — the Slack Web API calls (update the message, post the draft,
  tell a second claimant who has it) — run after the acknowledgement is sent.

Two transports use the same code. Over HTTP (a Lambda Function URL),
:meth:`Interactions.handle_request` verifies the signature and returns the HTTP reply and
the follow-ups; follow-ups are plain data (:meth:`FollowUp.to_dict`), so a Lambda can
hand them to a second invocation. Over Socket Mode (``demandwatch slack``), see
:mod:`demandwatch.slack.socket_mode`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any, Literal, Protocol
from urllib.parse import parse_qs

from demandwatch.config import AppConfig
from demandwatch.core.matching import Matcher
from demandwatch.core.models import Feedback, Mark
from demandwatch.core.symbols import find_symbols
from demandwatch.exceptions import DemandwatchError
from demandwatch.slack.blocks import (
    ACTION_CLAIM,
    ACTION_DISMISS,
    ACTION_DRAFT,
    ACTION_MUTE,
    SECTION_TEXT,
)
from demandwatch.slack.escape import date_token, escape, truncate, untrusted, user_mention
from demandwatch.slack.notifier import SlackNotifier
from demandwatch.store.base import Store

log = logging.getLogger("demandwatch.slack")

# Slack signs requests with a timestamp; older (or newer) than this is refused.
SIGNATURE_WINDOW = 5 * 60
_JSON = {"content-type": "application/json"}
_TEXT = {"content-type": "text/plain; charset=utf-8"}

FollowUpKind = Literal["refresh", "ephemeral", "draft"]


def _utc_now() -> datetime:
    return datetime.now(UTC)


# ---------------------------------------------------------------------- signatures


class ReplayCache(Protocol):
    def first_use(self, signature: str, expires: float) -> bool:
        """Remember ``signature`` until ``expires`` (epoch seconds); False if already seen."""
        ...


class MemoryReplayCache:
    """Signatures seen in the last window, in memory (one process, or one warm Lambda)."""

    def __init__(self, max_entries: int = 10_000, clock: Callable[[], float] = time.time) -> None:
        self._seen: dict[str, float] = {}
        self._max = max_entries
        self._clock = clock
        self._lock = threading.Lock()

    def first_use(self, signature: str, expires: float) -> bool:
        with self._lock:
            now = self._clock()
            if len(self._seen) >= self._max:
                self._seen = {s: e for s, e in self._seen.items() if e > now}
            if len(self._seen) >= self._max:  # a flood of valid requests: drop the oldest
                oldest = min(self._seen, key=self._seen.__getitem__)
                del self._seen[oldest]
            if signature in self._seen and self._seen[signature] > now:
                return False
            self._seen[signature] = expires
            return True


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """Slack's v0 signature: HMAC-SHA256 over ``v0:{timestamp}:{body}``."""
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def verify(
    secret: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    now: float,
    replay: ReplayCache,
) -> str | None:
    """None if the request is Slack's, fresh and new; otherwise why it is refused."""
    lowered = {k.lower(): v for k, v in headers.items()}
    timestamp = lowered.get("x-slack-request-timestamp", "")
    signature = lowered.get("x-slack-signature", "")
    if not timestamp or not signature:
        return "missing signature headers"
    try:
        sent = int(timestamp)
    except ValueError:
        return "bad timestamp"
    if abs(now - sent) > SIGNATURE_WINDOW:
        return "stale timestamp"
    # Bytes, not str: compare_digest refuses non-ASCII strings with a TypeError, which an
    # unauthenticated caller could use to turn a refusal into a crash.
    if not hmac.compare_digest(sign(secret, timestamp, body).encode(), signature.encode()):
        return "bad signature"
    if not replay.first_use(signature, sent + SIGNATURE_WINDOW):
        return "replayed request"
    return None


# ---------------------------------------------------------------------- results


@dataclass(frozen=True)
class FollowUp:
    """Slow work for after the acknowledgement: one Slack Web API call, as plain data."""

    kind: FollowUpKind
    channel: str
    story_id: str = ""
    alert_id: str = ""
    user: str = ""
    text: str = ""
    thread_ts: str = ""

    def to_dict(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FollowUp:
        return cls(**{k: str(v) for k, v in data.items() if k in cls.__dataclass_fields__})  # type: ignore[arg-type]


@dataclass(frozen=True)
class Ack:
    """The acknowledgement: a JSON body (or none) and the follow-ups to run after it."""

    body: dict[str, Any] | None = None
    follow_ups: tuple[FollowUp, ...] = ()


@dataclass(frozen=True)
class HttpReply:
    """What an HTTP front end sends back, and what it runs after sending it."""

    status: int
    headers: dict[str, str]
    body: bytes
    follow_ups: tuple[FollowUp, ...] = ()


def _ephemeral(text: str) -> dict[str, Any]:
    return {"response_type": "ephemeral", "text": truncate(text, SECTION_TEXT)}


# ---------------------------------------------------------------------- handlers


class Interactions:
    def __init__(
        self,
        *,
        store: Store,
        config: AppConfig,
        notifier: SlackNotifier,
        matcher: Matcher,
        signing_secret: str | None = None,
        replay: ReplayCache | None = None,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.store = store
        self.config = config
        self.notifier = notifier
        self.matcher = matcher
        self._secret = signing_secret
        self._replay = replay or MemoryReplayCache()
        self._clock = clock

    # ------------------------------------------------------------------ HTTP

    def handle_request(self, headers: Mapping[str, str], body: bytes) -> HttpReply:
        """Verify and answer one request from Slack (``body`` exactly as received)."""
        if not self._secret:
            log.error("SLACK_SIGNING_SECRET is not set: refusing interactive requests")
            return HttpReply(500, _TEXT, b"signing secret not configured")
        refused = verify(
            self._secret, headers, body, now=self._clock().timestamp(), replay=self._replay
        )
        if refused:
            log.warning("Slack request refused: %s", refused)
            return HttpReply(401, _TEXT, refused.encode())
        try:
            form = {
                k: v[0] for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True).items()
            }
        except UnicodeDecodeError:
            return HttpReply(400, _TEXT, b"body is not UTF-8")
        if "payload" in form:
            try:
                payload = json.loads(form["payload"])
            except json.JSONDecodeError:
                return HttpReply(400, _TEXT, b"payload is not JSON")
            ack = self.handle_payload(payload if isinstance(payload, dict) else {})
        elif "command" in form:
            ack = self.handle_command(form)
        elif "ssl_check" in form:
            ack = Ack()
        else:
            return HttpReply(400, _TEXT, b"not a Slack interaction")
        if ack.body is None:
            return HttpReply(200, _TEXT, b"", ack.follow_ups)
        return HttpReply(200, dict(_JSON), json.dumps(ack.body).encode(), ack.follow_ups)

    # ------------------------------------------------------------------ buttons

    def handle_payload(self, payload: Mapping[str, Any]) -> Ack:
        """An interactive payload (only ``block_actions`` on our buttons does anything)."""
        if payload.get("type") != "block_actions":
            return Ack()
        user = str((payload.get("user") or {}).get("id", ""))
        container = payload.get("container") or {}
        channel = str((payload.get("channel") or {}).get("id") or container.get("channel_id") or "")
        message_ts = str(
            container.get("message_ts") or (payload.get("message") or {}).get("ts") or ""
        )
        follow_ups: list[FollowUp] = []
        for action in payload.get("actions") or []:
            try:
                value = json.loads(action.get("value") or "{}")
            except json.JSONDecodeError:
                continue
            if not isinstance(value, dict) or not value.get("alert") or not user or not channel:
                continue
            alert_id = str(value["alert"])
            story_id = str(value.get("story") or alert_id)
            try:
                follow_ups.extend(
                    self._action(
                        str(action.get("action_id")), alert_id, story_id, user, channel, message_ts
                    )
                )
            except DemandwatchError as exc:
                log.warning(
                    "button %s on alert %s failed: %s", action.get("action_id"), alert_id, exc
                )
                follow_ups.append(
                    FollowUp(
                        "ephemeral",
                        channel,
                        user=user,
                        text="Sorry, that did not work; try again in a minute.",
                    )
                )
        return Ack(follow_ups=tuple(follow_ups))

    def _action(
        self, action_id: str, alert_id: str, story_id: str, user: str, channel: str, message_ts: str
    ) -> list[FollowUp]:
        now = self._clock()
        refresh = FollowUp(
            "refresh", channel, story_id=story_id, alert_id=alert_id, thread_ts=message_ts
        )
        if action_id == ACTION_CLAIM:
            mark = self.store.claim_alert(alert_id, user, now)
            if mark.won:
                return [refresh]
            return [self._already(channel, user, mark, "claimed", "You claimed this", message_ts)]
        if action_id == ACTION_DISMISS:
            mark = self.store.dismiss_alert(alert_id, user, now)
            alert = self.store.get_alert(alert_id)
            if alert is not None:
                # Recorded even when someone else dismissed first: the store keeps one per alert.
                self.store.add_feedback(
                    Feedback(
                        alert_id=alert.id,
                        source_id=alert.item.source_id,
                        item_key=alert.item.key,
                        url=alert.item.url,
                        title=alert.item.title,
                        matches=alert.matches,
                        user=mark.user,
                        at=mark.at,
                    )
                )
            if mark.won:
                return [refresh]
            return [
                self._already(
                    channel,
                    user,
                    mark,
                    "marked not relevant",
                    "You marked this not relevant",
                    message_ts,
                )
            ]
        if action_id == ACTION_MUTE:
            mark = self.store.set_muted(story_id, user, now)
            if mark.won:
                return [refresh]
            return [self._already(channel, user, mark, "muted", "You muted this story", message_ts)]
        if action_id == ACTION_DRAFT:
            return [
                FollowUp(
                    "draft",
                    channel,
                    story_id=story_id,
                    alert_id=alert_id,
                    user=user,
                    thread_ts=message_ts,
                )
            ]
        return []

    @staticmethod
    def _already(
        channel: str, user: str, mark: Mark, verb: str, own: str, thread_ts: str
    ) -> FollowUp:
        when = date_token(mark.at)
        if mark.user == user:
            text = f"{own} {when}."
        else:
            text = f"Already {verb} by {user_mention(mark.user)} {when}."
        return FollowUp("ephemeral", channel, user=user, text=text, thread_ts=thread_ts)

    # ------------------------------------------------------------------ follow-ups

    def run(self, follow_up: FollowUp) -> None:
        """Do one follow-up (Slack Web API calls; NotifyError if Slack refuses)."""
        if follow_up.kind == "refresh":
            self.notifier.refresh_parent(
                follow_up.story_id, follow_up.channel, follow_up.thread_ts or None
            )
        elif follow_up.kind == "ephemeral":
            self.notifier.api.ephemeral(
                follow_up.channel,
                follow_up.user,
                follow_up.text,
                thread_ts=follow_up.thread_ts or None,
            )
        elif follow_up.kind == "draft":
            self.notifier.post_draft(
                follow_up.story_id,
                follow_up.channel,
                follow_up.thread_ts,
                alert_id=follow_up.alert_id or None,
                user=follow_up.user or None,
            )

    def run_all(self, follow_ups: Iterable[FollowUp]) -> int:
        """Run every follow-up; one failing does not stop the others. Returns the failures."""
        failures = 0
        for follow_up in follow_ups:
            try:
                self.run(follow_up)
            except DemandwatchError as exc:
                failures += 1
                log.warning("follow-up %s in %s failed: %s", follow_up.kind, follow_up.channel, exc)
        return failures

    # ------------------------------------------------------------------ slash command

    def handle_command(self, fields: Mapping[str, str]) -> Ack:
        """``/demandwatch status | demands | test <text>``: answered in the acknowledgement."""
        text = (fields.get("text") or "").strip()
        word, _, rest = text.partition(" ")
        word = word.lower()
        if word == "status":
            return Ack(_ephemeral(self._status()))
        if word == "demands":
            return Ack(_ephemeral(self._demands()))
        if word == "test":
            return Ack(_ephemeral(self._test(rest.strip())))
        return Ack(
            _ephemeral(
                "*Usage:* `/demandwatch status` — sources and alerts · "
                "`/demandwatch demands` — what we watch for · "
                "`/demandwatch test <text>` — which demands a text would match, and why"
            )
        )

    def _status(self) -> str:
        counts = self.store.alert_counts()
        order = ("pending", "delivering", "posted", "claimed", "dismissed")
        alerts = " · ".join(f"{counts.get(s, 0)} {s}" for s in order if counts.get(s))
        lines = ["*demandwatch status*", f"Alerts: {alerts or 'none yet'}"]
        failing = []
        for source in self.config.sources:
            state = self.store.get_source_state(source.id)
            if state.consecutive_failures:
                since = (
                    f", last success {date_token(state.last_success)}" if state.last_success else ""
                )
                failing.append(
                    f"• *{escape(source.name)}*: {state.consecutive_failures} failure(s) in a row"
                    f"{since} — {untrusted(state.last_error or 'unknown error', 200)}"
                )
        ok = len(self.config.sources) - len(failing)
        lines.append(f"Sources: {ok} ok, {len(failing)} failing")
        lines.extend(failing[:20])
        return "\n".join(lines)

    def _demands(self) -> str:
        lines = ["*Demands*"]
        for demand in self.config.demands:
            lines.append(
                f"• *{escape(demand.title)}* (`{escape(demand.id)}`) — {demand.status}, "
                f"{demand.priority} priority, owner {escape(demand.owner)}"
                + (f", {escape(demand.channel)}" if demand.channel else "")
            )
        return "\n".join(lines)

    def _test(self, text: str) -> str:
        if not text:
            return "Give a text to try: `/demandwatch test Russia vetoed the draft resolution on Syria`"
        matches = self.matcher.match("", text)
        titles = {d.id: d for d in self.config.demands}
        lines = [f"*Test:* {untrusted(text, 300)}"]
        if not matches:
            lines.append("No demand matches.")
        for match in matches:
            demand = titles.get(match.demand_id)
            status = f" [{demand.status}]" if demand and demand.status != "active" else ""
            title = escape(demand.title) if demand else escape(match.demand_id)
            lines.append(f"• *{title}*{status} — why: {escape(', '.join(match.terms))}")
        symbols = find_symbols(text)
        if symbols:
            lines.append(f"Documents: {escape(', '.join(symbols))}")
        return "\n".join(lines)
