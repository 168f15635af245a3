"""The payload EventBridge Scheduler gives the scheduled functions (schedule, digest).

A module of its own: only those two parse one, so the other functions' cold starts do not
build its validator.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, ValidationError

from demandwatch.handlers._runtime import Event


class ScheduledEvent(BaseModel):
    """The Input template.yaml gives a schedule (EventBridge Scheduler fills it in)."""

    model_config = ConfigDict(extra="ignore")

    scheduled_time: datetime | None = None
    execution_id: str | None = None
    schedule_arn: str | None = None


def parse_event(event: Event) -> ScheduledEvent:
    """A schedule's payload; anything unexpected is logged around, never fatal."""
    try:
        return ScheduledEvent.model_validate(event or {})
    except ValidationError:
        return ScheduledEvent()
