"""The Notifier port: deliver one alert, say where it landed."""

from __future__ import annotations

from typing import Protocol

from demandwatch.core.health import HealthNotice
from demandwatch.core.models import Alert, PollOutcome
from demandwatch.store.base import Delivery


class Notifier(Protocol):
    def send(self, alert: Alert) -> Delivery:
        """Deliver ``alert``; raise NotifyError (RateLimitedError to slow down) on failure."""
        ...

    def report(self, outcomes: list[PollOutcome]) -> None:
        """Show the end-of-run summary, one line per source (may do nothing)."""
        ...

    def health(self, notice: HealthNotice) -> None:
        """Tell the people who run demandwatch that a source failed, fell silent or
        recovered (ops channel); raise NotifyError if it could not be said."""
        ...
