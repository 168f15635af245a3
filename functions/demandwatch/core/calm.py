"""A calmer channel: quiet hours, escalation of unclaimed P1s, and a flood guard. Pure.

Three policies, each a plain function over plain data; the delivery use case asks them
and carries out the answer, and the Slack layer renders what they decide.

* **Quiet hours** (per channel): while a channel's window is on, a P2 alert waits for the
  end of the window (or, if so configured, for the daily digest). A P1 always goes; P3
  waits for the digest anyway.
* **Escalation**: a P1 alert still unclaimed (and not dismissed) this long after it was
  posted is re-raised once in its thread, mentioning the on-call group. Only
  configuration names who is mentioned.
* **Flood guard**: when one delivery cycle would open more than N new stories in one
  channel, they become one summary message with each story in its thread. P1 stories
  are never folded into a summary: they post and page on their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from demandwatch.core.models import AlertState, Priority

# ---------------------------------------------------------------------- channels


def channel_key(channel: str) -> str:
    """How a configured channel is compared: ``#Syria-UN``, ``syria-un`` are one channel.

    Ids (``C0123ABC``) compare the same way, case-insensitively.
    """
    return channel.strip().lstrip("#").lower()


ALL_CHANNELS = "*"

# ---------------------------------------------------------------------- quiet hours

QuietP2 = Literal["until_end", "digest"]


@dataclass(frozen=True)
class QuietHours:
    """A daily window, in local time, when a channel gets only P1 alerts.

    ``start`` after ``end`` wraps midnight (22:00-07:00). ``p2``: what a P2 alert does
    during the window: wait for its end (``until_end``), or for the daily digest.
    """

    start: time
    end: time
    timezone: str = "UTC"
    p2: QuietP2 = "until_end"

    def __post_init__(self) -> None:
        if self.start == self.end:
            raise ValueError("quiet hours need a start and an end that differ")
        ZoneInfo(self.timezone)  # an unknown zone fails here, not at 3 a.m.

    def _local(self, now: datetime) -> datetime:
        return now.astimezone(ZoneInfo(self.timezone))

    def active(self, now: datetime) -> bool:
        clock = self._local(now).time().replace(tzinfo=None)
        if self.start < self.end:
            return self.start <= clock < self.end
        return clock >= self.start or clock < self.end

    def window_end(self, now: datetime) -> datetime | None:
        """When the window ``now`` is in ends (UTC); None outside the window.

        Wall-clock time: across a daylight-saving change the window still ends at
        ``end`` on the local clock.
        """
        if not self.active(now):
            return None
        local = self._local(now)
        zone = ZoneInfo(self.timezone)
        end = datetime.combine(local.date(), self.end, tzinfo=zone)
        if end <= local:
            end = datetime.combine(local.date() + timedelta(days=1), self.end, tzinfo=zone)
        return end.astimezone(UTC)


QuietAction = Literal["go", "hold_until", "hold_for_digest"]


@dataclass(frozen=True)
class QuietDecision:
    """``go``: quiet hours change nothing. ``hold_until``: deliver at ``until`` (UTC).
    ``hold_for_digest``: the alert waits for the daily digest."""

    action: QuietAction
    until: datetime | None = None


GO = QuietDecision("go")


def quiet_decision(priority: Priority, now: datetime, quiet: QuietHours | None) -> QuietDecision:
    """What quiet hours do to an alert of ``priority`` routed to a channel with ``quiet``."""
    if quiet is None or priority != "P2":
        # P1 always goes; P3 is held for the digest by the delivery rules anyway.
        return GO
    end = quiet.window_end(now)
    if end is None:
        return GO
    if quiet.p2 == "digest":
        return QuietDecision("hold_for_digest")
    return QuietDecision("hold_until", end)


# ---------------------------------------------------------------------- escalation


@dataclass(frozen=True)
class Escalation:
    """Re-raise an unclaimed P1 once, ``after`` its post, mentioning ``mention``
    (a configured user or user-group id; rendered by the Slack layer)."""

    after: timedelta
    mention: str | None

    def __post_init__(self) -> None:
        if self.after <= timedelta(0):
            raise ValueError("escalation needs a positive delay")


@dataclass(frozen=True)
class PostedP1:
    """A delivered alert as escalation sees it."""

    alert_id: str
    story_id: str
    channel: str
    ts: str  # the top-level message: Slack's ts is the post's own time
    priority: Priority
    state: AlertState
    escalated: bool = False  # re-raised before (at most once)
    posted: datetime | None = None  # when the store recorded the post, if it did

    @property
    def when(self) -> datetime | None:
        """When it was posted: the store's record, else the time in Slack's ts."""
        return self.posted or posted_at(self.ts)


def posted_at(ts: str) -> datetime | None:
    """The time a Slack message was posted, from its ``ts`` ("1700000000.000200")."""
    try:
        seconds = float(ts)
    except ValueError:
        return None
    if seconds <= 0:
        return None
    return datetime.fromtimestamp(seconds, UTC)


def escalation_due(alert: PostedP1, now: datetime, policy: Escalation | None) -> bool:
    """Whether ``alert`` is to be re-raised now."""
    if policy is None or alert.priority != "P1" or alert.escalated:
        return False
    if alert.state != "posted":  # claimed or dismissed: someone has it
        return False
    when = alert.when
    return when is not None and now - when >= policy.after


def due_escalations(
    alerts: Iterable[PostedP1], now: datetime, policy: Escalation | None
) -> list[PostedP1]:
    """The alerts to re-raise now, oldest post first, one per story and channel."""
    due: dict[tuple[str, str], PostedP1] = {}
    for alert in sorted(alerts, key=lambda a: (a.when or now, a.alert_id)):
        if escalation_due(alert, now, policy):
            due.setdefault((alert.story_id, alert.channel), alert)
    return list(due.values())


def next_escalation(
    alerts: Iterable[PostedP1], now: datetime, policy: Escalation | None
) -> datetime | None:
    """When the earliest escalation not yet due falls due (for a loop deciding when to
    look again); None when nothing is waiting."""
    if policy is None:
        return None
    times = [
        when + policy.after
        for a in alerts
        if a.priority == "P1" and a.state == "posted" and not a.escalated
        if (when := a.when) is not None and when + policy.after > now
    ]
    return min(times, default=None)


# ---------------------------------------------------------------------- flood guard


@dataclass(frozen=True)
class NewStory:
    """An alert about to open a new story (a top-level message) in a channel."""

    story_id: str
    alert_id: str
    channel: str
    priority: Priority


@dataclass(frozen=True)
class FloodPlan:
    """One channel flooded this cycle: ``stories`` go into one summary message's thread."""

    channel: str
    stories: tuple[NewStory, ...]


def flood_plans(new: Sequence[NewStory], max_new_stories: int | None) -> list[FloodPlan]:
    """The channels where this cycle opens more than ``max_new_stories`` new stories.

    Counted per channel, one per story (the first alert of each, in the order given);
    P1 stories neither count nor are folded: they always post on their own. A story is a
    P1 story when any of its alerts this cycle is P1, its first one too: a vote announced
    and vetoed in one poll is a veto's story, never a line "Vote scheduled" in a summary
    with the veto a reply in its thread (probe s15 K2). None (no guard configured) folds
    nothing.
    """
    if max_new_stories is None:
        return []
    p1_stories = {story.story_id for story in new if story.priority == "P1"}
    by_channel: dict[str, dict[str, NewStory]] = {}
    for story in new:
        if story.story_id in p1_stories:
            continue
        stories = by_channel.setdefault(channel_key(story.channel), {})
        stories.setdefault(story.story_id, story)
    return [
        FloodPlan(next(iter(stories.values())).channel, tuple(stories.values()))
        for stories in by_channel.values()
        if len(stories) > max_new_stories
    ]


# ---------------------------------------------------------------------- together


@dataclass(frozen=True)
class CalmPolicy:
    """The three policies as configured (org.yaml); every part is optional."""

    quiet_hours: Mapping[str, QuietHours] = field(default_factory=dict)  # channel_key -> window
    escalation: Escalation | None = None
    max_new_stories: int | None = None

    def quiet_for(self, channel: str) -> QuietHours | None:
        """The channel's own window, else the one for every channel (``*``), else None."""
        return self.quiet_hours.get(channel_key(channel)) or self.quiet_hours.get(ALL_CHANNELS)

    def quiet(self, channel: str, priority: Priority, now: datetime) -> QuietDecision:
        return quiet_decision(priority, now, self.quiet_for(channel))


CALM_OFF = CalmPolicy()
