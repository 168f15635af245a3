"""The Store port: everything demandwatch remembers between runs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from demandwatch.core.models import (
    Alert,
    AlertStatus,
    Feedback,
    Mark,
    NewEntry,
    SeenDocument,
    SourceState,
    Thread,
)
from demandwatch.core.stories import Story


@dataclass(frozen=True)
class Delivery:
    """Where an alert landed: the channel and the message timestamp Slack gave it."""

    channel: str
    ts: str


class Store(Protocol):
    def get_source_state(self, source_id: str) -> SourceState:
        """The remembered state of a source (a blank state if never polled)."""
        ...

    def save_source_state(self, state: SourceState) -> None: ...

    # --- seen documents: one record per document, whichever source listed it.

    def seen_documents(self, keys: Sequence[str], now: datetime) -> dict[str, SeenDocument]:
        """What is remembered of each of ``keys`` (absent: never seen, or expired)."""
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

    def claim_alerts(self, now: datetime, lease: timedelta, limit: int = 100) -> list[Alert]:
        """Take pending alerts (and ones whose earlier claim lapsed) for delivery."""
        ...

    def complete_alert(self, alert_id: str, delivery: Delivery, now: datetime) -> None: ...

    def release_alert(self, alert_id: str, error: str, retry_at: datetime) -> None:
        """Give a claimed alert back, to be retried no earlier than ``retry_at``."""
        ...

    def alert_state(self, alert_id: str) -> str | None: ...

    # --- Slack delivery state: where each story's message is, and what people did with it.
    # A story's alerts are those whose story_id is the story, or, for an alert without
    # one, the alert whose id is the story id (every alert is its own story until the
    # clustering gives it one).

    def get_alert(self, alert_id: str) -> Alert | None:
        """The alert as recorded (None if unknown)."""
        ...

    def story_alerts(self, story_id: str) -> list[Alert]:
        """Every recorded alert of ``story_id``, oldest first."""
        ...

    def alert_status(self, alert_id: str) -> AlertStatus | None:
        """Delivery state, attempts, Slack channel/ts, and who claimed or dismissed it."""
        ...

    def alert_counts(self) -> dict[str, int]:
        """How many alerts are in each state (for ``/demandwatch status``)."""
        ...

    def get_thread(self, story_id: str, channel: str) -> Thread | None:
        """The story's top-level message in ``channel``, with its reply count and mute."""
        ...

    def save_thread(self, thread: Thread) -> Thread:
        """Insert the story's top-level message if the story has none in that channel yet.

        Returns the thread as stored: a different ``ts`` means another process posted the
        story first (the caller then deletes its own post and replies in that thread).
        """
        ...

    def record_reply(self, story_id: str, channel: str, alert_id: str) -> int:
        """Count ``alert_id`` as a reply in the story's thread (once); return the reply count."""
        ...

    def set_muted(self, story_id: str, user: str, at: datetime) -> Mark:
        """Mute the story (no more thread replies); the first mute wins and is returned."""
        ...

    def claim_alert(self, alert_id: str, user: str, at: datetime) -> Mark:
        """Claim the alert for ``user`` unless someone has; return whoever holds it."""
        ...

    def dismiss_alert(self, alert_id: str, user: str, at: datetime) -> Mark:
        """Mark the alert not relevant (state "dismissed"); the first dismissal is returned."""
        ...

    def add_feedback(self, feedback: Feedback) -> None:
        """Record feedback on an alert; a second record for the same alert is ignored."""
        ...

    def list_feedback(self) -> list[Feedback]:
        """Every feedback record, oldest first."""
        ...

    # --- stories: one development seen through many items (issue 3).

    def recent_stories(self, since: datetime) -> list[Story]:
        """Stories whose latest item is no older than ``since``, for clustering new items."""
        ...

    def save_story(self, story: Story) -> None:
        """Insert or replace the story (the clusterer returns it whole)."""
        ...

    def get_story(self, story_id: str) -> Story | None: ...

    def close(self) -> None: ...
