"""The Store port: everything demandwatch remembers between runs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from demandwatch.core.models import Alert, NewEntry, SourceState


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

    def unseen_keys(self, source_id: str, keys: Sequence[str], now: datetime) -> set[str]:
        """Which of ``keys`` this source has not recorded (or whose record has expired)."""
        ...

    def record_new(
        self, source_id: str, entries: Sequence[NewEntry], now: datetime, ttl: timedelta
    ) -> list[str]:
        """Insert each key if absent, with its alert, atomically per entry.

        Returns the keys this call inserted. A key another process recorded first is not
        returned and its alert is dropped: that is what keeps two pollers from alerting twice.
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

    def close(self) -> None: ...
