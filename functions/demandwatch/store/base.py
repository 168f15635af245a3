"""The Store: everything demandwatch remembers between runs, as the sum of the narrow
ports in :mod:`demandwatch.ports` (each use case asks only for the ports it uses)."""

from __future__ import annotations

from typing import Protocol

from demandwatch.ports import (
    AlertRecord,
    Alerts,
    Delivery,
    FeedbackLog,
    OpsNotices,
    SeenDocuments,
    SourceStates,
    Stories,
    StoryLock,
    Threads,
)

__all__ = ["AlertRecord", "Delivery", "Store"]


class Store(
    SourceStates,
    SeenDocuments,
    Alerts,
    Threads,
    Stories,
    StoryLock,
    FeedbackLog,
    OpsNotices,
    Protocol,
):
    def close(self) -> None: ...
