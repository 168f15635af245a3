"""What ``demandwatch status`` and ``/demandwatch status`` say: each source's health and
the alerts that did not reach people. Pure: the use case hands in what the store holds.

A source is *not configured* when its last poll could not ask it at all (a setting it
needs is missing, said with what to set), *failing* after a failed poll (the streak says
how long), *silent* when it has brought nothing new for longer than it is expected to
(``expect_every``), *waiting* before its first poll, and *ok* otherwise — the same rules
the ops-channel notices use (core.health), so the status and the notices never disagree
about a source.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, Protocol

from demandwatch.core.models import AlertState, Priority, SourceState
from demandwatch.core.schedule import clock_went_back, due_at, longest_hold

SourceHealthKind = Literal["ok", "failing", "silent", "waiting", "not_configured"]
# Alerts in these states have not reached anyone (yet): status lists them with reasons.
UNDELIVERED: tuple[AlertState, ...] = ("pending", "delivering", "failed")


class SourceSpec(Protocol):
    """What status needs of a configured source (config.Source has these)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def interval(self) -> timedelta: ...
    @property
    def expect_every(self) -> timedelta: ...


@dataclass(frozen=True)
class SourceHealth:
    id: str
    name: str
    health: SourceHealthKind
    failures: int
    last_success: datetime | None
    last_new_item: datetime | None
    last_error: str | None
    next_poll: datetime  # when it is due next (now, if it is already due)
    # Why next_poll is later than its interval alone makes it: the source asked to wait
    # (a 429's Retry-After, or its published spacing: SourceState.retry_at, which every
    # poll honours), said with the time, so status never says "due now" for it.
    next_poll_reason: str | None = None


@dataclass(frozen=True)
class UndeliveredAlert:
    """An alert that has not reached people: pending (will be retried) or failed."""

    alert_id: str
    priority: Priority
    title: str
    state: AlertState
    attempts: int
    reason: str | None
    created: datetime


@dataclass(frozen=True)
class StatusReport:
    at: datetime
    sources: tuple[SourceHealth, ...]
    alert_counts: Mapping[str, int]
    undelivered: tuple[UndeliveredAlert, ...]
    # Why events are read by the rules alone though the learned model is on (its file
    # named, probe s22 V7), or None.
    event_model_problem: str | None = None

    def count(self, health: SourceHealthKind) -> int:
        return sum(1 for s in self.sources if s.health == health)


def source_health(spec: SourceSpec, state: SourceState, now: datetime) -> SourceHealth:
    newest = state.last_new_item or (state.last_success if state.baseline_done else None)
    if state.setup_error is not None:
        # Never asked, and never will be until someone sets what it needs: not "waiting".
        health: SourceHealthKind = "not_configured"
    elif state.consecutive_failures > 0:
        health = "failing"
    elif state.last_attempt is None:
        health = "waiting"
    elif newest is not None and now - newest > spec.expect_every:
        health = "silent"
    else:
        health = "ok"
    reason = None
    back = clock_went_back(state.last_attempt, spec.interval, now)
    if state.last_attempt is None:
        next_poll = now
    elif back is not None:
        # Polled at the next check (core.schedule.is_due), whatever the stored time says.
        next_poll = now
        reason = f"its last poll is {_span(back)} ahead of this clock: the clock went back"
    else:
        # The scheduler's own rule (core.schedule.is_due) allows a little slack.
        next_poll = max(now, due_at(state.last_attempt, spec.interval))
    if back is None and state.retry_at is not None and state.retry_at > next_poll:
        # A poll before retry_at is deferred (service._await_turn), so that is the time,
        # held to the longest a source's request is honoured (an older build's year).
        base = state.last_attempt or now
        next_poll = max(next_poll, min(state.retry_at, base + longest_hold(spec.interval)))
        if state.consecutive_failures and state.last_error:
            reason = f"the source asked to wait: {state.last_error}"
        else:
            reason = "the spacing its publisher asks for between requests"
    return SourceHealth(
        id=spec.id,
        name=spec.name,
        health=health,
        failures=state.consecutive_failures,
        last_success=state.last_success,
        last_new_item=state.last_new_item,
        last_error=state.setup_error or (state.last_error if state.consecutive_failures else None),
        next_poll=next_poll,
        next_poll_reason=reason,
    )


def build_status(
    sources: Sequence[SourceSpec],
    states: Mapping[str, SourceState],
    alert_counts: Mapping[str, int],
    undelivered: Iterable[UndeliveredAlert],
    now: datetime,
    event_model_problem: str | None = None,
) -> StatusReport:
    health = tuple(
        source_health(spec, states.get(spec.id) or SourceState(spec.id), now) for spec in sources
    )
    order = {"P1": 0, "P2": 1, "P3": 2}
    problems = tuple(sorted(undelivered, key=lambda a: (order[a.priority], a.created)))
    return StatusReport(now, health, dict(alert_counts), problems, event_model_problem)


def health_summary(sources: Sequence[SourceHealth], names: bool = True) -> str:
    """'Sources: 10 ok, 1 failing (UN News), 1 silent (GDELT), 1 not configured (ReliefWeb)'
    — one line, for the digest and the status header alike (a source before its first
    poll counts as ok; one that cannot be asked as configured does not)."""
    ok = sum(1 for s in sources if s.health in ("ok", "waiting"))
    parts = [f"{ok} ok"]
    for kind in ("failing", "silent", "not_configured"):
        those = [s.name for s in sources if s.health == kind]
        if those or kind == "failing":
            listed = f" ({', '.join(those)})" if names and those else ""
            parts.append(f"{len(those)} {kind.replace('_', ' ')}{listed}")
    return "Sources: " + ", ".join(parts)


def _span(delta: timedelta) -> str:
    seconds = abs(delta.total_seconds())
    if seconds < 90:
        return f"{seconds:.0f}s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f}m"
    if seconds < 36 * 3600:
        return f"{seconds / 3600:.1f}h"
    return f"{seconds / 86400:.1f}d"


# A time stored this far after now was not made by this clock: it went back (or another
# host's runs ahead). Less is the ordinary jitter of processes sharing a state file.
_AHEAD = timedelta(seconds=5)


def _ago(when: datetime | None, now: datetime) -> str:
    if when is None:
        return "never"
    if when - now > _AHEAD:
        # Not "0s ago" (probe s15 Q5): the clock went back since, and says so.
        return f"{_span(when - now)} ahead of this clock"
    return f"{_span(max(now - when, timedelta(0)))} ago"


def _in(when: datetime, now: datetime) -> str:
    seconds = (when - now).total_seconds()
    if seconds <= 0:
        return "due now"
    return f"in {seconds / 60:.0f}m" if seconds >= 60 else f"in {seconds:.0f}s"


def _next_poll(s: SourceHealth, now: datetime) -> str:
    if s.next_poll_reason is None:
        return _in(s.next_poll, now)
    return f"at {s.next_poll:%H:%M:%S} UTC ({_in(s.next_poll, now)}; {s.next_poll_reason})"


def events_line(problem: str) -> str:
    """What status and the digest say when the event model is on but cannot be read."""
    return f"Events: read by the rules alone ({problem})"


def status_lines(report: StatusReport) -> list[str]:
    """The plain-text status: a header, one line per source, then undelivered alerts."""
    now = report.at
    lines = [f"demandwatch status at {now:%Y-%m-%d %H:%M} UTC", health_summary(report.sources)]
    if report.event_model_problem:
        lines.append(events_line(report.event_model_problem))
    width = max((len(s.id) for s in report.sources), default=0)
    for s in report.sources:
        streak = f" ({s.failures} in a row)" if s.failures else ""
        lines.append(
            f"  {s.id:<{width}}  {s.health + streak:<20} last success {_ago(s.last_success, now)}"
            f", last new item {_ago(s.last_new_item, now)}, next poll {_next_poll(s, now)}"
        )
        if s.last_error:
            label = "not polled" if s.health == "not_configured" else "last error"
            lines.append(f"  {'':<{width}}  {label}: {s.last_error}")
    counts = report.alert_counts
    shown = " · ".join(f"{n} {state}" for state, n in sorted(counts.items()) if n)
    lines.append(f"Alerts: {shown or 'none yet'}")
    if report.undelivered:
        lines.append(f"Not delivered ({len(report.undelivered)}):")
        for a in report.undelivered:
            why = a.reason or ("waiting for its first try" if a.attempts == 0 else "no reason kept")
            lines.append(
                f"  {a.priority} {a.state:<10} {a.alert_id}  {a.title[:80]}  "
                f"({a.attempts} attempt(s); {why})"
            )
    else:
        lines.append("Every alert was delivered.")
    return lines


def status_json(report: StatusReport) -> dict[str, object]:
    def iso(when: datetime | None) -> str | None:
        return when.isoformat() if when else None

    return {
        "at": report.at.isoformat(),
        "sources": [
            {
                "id": s.id,
                "name": s.name,
                "health": s.health,
                "failures": s.failures,
                "last_success": iso(s.last_success),
                "last_new_item": iso(s.last_new_item),
                "last_error": s.last_error,
                "next_poll": s.next_poll.isoformat(),
                "next_poll_reason": s.next_poll_reason,
            }
            for s in report.sources
        ],
        "alerts": dict(report.alert_counts),
        "undelivered": [
            {
                "alert_id": a.alert_id,
                "priority": a.priority,
                "title": a.title,
                "state": a.state,
                "attempts": a.attempts,
                "reason": a.reason,
                "created": a.created.isoformat(),
            }
            for a in report.undelivered
        ],
        "event_model_problem": report.event_model_problem,
    }
