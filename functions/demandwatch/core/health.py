"""Source health: a failing or silent source is reported once, and its recovery once.

Unattended runs must say when a source dies — but a source that stays down must not
repeat its notice every five minutes. The store keeps whether an outage was reported
(``SourceState.health_notified``) and which notice stands (``health_kind``: a source
said silent that then fails is said failing); these functions decide the transitions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from demandwatch.core.models import SourceState

HealthKind = Literal["failing", "silent", "recovered"]

# One failed poll is weather; three in a row is an outage worth a person's attention.
FAILURES_BEFORE_NOTICE = 3


@dataclass(frozen=True)
class HealthNotice:
    source_id: str
    source_name: str
    kind: HealthKind
    detail: str
    since: datetime | None = None

    def text(self) -> str:
        since = f" since {self.since:%Y-%m-%d %H:%M} UTC" if self.since else ""
        if self.kind == "failing":
            return f"Source {self.source_name} ({self.source_id}) is failing{since}: {self.detail}"
        if self.kind == "silent":
            return f"Source {self.source_name} ({self.source_id}) has been silent{since}: {self.detail}"
        return f"Source {self.source_name} ({self.source_id}) has recovered: {self.detail}"


@dataclass(frozen=True)
class HealthGroup:
    """The same transition of several sources in one check, said as one message naming
    each (review L11: with the network down, 40 sources failing were 40 ops messages, and
    their recovery 40 more). A source alone is still said as its own notice."""

    notices: tuple[HealthNotice, ...]

    @property
    def kind(self) -> HealthKind:
        return self.notices[0].kind

    def text(self) -> str:
        names = ", ".join(f"{n.source_name} ({n.source_id})" for n in self.notices)
        count = len(self.notices)
        if self.kind == "recovered":
            return f"{count} sources have recovered: {names}; polling normally again"
        state = "are failing" if self.kind == "failing" else "have been silent"
        # The names first: a long list of details is what Slack's section limit cuts.
        details = "\n".join(f"• {n.source_name} ({n.source_id}): {n.detail}" for n in self.notices)
        return f"{count} sources {state}: {names}\n{details}"


# What one ops message says: one source's notice, or several sources' alike.
HealthReport = HealthNotice | HealthGroup


def members(report: HealthReport) -> tuple[HealthNotice, ...]:
    """The sources' notices a report says."""
    return report.notices if isinstance(report, HealthGroup) else (report,)


def grouped(notices: Sequence[HealthNotice]) -> list[HealthReport]:
    """One report per kind of transition (failing, silent, recovered), in the order first
    seen: several sources' alike are one group; a source alone keeps its own notice."""
    by_kind: dict[HealthKind, list[HealthNotice]] = {}
    for notice in notices:
        by_kind.setdefault(notice.kind, []).append(notice)
    return [
        alike[0] if len(alike) == 1 else HealthGroup(tuple(alike)) for alike in by_kind.values()
    ]


def assess(
    state: SourceState,
    *,
    source_name: str,
    expect_every: timedelta,
    now: datetime,
    failures_before_notice: int = FAILURES_BEFORE_NOTICE,
) -> HealthNotice | None:
    """The notice this source's state calls for now, if any (at most one per transition)."""
    failing = state.consecutive_failures >= failures_before_notice
    newest = state.last_new_item or (state.last_success if state.baseline_done else None)
    silent = (
        not failing
        and state.consecutive_failures == 0
        and newest is not None
        and now - newest > expect_every
    )
    if not state.health_notified:
        if failing:
            return _failing(state, source_name)
        if silent:
            return _silent(state, source_name, expect_every, newest)
        return None
    if state.health_kind == "silent" and failing:
        # Said silent (a quiet season), now answering errors: that is news the silent
        # notice did not give (probe s16 R8: a silent What's in Blue failed unheard).
        return _failing(state, source_name)
    # Said failing, answering again and still bringing nothing new: nothing is said until
    # it recovers (a new item). Saying "silent" here made a quiet source that fails most
    # of the time (a 429 three polls in four) flap failing, silent, failing in the ops
    # channel every few polls (review s16 A7).
    if not failing and not silent and state.consecutive_failures == 0:
        return HealthNotice(state.source_id, source_name, "recovered", "polling normally again")
    return None


def _failing(state: SourceState, source_name: str) -> HealthNotice:
    detail = (
        f"{state.consecutive_failures} polls in a row failed; "
        f"last error: {state.last_error or 'unknown'}"
    )
    return HealthNotice(state.source_id, source_name, "failing", detail, state.last_success)


def _silent(
    state: SourceState, source_name: str, expect_every: timedelta, newest: datetime | None
) -> HealthNotice:
    detail = f"no new item for longer than the expected {_human(expect_every)}"
    return HealthNotice(state.source_id, source_name, "silent", detail, newest)


def _human(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    return f"{hours / 24:g} days" if hours >= 24 else f"{hours:g} hours"
