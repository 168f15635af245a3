"""Narrow ports: what the use cases need from the world, one Protocol per concern.

Each store port is implemented by SQLite (local) and DynamoDB (cloud) under one contract
suite (tests/contract); nothing a use case needs lives outside these ports.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from demandwatch.core.delivery import ParentState, Placement
from demandwatch.core.models import (
    Alert,
    AlertState,
    AlertStatus,
    Feedback,
    Mark,
    NewEntry,
    SeenDocument,
    SourceState,
    Thread,
)

if TYPE_CHECKING:
    from demandwatch.core.stories import Story


@dataclass(frozen=True)
class Claim:
    """A leased claim won with :meth:`OpsNotices.claim_notice`."""

    key: str
    # When it was taken. With the key it names this holder: a later holder can only take
    # it at or after ``at`` + the lease, so settling or withdrawing is conditioned on it.
    at: datetime
    # It was another holder's claim whose lease lapsed: that holder died (or overran) and
    # may have done the work before it could settle, so the work is looked for first.
    taken_over: bool = False


@dataclass(frozen=True)
class Delivery:
    """Where an alert landed: the channel and the message timestamp Slack gave it."""

    channel: str
    ts: str


@dataclass(frozen=True)
class AlertRecord:
    """An alert with what the store knows about its delivery (digests, reports)."""

    alert: Alert
    state: AlertState
    channel: str | None = None
    ts: str | None = None
    posted_at: datetime | None = None
    attempts: int = 0
    last_error: str | None = None
    # An undelivered alert's next chance: its retry time (pending) or the end of its lease
    # (delivering); None for the others, and where a store does not say.
    retry_at: datetime | None = None
    holder: str | None = None  # who holds its lease (delivering)


# ---------------------------------------------------------------------- store ports


class SourceStates(Protocol):
    def get_source_state(self, source_id: str) -> SourceState:
        """The remembered state of a source (a blank state if never polled)."""
        ...

    def save_source_state(self, state: SourceState) -> None: ...

    def source_states_polling(self, feed: str) -> list[SourceState]:
        """The states saved with ``feed`` as what their source polled, whatever its id
        (a source renamed in sources.yaml: the old id's state); any order."""
        ...

    def switch_health_notified(self, source_id: str, *, was: bool) -> bool:
        """Set the source's ``health_notified`` to ``not was`` if it is ``was`` now, in one
        conditional write of that field alone (a poll saving the state meanwhile loses
        nothing); False, and nothing written, otherwise."""
        ...

    def reserve_request(self, source_id: str, now: datetime, until: datetime) -> datetime | None:
        """Take a source's next request slot, atomically across processes: when no request
        is barred at ``now``, bar the next until ``until`` and return None; otherwise
        return when the bar lifts (and change nothing)."""
        ...


class SeenDocuments(Protocol):
    """One record per document, whichever source listed it."""

    def seen_documents(self, keys: Sequence[str], now: datetime) -> dict[str, SeenDocument]:
        """What is remembered of each of ``keys`` (absent: never seen, or expired)."""
        ...

    def seen_mark(self) -> Hashable | None:
        """A mark of what else may have changed the records: two marks are equal only if,
        between them, no other process or connection wrote to the store and no record was
        forgotten (expired), so that what this handle's own ``record_new`` calls recorded
        is all that changed. None: the store cannot tell (any record may have changed)."""
        ...

    def record_new(
        self, source_id: str, entries: Sequence[NewEntry], now: datetime, ttl: timedelta
    ) -> list[str]:
        """Record each document version with its alert, atomically per entry.

        An entry with ``revises=None`` is inserted only if the document is unknown (or its
        record expired); one with ``revises`` set replaces the record only while it still
        holds that fingerprint. Returns the keys this call recorded. An entry another
        process recorded first is not returned and its alert is dropped: that is what keeps
        two pollers from alerting twice. ``source_id`` is kept as where it was first seen.
        """
        ...


class Alerts(Protocol):
    """The alerts outbox: leases for delivery, and the transitions of core.delivery."""

    def claim_alerts(
        self, now: datetime, lease: timedelta, limit: int = 100, *, holder: str = ""
    ) -> list[Alert]:
        """Lease pending alerts whose time has come (and ones whose lease lapsed), the most
        urgent first (P1, then P2 ...) and the oldest first within a priority, so a new
        veto never waits behind a backlog; ``holder`` names the leasing process (see
        :meth:`break_leases`)."""
        ...

    def lease_alert(
        self, alert_id: str, now: datetime, lease: timedelta, *, holder: str = ""
    ) -> Alert | None:
        """Lease one named alert; None when it is not leasable now (``alert_state`` says why)."""
        ...

    def take_outbox(self, now: datetime, recheck: timedelta, limit: int = 100) -> list[Alert]:
        """Undelivered alerts whose turn to be (re)queued has come, each taken by one caller,
        in the order of :meth:`claim_alerts`; the next turn is ``now + recheck`` (a lost
        queue message is covered by it)."""
        ...

    def bring_forward(self, alert_id: str, at: datetime) -> bool:
        """A pending alert due later than ``at`` (held back for a quiet-hours window since
        taken out of the configuration, or left untried by a Slack outage, its outbox turn
        a quarter of an hour on) is due at ``at``: its retry time and its outbox turn both.
        False, changing nothing, when it is not pending or neither is later than ``at``
        (an alert another worker holds is left to it)."""
        ...

    def requeue_at_lease_end(self, alert_id: str) -> datetime | None:
        """A delivering alert whose outbox turn comes after its lease ends is due in the
        outbox at the lease's end; that end, or None, changing nothing, when the alert is
        not delivering or its turn is no later. Its holder may be gone with it untried (a
        notify invocation killed at its Timeout): without this it waited for the turn its
        queueing gave it, a quarter of an hour on, not for the lease (probe s18 C2)."""
        ...

    def release_outbox(self, alert_ids: Sequence[str], turn_end: datetime, now: datetime) -> int:
        """Give back an outbox take whose send failed (the queue refused it): those of
        ``alert_ids`` still undelivered and still at the turn that take gave them
        (``turn_end``, its ``now + recheck``) are due again at ``now``, for the next relay.
        One another relay took since is left alone. Returns how many were given back."""
        ...

    def complete_alert(self, alert_id: str, delivery: Delivery, now: datetime) -> None:
        """delivering/pending -> posted, with where it landed."""
        ...

    def hold_alert(self, alert_id: str, now: datetime) -> None:
        """delivering -> held (kept for the digest)."""
        ...

    def fail_alert(self, alert_id: str, reason: str, now: datetime) -> None:
        """delivering -> failed, with the reason (no more tries)."""
        ...

    def release_alert(
        self, alert_id: str, error: str, retry_at: datetime, *, counted: bool = True
    ) -> None:
        """Give a leased alert back, to be retried no earlier than ``retry_at``, which is
        also its next turn in the outbox (the queue message that brought it was consumed).
        ``counted=False``: this lease was no try (it only waited) and is not counted."""
        ...

    def lease_holders(self, now: datetime) -> set[str]:
        """Holders of leases that have not lapsed."""
        ...

    def note_sending(self, alert_id: str, now: datetime, *, holder: str) -> None:
        """``holder``, which leases the alert, begins a Slack post of it at ``now`` (its
        request may land any time until its timeout): kept for :meth:`break_leases`."""
        ...

    def break_leases(
        self, holders: Sequence[str], now: datetime, *, landing: timedelta = timedelta(0)
    ) -> int:
        """End the leases of ``holders`` (processes known to be gone): now, or, for an
        alert whose post began less than ``landing`` ago, when that post could last have
        landed (core.delivery.broken_lease_end). How many leases this shortened."""
        ...

    def alert_state(self, alert_id: str) -> AlertState | None: ...

    def undelivered_alerts(self, limit: int = 100) -> list[AlertRecord]:
        """Alerts not delivered yet (pending or delivering), in the order of
        :meth:`claim_alerts`, each with its ``retry_at``: what a run leaves behind."""
        ...

    def get_alert(self, alert_id: str) -> Alert | None: ...

    def story_alerts(self, story_id: str) -> list[Alert]:
        """Every recorded alert of ``story_id``, oldest first (an alert without a story
        is its own story)."""
        ...

    def alert_status(self, alert_id: str) -> AlertStatus | None:
        """Delivery state, attempts, Slack channel/ts, and who claimed or dismissed it."""
        ...

    def alert_counts(self) -> dict[str, int]:
        """How many alerts are in each state."""
        ...

    def alerts_between(self, start: datetime, end: datetime) -> list[AlertRecord]:
        """Alerts created in [start, end), oldest first, with their delivery state."""
        ...

    def claim_alert(self, alert_id: str, user: str, at: datetime) -> Mark:
        """Claim the alert for ``user`` unless someone has; return whoever holds it."""
        ...

    def dismiss_alert(self, alert_id: str, user: str, at: datetime) -> Mark:
        """Mark the alert not relevant (state "dismissed"); the first dismissal is returned."""
        ...

    def mark_drafted(self, alert_id: str, user: str, at: datetime) -> Mark:
        """Note that a draft statement was made from the alert (its state is unchanged);
        the first such note is kept and returned."""
        ...


class Threads(Protocol):
    """Where each story lives in Slack: one top-level message per story and channel."""

    def get_thread(self, story_id: str, channel: str) -> Thread | None:
        """The story's top-level message in ``channel``, with its reply count and mute."""
        ...

    def claim_thread(self, story_id: str, channel: str, alert_id: str) -> Thread:
        """Claim the story's thread for ``alert_id`` if nobody has (atomic insert-if-absent,
        with no ts yet); return the thread as stored. Claimed before the first post, so of
        two runs only the claimant posts the top-level message."""
        ...

    def set_thread_ts(self, story_id: str, channel: str, alert_id: str, ts: str) -> Thread:
        """Record the claimant's top-level post; return the thread as stored."""
        ...

    def drop_thread_claim(self, story_id: str, channel: str, alert_id: str) -> None:
        """Give up a claim that never got a post (its alert failed), so another alert of
        the story may post the top-level message."""
        ...

    def forget_thread(self, story_id: str, channel: str, ts: str) -> bool:
        """Forget the story's top-level message ``ts`` in ``channel`` (someone deleted it
        in Slack), with its replies and any pending refresh, so the story's next alert
        opens the story again. Only that message: a thread another run opened again
        since is kept. True when this call forgot it."""
        ...

    def save_thread(self, thread: Thread) -> Thread:
        """Insert the story's top-level message if the story has none in that channel yet."""
        ...

    def record_reply(self, story_id: str, channel: str, alert_id: str) -> int:
        """Count ``alert_id`` as a reply (once); the parent then needs a refresh."""
        ...

    def stale_parents(self, limit: int = 50) -> list[tuple[str, str]]:
        """(story, channel) of top-level messages whose "+N sources" is behind."""
        ...

    def parent_refreshed(self, story_id: str, channel: str, shown: int) -> None:
        """The parent now shows ``shown`` replies (a reply counted since stays stale)."""
        ...

    def set_muted(self, story_id: str, user: str, at: datetime) -> Mark:
        """Mute the story (no more thread replies); the first mute wins and is returned."""
        ...


class Stories(Protocol):
    def recent_stories(self, since: datetime) -> list[Story]:
        """Stories whose latest item is no older than ``since``, for clustering new items."""
        ...

    def save_story(self, story: Story) -> None:
        """Insert or replace the story (the clusterer returns it whole)."""
        ...

    def get_story(self, story_id: str) -> Story | None: ...


class StoryLock(Protocol):
    """Story assignment one writer at a time, where several can write at once.

    On the cloud's scale path poll workers run in parallel; each clusters against the
    stories it read, so two workers that see one veto at the same moment would each open a
    story (two top-level messages, two pages: probe s16 L4). A worker holds this lock from
    reading the stories to saving the ones it changed."""

    # Whether other processes may assign stories in this store at the same time (poll
    # workers on one DynamoDB table, two runs on one state file); a store with one writer
    # needs no lock and no re-reading of its stories.
    concurrent_writers: bool

    def lock_stories(self, holder: str, at: datetime, lease: timedelta) -> bool:
        """Take the lock for ``holder`` until ``at + lease`` (True), or False while
        another holder's lease runs. A holder that died frees it when its lease ends."""
        ...

    def unlock_stories(self, holder: str) -> None:
        """Give the lock up, if ``holder`` still holds it."""
        ...

    def stories_changed_elsewhere(self) -> bool:
        """Whether another writer may have saved stories since this handle last asked (or
        since it opened): the stories read before, under the lock, may be stale. True
        where the store cannot tell."""
        ...

    def stories_saved_lately(self, since: datetime) -> list[Story]:
        """The stories saved in the last few minutes whose latest item is no older than
        ``since``, read consistently: what :meth:`Stories.recent_stories` may not show yet
        where it reads an index that lags (review s16 A1). Empty for a one-writer store."""
        ...


class FeedbackLog(Protocol):
    def add_feedback(self, feedback: Feedback) -> None:
        """Record feedback on an alert; a second record for the same alert is ignored."""
        ...

    def list_feedback(self) -> list[Feedback]:
        """Every feedback record, oldest first."""
        ...


class OpsNotices(Protocol):
    def first_notice(self, key: str, at: datetime) -> bool:
        """True the first time ``key`` is noted (an ops message is sent once per key)."""
        ...

    def forget_notice(self, key: str) -> bool:
        """Withdraw ``key`` so that it can be noted again (a problem that ended, or a
        claim whose work did not happen); True if it was noted."""
        ...

    def notice_at(self, key: str) -> datetime | None:
        """When ``key`` was noted (an outage's start, said when it ends); None if not."""
        ...

    def claim_notice(self, key: str, at: datetime, lease: timedelta) -> Claim | None:
        """Hold ``key`` for ``lease`` from ``at``, atomically across processes: a Claim when
        it was not noted (``taken_over`` False), or was held by a claim whose lease has
        lapsed by ``at`` (``taken_over`` True: its holder died before it settled or
        withdrew it). None when it is noted for good (:meth:`first_notice`,
        :meth:`settle_notice`) or another holds it still."""
        ...

    def settle_notice(self, key: str, at: datetime) -> None:
        """Note ``key`` for good: the work a claim stood for is done (no lease lapses)."""
        ...

    def settle_claim(self, claim: Claim, at: datetime) -> bool:
        """Note the claim's key for good if ``claim`` still holds it (or nobody took it
        over after its lease); False, changing nothing, when another holder has it now or
        it is noted for good already."""
        ...

    def withdraw_claim(self, claim: Claim) -> bool:
        """Withdraw ``claim`` (its work did not happen) so that it can be taken again at
        once; False, changing nothing, when it is not this claim's any more (a later
        holder took it after its lease: that one's claim is left alone)."""
        ...

    def noted(self, key: str) -> bool:
        """Whether ``key`` is noted for good (a claim still held is not)."""
        ...

    def take_allowance(
        self, key: str, wanted: int, limit: int, expires: datetime, *, now: datetime
    ) -> int:
        """Take up to ``wanted`` of the ``limit`` units counted under ``key`` (a counter
        shared by every process: the flood guard's new stories per channel and window);
        return how many were taken, 0 when none are left. The count may be forgotten
        after ``expires``; counts expired at ``now`` may be purged."""
        ...


# ---------------------------------------------------------------------- other ports


class Poster(Protocol):
    """Where alerts are shown (Slack, the console). It only posts, updates, deletes and
    finds its own earlier post; every decision is the delivery use case's."""

    def resolve(self, channel: str) -> str:
        """The channel's id (NotifyError with a code if it does not exist)."""
        ...

    def post_alert(
        self,
        channel: str,
        alert: Alert,
        placement: Placement,
        *,
        on_resend: Callable[[], None] | None = None,
    ) -> str:
        """Post the alert where ``placement`` says (a top-level message, or in a thread);
        return its ts. Before a retry sends it again, look for the earlier attempt (its
        metadata). ``on_resend``: called just before the post is sent again."""
        ...

    def post_summary(self, channel: str, alerts: Sequence[Alert]) -> str:
        """One message for many new stories at once (the flood guard); return its ts."""
        ...

    def find_summary(self, channel: str, alerts: Sequence[Alert]) -> str | None:
        """The ts of an earlier summary of these alerts' stories (its metadata), if any."""
        ...

    def window_summary(
        self, channel: str, window: str, alerts: Sequence[Alert]
    ) -> tuple[str, list[str]] | None:
        """The summary the flood guard's relay window ``window`` opened in ``channel``
        and the stories it names, if one was posted (``alerts``: the later flood's)."""
        ...

    def post_window_summary(
        self, channel: str, window: str, alerts: Sequence[Alert], ts: str | None = None
    ) -> str:
        """Post the window's summary naming ``alerts``, or rewrite the posted one (``ts``)
        to name them; return its ts."""
        ...

    def find_alert(self, channel: str, alert: Alert, *, thread_ts: str | None = None) -> str | None:
        """The ts of this alert's earlier post (found by its message metadata), if any."""
        ...

    def update_parent(self, channel: str, ts: str, alert: Alert, shown: ParentState) -> None:
        """Re-render a story's top-level message, showing ``alert`` and what ``shown``
        says besides: "+N sources", claim and mute, the later alert that raised the story
        above it and the one of its event that tells the most, whose facts it shows."""
        ...

    def delete(self, channel: str, ts: str) -> None: ...

    def post_ops(self, text: str) -> None:
        """A notice for the people who run demandwatch (``text`` is escaped)."""
        ...

    def post_escalation(
        self,
        channel: str,
        thread_ts: str | None,
        alert: Alert,
        *,
        mention: str | None,
        after: timedelta,
        look_first: bool = False,
    ) -> str:
        """Re-raise an unclaimed P1 in its story's thread, mentioning ``mention`` (from
        configuration only); return the reply's ts. With ``look_first`` (the re-raise was
        claimed from a process that died holding it), where posts can be looked up
        (Slack), an earlier re-raise of the story in the thread is returned, not repeated.
        ``thread_ts`` None: the story's message is gone (deleted in Slack), and the re-raise
        goes to the channel on its own."""
        ...


class Liveness(Protocol):
    def gone(self, holder: str) -> bool:
        """True only when the lease holder is certainly no longer running."""
        ...
