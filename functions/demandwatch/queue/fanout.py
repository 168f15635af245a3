"""The staged pipeline of the cloud runtime: schedule → poll → notify, joined by queues.

* **schedule** finds the due sources. A few are polled right there; more fan out as one
  poll message per source, so hundreds of sources poll in parallel invocations.
* **poll** polls the sources named in its messages (the same ``Service.poll`` the local
  run uses), which records new items and their alerts atomically in the store.
* **relay** (after every schedule and poll) moves undelivered alerts from the store to the
  FIFO alerts queue — a transactional outbox: the alert is written with its seen-item in
  one transaction, and sent afterwards. An alert whose message was lost, or whose relay
  died between taking and sending, is taken again after ``REQUEUE_AFTER``.
* **notify** takes one alert notice, leases the alert in the store, posts it, records the
  post. A redelivered or duplicated notice finds the alert posted and does nothing.

Exactly-once posting therefore never depends on the queue delivering exactly once.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

from demandwatch.app.quiet import release_unquieted
from demandwatch.config import AppConfig, Source
from demandwatch.core.calm import NewStory, channel_key, due_escalations, flood_plans
from demandwatch.core.health import HealthGroup, HealthNotice, HealthReport, members
from demandwatch.core.models import Alert, PollOutcome
from demandwatch.core.schedule import is_due
from demandwatch.exceptions import (
    PoisonMessageError,
    QueueError,
)
from demandwatch.queue.base import Message, Queue
from demandwatch.store.base import Store

if TYPE_CHECKING:
    # The delivery use case is the notify function's: the poll and schedule functions
    # import it only to look at P1 escalations, when org.yaml asks for them.
    from demandwatch.app.delivery import DeliverAlerts, DeliveryReport
    from demandwatch.service import Service

log = logging.getLogger("demandwatch")

# An undelivered alert is queued again after this long. Longer than a healthy trip through
# the alerts queue (seconds) and than a Slack rate-limit backoff, so it only fires for a
# lost message; a duplicate it might cause finds the alert posted and does nothing.
REQUEUE_AFTER = timedelta(minutes=15)

# What a polling invocation keeps of its remaining time after its polls: the health checks,
# the relay of what they recorded, the escalation check (store reads, queue sends: seconds,
# more on a slow day of DynamoDB). A quarter, at most 30 s: ScheduleFunction's 120 s give
# its polls 90 s (probe s15 K9: a slow harvest ran the tick into its timeout).
AFTER_POLLS_SHARE = 0.25
AFTER_POLLS_MAX = 30.0


def poll_budget(remaining: float) -> float:
    """Seconds of ``remaining`` an invocation may spend polling."""
    return max(0.0, remaining - min(remaining * AFTER_POLLS_SHARE, AFTER_POLLS_MAX))


# What the staged pipeline needs of the store: all of it is in the Store's ports (the
# outbox included), so SQLite can run the staged pipeline as well as DynamoDB.
OutboxStore = Store


# ---------------------------------------------------------------------- messages


@dataclass(frozen=True)
class PollRequest:
    source_id: str

    def to_message(self) -> Message:
        return Message(json.dumps({"source": self.source_id}))

    @classmethod
    def parse(cls, body: str) -> PollRequest:
        source = _field(body, "source")
        return cls(source)


@dataclass(frozen=True)
class AlertNotice:
    """ "Alert ``alert_id`` is ready for ``channel``": the alerts queue carries only this;
    the alert itself is read from the store when it is leased."""

    alert_id: str
    channel: str
    # The outbox turn that queued it (``turn_of``); "" when sent outside the outbox.
    turn: str = ""

    def to_message(self) -> Message:
        # One message group per channel: Slack sees one poster per channel, in order (a
        # story's first post before its replies). The deduplication id is the alert's turn:
        # it drops a resend of the same turn, while the alert's next turn (a retry minutes
        # later, inside SQS's five-minute window) is a new message, not silently dropped.
        return Message(
            json.dumps({"alert": self.alert_id, "channel": self.channel}),
            group=self.channel,
            dedup_id=f"{self.alert_id}@{self.turn}" if self.turn else self.alert_id,
        )

    @classmethod
    def parse(cls, body: str) -> AlertNotice:
        return cls(_field(body, "alert"), _field(body, "channel"))


@dataclass(frozen=True)
class FollowUpNotice:
    """Slow work after a Slack button was acknowledged (slack.interact.FollowUp as data).

    It travels on the alerts queue, grouped by its channel, so the notify function — which
    already holds the Slack token and the delivery state — does it, after the 3-second
    acknowledgement and in order with that channel's other messages.
    """

    data: dict[str, str]
    # A copy sent again by the notify function (a follow-up that waited behind its
    # channel's failure, review s14 MED-4): the tries Slack refused its earlier copies, and
    # the press it comes from (the first message's deduplication id: one note per press).
    tries: int = 0
    origin: str = ""
    # When the button was pressed (None: a message from before this was written): a
    # draft that waited past FOLLOW_UP_MAX_AGE is not made (review s15 LOW-5).
    pressed: datetime | None = None

    def to_message(self, dedup_id: str) -> Message:
        channel = self.data.get("channel") or "unknown"
        body: dict[str, object] = {"follow_up": self.data, "origin": self.origin or dedup_id}
        if self.tries:
            body["tries"] = self.tries
        if self.pressed is not None:
            body["pressed"] = self.pressed.isoformat()
        return Message(json.dumps(body), group=channel, dedup_id=dedup_id)

    def older_than(self, age: timedelta, now: datetime) -> bool:
        return self.pressed is not None and now - self.pressed > age


@dataclass(frozen=True)
class HealthMessage:
    """A source's outage, silence or recovery (or several sources' alike: one message),
    found by the schedule function and posted to the ops channel by the notify function
    (which holds the Slack token)."""

    notice: HealthReport
    # When it was queued: a notice Slack did not take is queued again by a later tick
    # (app.delivery.health_not_said), which must not be taken for a duplicate.
    queued: datetime | None = None

    def to_message(self) -> Message:
        said = [_health_data(n) for n in members(self.notice)]
        # "health" stays one source's object, as every release wrote it: the previous
        # release's notify function (a rollback, or a deploy that updates the schedule
        # function first) reads a group's first source and says it, where a list poisoned
        # the message into the DLQ (review V5). The group's other sources ride beside it.
        body: dict[str, object] = {"health": said[0]}
        if isinstance(self.notice, HealthGroup):
            body[_HEALTH_ALSO] = said[1:]
        # One group for ops messages; one transition of one source (or of one set of
        # sources) is sent once per tick (a retried tick's copy is dropped; a later
        # tick's, for a notice Slack did not take, is not).
        queued = f"{self.queued:%Y%m%dT%H%M}" if self.queued else ""
        if isinstance(self.notice, HealthGroup):
            ids = ",".join(f"{n.source_id}:{n.since or ''}" for n in self.notice.notices)
            which = "group-" + hashlib.sha256(ids.encode()).hexdigest()[:24]
            dedup = f"health-{which}-{self.notice.kind}-{queued}"
        else:
            n = self.notice
            since = n.since.isoformat() if n.since else ""
            dedup = f"health-{n.source_id}-{n.kind}-{since}-{queued}"
        return Message(json.dumps(body), group=OPS_GROUP, dedup_id=dedup[:128])

    @classmethod
    def from_data(cls, data: object, also: object = None) -> HealthMessage:
        if also is None:
            return cls(_health_notice(data))
        if not isinstance(also, list):
            raise PoisonMessageError(f"message has a malformed '{_HEALTH_ALSO}'")
        notices = (_health_notice(data), *(_health_notice(d) for d in also))
        return cls(HealthGroup(notices) if len(notices) > 1 else notices[0])


# The key of a group's sources after the first (see HealthMessage.to_message).
_HEALTH_ALSO = "health_also"


def _health_data(n: HealthNotice) -> dict[str, object]:
    return {
        "source_id": n.source_id,
        "source_name": n.source_name,
        "kind": n.kind,
        "detail": n.detail,
        "since": n.since.isoformat() if n.since else None,
    }


def _health_notice(data: object) -> HealthNotice:
    if not isinstance(data, dict):
        raise PoisonMessageError("message has a malformed 'health'")
    kind = data.get("kind")
    if kind not in ("failing", "silent", "recovered"):
        raise PoisonMessageError(f"health message of unknown kind {kind!r}")
    since = data.get("since")
    return HealthNotice(
        source_id=str(data.get("source_id", "")),
        source_name=str(data.get("source_name", "")),
        kind=kind,
        detail=str(data.get("detail", "")),
        since=datetime.fromisoformat(since) if isinstance(since, str) else None,
    )


OPS_GROUP = "ops"

# The flood guard's cycle in the cloud: the schedule's tick (PollRate, 5 minutes). New
# stories of one channel are counted per window of this length, across every relay.
FLOOD_WINDOW = timedelta(minutes=5)


def _window(now: datetime) -> datetime:
    """The start of the flood guard's window ``now`` falls in."""
    epoch = datetime(2000, 1, 1, tzinfo=now.tzinfo)
    return now - (now - epoch) % FLOOD_WINDOW


def turn_of(taken: datetime) -> str:
    """An outbox turn's name in deduplication ids: when the relay took the alerts."""
    return f"{taken:%Y%m%dT%H%M%S.%f}"


@dataclass(frozen=True)
class FloodNotice:
    """Many new stories for one channel at once (the flood guard, core.calm): the notify
    function delivers these alerts together, one summary message and each story in its
    thread. It goes in the channel's message group, before the channel's other alerts."""

    alert_ids: tuple[str, ...]
    channel: str
    turn: str = ""  # the outbox turn that queued it, as for AlertNotice
    # How many of them may still post on their own: None, the configured max_new_stories
    # (this relay alone brought more); 0, the channel's allowance for the window is spent
    # by other relays' stories (review L9), so every one still new goes into the summary.
    allowance: int | None = None
    # With allowance 0, the channel's window (its counter's key): the floods of one
    # window go into one summary, whichever relay queued them (review V8).
    window: str = ""

    def to_message(self) -> Message:
        named = "\n".join((*self.alert_ids, self.turn))
        digest = hashlib.sha256(named.encode()).hexdigest()[:40]
        body: dict[str, object] = {"flood": list(self.alert_ids), "channel": self.channel}
        if self.allowance is not None:
            body["allowance"] = self.allowance
        if self.window:
            body["window"] = self.window
        return Message(json.dumps(body), group=self.channel, dedup_id=f"flood-{digest}")

    @classmethod
    def from_data(cls, data: dict[str, object]) -> FloodNotice:
        ids, channel = data.get("flood"), data.get("channel")
        if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
            raise PoisonMessageError("message has a malformed 'flood'")
        if not isinstance(channel, str) or not channel:
            raise PoisonMessageError("flood message has no channel")
        allowance = data.get("allowance")
        if allowance is not None and (not isinstance(allowance, int) or allowance < 0):
            raise PoisonMessageError("flood message has a malformed 'allowance'")
        window = data.get("window", "")
        if not isinstance(window, str):
            raise PoisonMessageError("flood message has a malformed 'window'")
        return cls(tuple(str(i) for i in ids), channel, allowance=allowance, window=window)


@dataclass(frozen=True)
class EscalationCheck:
    """ "An unclaimed P1 is due to be re-raised": found by the schedule function (core.calm),
    posted by the notify function (which holds the Slack token). It carries nothing: the
    notify function looks again, and each story is re-raised at most once however many of
    these arrive."""

    at: datetime

    def to_message(self) -> Message:
        # One per schedule tick at most; FIFO deduplication drops a retried tick's copy.
        return Message(
            json.dumps({"escalate": self.at.isoformat(timespec="minutes")}),
            group=OPS_GROUP,
            dedup_id=f"escalate-{self.at:%Y%m%dT%H%M}",
        )


class QueuedHealthNotifier:
    """The notifier of the polling functions: alerts leave through the outbox and the
    notify function; health notices are queued for it to post. Nothing is sent from here."""

    def __init__(self, alert_queue: Queue, clock: Callable[[], datetime] | None = None) -> None:
        self._queue = alert_queue
        self._clock = clock

    def report(self, outcomes: list[PollOutcome]) -> None:
        return None

    def health(self, notice: HealthReport) -> None:
        queued = self._clock() if self._clock is not None else None
        self._queue.send([HealthMessage(notice, queued).to_message()])


def parse_notice(
    body: str,
) -> AlertNotice | FollowUpNotice | HealthMessage | EscalationCheck | FloodNotice:
    """A message of the alerts queue: an alert to deliver, a follow-up to run, a
    source-health notice to post, unclaimed P1s to re-raise, or a flood of new stories."""
    data = _json_object(body)
    if "flood" in data:
        return FloodNotice.from_data(data)
    if "health" in data:
        return HealthMessage.from_data(data["health"], data.get(_HEALTH_ALSO))
    if "escalate" in data:
        try:
            return EscalationCheck(datetime.fromisoformat(str(data["escalate"])))
        except ValueError as exc:
            raise PoisonMessageError("message has a malformed 'escalate'") from exc
    follow_up = data.get("follow_up")
    if follow_up is not None:
        if not isinstance(follow_up, dict) or not follow_up.get("kind"):
            raise PoisonMessageError("message has a malformed 'follow_up'")
        tries = data.get("tries", 0)
        try:
            pressed = datetime.fromisoformat(str(data["pressed"])) if "pressed" in data else None
        except ValueError:
            pressed = None  # the age is a courtesy: the follow-up itself is sound
        return FollowUpNotice(
            {str(k): str(v) for k, v in follow_up.items()},
            tries=tries if isinstance(tries, int) and tries > 0 else 0,
            origin=str(data.get("origin") or ""),
            pressed=pressed,
        )
    return AlertNotice.parse(body)


def _json_object(body: str) -> dict[str, object]:
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise PoisonMessageError(f"message body is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise PoisonMessageError("message body is not a JSON object")
    return data


def _field(body: str, name: str) -> str:
    value = _json_object(body).get(name)
    if not isinstance(value, str) or not value:
        raise PoisonMessageError(f"message has no {name!r}")
    return value


# ---------------------------------------------------------------------- stages


@dataclass(frozen=True)
class ScheduleReport:
    due: tuple[str, ...]
    fanned_out: int
    outcomes: tuple[PollOutcome, ...]
    relayed: int
    escalations_due: int = 0


@dataclass(frozen=True)
class PollReport:
    outcomes: tuple[PollOutcome, ...]
    unknown: tuple[str, ...]
    relayed: int


# "token_refused": Slack refuses the bot token; "slack_unavailable": Slack fails or cannot
# be reached (after the API's retries). The alert waits in the store and the outbox queues
# it again (the outage is said once, not by this message failing).
NotifyResult = Literal[
    "posted",
    "already_done",
    "held_for_digest",
    "quiet_hours",
    "token_refused",
    "slack_unavailable",
    "failed",
]


@dataclass
class FanOut:
    config: AppConfig
    store: OutboxStore
    alert_queue: Queue
    poll_queue: Queue | None
    clock: Callable[[], datetime]
    # Which Slack channel an alert goes to (the notifier's routing): its message group.
    route: Callable[[Alert], str]
    inline_poll_max: int = 20
    _sources: dict[str, Source] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sources = {s.id: s for s in self.config.sources}

    def due_sources(self) -> list[Source]:
        """Sources whose interval has passed since their last attempt, give or take a tick
        (core.schedule.is_due)."""
        now = self.clock()
        return [
            source
            for source in self.config.sources
            if is_due(self.store.get_source_state(source.id).last_attempt, source.interval, now)
        ]

    def failing_sources(self) -> tuple[int, int]:
        """(sources whose last poll failed, sources configured)."""
        states = [self.store.get_source_state(s.id) for s in self.config.sources]
        return sum(1 for s in states if s.consecutive_failures > 0), len(states)

    async def schedule(self, service: Service, deadline: float | None = None) -> ScheduleReport:
        """Relay what is recorded, then poll the due sources inline when few (within
        ``deadline``, a ``time.monotonic()`` instant: see ``poll_budget``), else fan out one
        message per source; then health, the relay of what the polls recorded, escalations.

        What is already recorded is queued first, whatever the polls then do: a tick that
        a slow source runs into its timeout has sent it (probe s15 K9, where a veto waited
        behind a harvest tick after tick)."""
        due = self.due_sources()
        # P2s held for quiet hours that no longer apply go out with this first relay.
        self.release_unquieted()
        relayed = self.relay()
        outcomes: list[PollOutcome] = []
        fanned_out = 0
        if len(due) <= self.inline_poll_max or self.poll_queue is None:
            outcomes = await service.poll(due, deadline=deadline)
        else:
            self.poll_queue.send([PollRequest(s.id).to_message() for s in due])
            fanned_out = len(due)
        # Every source, not just the due ones: a source can fall silent between its polls.
        service.check_health()
        relayed += self.relay()
        return ScheduleReport(
            due=tuple(s.id for s in due),
            fanned_out=fanned_out,
            outcomes=tuple(outcomes),
            relayed=relayed,
            escalations_due=self.check_escalations(),
        )

    async def poll(
        self,
        service: Service,
        requests: Sequence[PollRequest],
        deadline: float | None = None,
    ) -> PollReport:
        """Poll the requested sources (each once, concurrently, within ``deadline``), then
        relay new alerts.

        A source no longer in the configuration is skipped, not retried: the configuration
        changed between the schedule and this poll.
        """
        wanted = list(dict.fromkeys(r.source_id for r in requests))
        unknown = tuple(s for s in wanted if s not in self._sources)
        for source_id in unknown:
            log.warning("poll request for unknown source %s skipped", source_id)
        outcomes = await service.poll(
            [self._sources[s] for s in wanted if s in self._sources], deadline=deadline
        )
        return PollReport(tuple(outcomes), unknown, self.relay())

    def check_escalations(self) -> int:
        """How many unclaimed P1s are due to be re-raised and not re-raised yet (core.calm);
        if any, ask the notify function to do it. Nothing is asked when escalation is not
        configured.

        Asked at every tick until the re-raise is settled (Slack took it), so a re-raise
        Slack failed, or a notify invocation that died holding its claim, is tried again;
        once it is done, no more check messages."""
        policy = self.config.org.calm().escalation
        if policy is None:
            return 0
        from demandwatch.app.delivery import escalation_key, posted_p1, recent_p1s

        now = self.clock()
        due = [
            p
            for p in due_escalations(
                [posted_p1(r) for r in recent_p1s(self.store, now, policy)], now, policy
            )
            if not self.store.noted(escalation_key(p))
        ]
        if due:
            self.alert_queue.send([EscalationCheck(now).to_message()])
        return len(due)

    def release_unquieted(self) -> int:
        """P2s held for quiet hours that no longer apply are due at this tick's relay, not
        at the old window's end (app.quiet; probe s14 J3). Once a tick, in the schedule
        function: the poll functions' relays need not read the waiting alerts again."""
        return release_unquieted(self.store, self.config.org.calm(), self.route, self.clock())

    def relay(self, limit: int = 100) -> int:
        """Queue every undelivered alert whose turn has come; return how many were sent."""
        now = self.clock()
        alerts = self.store.take_outbox(now, REQUEUE_AFTER, limit)
        if alerts:
            turn = turn_of(now)
            floods = [replace(f, turn=turn) for f in self._floods(alerts)]
            grouped = {alert_id for flood in floods for alert_id in flood.alert_ids}
            notices = [
                AlertNotice(a.id, self.route(a), turn) for a in alerts if a.id not in grouped
            ]
            # A flood goes first in its channel's group: its stories' later items follow.
            try:
                self.alert_queue.send(
                    [f.to_message() for f in floods] + [n.to_message() for n in notices]
                )
            except QueueError:
                # Seen to fail (an SQS blip, a wrong URL): nothing may be on its way, so
                # the alerts are due again now, not at the recheck meant for a message
                # lost after it was sent. Some may have been sent (batches of ten): a
                # second message finds the alert leased or posted and does nothing.
                given_back = self.store.release_outbox(
                    [a.id for a in alerts], now + REQUEUE_AFTER, now
                )
                log.warning(
                    "alerts queue send failed: %d alert(s) given back to the outbox for "
                    "the next relay",
                    given_back,
                )
                raise
        return len(alerts)

    def _floods(self, alerts: Sequence[Alert]) -> list[FloodNotice]:
        """The flood guard's groups among the alerts this relay queues (core.calm): new P2
        stories, more than ``max_new_stories`` for one channel. The notify function checks
        again against the channel's threads before it posts a summary."""
        calm = self.config.org.calm()
        if calm.max_new_stories is None:
            return []
        now = self.clock()
        # A P1 keeps its whole story out of the summary (core.calm.flood_plans).
        candidates = [
            NewStory(a.story_id or a.id, a.id, self.route(a), a.priority)
            for a in alerts
            if a.priority == "P1"
            or (a.priority == "P2" and calm.quiet(self.route(a), a.priority, now).action == "go")
        ]
        if not flood_plans(candidates, 0):
            return []  # no new P2 story at all
        new = [c for c in candidates if self._story_is_new(c.story_id)]
        plans = flood_plans(new, calm.max_new_stories)
        floods = [FloodNotice(tuple(s.alert_id for s in p.stories), p.channel) for p in plans]
        flooded = {channel_key(p.channel) for p in plans}
        # The allowance is the channel's for the window, whichever relay queues its
        # stories: poll workers relay at once, each with a few, and counted apart they
        # posted max_new_stories each on their own (review L9). A shared counter in the
        # table hands out the window's slots; a story left without one goes into a summary.
        window = _window(now)
        for plan in flood_plans(new, 0):  # every channel's new P2 stories
            if channel_key(plan.channel) in flooded:
                continue
            key = f"flood:{channel_key(plan.channel)}:{window:%Y%m%dT%H%M}"
            granted = self.store.take_allowance(
                key,
                len(plan.stories),
                calm.max_new_stories,
                window + FLOOD_WINDOW + timedelta(days=1),
                now=now,
            )
            left = plan.stories[granted:]
            if left:
                floods.append(
                    FloodNotice(
                        tuple(s.alert_id for s in left), plan.channel, allowance=0, window=key
                    )
                )
        return floods

    def _story_is_new(self, story_id: str) -> bool:
        """No alert of the story has reached Slack (or is on its way): its first post is
        still to come. A story with a P1 among its recorded alerts is no new P2 story
        either: another relay, at the same time, may be queueing its veto (review s15
        LOW-1 of K2); it posts on its own."""
        alerts = self.store.story_alerts(story_id)
        return all(
            a.priority != "P1" and self.store.alert_state(a.id) in ("pending", "delivering")
            for a in alerts
        )

    def notify(
        self, notice: AlertNotice, delivery: DeliverAlerts, report: DeliveryReport | None = None
    ) -> NotifyResult:
        """:func:`notify_alert` (the notify function calls it without a FanOut: it needs
        no queue)."""
        return notify_alert(notice, delivery, report)


def notify_alert(
    notice: AlertNotice, delivery: DeliverAlerts, report: DeliveryReport | None = None
) -> NotifyResult:
    """Deliver the noticed alert through the one delivery use case (app.delivery).

    Raises PoisonMessageError for an alert the store does not know, DeferredError when
    it cannot be delivered now, NotifyError when this try failed (the alert waits for
    its retry). The caller reports the message as failed for all three.
    """
    outcome = delivery.one(notice.alert_id, report)
    if outcome is None:
        return "already_done"
    if outcome.result == "held":
        return "held_for_digest"
    if outcome.result == "quiet":  # the outbox queues it again; delivered after the window
        return "quiet_hours"
    if outcome.result == "failed":
        return "failed"
    if outcome.result == "pending":  # only Slack itself: any other failure raised
        return "token_refused" if outcome.cause == "auth" else "slack_unavailable"
    return "posted"
