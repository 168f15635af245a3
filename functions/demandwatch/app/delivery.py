"""The one delivery use case: the local ``run`` loop and the notify function both use it.

Per alert: lease it, route it (core.routing), read its story's thread, ask core.delivery
what to do, do it through the Poster port, record the transition. Guarantees:

* One top-level message per story: the thread is claimed (atomic insert-if-absent) before
  the first post; a claimant that finds its claim from an earlier try looks its post up by
  metadata first and adopts it. Another alert waits while a claim has no post yet.
* A cosmetic update (the parent's "+N sources") never decides an alert's state: replies
  mark the parent stale, and :meth:`DeliverAlerts.refresh_parents` updates each stale
  parent once (coalesced), retrying on its own next time if Slack refuses.
* Bounded tries (core.delivery.RetryPolicy): an alert is failed with its reason, never
  pending for ever. A persistent failure goes to the ops channel once: an unknown channel
  re-routes the alert to the default, a rejected message fails it at once, and a refused
  token (not the alert's fault) leaves it pending, uncharged, for when the token is fixed.
  A channel problem is not the alert's fault either: an alert no channel takes (its own
  and the default both gone, archived, or without the app) waits with backoff, bounded by
  time like an outage, and goes out once a channel works; ops hear it once per alert.
  Slack failing or asking to wait (an outage, a 429 storm) is not the alert's fault
  either: it waits, bounded by time (a day) rather than by tries, and an outage is said
  once (SLACK_OUTAGE), at its start and at its end.
* A run takes the most urgent alerts first and always ends, saying what it left: at the
  first failure no later alert could escape (core.delivery.ends_run), after a batch that
  only waited, or when its time budget is spent.
* One alert, one outcome in the run's report (the last, if it was looked at twice). A run
  also counts the alerts it leaves undelivered without a try (their retry time, or
  another run's lease, has not come): pending in silence is not an option.
* After a crash, leases held by a process known to be gone are broken at once (local);
  otherwise the lease lapses (cloud). Not quite at once when the dead process had begun
  posting the alert less than the client's timeout (and a margin) ago: its request may
  still land, after any look-up made now, so the alert is tried (and looked up first)
  only once it could have landed (core.delivery.POST_MAY_LAND): a killed run and the run
  right after it never post one story twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Literal

from demandwatch.app.quiet import LOOKED_AT, release_unquieted
from demandwatch.core.calm import (
    CALM_OFF,
    CalmPolicy,
    Escalation,
    NewStory,
    PostedP1,
    due_escalations,
    flood_plans,
)
from demandwatch.core.delivery import (
    DELIVERED_STATES,
    DONE_STATES,
    POST_MAY_LAND,
    WAIT_FOR_THREAD,
    Decision,
    FailureKind,
    ParentState,
    Placement,
    RetryPolicy,
    ThreadView,
    alerts_fault,
    already_paged,
    classify,
    decide,
    ends_run,
    facts_by,
    persistent,
    raised_by,
    rank,
    slack_unavailable,
    slacks_side,
    thread_gone,
    told,
)
from demandwatch.core.drafts import latest_versions
from demandwatch.core.health import HealthNotice
from demandwatch.core.models import Alert, Mark, Priority, Thread
from demandwatch.core.routing import Routes
from demandwatch.core.schedule import DELIVERY_LEASE, DELIVERY_RUN_BUDGET
from demandwatch.exceptions import (
    DeferredError,
    NotifyError,
    PoisonMessageError,
    RateLimitedError,
)
from demandwatch.ports import (
    AlertRecord,
    Alerts,
    Delivery,
    Liveness,
    OpsNotices,
    Poster,
    SourceStates,
    Threads,
)

log = logging.getLogger("demandwatch.delivery")

# How far back, beyond the escalation delay, posted P1 alerts are looked at: a run that
# did not happen for a while (a laptop asleep) still re-raises what is still unclaimed.
ESCALATION_LOOKBACK = timedelta(days=1)

# How long a claim on a re-raise holds: a post takes seconds (the API's retries included),
# so an older claim is a run that died holding it, and the next run takes it over.
ESCALATION_LEASE = timedelta(minutes=5)

# How long a name Slack's channel list lacked is taken as not found without looking again.
NOT_FOUND_FRESH = timedelta(seconds=60)

# The ops notice of a refused bot token: noted when Slack first refuses it, withdrawn when
# Slack next takes an alert, so each outage is said once, at its start and at its end.
AUTH_OUTAGE = "slack:token-refused"

# The ops notice of a Slack outage (5xx after the API's retries, or unreachable): noted at
# the first alert Slack cannot take, withdrawn when it takes one again; said once each way.
SLACK_OUTAGE = "slack:unavailable"

# The ops notices of alerts no channel takes (theirs, nor the default channel): one per
# alert, said once, at its first such try ("nowhere:<alert id>").
NOWHERE = "nowhere:"

# "quiet": a P2 waiting for the end of its channel's quiet hours (core.calm); it is
# delivered then, so it is neither pending (a failure to report) nor held for the digest.
Result = Literal["delivered", "held", "quiet", "muted", "pending", "failed"]


@dataclass(frozen=True)
class AlertOutcome:
    """How one alert ended one delivery attempt."""

    alert_id: str
    priority: Priority
    title: str
    result: Result
    channel: str | None = None
    reason: str | None = None
    # Why no later alert can go now either (Slack refuses the token, cannot be reached or
    # asks to wait: core.delivery.ends_run), or None: the run stops at this alert.
    halt: str | None = None
    # What kind of failure this try met (core.delivery.classify), or None.
    cause: FailureKind | None = None
    # Another run, not known to be gone, holds its lease and is delivering it now: that
    # run reports how it ended, and a lapsed lease is tried (and counted) again.
    elsewhere: bool = False
    # When a pending alert is due again (its retry time in the store), where known.
    retry_at: datetime | None = None

    @property
    def urgent_undelivered(self) -> bool:
        """A P1 or P2 alert that did not reach people this time (not one another run is
        delivering right now)."""
        return (
            self.priority in ("P1", "P2")
            and self.result in ("pending", "failed")
            and not self.elsewhere
        )


@dataclass(frozen=True)
class Announcement:
    """A problem said for the first time (its ops notice), or its end."""

    key: str
    text: str
    ended: bool = False


@dataclass
class DeliveryReport:
    # alert id -> how it ended (the last time, if one run looked at it twice)
    _latest: dict[str, AlertOutcome] = field(default_factory=dict, repr=False)
    # Why the run stopped with alerts still due (None: it tried everything due), and
    # how many alerts were still undelivered then (pending or leased) for later runs.
    stopped: str | None = None
    left: int = 0
    parents_updated: int = 0
    parents_behind: int = 0  # stale parents whose update failed (retried next run)
    notices: list[str] = field(default_factory=list)  # persistent problems said once
    # The notices this run said first (the others were said before), and ends of problems:
    # what the cloud functions log and count once per problem.
    announced: list[Announcement] = field(default_factory=list)
    escalated: list[str] = field(default_factory=list)  # unclaimed P1s re-raised (core.calm)
    # Unclaimed P1s whose re-raise Slack did not take: still due, tried again next time.
    escalations_waiting: list[str] = field(default_factory=list)
    # Unclaimed P1s whose re-raise Slack refused for good (channel gone): never posted.
    escalations_given_up: list[str] = field(default_factory=list)
    # Why each re-raise of this report was not posted (alert id -> Slack's answer).
    escalation_errors: dict[str, str] = field(default_factory=dict)
    # Ops notices of this report the ops channel did not take (notice -> why): the run
    # summary must not read as if ops had heard them.
    notices_not_posted: dict[str, str] = field(default_factory=dict)
    floods: list[tuple[str, int]] = field(default_factory=list)  # (channel, stories) grouped
    leases_broken: int = 0
    # Alerts this run left undelivered without trying them, since their time had not
    # come (a retry time, Slack's Retry-After, another run's lease, quiet hours): counted
    # with the run's own (pending, quiet), said with when, never pending in silence.
    waiting: list[AlertOutcome] = field(default_factory=list)

    @property
    def outcomes(self) -> list[AlertOutcome]:
        """One outcome per alert, in the order the alerts were last looked at."""
        return list(self._latest.values())

    def add(self, outcome: AlertOutcome) -> None:
        """Record how an alert ended; an alert looked at again in the same run (it
        waited for its story's first post, then came due again) keeps only its last."""
        self._latest.pop(outcome.alert_id, None)
        self._latest[outcome.alert_id] = outcome

    def count(self, result: Result) -> int:
        return sum(1 for o in (*self.outcomes, *self.waiting) if o.result == result)

    @property
    def delivered(self) -> int:
        return self.count("delivered") + self.count("muted")

    @property
    def held(self) -> int:
        return self.count("held")

    @property
    def pending(self) -> int:
        return self.count("pending")

    @property
    def quiet(self) -> int:
        return self.count("quiet")

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def retrying(self) -> int:  # the name the loop used before
        return self.pending

    @property
    def held_for_digest(self) -> int:
        return self.held

    @property
    def urgent_undelivered(self) -> list[AlertOutcome]:
        """P1/P2 alerts not delivered when the run ended: tried, or left waiting."""
        return [o for o in (*self.outcomes, *self.waiting) if o.urgent_undelivered]

    @property
    def halted(self) -> str | None:
        """Why Slack itself could take no alert (the first such failure), or None."""
        return next((o.halt for o in self.outcomes if o.halt is not None), None)

    @property
    def token_refused(self) -> str | None:
        """Why, if Slack refused the bot token during this report's work."""
        return next((o.halt for o in self.outcomes if o.cause == "auth"), None)

    @property
    def unavailable(self) -> AlertOutcome | None:
        """The first alert Slack could not take because of Slack itself (the token refused,
        or Slack failing or unreachable after the API's retries): no other alert can go
        now either. A 429 is not this: it is per channel, and short."""
        return next((o for o in self.outcomes if o.halt and slack_unavailable(o.cause)), None)


class NotDeliveredYet(NotifyError):
    """This try of a named alert failed (:meth:`DeliverAlerts.one`); the store keeps it
    and it is due again at ``retry_at``. The notify function hands its message back to the
    queue for that long, not for the queue's whole visibility timeout, during which every
    later message of its channel would wait behind it (probe s13 H1)."""

    def __init__(self, message: str, retry_at: datetime | None) -> None:
        super().__init__(message)
        self.retry_at = retry_at


class _Retry(Exception):
    """Look at the alert again (a thread claim changed under us)."""


@dataclass
class _Nowhere(Exception):
    """A channel an earlier alert of this run found gone, with the default channel: this
    alert is not tried until that one's next try (:meth:`DeliverAlerts._no_channel`)."""

    where: str
    reason: str
    retry_at: datetime


@dataclass
class DeliverAlerts:
    alerts: Alerts
    threads: Threads
    notices: OpsNotices
    poster: Poster
    routes: Routes
    clock: Callable[[], datetime]
    holder: str = ""  # who leases (host:pid locally), so a dead holder can be recognised
    calm: CalmPolicy = CALM_OFF  # quiet hours, escalation, flood guard (org.yaml)
    # alert id -> the flood summary whose thread its new story goes into (this run only)
    _folded: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    liveness: Liveness | None = None  # None: leases only lapse (the cloud)
    lease: timedelta = DELIVERY_LEASE
    # How long a post begun by a process that died may still land (its lease is kept so).
    landing: timedelta = POST_MAY_LAND
    # Holders this run found gone (recover): their alerts' posts may still be landing.
    _gone: frozenset[str] = field(default=frozenset(), init=False, repr=False)
    # alert id -> channel where it claimed a story thread in this try (dropped if it fails)
    _claims: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    # alerts whose story thread this run's flood guard claimed before its summary's post
    _flood_claims: set[str] = field(default_factory=set, init=False, repr=False)
    # channel -> why no channel took an alert for it (it and the default channel found
    # gone), until that alert's next try: alerts for it wait for then, untried.
    _nowhere_seen: dict[str, _Nowhere] = field(default_factory=dict, init=False, repr=False)
    # channel name -> until when, and why, Slack's channel list is known to lack it
    _not_found: dict[str, tuple[datetime, NotifyError]] = field(
        default_factory=dict, init=False, repr=False
    )

    # ------------------------------------------------------------------ entry points

    def run(
        self, limit: int = 100, budget: timedelta | None = DELIVERY_RUN_BUDGET
    ) -> DeliveryReport:
        """Deliver the alerts whose turn has come (the local loop), the most urgent first,
        ``limit`` leased at a time, then the escalations and the parents.

        A run always ends and says what it left (``stopped``, ``left``): at the first
        failure no other alert can escape (a refused token, Slack unreachable or asking
        to wait: core.delivery.ends_run), after a batch that delivered nothing new, or
        once ``budget`` is spent. Alerts leased and not tried are given back uncounted.
        """
        report = DeliveryReport()
        report.leases_broken = self.recover()
        self._unquiet()
        deadline = self.clock() + budget if budget is not None else None
        while True:
            leased = self.alerts.claim_alerts(self.clock(), self.lease, limit, holder=self.holder)
            self._folded = self._flood(leased, report)
            batch: list[AlertOutcome] = []
            # The one reason this run stops early: the alert just tried says no later one
            # can go now (its ``halt``), else the time budget is spent.
            stop: str | None = None
            try:
                for alert in leased:
                    batch.append(self._deliver(alert, report))
                    report.add(batch[-1])
                    stop = batch[-1].halt or _spent(self.clock(), deadline, budget)
                    if stop is not None:
                        break
            finally:
                self._folded = {}
                self._flood_claims = set()
            if stop is not None:
                rest = leased[len(batch) :]
                self._give_back(rest, stop)
                # Said when something due was not tried, and always for a spent budget.
                if rest or len(leased) == limit or batch[-1].halt is None:
                    report.stopped = stop
                break
            if len(leased) < limit:
                break  # everything due was leased, and has been tried
            if not any(o.result in ("delivered", "muted", "held", "failed") for o in batch):
                # Only waits (a story's first post in flight elsewhere, quiet hours):
                # the next batch would do no better, and a run must end.
                report.stopped = "a whole batch waited and delivered nothing"
                break
        if report.stopped is not None:
            counts = self.alerts.alert_counts()
            report.left = counts.get("pending", 0) + counts.get("delivering", 0)
        self._note_waiting(report)
        self._note_accepted(report)
        if report.halted is None:
            # With Slack refusing the token or unreachable, a re-raise or an update now
            # would only fail (each costing the API's retries): the next run does them.
            self.escalate(report)
            self.refresh_parents(report)
        return report

    def _unquiet(self) -> None:
        """P2s held for a channel's quiet hours that no longer apply (the window taken
        out of org.yaml, or changed) are due now, not at the old window's end: the
        operator who ended quiet hours wants them (probe s13 P18)."""
        release_unquieted(self.alerts, self.calm, self.routes.for_alert, self.clock())

    def _note_waiting(self, report: DeliveryReport) -> None:
        """Count the alerts this run leaves undelivered without a try because their time
        has not come (an earlier run's retry time or Slack's Retry-After, another run's
        lease): a veto waiting out a 429 must not read as "pending=0". Those given back
        untried are due now and said by ``stopped``/``left`` instead."""
        now = self.clock()
        tried = {o.alert_id for o in report.outcomes}
        for record in self.alerts.undelivered_alerts(LOOKED_AT):
            if record.alert.id in tried or record.retry_at is None or record.retry_at <= now:
                continue
            report.waiting.append(self._waiting(record, now))

    def _waiting(self, record: AlertRecord, now: datetime) -> AlertOutcome:
        alert = record.alert
        when = _when(record.retry_at or now, now)
        if record.state == "delivering" and record.holder in self._gone:
            return self._outcome(
                alert,
                "pending",
                reason=f"a killed run was posting it: looked up (not posted again) after {when}",
            )
        if record.state == "delivering":
            outcome = self._outcome(
                alert, "pending", reason=f"being delivered by another run (its lease ends {when})"
            )
            return replace(outcome, elsewhere=True)
        target = self.routes.for_alert(alert)
        quiet = self.calm.quiet(target, alert.priority, now)
        if quiet.action == "hold_until" and quiet.until is not None:
            return self._outcome(
                alert, "quiet", reason=f"quiet hours in {target} until {_when(quiet.until, now)}"
            )
        last = f" (last try: {record.last_error})" if record.last_error else ""
        return self._outcome(alert, "pending", reason=f"next try at {when}{last}")

    def _give_back(self, alerts: Sequence[Alert], why: str) -> None:
        """Alerts leased but not tried: due again at once, no try counted."""
        now = self.clock()
        for alert in alerts:
            self.alerts.release_alert(
                alert.id, f"not tried: the run stopped ({why})", now, counted=False
            )

    def one(self, alert_id: str, report: DeliveryReport | None = None) -> AlertOutcome | None:
        """Deliver one named alert (the notify function); None when it needs nothing more.

        Raises PoisonMessageError for an alert the store does not know, DeferredError when
        another worker holds it or its retry time has not come, and NotifyError when this
        try failed and the alert waits for a retry (so the queue retries the message).
        """
        report = report if report is not None else DeliveryReport()
        unavailable = report.unavailable
        if unavailable is not None:
            # Slack refused the token, or failed, for an earlier message of this batch: this
            # one would only fail too (each try costing the API's retries, in a function
            # with a time limit). Its alert waits in the store, untouched, and the outbox
            # queues it again; the message itself is done.
            untried = self._untried(alert_id, unavailable)
            if untried is not None:
                report.add(untried)
                return untried
        waiting = self._still_quiet(alert_id)
        if waiting is not None:
            # Inside its channel's quiet hours (a message the outbox queued again): nothing
            # to do until the window ends, and no failure for the queue to retry.
            report.add(waiting)
            return waiting
        alert = self.alerts.lease_alert(alert_id, self.clock(), self.lease, holder=self.holder)
        if alert is None:
            state = self.alerts.alert_state(alert_id)
            if state is None:
                raise PoisonMessageError(f"alert {alert_id} is not in the store")
            if state in DONE_STATES:
                return None
            if state == "delivering":
                # Held under another run's lease. That run may be gone with the alert
                # untried (a notify invocation killed at its Timeout), and this message is
                # taken off at its third try: the outbox queues the alert again when the
                # lease ends, not at the turn its queueing gave it, a quarter of an hour
                # on (probe s18 C2).
                self.alerts.requeue_at_lease_end(alert_id)
            raise DeferredError(f"alert {alert_id} is {state} and not deliverable yet")
        outcome = self._deliver(alert, report)
        report.add(outcome)
        self._note_accepted(report)
        if outcome.result == "pending" and not slack_unavailable(outcome.cause):
            raise NotDeliveredYet(
                f"alert {alert_id} not delivered yet: {outcome.reason}", outcome.retry_at
            )
        # A refused token or a Slack outage is neither the alert's fault nor its message's:
        # retrying the message would only walk it, and every message of its channel behind
        # it, into the dead-letter queue, where nobody retries them, while the outage is
        # said once (AUTH_OUTAGE, SLACK_OUTAGE). The alert waits in the store, and the
        # outbox queues it again until Slack takes it.
        return outcome

    def _untried(self, alert_id: str, halted: AlertOutcome) -> AlertOutcome | None:
        """An alert left for later without a try (None: the store does not know it).

        The one rule for what an outage keeps back (probe s15 K3): it is due with the
        alert that met the outage (that alert's retry time: at once for a refused token),
        not at its outbox turn a quarter of an hour on, so after an outage every alert of
        the batch, a P1 veto too, goes out at the first tick Slack takes messages again,
        not only the one that tried. A store write that moves only a pending alert due
        later: one another worker holds is left to it; no try is counted."""
        if halted.retry_at is not None:
            self.alerts.bring_forward(alert_id, halted.retry_at)
        alert = self.alerts.get_alert(alert_id)
        if alert is None:
            return None
        outcome = self._outcome(alert, "pending", reason=f"not tried: {halted.halt}")
        return replace(outcome, cause=halted.cause)

    def flood(
        self,
        alert_ids: Sequence[str],
        report: DeliveryReport | None = None,
        allowance: int | None = None,
        window: str = "",
    ) -> list[AlertOutcome]:
        """Deliver a flood of new stories together (the notify function's side of the
        flood guard): one summary, each story in its thread, when they are still more than
        ``max_new_stories`` new ones. An alert already delivered is left alone; one that
        fails waits for its retry like any other (the outbox queues it again), so the
        message itself does not fail for it. While another worker holds one of them (a
        copy of the message, or an invocation killed mid-flood whose lease has not
        lapsed), the message is handed back (DeferredError), its alerts untouched: the
        try after the lease finishes the flood, in the summary the dead one may have
        posted (found by its metadata). With Slack unavailable (the token refused, or
        Slack failing), only the first alert is tried: the others wait, untried and
        uncharged, rather than each cost the API's retries against it. ``allowance``: how
        many new stories may post on their own (None: ``max_new_stories``; 0: the relay
        found the channel's allowance for the window spent, and every one still new goes
        into the summary). ``window``: with allowance 0, the relay window the stories were
        counted in; they join that window's summary in the channel when another flood of
        the window posted one (review V8), and open it when none did."""
        report = report if report is not None else DeliveryReport()
        unavailable = report.unavailable
        if unavailable is not None:
            # An earlier message of the batch met it: due with the alert that did (_untried).
            if unavailable.retry_at is not None:
                for alert_id in alert_ids:
                    self.alerts.bring_forward(alert_id, unavailable.retry_at)
            return []
        now = self.clock()
        leased: list[Alert] = []
        held: list[str] = []
        for alert_id in alert_ids:
            alert = self.alerts.lease_alert(alert_id, now, self.lease, holder=self.holder)
            if alert is not None:
                leased.append(alert)
            elif self.alerts.alert_state(alert_id) == "delivering":
                held.append(alert_id)
        if held:
            for alert in leased:
                self.alerts.release_alert(
                    alert.id, "not tried: its flood is held by another worker", now, counted=False
                )
            raise DeferredError(
                f"flood of {len(alert_ids)} alerts: {len(held)} held by another worker "
                f"({', '.join(held[:3])}{', ...' if len(held) > 3 else ''})"
            )
        self._folded = self._flood(leased, report, allowance, window)
        outcomes: list[AlertOutcome] = []
        try:
            for alert in leased:
                outcomes.append(self._deliver(alert, report))
                last = outcomes[-1]
                if last.halt is not None and (
                    slack_unavailable(last.cause) or last.cause == "out_of_time"
                ):
                    self._give_back(leased[len(outcomes) :], last.halt)
                    break
        finally:
            self._folded = {}
            self._flood_claims = set()
        for outcome in outcomes:
            report.add(outcome)
        self._note_accepted(report)
        return outcomes

    def recover(self) -> int:
        """Break the leases of holders known to be gone (a killed local run)."""
        if self.liveness is None:
            return 0
        now = self.clock()
        gone = [
            h for h in self.alerts.lease_holders(now) if h != self.holder and self.liveness.gone(h)
        ]
        self._gone = frozenset(gone)
        return self.alerts.break_leases(gone, now, landing=self.landing) if gone else 0

    def refresh_parents(self, report: DeliveryReport | None = None, limit: int = 50) -> None:
        """Update each top-level message whose "+N sources" is behind, once.

        Cosmetic: a refusal leaves the parent stale for the next run and touches no
        alert's state.
        """
        report = report if report is not None else DeliveryReport()
        for story_id, channel in self.threads.stale_parents(limit):
            thread = self.threads.get_thread(story_id, channel)
            parent = self.alerts.get_alert(thread.alert_id) if thread else None
            if thread is None or parent is None or not thread.posted:
                continue
            status = self.alerts.alert_status(parent.id)
            # The story's own message: the thread's root, or (a story grouped by the flood
            # guard) its message inside the summary's thread.
            own = status.ts if status and status.channel == channel and status.ts else None
            raised, fuller = story_header(self.alerts, parent, channel)
            try:
                shown = ParentState(
                    extra_sources=thread.replies,
                    claimed=status.claimed if status else None,
                    dismissed=status.dismissed if status else None,
                    muted=_mute_mark(thread),
                    raised_by=raised,
                    facts_by=fuller,
                )
                self.poster.update_parent(channel, own or thread.ts, parent, shown)
            except NotifyError as exc:
                if thread_gone(exc.code):
                    # Deleted in Slack: nothing to update. The story's root is forgotten
                    # (its next alert opens it again); a message inside a flood summary's
                    # thread is simply left alone.
                    if own is None or own == thread.ts:
                        self._forget_thread(story_id, channel, thread.ts, exc)
                    else:
                        self.threads.parent_refreshed(story_id, channel, thread.replies)
                    continue
                log.info("parent of story %s not updated (retried later): %s", story_id, exc)
                report.parents_behind += 1
                continue
            self.threads.parent_refreshed(story_id, channel, thread.replies)
            report.parents_updated += 1

    # ------------------------------------------------------------------ one alert

    def _deliver(self, alert: Alert, report: DeliveryReport) -> AlertOutcome:
        try:
            return self._deliver_routed(alert, report)
        finally:
            self._claims.pop(alert.id, None)

    def _deliver_routed(self, alert: Alert, report: DeliveryReport) -> AlertOutcome:
        target = self.routes.for_alert(alert)
        try:
            for _ in range(3):  # a claim that changed under us is looked at again
                try:
                    return self._attempt(alert, target)
                except _Retry:
                    continue
            return self._retry_later(alert, "the story's thread kept changing", counted=False)
        except NotifyError as exc:
            return self._failed(alert, target, exc, report)
        except _Nowhere as seen:
            # Known to reach nobody since an earlier alert of this run: trying it would
            # only read the channel list again (Slack's Tier 2). It waits for that one's
            # next try, with no try counted, and ops hear of it as of that one.
            self._drop_claims(alert)
            self._tell_nowhere(alert, seen.where, report)
            self.alerts.release_alert(
                alert.id, f"no channel takes it: {seen.reason}", seen.retry_at, counted=False
            )
            outcome = self._outcome(
                alert, "pending", reason=f"no channel takes it (not tried): {seen.reason}"
            )
            return replace(outcome, cause="channel", retry_at=seen.retry_at)

    def _attempt(self, alert: Alert, target: str) -> AlertOutcome:
        decision = decide(alert.id, alert.priority, None)
        if decision.action == "hold":
            self.alerts.hold_alert(alert.id, self.clock())
            return self._outcome(alert, "held", reason="P3: held for the daily digest")
        quiet = self._quiet(alert, target)
        if quiet is not None:
            return quiet
        seen = self._nowhere_seen.get(target)
        if seen is not None and seen.retry_at > self.clock():
            raise _Nowhere(seen.where, seen.reason, seen.retry_at)
        channel = self._resolve(target)
        story = _story(alert)
        thread = self.threads.get_thread(story, channel)
        if thread is None:
            # Its campaign moved to another channel since the story opened: the story
            # stays in its thread until it ends (probe s14 N8).
            channel, thread = self._story_home(alert, channel) or (channel, None)
        # A story with no message here opens (again, if its message was deleted in Slack):
        # it pages unless it already paged for what this alert reports.
        reopened = thread is None and alert.priority == "P1" and self._paged_before(alert)
        decision = decide(alert.id, alert.priority, self._view(alert, thread), paged=reopened)
        if decision.action == "post":
            thread = self.threads.claim_thread(story, channel, alert.id)
            if thread.alert_id != alert.id:
                raise _Retry  # another alert of the story claimed it first
            self._claims[alert.id] = channel
            return self._post_top(alert, channel, thread, decision, adopt=self._tried(alert))
        if decision.action == "resume_post":
            assert thread is not None
            if thread.posted:  # posted and saved; only the alert's own record was lost
                return self._done(alert, Delivery(channel, thread.ts))
            self._claims[alert.id] = channel
            # A claim this run's flood guard made is no earlier try to look for.
            adopt = alert.id not in self._flood_claims or self._tried(alert)
            return self._post_top(alert, channel, thread, decision, adopt=adopt)
        assert thread is not None
        if decision.action == "wait":
            owner = self.alerts.alert_state(thread.alert_id)
            if owner is None or (owner in DONE_STATES and owner not in DELIVERED_STATES):
                # Its claimant gave up (failed) or vanished: free the thread for this one.
                self.threads.drop_thread_claim(story, channel, thread.alert_id)
                raise _Retry
            if owner == "delivering" and self._held_by_gone(thread.alert_id):
                # A killed run was posting the first alert (its post may still land, so
                # its lease is kept that long): nobody else reports this one (review A
                # s13 L4).
                return self._retry_later(
                    alert,
                    "waiting for the story's first post, which a killed run was making",
                    counted=False,
                    wait=WAIT_FOR_THREAD,
                )
            if owner == "delivering":
                # Another run holds the first alert's lease and is posting it: that run
                # reports the story (review A LOW-2, test_r2); should it die, its lease
                # lapses and the first alert is tried, and counted, by a later run.
                outcome = self._retry_later(
                    alert,
                    "waiting for the story's first post, which another run is making",
                    counted=False,
                    wait=WAIT_FOR_THREAD,
                )
                return replace(outcome, elsewhere=True)
            return self._retry_later(
                alert, "waiting for the story's first post", counted=False, wait=WAIT_FOR_THREAD
            )
        if decision.action == "mute":
            log.info("story %s is muted: alert %s not posted", story, alert.id)
            self._record(alert, Delivery(channel, thread.ts))
            return self._outcome(alert, "muted", channel, "story muted")
        if decision.escalate and self._shared_thread_owner(thread) is not None:
            # The story was one of a flood summary's: its thread is the summary's, and a
            # reply there reads as more of the summary, not as the veto. A P1 always posts
            # (and pages) on its own: the story leaves the summary for the veto's own
            # top-level message, which its later items then follow (review L10). Its mute
            # is the story's, kept; the forget is conditional on the summary's ts, so a
            # thread another worker opened since is left alone.
            log.info("story %s is raised to P1: it leaves flood summary %s", story, thread.ts)
            self.threads.forget_thread(story, channel, thread.ts)
            raise _Retry
        # reply
        try:
            ts = (
                self.poster.find_alert(channel, alert, thread_ts=thread.ts)
                if self._tried(alert)
                else None
            )
            if ts is None:
                self._sending(alert)
                placement = Placement(
                    thread_ts=thread.ts,
                    escalate=decision.escalate,
                    more_on=self._shared_thread_owner(thread),
                )
                ts = self.poster.post_alert(
                    channel, alert, placement, on_resend=self._resending(alert)
                )
        except NotifyError as exc:
            if not thread_gone(exc.code):
                raise
            self._forget_thread(story, channel, thread.ts, exc)
            raise _Retry from None  # decided again: the story opens as a new message
        self.threads.record_reply(story, channel, alert.id)
        return self._done(alert, Delivery(channel, ts))

    def _forget_thread(self, story: str, channel: str, ts: str, exc: NotifyError) -> None:
        """The story's top-level message is gone from Slack (deleted): forget it, so the
        story opens again as a new message, rather than take Slack for down."""
        if self.threads.forget_thread(story, channel, ts):
            log.warning(
                "story %s: its message %s in %s is gone from Slack (%s); the story opens again",
                story,
                ts,
                channel,
                exc.code,
            )

    def _post_top(
        self, alert: Alert, channel: str, thread: Thread, decision: Decision, *, adopt: bool
    ) -> AlertOutcome:
        summary = self._folded.get(alert.id)
        if summary is not None:
            try:
                return self._post_folded(alert, channel, summary, decision, adopt=adopt)
            except NotifyError as exc:
                if not thread_gone(exc.code):
                    raise
                # The summary was deleted in Slack before its stories went in: better many
                # messages than none, as when it could not be posted (review A s13 L3).
                log.warning(
                    "flood summary %s in %s is gone from Slack (%s): its stories post on their own",
                    summary,
                    channel,
                    exc.code,
                )
                self._folded = {a: ts for a, ts in self._folded.items() if ts != summary}
        # A claim this alert already held means an earlier try may have posted and died
        # before recording it: find that post (metadata) and adopt it, never repeat it.
        ts = self.poster.find_alert(channel, alert) if adopt else None
        if ts is None:
            self._sending(alert)
            ts = self.poster.post_alert(
                channel, alert, Placement(page=decision.page), on_resend=self._resending(alert)
            )
        stored = self.threads.set_thread_ts(_story(alert), channel, alert.id, ts)
        if stored.ts != ts:  # pragma: no cover - only the claimant sets the ts
            log.warning(
                "story %s: thread recorded %s, not our post %s", stored.story_id, stored.ts, ts
            )
        return self._done(alert, Delivery(channel, ts))

    # ------------------------------------------------------------------ calm channel

    def _story_taken(self, due: PostedP1) -> bool:
        """Whether someone claimed an alert of ``due``'s story in its channel, or dismissed
        one after the P1 was posted (or a P1 itself). A "not relevant" given to the vote's
        notice before the veto came is a judgment on the notice, not on the veto: the veto
        is still re-raised (probe s15 K4). A claim carries over (probe s14 J6)."""
        for alert in self.alerts.story_alerts(due.story_id):
            if alert.id == due.alert_id:
                continue
            status = self.alerts.alert_status(alert.id)
            if status is None or status.channel != due.channel:
                continue
            if status.state == "claimed":
                return True
            if status.state == "dismissed":
                given = status.dismissed.at if status.dismissed is not None else None
                posted = due.when
                if alert.priority == "P1" or given is None or posted is None or given >= posted:
                    return True
        return False

    def escalate(self, report: DeliveryReport | None = None) -> int:
        """Re-raise, once, each P1 still unclaimed ``escalation.after`` its post (core.calm):
        a reply in its story's thread mentioning the configured on-call group.

        Once per story and channel, whatever the number of runs or processes: the re-raise
        is claimed (an atomic claim with a lease) before it is posted and settled once
        Slack took it. A post Slack fails for now (unreachable, 429, token) withdraws the
        claim: the run says so and a later run tries again; one Slack refuses for good
        (channel gone, message refused) is settled and said once. A run killed while it
        held the claim leaves it to lapse; the next run after the lease looks for a
        re-raise of the story that landed (only then: the lookup needs the history scope)
        or posts it. Returns how many were posted.
        """
        policy = self.calm.escalation
        if policy is None:
            return 0
        report = report if report is not None else DeliveryReport()
        now = self.clock()
        records = recent_p1s(self.alerts, now, policy)
        alerts = {r.alert.id: r.alert for r in records}
        candidates = [posted_p1(r) for r in records]
        posted = 0
        for due in due_escalations(candidates, now, policy):
            key = escalation_key(due)
            # Dated at the claim, not at the run's start: a claim taken late in a slow run
            # must hold for its whole lease, or another process takes it at once.
            claim = self.notices.claim_notice(key, self.clock(), ESCALATION_LEASE)
            if claim is None:
                continue  # re-raised before, or being re-raised now, by this run or another
            if not claim.taken_over and self._story_taken(due):
                # Claimed (or dismissed) on another of its story's messages: the story's
                # one set of buttons is on its top-level message, whichever alert that
                # shows (probe s14 J6). Settled: it is never re-raised. (A claim taken
                # over from a killed run first looks for the re-raise that run posted.)
                self.notices.settle_claim(claim, self.clock())
                continue
            thread = self.threads.get_thread(due.story_id, due.channel)
            root = thread.ts if thread is not None and thread.ts else due.ts
            alert = alerts[due.alert_id]
            try:
                try:
                    self.poster.post_escalation(
                        due.channel,
                        root,
                        alert,
                        mention=policy.mention,
                        after=policy.after,
                        look_first=claim.taken_over,
                    )
                except NotifyError as exc:
                    if not thread_gone(exc.code):
                        raise
                    # The story's message was deleted in Slack, its P1 unclaimed: the
                    # re-raise goes to the channel on its own (nobody on call heard of the
                    # P1 otherwise), and the story's next alert opens it again (review A
                    # s13 L2).
                    self._forget_thread(due.story_id, due.channel, root, exc)
                    self.poster.post_escalation(
                        due.channel,
                        None,
                        alert,
                        mention=policy.mention,
                        after=policy.after,
                        look_first=claim.taken_over,
                    )
            except NotifyError as exc:
                kind = classify(exc.code, rate_limited=isinstance(exc, RateLimitedError))
                title = self._outcome(alert, "failed").title
                report.escalation_errors[alert.id] = str(exc)
                if persistent(kind) and kind != "auth":
                    # The channel is gone for the app or Slack refuses the message: every
                    # later try would fail the same way, so it is given up and said once,
                    # in the ops channel too (nobody was paged for this P1).
                    self.notices.settle_claim(claim, self.clock())
                    log.error("re-raise of P1 alert %s given up: %s", alert.id, exc)
                    report.escalations_given_up.append(alert.id)
                    self._tell_ops(
                        f"re-raise:{key}", f"unclaimed P1 not re-raised ({title}): {exc}", report
                    )
                    continue
                self.notices.withdraw_claim(claim)
                log.warning("re-raise of P1 alert %s not posted (tried again): %s", alert.id, exc)
                report.escalations_waiting.append(due.alert_id)
                report.notices.append(
                    f"unclaimed P1 not re-raised yet ({title}): {exc}; tried again at the next run"
                )
                if ends_run(kind):
                    break  # the next re-raise would only fail the same way
                continue
            self.notices.settle_claim(claim, self.clock())
            report.escalated.append(due.alert_id)
            posted += 1
        return posted

    def _quiet(self, alert: Alert, target: str) -> AlertOutcome | None:
        """Apply the channel's quiet hours to a leased alert (None: they change nothing).

        A P2 waits for the end of the window (released, not counted as a try) or for the
        digest; a P1 always goes (core.calm).
        """
        decision = self.calm.quiet(target, alert.priority, self.clock())
        if decision.action == "hold_for_digest":
            self.alerts.hold_alert(alert.id, self.clock())
            return self._outcome(alert, "held", reason=f"quiet hours in {target}: for the digest")
        if decision.action == "hold_until" and decision.until is not None:
            reason = f"quiet hours in {target} until {decision.until:%Y-%m-%d %H:%M} UTC"
            self.alerts.release_alert(alert.id, reason, decision.until, counted=False)
            return self._outcome(alert, "quiet", reason=reason)
        return None

    def _still_quiet(self, alert_id: str) -> AlertOutcome | None:
        """An undelivered P2 whose channel is inside its quiet hours (checked without a
        lease, so a re-queued message changes nothing); None otherwise."""
        if not self.calm.quiet_hours:
            return None
        alert = self.alerts.get_alert(alert_id)
        if alert is None or alert.priority != "P2":
            return None
        if self.alerts.alert_state(alert_id) not in ("pending", "delivering"):
            return None
        target = self.routes.for_alert(alert)
        decision = self.calm.quiet(target, alert.priority, self.clock())
        if decision.action != "hold_until" or decision.until is None:
            return None
        reason = f"quiet hours in {target} until {decision.until:%Y-%m-%d %H:%M} UTC"
        # Its next outbox turn becomes the window's end, or the outbox would queue it again
        # every REQUEUE_AFTER all night. No lease (another worker has it, or its turn is
        # already later): nothing to move.
        if self.alerts.lease_alert(alert_id, self.clock(), self.lease, holder=self.holder):
            self.alerts.release_alert(alert_id, reason, decision.until, counted=False)
        return self._outcome(alert, "quiet", reason=reason)

    def _flood(
        self,
        leased: list[Alert],
        report: DeliveryReport,
        allowance: int | None = None,
        window: str = "",
    ) -> dict[str, str]:
        """The flood guard (core.calm): when this run opens more than ``max_new_stories``
        new stories in one channel, post one summary there; returns alert id -> the
        summary's ts for the stories that go into its thread. P1 stories, alerts held by
        quiet hours or for the digest, and more items of known stories are left alone."""
        if self.calm.max_new_stories is None:
            return {}
        now = self.clock()
        # A P1 keeps its whole story out of the summary (core.calm.flood_plans).
        new = [
            NewStory(_story(alert), alert.id, "", "P1")
            for alert in leased
            if alert.priority == "P1"
        ]
        for alert in leased:
            if alert.priority == "P1" or decide(alert.id, alert.priority, None).action == "hold":
                continue
            target = self.routes.for_alert(alert)
            if self.calm.quiet(target, alert.priority, now).action != "go":
                continue
            try:
                channel = self.poster.resolve(target)
            except NotifyError:
                continue  # its own delivery will say why
            thread = self.threads.get_thread(_story(alert), channel)
            if thread is None and self._story_home(alert, channel) is not None:
                continue  # a story open in another channel: it replies there
            if thread is None or self._flood_claimed(alert, channel, thread):
                new.append(NewStory(_story(alert), alert.id, channel, alert.priority))
        by_id = {alert.id: alert for alert in leased}
        folded: dict[str, str] = {}
        limit = self.calm.max_new_stories if allowance is None else allowance
        for plan in flood_plans(new, limit):
            stories = [by_id[story.alert_id] for story in plan.stories]
            # Each story's thread is claimed before the summary goes: a later item of the
            # story waits for it (a killed run's summary may still land), rather than
            # open the story as a message of its own (probe s14 N13).
            for story in plan.stories:
                claimed = self.threads.claim_thread(story.story_id, plan.channel, story.alert_id)
                if claimed.alert_id == story.alert_id and not claimed.posted:
                    self._claims[story.alert_id] = plan.channel
                    self._flood_claims.add(story.alert_id)
            try:
                if window:
                    ts = self._window_summary(plan.channel, window, stories)
                else:
                    ts = self._summary(plan.channel, stories)
            except NotifyError as exc:
                # Better many messages than none: each story posts on its own.
                log.warning("flood summary for %s not posted: %s", plan.channel, exc)
                continue
            folded.update((story.alert_id, ts) for story in plan.stories)
            report.floods.append((plan.channel, len(plan.stories)))
        return folded

    def _story_home(self, alert: Alert, channel: str) -> tuple[str, Thread] | None:
        """The channel and thread where the alert's story is open, when that is not
        ``channel`` (where its route now sends it): the operator moved the campaign while
        the story was going on. Its responders are in that thread, its claim and drafts
        too, so a later item goes there rather than open the story a second time in the
        new channel, where nobody handling it would see it (probe s14 N8). New stories take
        the new route."""
        for other in self.alerts.story_alerts(_story(alert)):
            if other.id == alert.id:
                continue
            status = self.alerts.alert_status(other.id)
            if status is None or not status.channel or status.channel == channel:
                continue
            # Moved: that alert's route is now this channel too. One whose route is still
            # its own channel was sent there by its demands (an arms match to the arms
            # team): the story opens here as well, as it always did.
            try:
                moved = self._resolve(self.routes.for_alert(other)) == channel
            except NotifyError:
                moved = False
            if not moved:
                continue
            thread = self.threads.get_thread(_story(alert), status.channel)
            if thread is not None and thread.posted:
                return status.channel, thread
        return None

    def _flood_claimed(self, alert: Alert, channel: str, thread: Thread) -> bool:
        """Whether the story's thread is claimed by this alert and not posted because a
        flood's summary was in flight when its run died: the story is still new, and
        counts (and goes into the summary, found by its metadata) as it did then. A claim
        whose top-level post landed (a run killed posting the story on its own) is not:
        that post is adopted by the alert's own delivery."""
        if thread.posted or thread.alert_id != alert.id or not self._tried(alert):
            return False
        try:
            return self.poster.find_alert(channel, alert) is None
        except NotifyError:
            return False  # its own delivery looks again, and says why

    def _shared_thread_owner(self, thread: Thread) -> Alert | None:
        """The alert of the story's own message when the story's thread is a flood
        summary's, shared with other stories (its own message is a reply there, Slack
        having no nested threads); None when the story's message is the thread's root."""
        status = self.alerts.alert_status(thread.alert_id)
        if status is None or status.ts is None or status.ts == thread.ts:
            return None
        return self.alerts.get_alert(thread.alert_id)

    def _summary(self, channel: str, stories: list[Alert]) -> str:
        """The flood's summary: posted, or (a flood tried before: a worker died while
        its summary was in flight) the one it began, found by its metadata and finished
        now, so that no summary is left with an empty thread and none is posted twice."""
        if any(self._tried(alert) for alert in stories):
            try:
                found = self.poster.find_summary(channel, stories)
            except NotifyError as exc:  # no history scope: two summaries beat none
                log.warning("earlier flood summary in %s not looked up: %s", channel, exc)
                found = None
            if found is not None:
                return found
        for alert in stories:
            self._sending(alert)  # a killed local run's summary may land after the next look
        return self.poster.post_summary(channel, stories)

    def _window_summary(self, channel: str, window: str, stories: list[Alert]) -> str:
        """The summary of the relay window's stories left without a slot (review V8):
        each relay queues its own leftovers, and one summary per relay was one top-level
        message per relay again, each hiding a story or two in its thread. The first
        flood of the window posts the summary, even for one story: posted on its own, it
        would go past the window's allowance, and the next relay's leftover would open a
        summary anyway. A later one joins it, and the summary is rewritten to name every
        story in its thread (those it named, found by their threads, and these)."""
        try:
            found = self.poster.window_summary(channel, window, stories)
        except NotifyError as exc:  # no history scope: two summaries beat none
            log.warning("flood summary of window %s not looked up: %s", window, exc)
            found = None
        for alert in stories:
            self._sending(alert)  # a killed local run's summary may land after the next look
        if found is None:
            return self.poster.post_window_summary(channel, window, stories)
        ts, named = found
        joining = {_story(alert) for alert in stories}
        opened = (self._story_opener(story, channel) for story in named if story not in joining)
        earlier = [alert for alert in opened if alert is not None]
        try:
            self.poster.post_window_summary(channel, window, [*earlier, *stories], ts)
        except NotifyError as exc:  # the stories still go into its thread
            log.warning("flood summary %s in %s not rewritten: %s", ts, channel, exc)
        return ts

    def _story_opener(self, story_id: str, channel: str) -> Alert | None:
        """The alert whose message opened the story in ``channel``, if it is known."""
        thread = self.threads.get_thread(story_id, channel)
        return self.alerts.get_alert(thread.alert_id) if thread is not None else None

    def _post_folded(
        self, alert: Alert, channel: str, summary: str, decision: Decision, *, adopt: bool
    ) -> AlertOutcome:
        """A new story of a flood: its own message (with its buttons) in the summary's
        thread, which becomes the story's thread for its later items."""
        ts = self.poster.find_alert(channel, alert, thread_ts=summary) if adopt else None
        if ts is None:
            self._sending(alert)
            placement = Placement(thread_ts=summary, story=True, page=decision.page)
            ts = self.poster.post_alert(channel, alert, placement, on_resend=self._resending(alert))
        self.threads.set_thread_ts(_story(alert), channel, alert.id, summary)
        return self._done(alert, Delivery(channel, ts))

    # ------------------------------------------------------------------ helpers

    def _view(self, alert: Alert, thread: Thread | None) -> ThreadView | None:
        if thread is None:
            return None
        paged = alert.priority == "P1" and self._paged_before(alert)
        return ThreadView(
            owner_alert=thread.alert_id,
            ts=thread.ts or None,
            muted=thread.muted,
            paged=paged,
        )

    def _paged_before(self, alert: Alert) -> bool:
        """Whether another P1 alert of this story already reached Slack and paged for
        what this one reports (core.delivery.already_paged: a veto after a vote notice
        on a demand of high priority pages again)."""
        paged = (
            other
            for other in self.alerts.story_alerts(_story(alert))
            if other.id != alert.id
            and other.priority == "P1"
            and self.alerts.alert_state(other.id) in DELIVERED_STATES
        )
        return already_paged(alert, paged)

    def _held_by_gone(self, alert_id: str) -> bool:
        """Whether a holder this run found gone (recover) holds the alert's lease. Read
        only after a crash (locally): the store's undelivered alerts name their holder."""
        if not self._gone:
            return False
        return any(
            record.alert.id == alert_id and record.holder in self._gone
            for record in self.alerts.undelivered_alerts(LOOKED_AT)
        )

    def _sending(self, alert: Alert) -> None:
        """Say that this run begins a post of the alert: if it dies from now on, the post
        may land seconds later, and the next run must not look for it before then
        (:meth:`recover`). Only a named holder's lease is ever broken early (local runs);
        the cloud's leases lapse, minutes after any post could have landed."""
        if self.holder:
            self.alerts.note_sending(alert.id, self.clock(), holder=self.holder)

    def _resolve(self, target: str) -> str:
        """The channel id of ``target``; a name Slack's channel list lacked is taken as
        not found for ``NOT_FOUND_FRESH`` without reading the list again (a whole list
        read per try, conversations.list is one of Slack's Tier 2 methods: alerts for a
        deleted channel would draw 429s that stop the run for every other alert)."""
        now = self.clock()
        known = self._not_found.get(target)
        if known is not None and known[0] > now:
            raise NotifyError(str(known[1]), known[1].code)
        try:
            return self.poster.resolve(target)
        except NotifyError as exc:
            if exc.code == "channel_not_found" and not isinstance(exc, RateLimitedError):
                self._not_found[target] = (now + NOT_FOUND_FRESH, exc)
            raise

    def _resending(self, alert: Alert) -> Callable[[], None]:
        """Noted again before each re-send of the post (after a 5xx, a dropped connection
        or a waited-out 429): the post may land up to ``landing`` after its LAST send."""
        return lambda: self._sending(alert)

    def _tried(self, alert: Alert) -> bool:
        """Whether this alert was leased before (an earlier try may have reached Slack)."""
        status = self.alerts.alert_status(alert.id)
        return status is not None and status.attempts > 1

    def _attempts(self, alert: Alert) -> int:
        status = self.alerts.alert_status(alert.id)
        return status.attempts if status is not None else 1

    def _record(self, alert: Alert, delivery: Delivery) -> None:
        self.alerts.complete_alert(alert.id, delivery, self.clock())

    def _done(self, alert: Alert, delivery: Delivery) -> AlertOutcome:
        self._record(alert, delivery)
        return self._outcome(alert, "delivered", delivery.channel)

    def _outcome(
        self, alert: Alert, result: Result, channel: str | None = None, reason: str | None = None
    ) -> AlertOutcome:
        title = " ".join((alert.item.title or alert.item.url).split())[:120]
        return AlertOutcome(alert.id, alert.priority, title, result, channel, reason)

    def _retry_later(
        self,
        alert: Alert,
        reason: str,
        *,
        counted: bool = True,
        wait: timedelta | None = None,
        retry_after: float | None = None,
        slack_side: bool = False,
        gave_up: str = "Slack could not take it",
    ) -> AlertOutcome:
        now = self.clock()
        if wait is not None:
            self.alerts.release_alert(alert.id, reason, now + wait, counted=counted)
            return replace(self._outcome(alert, "pending", reason=reason), retry_at=now + wait)
        attempts = self._attempts(alert)
        # Slack's side (an outage, a 429 storm): bounded by how long the alert has
        # waited, not by its tries, so an outage of hours delays it and fails none.
        since = alert.created if slack_side else None
        retry_at = self.policy.retry_at(now, attempts, retry_after, waiting_since=since)
        if retry_at is None and slack_side:
            limit = self.policy.outage_limit
            return self._give_up(
                alert, f"gave up: {gave_up} for {_span(limit)} ({attempts} tries): {reason}"
            )
        if retry_at is None:
            return self._give_up(alert, f"gave up after {attempts} tries: {reason}")
        self.alerts.release_alert(alert.id, reason, retry_at, counted=counted)
        return replace(self._outcome(alert, "pending", reason=reason), retry_at=retry_at)

    def _give_up(self, alert: Alert, reason: str) -> AlertOutcome:
        log.warning("alert %s failed: %s", alert.id, reason)
        self.alerts.fail_alert(alert.id, reason, self.clock())
        self._drop_claims(alert)
        return self._outcome(alert, "failed", reason=reason)

    def _drop_claims(self, alert: Alert) -> None:
        """Give up the thread this alert claimed and never posted in (if it got that far)."""
        channel = self._claims.pop(alert.id, None)
        if channel is not None:
            self.threads.drop_thread_claim(_story(alert), channel, alert.id)

    def _failed(
        self, alert: Alert, target: str, exc: NotifyError, report: DeliveryReport
    ) -> AlertOutcome:
        rate_limited = isinstance(exc, RateLimitedError)
        kind = classify(exc.code, rate_limited=rate_limited)
        reason = str(exc)
        halt = None
        if ends_run(kind):
            halt = (
                f"Slack refuses the bot token ({exc.code})"
                if kind == "auth"
                else "no time left in this run"
                if kind == "out_of_time"
                else f"Slack cannot take messages now ({_short(reason)})"
            )
        if not alerts_fault(kind):
            # Not the alert's fault: it waits, uncounted and due at once. For a refused
            # token the ops channel (when it can be reached) and the run say so, one notice
            # per outage whatever the code and the channel: it is the token. A run whose own
            # time ran out says nothing: Slack is not down (review V12).
            if kind == "auth":
                self._tell_ops(AUTH_OUTAGE, _ops_text(kind, target, reason), report)
            self._drop_claims(alert)
            now = self.clock()
            self.alerts.release_alert(alert.id, reason, now, counted=False)
            outcome = self._outcome(alert, "pending", reason=reason)
            return replace(outcome, halt=halt, cause=kind, retry_at=now)
        if not persistent(kind):
            retry_after = exc.retry_after if isinstance(exc, RateLimitedError) else None
            log.info("delivery of alert %s failed (%s): %s", alert.id, kind, reason)
            if kind == "transient":
                # Slack failing or unreachable after the API's own retries: an outage, said
                # once (a 429 is Slack pacing us, per channel, and says nothing).
                self._tell_ops(SLACK_OUTAGE, _ops_text(kind, target, reason), report)
            outcome = self._retry_later(
                alert, reason, retry_after=retry_after, slack_side=slacks_side(kind)
            )
            return replace(outcome, halt=halt, cause=kind)
        if kind == "channel":
            return self._no_channel(alert, target, exc, report)
        # Each alert Slack would not take even as plain text is said, with what it was: a
        # second refused veto is as lost as the first (probe s16 L1).
        self._tell_ops(
            f"{exc.code or kind}:{target}:{alert.id}",
            f"{_ops_text(kind, target, reason)} The alert ({alert.priority}"
            f" {alert.event.type.replace('_', ' ')}, {alert.id}:"
            f" “{_short(alert.item.title or alert.item.url)}”) was not posted.",
            report,
        )
        return self._give_up(alert, reason)

    def _no_channel(
        self, alert: Alert, target: str, exc: NotifyError, report: DeliveryReport
    ) -> AlertOutcome:
        """The alert's channel cannot be posted to (not found, archived, the app not in
        it). The default channel takes it instead; when that fails too (or was the
        channel), nobody can see it anywhere, which is the installation's problem, not
        the alert's: it waits with backoff, bounded by time like a Slack outage, and goes
        out once a channel works, and ops hear once that this alert reached nobody."""
        reason = str(exc)
        fallback = self.routes.fallback
        self._drop_claims(alert)
        if target != fallback:
            try:
                outcome = self._attempt(alert, fallback)
            except _Retry:
                return self._retry_later(alert, "the story's thread kept changing", counted=False)
            except _Nowhere as seen:  # the default channel was found gone earlier this run
                where = f"{target} ({_short(reason)}) nor to the default channel {fallback}"
                return self._nowhere(
                    alert, target, where, f"{reason}; default channel: {seen.reason}", report
                )
            except NotifyError as again:
                if classify(again.code, rate_limited=isinstance(again, RateLimitedError)) != (
                    "channel"
                ):
                    # The default channel's own trouble (Slack down, a 429, ...): handled as
                    # any failure there; its channel is said once it is known to work.
                    return self._failed(alert, fallback, again, report)
                self._drop_claims(alert)
                where = (
                    f"{target} ({_short(reason)}) nor to the default channel {fallback}"
                    f" ({_short(str(again))})"
                )
                return self._nowhere(
                    alert, target, where, f"{reason}; default channel: {again}", report
                )
            if outcome.result != "delivered":
                # Held or waiting there (quiet hours, the digest, muted): nothing went to
                # the default channel yet, so ops hear of it once something does.
                return replace(outcome, reason=f"re-routed from {target}; {outcome.reason}")
            self._tell_ops(
                f"{exc.code or 'channel'}:{target}",
                _ops_text("channel", target, reason, fallback=fallback),
                report,
            )
            return replace(outcome, reason=f"re-routed from {target}: {exc.code}")
        where = f"{target}, the default channel ({_short(reason)})"
        return self._nowhere(alert, target, where, reason, report)

    def _nowhere(
        self, alert: Alert, target: str, where: str, reason: str, report: DeliveryReport
    ) -> AlertOutcome:
        self._tell_nowhere(alert, where, report)
        # Bounded by time like an outage, but backed off as far as any failure: a channel
        # comes back by a person's action (ops were told), not in the minutes Slack takes.
        now = self.clock()
        attempts = self._attempts(alert)
        retry_at = self.policy.retry_at(
            now, attempts, waiting_since=alert.created, cap=self.policy.max_delay
        )
        why = f"no channel takes it: {reason}"
        if retry_at is None:
            limit = _span(self.policy.outage_limit)
            outcome = self._give_up(
                alert, f"gave up: no channel took it for {limit} ({attempts} tries): {why}"
            )
        else:
            self.alerts.release_alert(alert.id, why, retry_at, counted=True)
            outcome = replace(self._outcome(alert, "pending", reason=why), retry_at=retry_at)
            # The other alerts for these channels wait for this one's next try, untried.
            fallback = self.routes.fallback
            self._nowhere_seen[fallback] = _Nowhere(
                f"{fallback}, the default channel", reason, retry_at
            )
            self._nowhere_seen[target] = _Nowhere(where, reason, retry_at)
        return replace(outcome, cause="channel")

    def _tell_nowhere(self, alert: Alert, where: str, report: DeliveryReport) -> None:
        limit = _span(self.policy.outage_limit)
        title = self._outcome(alert, "pending").title
        self._tell_ops(
            f"{NOWHERE}{alert.id}",
            f"A {alert.priority} alert could not be posted to {where}: it waits and is tried "
            f"again until a channel takes it (given up after {limit}). {title}",
            report,
        )

    def _tell_ops(self, key: str, text: str, report: DeliveryReport) -> None:
        """Say a persistent problem once (ops channel); the run summary shows it too."""
        report.notices.append(text)
        if not self.notices.first_notice(key, self.clock()):
            return
        report.announced.append(Announcement(key, text))
        try:
            self.poster.post_ops(text)
        except NotifyError as exc:  # a revoked token cannot be reported through itself
            log.warning("ops notice not posted: %s", exc)
            report.notices_not_posted[text] = str(exc)
            if key not in _OUTAGE_ENDS:
                # Withdrawn so that a later run says it again: nobody has heard it. An
                # outage stays noted, since the notice that it ended tells ops it happened.
                self.notices.forget_notice(key)

    def _note_accepted(self, report: DeliveryReport) -> None:
        """Slack took an alert: a refused-token outage or a Slack outage noted before is
        over. Said once, and withdrawn so that the next outage is said again."""
        delivered = sum(1 for o in report.outcomes if o.result == "delivered")
        if not delivered:
            return
        for key, text in _OUTAGE_ENDS.items():
            since = self.notices.notice_at(key)
            if not self.notices.forget_notice(key):
                continue
            if since is not None:
                # Ops may never have heard it begin (Slack took nothing then): say how
                # long it lasted and what waited (probe F6).
                now = self.clock()
                counts = self.alerts.alert_counts()
                left = counts.get("pending", 0) + counts.get("delivering", 0)
                # (what still waits is said only when something does: probe s19 P5,
                # "0 still wait and go out next" was noise)
                still = f", {left} still wait and go out next" if left else ""
                text = text.replace(
                    ": alerts that waited are being delivered.",
                    f" after {_duration(now - since)} (it could not since {_when(since, now)}): "
                    f"{delivered} alert(s) that waited were delivered by this run{still}.",
                )
            report.notices.append(text)
            report.announced.append(Announcement(key, text, ended=True))
            log.warning("%s", text)
            try:
                self.poster.post_ops(text)
            except NotifyError as exc:
                log.warning("ops notice not posted: %s", exc)


_OUTAGE_ENDS = {
    AUTH_OUTAGE: "Slack accepts the bot token again: alerts that waited are being delivered.",
    SLACK_OUTAGE: "Slack takes messages again: alerts that waited are being delivered.",
}


def _story(alert: Alert) -> str:
    return alert.story_id or alert.id


def health_not_said(states: SourceStates, notice: HealthNotice) -> bool:
    """A source's health notice Slack did not take (down, refusing the token, a 429): it
    is not recorded as said, as a local run does not record it (Service.check_health), so
    the next check says it again, once Slack takes it (probe s13 H4: queued in the cloud,
    it was recorded as said, failed at every receive of a long outage and went to the
    dead-letter queue, and ops never heard which source had died). Nothing is taken back
    when the source's state has moved on since (said otherwise, or recovered): what it
    calls for now is said by the next check. Returns whether it was taken back.
    One conditional write of that flag alone: a poll saving the source's state between a
    read and a write of the whole state lost its recovery (review A s14 MED-3)."""
    said = notice.kind != "recovered"
    return states.switch_health_notified(notice.source_id, was=said)


def escalation_key(due: PostedP1) -> str:
    """The claim of a story's re-raise in one channel (once per story and channel)."""
    return f"escalation:{due.story_id}:{due.channel}"


def recent_p1s(alerts: Alerts, now: datetime, policy: Escalation) -> list[AlertRecord]:
    """The delivered P1 alerts escalation has to look at (created recently enough)."""
    records = alerts.alerts_between(now - policy.after - ESCALATION_LOOKBACK, now)
    return [r for r in records if r.alert.priority == "P1" and r.channel and r.ts]


def posted_p1(record: AlertRecord) -> PostedP1:
    return PostedP1(
        alert_id=record.alert.id,
        story_id=_story(record.alert),
        channel=record.channel or "",
        ts=record.ts or "",
        priority=record.alert.priority,
        state=record.state,
        posted=record.posted_at,
    )


def story_header(alerts: Alerts, parent: Alert, channel: str) -> tuple[Alert | None, Alert | None]:
    """What the story's top-level message in ``channel`` shows besides ``parent``, the
    alert it was posted for, whenever it is rendered again (here and by the buttons): the alert that raised the story above it
    (core.delivery.raised_by) and the one whose facts it shows (core.delivery.facts_by),
    each None when ``parent`` is its own. Only alerts that could change either cost a
    status read (delivered, to this channel)."""
    story = alerts.story_alerts(_story(parent))

    def delivered(candidates: list[Alert]) -> list[Alert]:
        kept = []
        for alert in candidates:
            status = alerts.alert_status(alert.id)
            if (
                status is not None
                and status.state in DELIVERED_STATES
                and status.channel == channel
            ):
                kept.append(alert)
        return kept

    # A version its source replaced (a flash's veto corrected in place to an adoption,
    # probe s19 R13) heads nothing: the story reads as the document reads now when the
    # correction takes back the event the message is headed by.
    current = {a.id for a in latest_versions(story)}
    raised = raised_by(
        parent, delivered([a for a in story if a.id in current and rank(a) < rank(parent)])
    )
    header = raised or parent
    if header.id not in current:
        # Only a version that reports another event takes the header (a report rewritten
        # into another finding stays a report, told in its thread).
        newer = [
            a
            for a in story
            if a.id in current
            and a.item.key == header.item.key
            and a.event.type != header.event.type
        ]
        corrected = delivered(newer)
        if corrected:
            raised = header = corrected[0]
    fuller = [
        a
        for a in story
        if a.id not in (parent.id, header.id)
        and a.event.type == header.event.type
        and told(a) > told(header)
    ]
    return raised, facts_by(header, delivered(fuller))


def _mute_mark(thread: Thread) -> Mark | None:
    if thread.muted_by is None or thread.muted_at is None:
        return None
    return Mark(thread.muted_by, thread.muted_at)


def _spent(now: datetime, deadline: datetime | None, budget: timedelta | None) -> str | None:
    """Why a run stops for time (its budget is spent), or None."""
    if deadline is None or budget is None or now < deadline:
        return None
    return f"its time budget of {budget.total_seconds():g}s was spent"


def _short(reason: str, size: int = 120) -> str:
    return reason if len(reason) <= size else reason[: size - 1] + "…"


def _ops_text(kind: str, target: str, reason: str, *, fallback: str = "") -> str:
    if kind == "channel":
        # Said once the default channel took an alert: never a fallback that failed.
        return (
            f"Alerts cannot be posted to {target}: {reason}. They go to the default channel"
            f" {fallback}."
        )
    if kind == "auth":
        return f"Slack refuses the bot token: {reason}. No alert can be posted until it is fixed."
    if kind == "transient":
        return (
            f"Slack cannot take messages now: {_short(reason)}. Alerts wait and go out "
            "when it is back."
        )
    return f"Slack rejected an alert for {target}: {reason}."


def _when(at: datetime, now: datetime) -> str:
    """A time in the run summary: the time of day, and the date when not today (UTC)."""
    at, now = at.astimezone(UTC), now.astimezone(UTC)
    return f"{at:%H:%M:%S} UTC" if at.date() == now.date() else f"{at:%Y-%m-%d %H:%M:%S} UTC"


def _duration(span: timedelta) -> str:
    """'4 h', '2 h 5 min', '12 min' (whole minutes), '8 s' under a minute (an outage of
    eight seconds was said to have lasted '1 min': probe s18 P4)."""
    seconds = span.total_seconds()
    if seconds < 59.5:
        return f"{max(1, round(seconds))} s"
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def _span(span: timedelta) -> str:
    hours = span.total_seconds() / 3600
    return f"{hours:g} h" if hours >= 1 else f"{span.total_seconds() / 60:g} min"


def summarise(report: DeliveryReport, *, limit: int = 20) -> list[str]:
    """The run summary's delivery lines: counts, then each alert not delivered and why."""
    waiting = sum(1 for o in report.waiting if o.result == "pending")
    lines = [
        f"alerts: delivered={report.delivered} held={report.held} "
        f"pending={report.pending} failed={report.failed}"
        + (f" quiet={report.quiet}" if report.quiet else "")
        + (f" ({waiting} not tried by this run: not due yet)" if waiting else "")
    ]
    if report.stopped is not None:
        lines.append(
            f"  stopped: {report.stopped}; {report.left} alert(s) left undelivered for the next run"
        )
    if report.parents_behind:
        lines.append(
            f"  {report.parents_behind} thread parent(s) not updated yet (retried next run)"
        )
    undelivered = [
        o for o in (*report.outcomes, *report.waiting) if o.result in ("pending", "failed")
    ]
    for outcome in undelivered[:limit]:
        lines.append(f"  {outcome.result} {outcome.priority} {outcome.title}: {outcome.reason}")
    held = [o for o in report.outcomes if o.result == "held"]
    if held:
        p3 = all(o.priority == "P3" for o in held)
        kind = "low-priority (P3) alert(s)" if p3 else "alert(s) (P3, or in quiet hours)"
        lines.append(f"  {len(held)} {kind} held for the daily digest:")
        lines.extend(f"    {o.title}" for o in held[:limit])
    for outcome in [o for o in (*report.outcomes, *report.waiting) if o.result == "quiet"][:limit]:
        lines.append(f"  quiet {outcome.priority} {outcome.title}: {outcome.reason}")
    for channel, stories in report.floods:
        lines.append(f"  {stories} new stories in {channel} grouped under one summary message")
    if report.escalated:
        lines.append(f"  {len(report.escalated)} unclaimed P1 alert(s) re-raised in their thread")
    for notice in dict.fromkeys(report.notices):
        unposted = report.notices_not_posted.get(notice)
        said = "ops" if unposted is None else f"ops (not posted: {_short(unposted, 80)})"
        lines.append(f"  {said}: {notice}")
    return lines
