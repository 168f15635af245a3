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
import math
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal, Protocol
from urllib.parse import parse_qs

from pydantic import ValidationError

from demandwatch.config import AppConfig
from demandwatch.core.models import Alert, Feedback, Mark
from demandwatch.core.symbols import find_symbols
from demandwatch.exceptions import DemandwatchError, PoisonMessageError, RateLimitedError
from demandwatch.slack import payloads
from demandwatch.slack.escape import date_token, escape, truncate, untrusted, user_mention
from demandwatch.slack.kit import (
    ACTION_CLAIM,
    ACTION_DISMISS,
    ACTION_DRAFT,
    ACTION_MUTE,
    ALERT_EVENT,
    SECTION_TEXT,
    story_of,
)
from demandwatch.store.base import Store

if TYPE_CHECKING:
    from demandwatch.core.learned import EventOpinion
    from demandwatch.core.matching import Matcher
    from demandwatch.slack.notifier import SlackNotifier

log = logging.getLogger("demandwatch.slack")

# Slack signs requests with a timestamp; older (or newer) than this is refused.
SIGNATURE_WINDOW = 5 * 60
_JSON = {"content-type": "application/json"}
_TEXT = {"content-type": "text/plain; charset=utf-8"}

FollowUpKind = Literal["refresh", "ephemeral", "draft"]
_BUTTONS = frozenset({ACTION_CLAIM, ACTION_DISMISS, ACTION_DRAFT, ACTION_MUTE})
GONE = "This alert no longer exists (removed or expired), so nothing was changed."
# The alert exists, but the button does not fit: said as it is, not as "no longer exists".
NOT_ITS_STORY = (
    "This button does not match the alert it names (it names a story the alert is not "
    "part of), so nothing was changed."
)
NOT_THIS_MESSAGE = (
    "This button does not belong to this message (the alert it names is not this "
    "message's), so nothing was changed."
)


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


# ---------------------------------------------------------------------- workspace


class InstalledTeam:
    """The Slack workspace the app is installed in; requests from any other are refused.

    ``configured`` comes from ``SLACK_TEAM_ID`` (or the cloud secret's ``slack_team_id``).
    Without it, ``ask`` (auth.test with the bot token, which answers with the team of the
    installation) is asked once and its answer kept for the life of the process; a
    failed ask is retried on the next request.
    """

    def __init__(self, configured: str | None, ask: Callable[[], str] | None = None) -> None:
        self.configured = configured
        self._ask = ask
        self._learned: str | None = None
        self._lock = threading.Lock()

    def id(self) -> str | None:
        if self.configured:
            return self.configured
        with self._lock:
            if self._learned is None and self._ask is not None:
                try:
                    self._learned = self._ask() or None
                except DemandwatchError as exc:
                    log.warning("cannot learn the installed Slack team: %s", exc)
            return self._learned


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
        """A follow-up read back from the alerts queue. One no code could run (an unknown
        kind, a field its kind needs missing) is PoisonMessageError: no retry can help it,
        and it goes to the dead-letter queue logged as poison, with this reason."""
        fields = {k: str(v) for k, v in data.items() if k in cls.__dataclass_fields__ and v}
        kind = fields.get("kind", "")
        if kind not in _FOLLOW_UP_NEEDS:
            known = ", ".join(sorted(_FOLLOW_UP_NEEDS))
            raise PoisonMessageError(f"malformed follow-up: unknown kind {kind!r} (known: {known})")
        missing = [name for name in _FOLLOW_UP_NEEDS[kind] if not fields.get(name)]
        if missing:
            raise PoisonMessageError(f"malformed follow-up: {kind} needs {', '.join(missing)}")
        return cls(**fields)  # type: ignore[arg-type]


# A draft Slack makes wait at least this long (seconds) is announced to its presser; a
# shorter wait is over before the note would be read.
TELL_PRESSER_AFTER = 10.0
# A draft whose follow-up waited longer than this after its press (its channel's messages
# failing) is not made: the presser has moved on, or pressed again (review s15 LOW-5).
FOLLOW_UP_MAX_AGE = timedelta(minutes=15)

# What each kind of follow-up cannot be run without (FollowUp.from_dict checks).
_FOLLOW_UP_NEEDS: dict[str, tuple[str, ...]] = {
    "refresh": ("channel", "story_id"),
    "ephemeral": ("channel", "user", "text"),
    "draft": ("channel", "story_id", "thread_ts"),
}


@dataclass(frozen=True)
class Ack:
    """The acknowledgement: a JSON body (or none) and the follow-ups to run after it.

    ``refused`` (with its HTTP ``status``) says why a request was not acted on at all:
    malformed (400) or from another workspace (403). Nothing was written then.
    """

    body: dict[str, Any] | None = None
    follow_ups: tuple[FollowUp, ...] = ()
    status: int = 200
    refused: str = ""

    @classmethod
    def refuse(cls, status: int, why: str) -> Ack:
        return cls(status=status, refused=why)


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
        notifier: SlackNotifier | Callable[[], SlackNotifier],
        matcher: Matcher | Callable[[], Matcher],
        team: InstalledTeam,
        signing_secret: str | None = None,
        replay: ReplayCache | None = None,
        clock: Callable[[], datetime] = _utc_now,
        unsigned_said: str = "SLACK_SIGNING_SECRET is not set",
        event_model_problem: Callable[[], str | None] | None = None,
        second_opinion: Callable[[], EventOpinion | None] | None = None,
    ) -> None:
        self.store = store
        self._team = team
        self.config = config
        # Slack's Web API serves the follow-ups (run by the notify function in the cloud)
        # and a press's rare asks of Slack: handed in as a builder, the client is made when
        # one first needs it, so a press (acknowledged from the store alone) and the
        # function's cold start never import slack_sdk.
        self._notifier = notifier
        # The demands' compiled queries serve ``/demandwatch test`` alone: handed in as a
        # builder, they are compiled when that command first asks, so a button's request
        # (answered within Slack's 3 seconds) and the function's cold start never do.
        self._matcher = matcher
        self._secret = signing_secret
        # What the log says when there is no signing secret: where this runtime reads it
        # from (the environment locally; a key of the secret in the cloud), never a value.
        self._unsigned_said = unsigned_said
        self._replay = replay or MemoryReplayCache()
        self._clock = clock
        # Why events are read by the rules alone (event_model.model_problem), asked by
        # ``/demandwatch status`` alone: it reads the model file (probe s22 V7).
        self._event_model_problem = event_model_problem
        # The run's second opinion on events, read when ``/demandwatch test`` first asks
        # (it reads the model file); the rules alone without it.
        self._second_opinion = second_opinion
        self._opinion: tuple[EventOpinion | None] | None = None

    @property
    def notifier(self) -> SlackNotifier:
        if callable(self._notifier):
            self._notifier = self._notifier()
        return self._notifier

    @property
    def matcher(self) -> Matcher:
        if callable(self._matcher):
            self._matcher = self._matcher()
        return self._matcher

    # ------------------------------------------------------------------ HTTP

    def handle_request(self, headers: Mapping[str, str], body: bytes) -> HttpReply:
        """Verify and answer one request from Slack (``body`` exactly as received)."""
        if not self._secret:
            log.error("%s: refusing interactive requests", self._unsigned_said)
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
            ack = self.handle_payload(payload)
        elif "command" in form:
            ack = self.handle_command(form)
        elif "ssl_check" in form:
            ack = Ack()
        else:
            return HttpReply(400, _TEXT, b"not a Slack interaction")
        if ack.refused:
            log.warning("Slack request refused: %s", ack.refused)
            return HttpReply(ack.status, _TEXT, ack.refused.encode())
        if ack.body is None:
            return HttpReply(200, _TEXT, b"", ack.follow_ups)
        return HttpReply(200, dict(_JSON), json.dumps(ack.body).encode(), ack.follow_ups)

    # ------------------------------------------------------------------ buttons

    def handle_payload(self, payload: Any) -> Ack:
        """An interactive payload: only ``block_actions`` on our buttons does anything.

        The whole payload is checked (schema, workspace, every button value) before
        anything is written, so a refused request changes nothing.
        """
        kind = payload.get("type") if isinstance(payload, Mapping) else None
        if not isinstance(kind, str):
            return Ack.refuse(400, "malformed payload: not an object with a type")
        if kind != "block_actions":
            return Ack()  # views, shortcuts...: none is configured, so nothing to do
        try:
            request = payloads.block_actions(payload)
            pressed = [
                (action.action_id, payloads.parse_button_value(action.value))
                for action in request.actions
                if action.action_id in _BUTTONS
            ]
        except ValidationError as exc:
            return Ack.refuse(400, f"malformed block_actions payload: {payloads.problems(exc)}")
        refused = self._check_team(request.team.id)
        if refused is not None:
            return refused
        follow_ups: list[FollowUp] = []
        for action_id, value in pressed:
            try:
                follow_ups.extend(self._action(action_id, value, request))
            except DemandwatchError as exc:
                log.warning("button %s on alert %s failed: %s", action_id, value.alert, exc)
                follow_ups.append(
                    FollowUp(
                        "ephemeral",
                        request.channel_id,
                        user=request.user.id,
                        text="Sorry, that did not work; try again in a minute.",
                    )
                )
        return Ack(follow_ups=tuple(follow_ups))

    def _check_team(self, team_id: str) -> Ack | None:
        """None when ``team_id`` is the installed workspace; otherwise the refusal."""
        installed = self._team.id()
        if installed is None:
            return Ack.refuse(503, "cannot tell which workspace the app is installed in yet")
        if team_id != installed:
            return Ack.refuse(403, "request from a workspace this app is not installed in")
        return None

    def _pressed_on(
        self, value: payloads.ButtonValue, channel: str, message_ts: str
    ) -> tuple[Alert, str] | str:
        """The alert and story a button acts on, or why it acts on nothing (the text the
        person is answered with).

        The story is the one of the message the button was pressed on: the alert's own
        story, whose top-level message in this channel is that message. A value naming
        another story, or a message that is not the story's, acts on nothing.
        """
        alert = self.store.get_alert(value.alert)
        if alert is None:
            return GONE
        story = story_of(alert)
        if value.story is not None and value.story != story:
            return NOT_ITS_STORY
        thread = self.store.get_thread(story, channel)
        if thread is not None and thread.ts == message_ts:
            return alert, story
        # The alert's own post: a story the flood guard grouped has its message inside
        # the summary's thread (and a store from before threads has no thread at all).
        status = self.store.alert_status(alert.id)
        if status is not None and (status.channel, status.ts) == (channel, message_ts):
            return alert, story
        if (status is None or not status.ts) and self._posted_unrecorded(
            alert, channel, message_ts
        ):
            return alert, story
        return NOT_THIS_MESSAGE

    def _posted_unrecorded(self, alert: Alert, channel: str, message_ts: str) -> bool:
        """The alert's post is not recorded (its invocation died, or the store failed, after
        Slack took it), and the message pressed on is it: its metadata, which only this
        app writes, names the alert and this deployment. Slack is asked, once, rather than
        the person told for up to 15 minutes that the button is not the message's (probe
        s14 J8). The delivery's own look-up records the post later."""
        return self.notifier.api.carries(
            channel,
            message_ts,
            {"alert_id": alert.id},
            event_type=ALERT_EVENT,
            deployment=self.notifier.deployment,
        )

    def _action(
        self, action_id: str, value: payloads.ButtonValue, request: payloads.BlockActions
    ) -> list[FollowUp]:
        user, channel, message_ts = request.user.id, request.channel_id, request.message_ts
        target = self._pressed_on(value, channel, message_ts)
        if isinstance(target, str):
            return [FollowUp("ephemeral", channel, user=user, text=target, thread_ts=message_ts)]
        alert, story_id = target
        alert_id = alert.id
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
            made = self._draft_made(follow_up)
            if made is not None:
                # A second press, with no news since the first draft: the presser is told
                # where it is, as a second claim is told who has it (probe s13 H6).
                text = (
                    f"A draft statement is in this thread already, made for "
                    f"{user_mention(made.user)} {date_token(made.at)}: no news of the story "
                    "since."
                )
                self.notifier.api.ephemeral(
                    follow_up.channel, follow_up.user, text, thread_ts=follow_up.thread_ts
                )
                return
            self.notifier.post_draft(
                follow_up.story_id,
                follow_up.channel,
                follow_up.thread_ts,
                alert_id=follow_up.alert_id or None,
                user=follow_up.user or None,
            )
            if follow_up.alert_id:  # the digest says which stories had a draft made
                # Marked on the story's newest alert (a mark is kept once per alert): the
                # next press compares the story's news with this draft, not the first one.
                story = self.store.story_alerts(follow_up.story_id or follow_up.alert_id)
                newest = max(story, key=lambda a: a.created).id if story else follow_up.alert_id
                self.store.mark_drafted(newest, follow_up.user, self._clock())

    def _draft_made(self, follow_up: FollowUp) -> Mark | None:
        """The latest draft made for the pressed message's story, when no alert of the
        story came after it (None: none made, or the story has news a new draft would
        carry). The latest, not the first: after one piece of news every later press
        posted the same draft again (review A s14 LOW-3)."""
        if not follow_up.alert_id or not follow_up.user:
            return None
        story = self.store.story_alerts(follow_up.story_id or follow_up.alert_id)
        marks = [
            status.drafted
            for status in map(self.store.alert_status, {a.id for a in story} | {follow_up.alert_id})
            if status is not None and status.drafted is not None
        ]
        if not marks:
            return None
        made = max(marks, key=lambda mark: mark.at)
        if any(alert.created > made.at for alert in story):
            return None
        return made

    def tell_expired(self, follow_up: FollowUp) -> None:
        """Tell the presser of "Draft statement", privately, that the draft was not made:
        it waited past FOLLOW_UP_MAX_AGE for Slack to take messages in the channel."""
        if follow_up.kind != "draft" or not follow_up.user:
            return
        minutes = int(FOLLOW_UP_MAX_AGE.total_seconds() // 60)
        text = (
            f"Your draft statement was not made: Slack did not take messages in this channel "
            f"for over {minutes} minutes after you pressed. If you still want it, press "
            "Draft statement again."
        )
        try:
            self.notifier.api.ephemeral(
                follow_up.channel, follow_up.user, text, thread_ts=follow_up.thread_ts or None
            )
        except DemandwatchError as exc:
            log.warning("expired draft not told in %s: %s", follow_up.channel, exc)

    def tell_waiting(self, follow_up: FollowUp, retry_after: float, *, comes: bool = True) -> None:
        """Tell the presser of "Draft statement", privately, that Slack makes the draft
        wait (a 429 on its channel): ``comes``, it follows by itself (the cloud's queue
        retries it), else it was not posted (a local run does not retry a button). Said
        only for a wait worth saying (``TELL_PRESSER_AFTER``); a note Slack refuses too
        changes nothing (probe s13 H2)."""
        if follow_up.kind != "draft" or not follow_up.user or retry_after < TELL_PRESSER_AFTER:
            return
        seconds = math.ceil(retry_after)
        slow = "Slack asks us to slow down in this channel:"
        text = (
            f"{slow} your draft statement follows in this thread in about {seconds} s."
            if comes
            else f"{slow} your draft statement was not posted. Press it again in {seconds} s."
        )
        try:
            self.notifier.api.ephemeral(
                follow_up.channel, follow_up.user, text, thread_ts=follow_up.thread_ts or None
            )
        except DemandwatchError as exc:
            log.warning("draft wait not told in %s: %s", follow_up.channel, exc)

    def not_queued(self, follow_ups: Iterable[FollowUp], *, maybe: bool = False) -> None:
        """The follow-ups of an acknowledged press could not be queued (the cloud's alerts
        queue refused them; probe s14 J2): what the presser must hear is said now, one
        short Slack call each, rather than lost. A note ("Already claimed by ...") is sent
        as it is; a draft, too slow to make within Slack's 3 seconds, is said not started,
        so the presser presses again (nothing was recorded for it). A refresh is dropped:
        what the button did is recorded, and the message shows it at its next update.
        ``maybe``: the queue's answer was lost, so they may be queued after all; a draft is
        said perhaps not started, to press again only if none appears."""
        for follow_up in follow_ups:
            try:
                if follow_up.kind == "ephemeral":
                    self.run(follow_up)
                elif follow_up.kind == "draft" and follow_up.user:
                    self.notifier.api.ephemeral(
                        follow_up.channel,
                        follow_up.user,
                        (
                            "Your draft statement may not have started (a problem on our "
                            "side): if none appears in this thread within a minute, press "
                            "Draft statement again."
                        )
                        if maybe
                        else "Your draft statement could not be started (a problem on our "
                        "side). Press Draft statement again in a minute.",
                        thread_ts=follow_up.thread_ts or None,
                    )
            except DemandwatchError as exc:
                log.warning(
                    "follow-up %s not said in %s: %s", follow_up.kind, follow_up.channel, exc
                )

    def run_all(self, follow_ups: Iterable[FollowUp]) -> int:
        """Run every follow-up; one failing does not stop the others. Returns the failures."""
        failures = 0
        for follow_up in follow_ups:
            try:
                self.run(follow_up)
            except RateLimitedError as exc:
                failures += 1
                log.warning("follow-up %s in %s failed: %s", follow_up.kind, follow_up.channel, exc)
                self.tell_waiting(follow_up, exc.retry_after, comes=False)
            except DemandwatchError as exc:
                failures += 1
                log.warning("follow-up %s in %s failed: %s", follow_up.kind, follow_up.channel, exc)
        return failures

    # ------------------------------------------------------------------ slash command

    def handle_command(self, fields: Mapping[str, Any]) -> Ack:
        """``/demandwatch status | demands | test <text>``: answered in the acknowledgement."""
        try:
            command = payloads.slash_command(fields)
        except ValidationError as exc:
            return Ack.refuse(400, f"malformed slash command: {payloads.problems(exc)}")
        refused = self._check_team(command.team_id)
        if refused is not None:
            return refused
        text = command.text.strip()
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
                "`/demandwatch test <headline>` — which demands an item so headed would "
                "alert, and why (further lines: its text)"
            )
        )

    def _status(self) -> str:
        # The same use case as `demandwatch status`, rendered for Slack.
        from demandwatch.app.status import gather_status
        from demandwatch.slack.status import status_mrkdwn

        problem = self._event_model_problem() if self._event_model_problem else None
        return status_mrkdwn(gather_status(self.config.sources, self.store, self._clock(), problem))

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
        # What a run would alert for an item so headed and written (the first line its
        # headline, as a pasted item's is; the rest its text), the demands a veto read on
        # it meets included (probe s23 Z5): the same use case as `demandwatch match`.
        from demandwatch.app.trial import trial

        if self._opinion is None:
            self._opinion = (self._second_opinion() if self._second_opinion else None,)
        headline, _, body = text.partition("\n")
        tried = trial(self.matcher, headline.strip(), body.strip(), self._opinion[0])
        matches = tried.matches
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
        lines.append(f"Event: {escape(tried.event.type)}")
        return "\n".join(lines)
