"""The payload EventBridge Scheduler gives the scheduled functions (schedule, digest).

A module of its own: only those two parse one.

Read without pydantic: every schedule and digest invocation parses one, so a pydantic
model here would put pydantic's import (about 45 ms of CPU) into the schedule function's
cold start for three optional fields. EventBridge Scheduler writes them (template.yaml's
Input, with its context attributes filled in), and nothing in them is trusted: an
unexpected payload is logged around, as before, never fatal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from demandwatch.handlers._runtime import Event


@dataclass(frozen=True)
class ScheduledEvent:
    """The Input template.yaml gives a schedule (EventBridge Scheduler fills it in)."""

    scheduled_time: datetime | None = None
    execution_id: str | None = None
    schedule_arn: str | None = None
    # The digest's catch-up schedule: post a digest of today still owed, if any.
    catch_up: bool = False


def _text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValueError("not a string")


def _time(value: object) -> datetime | None:
    # The Scheduler's <aws.scheduler.scheduled-time> is ISO 8601 in UTC ("...T19:00:00Z"),
    # which fromisoformat reads (Python 3.11+), offset and all.
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    raise ValueError("not a time")


def parse_event(event: Event) -> ScheduledEvent:
    """A schedule's payload; anything unexpected is logged around, never fatal (a payload
    with any field of the wrong kind counts as none)."""
    if not isinstance(event, Mapping):
        return ScheduledEvent()
    try:
        return ScheduledEvent(
            scheduled_time=_time(event.get("scheduled_time")),
            execution_id=_text(event.get("execution_id")),
            schedule_arn=_text(event.get("schedule_arn")),
            catch_up=event.get("catch_up") is True,
        )
    except ValueError:
        return ScheduledEvent()
