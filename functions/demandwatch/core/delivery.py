"""Delivery rules: what happens to an alert, given its story's thread; alert states.

Pure functions over plain data: the delivery use case (``app.delivery``) reads the state
through ports, asks these functions, and carries out the answer. Nothing here knows Slack,
SQLite or DynamoDB.

Alert states and their transitions (written once; both stores condition on them)::

    pending ──lease──► delivering ──► posted ──► claimed ──► dismissed
       ▲                  │  │  │         └──────────────────► dismissed
       └──── release ─────┘  │  └──► held     (P3: waits for the digest)
                             └─────► failed   (bounded tries, or a persistent error)

A ``delivering`` alert whose lease lapsed (or whose holder is known dead) is leased again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from demandwatch.core.models import Alert, AlertState, EventType, Mark, Priority, distinct_acts

# ---------------------------------------------------------------------- states

TRANSITIONS: dict[AlertState, frozenset[AlertState]] = {
    "pending": frozenset({"delivering"}),
    "delivering": frozenset({"delivering", "pending", "posted", "held", "failed"}),
    "posted": frozenset({"claimed", "dismissed"}),
    "claimed": frozenset({"dismissed"}),
    "held": frozenset(),
    "failed": frozenset(),
    "dismissed": frozenset(),
}
# Nothing more to deliver: the alert reached Slack, the digest, or was given up on.
DONE_STATES: frozenset[AlertState] = frozenset({"posted", "claimed", "dismissed", "held", "failed"})
# Reached people (Slack shows it): what "delivered" means for a story's paging.
DELIVERED_STATES: frozenset[AlertState] = frozenset({"posted", "claimed", "dismissed"})


def parse_state(value: str) -> AlertState | None:
    """The state a stored string names (None: not a state)."""
    for state in TRANSITIONS:
        if state == value:
            return state
    return None


def sources_of(target: AlertState) -> tuple[AlertState, ...]:
    """The states from which ``target`` may be entered (stores condition writes on them)."""
    return tuple(s for s, targets in TRANSITIONS.items() if target in targets)


def can_move(current: AlertState, target: AlertState) -> bool:
    return target in TRANSITIONS[current]


# ---------------------------------------------------------------------- decisions

# P3 waits for the daily digest: recorded like any alert, never posted on its own.
HELD_PRIORITIES: frozenset[Priority] = frozenset({"P3"})


@dataclass(frozen=True)
class ThreadView:
    """What the store knows about a story's top-level message in one channel."""

    owner_alert: str  # the alert the top-level message shows (or will show)
    ts: str | None  # None: claimed, its first post not recorded yet
    muted: bool = False
    # A P1 alert of the story that this one does not outrank already reached Slack and
    # paged (see :func:`already_paged`).
    paged: bool = False


Action = Literal["hold", "post", "resume_post", "wait", "reply", "mute"]


@dataclass(frozen=True)
class Decision:
    """What to do with one alert.

    * ``hold``: P3, kept for the digest.
    * ``post``: claim the story's thread and post the top-level message (``page``: it
      mentions the owners, for a P1).
    * ``resume_post``: this alert holds the thread claim but its post was not recorded —
      an earlier attempt may have landed: look it up (metadata) before posting.
    * ``wait``: another alert's first post of the story is in flight; retry shortly.
    * ``reply``: a thread reply; ``escalate``: it raises the story to P1 (page, broadcast);
      the parent's "+N sources" is refreshed on its own afterwards.
    * ``mute``: the story is muted; nothing is posted, the alert counts as done.
    """

    action: Action
    page: bool = False
    escalate: bool = False


@dataclass(frozen=True)
class Placement:
    """Where a Poster shows an alert and how loudly, as the delivery use case decided it.

    * ``thread_ts``: the thread the alert goes in (None: a top-level message).
    * ``story``: in that thread all the same, as a story's own message with its buttons
      (the flood guard's grouped stories), not as more on a story.
    * ``page``: a top-level P1 mentions its owners.
    * ``escalate``: a reply that raises its story to P1 pages and is shown in the channel.
    * ``more_on``: in a thread several stories share, the alert whose story a reply is on.
    """

    thread_ts: str | None = None
    story: bool = False
    page: bool = False
    escalate: bool = False
    more_on: Alert | None = None

    @property
    def reply(self) -> bool:
        """Shown as more on a story in its thread, not as a story's own message."""
        return self.thread_ts is not None and not self.story


@dataclass(frozen=True)
class ParentState:
    """What a story's top-level message shows besides the alert itself, as the delivery
    use case (or a button's handler) reads it from the store; a Poster renders it."""

    extra_sources: int = 0
    claimed: Mark | None = None
    dismissed: Mark | None = None
    muted: Mark | None = None
    # A later alert of the story that raised it above the alert shown (the vote became
    # a veto): the header reads as that one, and says what the story was.
    raised_by: Alert | None = None
    # A later alert of the story's headed event that tells more of it (the release
    # after a flash: both vetoers, the tally, the draft's symbol): the message's facts
    # and the Assembly's deadline are that one's, said to be from it (probe s18 P1).
    facts_by: Alert | None = None

    @property
    def standing_dismissal(self) -> Mark | None:
        """The "not relevant" mark, unless the story was raised after it was given: a
        judgment on the vote's notice is not one on the veto that followed (probe s15
        K4: "🔴 P1 · Veto ... 🚫 Marked not relevant", and its button gone)."""
        if self.dismissed is None:
            return None
        if self.raised_by is not None and self.raised_by.created > self.dismissed.at:
            return None
        return self.dismissed


def decide(
    alert_id: str, priority: Priority, thread: ThreadView | None, *, paged: bool = False
) -> Decision:
    """``paged``: with no thread, whether the story already paged for what this alert
    reports (its message was deleted in Slack and the story opens again)."""
    if priority in HELD_PRIORITIES:
        return Decision("hold")
    if thread is None:
        return Decision("post", page=priority == "P1" and not paged)
    if thread.owner_alert == alert_id:
        return Decision("resume_post", page=priority == "P1")
    if thread.ts is None:
        return Decision("wait")
    if thread.muted and (priority != "P1" or thread.paged):
        # Muting silences more coverage of a story, never the veto that raises it to P1;
        # more reports of a veto already paged for are coverage too.
        return Decision("mute")
    # A reply that raises the story to P1 (the vote became a veto) pages once; further
    # sources stay in the thread, P1 or not.
    return Decision("reply", escalate=priority == "P1" and not thread.paged)


PRIORITY_RANK: dict[Priority, int] = {"P1": 0, "P2": 1, "P3": 2}

# What the Council decided outranks everything said before it: a vote on a demand of
# high priority is announced as a P1 already, and the veto (or adoption) that ends it
# is P1 too, yet it is the news the responder is paged for. Within one priority, an
# alert of an outcome therefore pages again and heads the story's message; more
# reports of an outcome already paged for are coverage.
OUTCOME_EVENTS: frozenset[EventType] = frozenset({"veto", "resolution_adopted"})


def rank(alert: Alert) -> tuple[int, int]:
    """How far ``alert`` raises its story: priority first, then an outcome of the
    Council's vote above anything else of that priority (lower is higher)."""
    return PRIORITY_RANK[alert.priority], 0 if alert.event.type in OUTCOME_EVENTS else 1


def already_paged(alert: Alert, paged: Iterable[Alert]) -> bool:
    """Whether the story's P1 alerts that reached Slack (``paged``, the alert itself
    excluded) already paged for what ``alert`` reports: one of them ranks as high."""
    return any(rank(other) <= rank(alert) for other in paged)


def raised_by(shown: Alert, delivered: Sequence[Alert]) -> Alert | None:
    """The alert a story's top-level message should be headed by instead of ``shown``
    (the alert it was posted for), or None: the first of the story's ``delivered``
    alerts (oldest first) of the highest :func:`rank` above ``shown``'s. A vote
    announced (P2, or P1 on a demand of high priority) that became a veto reads as the
    veto where the channel is scrolled back through, though the message stays the
    vote's (one top-level message per story)."""
    best: Alert | None = None
    for alert in delivered:
        if rank(alert) >= rank(shown):
            continue
        if best is None or rank(alert) < rank(best):
            best = alert
    return best


def told(alert: Alert) -> tuple[int, int, int]:
    """How much of the Council's action an alert's item tells, most telling first: who
    did what (each member's vote once), whether it gives the tally, how many documents
    it names. A wire flash ("Russia vetoes ...") tells less than the UN release with
    both vetoers, the tally and the draft's symbol."""
    vote = alert.event.vote or alert.item.vote
    return (
        len(distinct_acts(alert.event.actors)),
        1 if vote is not None else 0,
        len(alert.item.symbols),
    )


def facts_by(header: Alert, delivered: Sequence[Alert]) -> Alert | None:
    """The alert whose facts (documents, who did what, the tally, the Assembly's
    deadline) a story's top-level message shows instead of ``header``'s, or None: of the
    story's ``delivered`` alerts (oldest first) reporting ``header``'s event, the first
    that tells the most (:func:`told`), when it tells more than ``header``. ``header`` is
    the alert the message is headed by (:func:`raised_by`, else the one it was posted
    for). The message a responder reads first keeps the flash's title and link, but names
    both vetoers once the release is in its thread (probe s18 P1). Another event's alert
    (a reaction, a rival draft's vote in its own story) never lends its facts."""
    best: Alert | None = None
    for alert in delivered:
        if alert.id == header.id or alert.event.type != header.event.type:
            continue
        if told(alert) > told(best or header):
            best = alert
    return best


# ---------------------------------------------------------------------- failures

FailureKind = Literal["rate_limited", "transient", "channel", "auth", "rejected", "out_of_time"]
# The run's own time ran out before a request could be sent (a notify invocation near its
# Timeout): nobody's failure, the alert untried; never an outage (review V12).
OUT_OF_TIME = "out_of_time"

# Errors no retry can cure; the alert fails at once (and is re-routed when only its
# channel is the problem).
CHANNEL_ERRORS = frozenset({"channel_not_found", "not_in_channel", "is_archived"})
# The token itself is refused: no alert can be posted until someone fixes it.
AUTH_ERRORS = frozenset(
    {
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "missing_scope",  # the app lacks chat:write: every post would be refused alike
    }
)
REJECTED_ERRORS = frozenset({"invalid_blocks", "msg_too_long"})
# The story's top-level message was deleted in Slack (by a moderator, or someone tidying
# the channel): the story's own problem, never Slack's. Its next alert opens the story
# again as a new top-level message.
THREAD_GONE_ERRORS = frozenset({"thread_not_found", "message_not_found"})


def thread_gone(code: str | None) -> bool:
    return code in THREAD_GONE_ERRORS


def classify(code: str | None, *, rate_limited: bool = False) -> FailureKind:
    if rate_limited:
        return "rate_limited"
    if code == OUT_OF_TIME:
        return "out_of_time"
    if code in CHANNEL_ERRORS:
        return "channel"
    if code in AUTH_ERRORS:
        return "auth"
    if code in REJECTED_ERRORS or code in THREAD_GONE_ERRORS:
        # A message Slack refuses, or a thread that is gone where no new message can be
        # opened instead: the alert's own problem, never an outage that stops the run.
        return "rejected"
    return "transient"


def persistent(kind: FailureKind) -> bool:
    return kind in ("channel", "auth", "rejected")


def alerts_fault(kind: FailureKind) -> bool:
    """Whether a failure counts against the alert. A refused token is the installation's
    problem: the alert waits, untouched, until the token is fixed, rather than be failed
    with the whole backlog behind it. Nor is a run's own time running out."""
    return kind not in ("auth", "out_of_time")


def slacks_side(kind: FailureKind) -> bool:
    """Whether Slack as a whole cannot take messages now: it failed after the API's own
    retries, could not be reached, or asks us to wait (429). Not the alert's fault: the
    alert waits for Slack however many tries that takes, bounded by time
    (:attr:`RetryPolicy.outage_limit`), not by its count of tries."""
    return kind in ("transient", "rate_limited")


def slack_unavailable(kind: FailureKind | None) -> bool:
    """Whether no alert can go now, whichever it is: the token is refused, or Slack fails
    or cannot be reached after the API's own retries. A 429 is not this: it paces one
    channel, briefly."""
    return kind in ("auth", "transient")


def ends_run(kind: FailureKind) -> bool:
    """Whether a failure ends a delivery run. The token is refused, or Slack cannot take
    messages now (unreachable or failing after the API's own retries, or asking us to
    wait): the next alert would only fail the same way, each try costing the API's
    retries and a try of the alert's own, while the local loop cannot poll. Or the run's
    own time is up. The alerts not tried stay due for the next run. A channel or message problem is the alert's
    own and the run goes on."""
    return kind in ("auth", "transient", "rate_limited", "out_of_time")


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how soon an undelivered alert is tried again.

    After ``max_attempts`` leases an alert is failed with its last reason: nothing stays
    pending for ever. A failure on Slack's side (:func:`slacks_side`: an outage, a 429
    storm) is bounded by time instead: the alert waits up to ``outage_limit`` for Slack to
    come back, however many tries that takes, so an outage delays alerts and fails none.
    A 429 retries after Slack's ``Retry-After``; other transient failures back off
    exponentially from ``first_delay``, up to ``max_delay`` - up to ``outage_max_delay``
    on Slack's side, so that once Slack is back the alerts that waited go out within it
    (each try of a run against a failing Slack costs the API's few seconds of retries,
    and only the first alert due is tried).
    """

    max_attempts: int = 6
    first_delay: timedelta = timedelta(seconds=30)
    max_delay: timedelta = timedelta(minutes=15)
    outage_limit: timedelta = timedelta(hours=24)
    outage_max_delay: timedelta = timedelta(minutes=2)

    def retry_at(
        self,
        now: datetime,
        attempts: int,
        retry_after: float | None = None,
        *,
        waiting_since: datetime | None = None,
        cap: timedelta | None = None,
    ) -> datetime | None:
        """When to try again after the ``attempts``-th failed try; None: give up.

        ``waiting_since``: the failure is not the alert's and the alert has waited since
        then; it is given up only once that is ``outage_limit`` ago. ``cap``: the longest
        delay, when not the default (``outage_max_delay`` with ``waiting_since``, else
        ``max_delay``)."""
        if waiting_since is not None:
            if now - waiting_since >= self.outage_limit:
                return None
        elif attempts >= self.max_attempts:
            return None
        if retry_after is not None:
            return now + timedelta(seconds=retry_after)
        # The exponent is capped: an outage's tries are many, and 2**n of them would
        # overflow a timedelta long after the delay reached ``max_delay``.
        delay: timedelta = self.first_delay * 2 ** min(max(attempts - 1, 0), 20)
        if cap is None:
            cap = self.outage_max_delay if waiting_since is not None else self.max_delay
        return now + min(delay, cap)


def broken_lease_end(now: datetime, sent_at: datetime | None, landing: timedelta) -> datetime:
    """When the lease of a holder known to be gone ends: now, unless it began a Slack
    post less than ``landing`` ago (its request may still be in flight), then when that
    post could last have landed, so that the next try's look-up can see it."""
    if sent_at is None:
        return now
    return max(now, sent_at + landing)


# How long the Slack client waits for the answer to one call (slack.api.build_web_client).
SLACK_TIMEOUT = timedelta(seconds=10)
# How long after its last send a post may still land in Slack: the client's timeout and a
# margin (each re-send of the API's own retries is noted again: app.delivery _resending).
# A dead holder's alert is not tried before that.
POST_MAY_LAND = SLACK_TIMEOUT + timedelta(seconds=10)
# How long one Slack call of a local run may wait out Retry-After in all (several 429s
# of a few seconds, as Slack paces a burst); a longer wait goes to the next run, 5-15
# minutes later. Each alert's wait is bounded by this and the run by its time budget.
LOCAL_MAX_WAIT = 30.0
# Another alert of the story is posting its top-level message: look again soon.
WAIT_FOR_THREAD = timedelta(seconds=5)
