"""The Notifier port: tell people about sources and runs (alerts go through the Poster
port of :mod:`demandwatch.ports`, driven by the delivery use case)."""

from __future__ import annotations

from typing import Protocol

from demandwatch.core.health import HealthReport
from demandwatch.core.models import PollOutcome


class Notifier(Protocol):
    def report(self, outcomes: list[PollOutcome]) -> None:
        """Show the end-of-run summary, one line per source (may do nothing)."""
        ...

    def health(self, notice: HealthReport) -> None:
        """Tell the people who run demandwatch that a source (or several alike, one
        message) failed, fell silent or recovered (ops channel); raise NotifyError if it
        could not be said."""
        ...
