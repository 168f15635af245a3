"""The status use case: what the store knows about sources and undelivered alerts, the
same for ``demandwatch status`` and Slack's ``/demandwatch status``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol

from demandwatch.core.models import SourceState
from demandwatch.core.status import (
    UNDELIVERED,
    SourceSpec,
    StatusReport,
    UndeliveredAlert,
    build_status,
)
from demandwatch.ports import AlertRecord

# How far back undelivered alerts are looked for: older ones are history, not news.
LOOKBACK = timedelta(days=14)


class StatusStore(Protocol):
    def get_source_state(self, source_id: str) -> SourceState: ...
    def alert_counts(self) -> dict[str, int]: ...
    def alerts_between(self, start: datetime, end: datetime) -> list[AlertRecord]: ...


def gather_status(
    sources: Sequence[SourceSpec],
    store: StatusStore,
    now: datetime,
    event_model_problem: str | None = None,
) -> StatusReport:
    states = {s.id: store.get_source_state(s.id) for s in sources}
    undelivered = [
        UndeliveredAlert(
            alert_id=r.alert.id,
            priority=r.alert.priority,
            title=r.alert.item.title,
            state=r.state,
            attempts=r.attempts,
            reason=r.last_error,
            created=r.alert.created,
        )
        for r in store.alerts_between(now - LOOKBACK, now + timedelta(seconds=1))
        if r.state in UNDELIVERED
    ]
    return build_status(
        sources, states, store.alert_counts(), undelivered, now, event_model_problem
    )
